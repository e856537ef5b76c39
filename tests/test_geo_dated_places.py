"""Specs for towns the tagger folds into a date ('early Sunday in Champaign' as one DATE): still places."""

from __future__ import annotations

import pytest
from builders import locate_us, rule
from spacy.language import Language
from spacy.tokens import Span

from kronika.gazetteer import Gazetteer
from kronika.geo.dated_places import dated_place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "date", "focus", "town"),
    [
        *rule(
            "a town after the date's preposition of place is a place",
            ("Two men were hurt late Friday in Champaign.", "late Friday in Champaign", "USA", "Champaign"),
            ("Shot Sunday night near Fort Wayne.", "Sunday night near Fort Wayne", "USA", "Fort Wayne"),
            ("He was shot at 9 p.m. Monday at Bozeman.", "9 p.m. Monday at Bozeman", "USA", "Bozeman"),
        ),
        *rule(
            "a date without a town after its preposition is no place",
            ("He was shot Sunday in the morning.", "Sunday in the morning", "USA", None),
            ("He was shot early Sunday.", "early Sunday", "USA", None),
            ("He was shot on Sunday in Zorblatt.", "Sunday in Zorblatt", "USA", None),  # no town so named
        ),
        *rule(
            "only American local news runs its dates on into the scene",
            ("Two men were hurt late Friday in Champaign.", "late Friday in Champaign", "KEN", None),
        ),
    ],
)
def test_a_town_folded_into_a_date_is_read_as_a_place(
    nlp: Language, gazetteer: Gazetteer, text: str, date: str, focus: str, town: str | None
) -> None:
    doc = nlp(text)
    start = text.index(date)
    span = doc.char_span(start, start + len(date))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label="DATE")]
    found = dated_place(doc.ents[0], gazetteer, focus)
    assert (found.text if found else None) == town
    assert found is None or found.label_ == "GPE"


@pytest.mark.slow
def test_a_scene_the_tagger_read_into_a_date_places_the_event(nlp: Language, gazetteer: Gazetteer) -> None:
    # the tagger reads 'early Sunday in Champaign' as one date
    text = (
        "A Mundelein man was killed and two friends were hurt when shots were fired early Sunday in "
        "Champaign."
    )
    place = locate_us(nlp, gazetteer, text, "killed")
    assert place is not None and (place.name, place.admin1) == ("Champaign", "Illinois")
