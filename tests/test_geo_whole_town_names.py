"""Specs for a county story's town written with its settlement word ('Bessemer City'): the lists hold
some towns only under their whole name, so the whole name is read first, and the story is placed at the
listed town rather than at a town of the bare name that no list holds."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.county_towns import whole_reading


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        pytest.param("A boy was shot in Bessemer City.", ("Bessemer City.",), id="settlement-word"),
        pytest.param("A boy was shot in Bessemer.", (), id="bare-name"),
        pytest.param("A boy was shot in Gaston County.", (), id="a-county"),
    ],
)
def test_a_town_written_with_its_settlement_word_is_read_whole(text: str, readings: tuple[str, ...]) -> None:
    name = find_chains(text)[-1].names[-1]
    assert whole_reading(name) == readings


@pytest.mark.slow
def test_a_county_story_is_placed_at_the_listed_town_of_the_whole_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "GASTON COUNTY, N.C. - Deputies in Gaston County said a girl was shot on Friday.\n\n"
        "Deputies said the girl was shot at a home on Birch Lane in Bessemer City."
    )
    place = locate_us(nlp, gazetteer, text, "shot")
    assert place is not None
    assert (place.name, place.admin1) == ("Bessemer City", "North Carolina")
