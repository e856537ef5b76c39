"""Measure the actors stage on PLOVER gold sentences: country and sector agreement of the source actor."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pycountry

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span
from kronika.nlp import load_nlp

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "plover_gsr_dev.json"


@dataclass(frozen=True)
class Tally:
    """Agreement counts for one field."""

    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> Tally:
        """This tally with one more case."""
        return Tally(self.right + ok, self.total + 1)

    def __str__(self) -> str:
        return f"{self.right}/{self.total} = {self.right / max(self.total, 1):.1%}"


def is_country(code: str | None) -> bool:
    """Whether a gold code is an ISO alpha-3 country (not IGO, NGO or an old CAMEO code)."""
    return bool(code) and pycountry.countries.get(alpha_3=code) is not None


def main(path: Path = DEFAULT, verbose: bool = False) -> None:
    """Resolve each record's marked source actors and print agreement with the gold code and sector."""
    nlp, lexicon = load_nlp(), ActorLexicon.load()
    country, sector = Tally(), Tally()
    for record in json.loads(path.read_text(encoding="utf-8")):
        text = record["text"]
        doc = nlp(text)
        resolver = ArticleActors(doc, ArticleContext(Article(record["id"], text)), lexicon)
        for gold in record.get("source") or []:
            written = gold["actorText"].strip()
            start = text.find(written)
            if start < 0:
                continue
            actors = resolver.resolve([Span(start, start + len(written), written)])
            got = actors[0] if actors else None
            if is_country(gold.get("code")):
                country = country.add(got is not None and got.country == gold["code"])
            want = (gold.get("sector") or "")[:3]
            if want and want != "***":
                sector = sector.add(got is not None and got.sector == want)
            if verbose:
                print(f"{written!r:45} gold={gold.get('code')}/{gold.get('sector')} got={got}")
    print(f"country agreement: {country}\nsector agreement:  {sector}")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
