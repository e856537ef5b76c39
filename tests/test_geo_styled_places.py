"""Specs for towns written in a municipality's formal style ('the Town of Halifax'): the name is a place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.article import article_places


@pytest.mark.slow
@pytest.mark.parametrize(
    ("style", "town", "state"),
    [
        ("the Town of Halifax", "Halifax", "Virginia"),
        ("the Village of Halifax", "Halifax", "Virginia"),
        ("the City of Halifax", "Halifax", "Virginia"),
    ],
)
def test_a_town_written_in_its_formal_style_counts_towards_the_main_town(
    nlp: Language, gazetteer: Gazetteer, style: str, town: str, state: str
) -> None:
    # the tagger may read 'the Town of Halifax' as a body; a state agency's release dated from its office
    # names its own town once, the scene's twice
    text = (
        f"Two women were wounded by gunfire on Friday evening in {style}.\n\n"
        "APPOMATTOX, Va. – The Virginia State Police are looking into the case.\n\n"
        f"Officers found shell casings outside a store in {style}."
    )
    found = article_places(nlp(text), gazetteer, "USA").main
    assert found is not None and (found.name, found.admin1) == (town, state)


@pytest.mark.slow
def test_a_town_in_its_formal_style_still_loses_to_a_town_named_more(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "A man was shot in Lynchburg on Sunday.\n\nLynchburg police said the man lived in the Town of "
        "Halifax.\n\nLynchburg officers are searching for the gunman."
    )
    found = article_places(nlp(text), gazetteer, "USA").main
    assert found is not None and found.name == "Lynchburg"
