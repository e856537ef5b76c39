"""Namesake towns in a war zone: a town name held both by a country at war on the note's day and by one
at peace votes for the country at war.

A conflict note often names only its town ('Fighting in Leer.', 'Government claims it has retaken Bor'),
and the lists hold a bigger namesake at peace (Leer in Germany, Bor in Russia), which a note naming no
country would otherwise be read in. Fighting is told of the town at war; the vote weighs as much as
the name itself, so a country the note names ('Leer, Germany') still outweighs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import credited
from kronika.geo.names import name_key, strip_region_type
from kronika.nlp import doc_text, entities

TABLE = "data/war_zones.tsv"
LEAD_CHARS = 600  # as the focus counts a name in the lead double, so does this vote
MIN_WAR_TOWN = 5_000  # a hamlet's name is too often a word; a county town tells its country
_PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class WarZone:
    """A country at war from one year to another (`end` None: still going)."""

    country: str
    start: int
    end: int | None

    def on(self, day: date) -> bool:
        """Whether the war went on in `day`'s year."""
        return self.start <= day.year and (self.end is None or day.year <= self.end)


def read_war_zones(text: str | None = None) -> tuple[WarZone, ...]:
    """The table's wars (`text` stands in for the shipped table in tests)."""
    if text is None:
        text = resources.files("kronika").joinpath(TABLE).read_text(encoding="utf-8")
    zones = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, start, end = [*line.split("\t"), "", ""][:3]
        zones.append(WarZone(country.strip(), int(start), int(end) if end.strip() else None))
    return tuple(zones)


@lru_cache(maxsize=1)
def _shipped() -> tuple[WarZone, ...]:
    """The shipped table, read once."""
    return read_war_zones()


def countries_at_war(day: date, zones: tuple[WarZone, ...] | None = None) -> frozenset[str]:
    """The countries at war in `day`'s year."""
    return frozenset(z.country for z in (_shipped() if zones is None else zones) if z.on(day))


def war_votes(doc: Doc, gazetteer: Gazetteer, day: date | None) -> dict[str, float]:
    """A vote for the country at war for each place name that reads as a town of MIN_WAR_TOWN people
    there and as a place in some country at peace; none without a day."""
    if day is None:
        return {}
    at_war = countries_at_war(day)
    votes: dict[str, float] = {}
    for ent in entities(doc):
        # a lone word spaCy calls a person may be the town ('Fighting in Leer'), as the focus reads it
        named = ent.label_ in _PLACE_LABELS or (ent.label_ == "PERSON" and len(ent) == 1)
        if not named or credited(doc_text(doc), ent.start_char, ent.end_char):
            continue
        if gazetteer.country(ent.text) is not None:  # a country named is no namesake town
            continue
        country = _war_namesake(gazetteer, ent.text, at_war)
        if country is not None:
            votes[country] = votes.get(country, 0.0) + (2.0 if ent.start_char < LEAD_CHARS else 1.0)
    return votes


def _war_namesake(gazetteer: Gazetteer, text: str, at_war: frozenset[str]) -> str | None:
    """The one country at war where `text` names a sizeable town, if it also names a place at peace."""
    readings = gazetteer.lookup(strip_region_type(name_key(text)))
    towns = [e for e in readings if e.kind == "city" and e.population >= MIN_WAR_TOWN]
    war = {e.country for e in towns if e.country in at_war}
    peace = {e.country for e in readings if e.country not in at_war}
    return next(iter(war)) if len(war) == 1 and peace else None
