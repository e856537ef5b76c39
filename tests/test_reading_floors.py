"""Specs for the floors the detector gives its typer: under a sentence's floor no reading changes anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from fixed_typer import Reading, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.model import Article


@dataclass
class ProbeTyper:
    """Reads a text whose floor is 0 as a sure clash; any other text as `under`'s sub-type, at `under`'s
    share of the way up to its floor (so always below it). Keeps the floors it was given."""

    under: tuple[str, float]
    floors: list[float] = field(default_factory=list)

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[Reading]:
        assert floors is not None and len(floors) == len(texts)
        self.floors.extend(floors)
        sub, share = self.under
        return [read_as("Armed clash", 0.7) if f == 0 else read_as(sub, share * f) for f in floors]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # sentences after the lead whose triggers are not asserted, or which have only a word of violence
        "Traders met at the town hall on Monday. Police may arrest the organisers if the meeting goes on. "
        "The militia threatened to attack the hamlet of Kerova.",
        "Herders blocked the main road near Ostrin on Friday. A body was found near the river. "
        "Residents said soldiers could storm the camp.",
        "Students marched to the ministry on Tuesday. Gunmen shot a shopkeeper in the market. "
        "The governor warned that protesters would be arrested.",
    ],
)
def test_readings_under_a_sentences_floor_change_no_detection(nlp: Language, text: str) -> None:
    article = Article(id="t", text=text)
    doc = nlp(text)
    found = []
    probes = [
        ProbeTyper(("Peaceful protest", 0.99)),
        ProbeTyper(("Attack", 0.05)),
        ProbeTyper(("Looting/property destruction", 0.5)),
    ]
    for probe in probes:
        found.append(load_detector(probe).detect(doc, article))  # type: ignore[arg-type]
    assert any(f > 0 for f in probes[0].floors)  # some sentence was read under a floor
    assert found[0] == found[1] == found[2]
