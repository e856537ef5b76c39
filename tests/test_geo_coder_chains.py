"""Specs for the region a note's own chain names against another its sentence names in passing: a name
with its units in brackets ('Gerbi Dhaye village (Fafan, Somali)') places the event, not a region
written as a side of a quarrel; and a tie between towns goes to the one inside a region the note names."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains, resolve_chain
from kronika.geo.coder_chains import bracketed_units
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "bracketed"),
    [
        ("Herders gathered in Gerbi Dhaye village (Fafan, Somali) on Monday.", True),
        ("Students rallied in Bogor city (Bogor, West Java) on Monday.", True),
        # a comma chain, or a bracket of one name, is no coder's chain of units
        ("Herders gathered in Gerbi Dhaye village, Fafan, Somali on Monday.", False),
        ("Students rallied in Bogor (West Java) on Monday.", False),
    ],
)
def test_a_name_with_its_units_in_brackets_is_a_coders_chain(
    gazetteer: Gazetteer, text: str, bracketed: bool
) -> None:
    chain = max(find_chains(text), key=lambda c: len(c.names))
    found = resolve_chain(gazetteer, chain, None)
    assert found is not None and bracketed_units(text, found, 0) is bracketed


def _region(pipeline: Pipeline, text: str) -> tuple[str, str | None]:
    """The name and region of the place of the text's most confident event."""
    mentions = pipeline.mentions(Article("t", text, published=date(2021, 8, 5)))
    best = max(mentions, key=lambda m: m.confidence)
    assert best.location is not None
    return best.location.name, best.location.admin1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "On 9 June 2019, herders gathered in Gerbi Dhaye village (Fafan, Somali), protesting after a "
            "quarrel between the Afar and Somali regional states over grazing land.",
            "Somali",
        ),
        # a chain of the region named is read as before
        (
            "On 9 June 2019, in Bogor city (Bogor, West Java), students rallied in support of activists "
            "from Papua.",
            "West Java",
        ),
    ],
)
def test_the_bracketed_chain_outranks_a_region_named_in_passing(
    pipeline: Pipeline, text: str, admin1: str
) -> None:
    assert _region(pipeline, text)[1] == admin1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a building named after a town elsewhere ties with the town its chain places in California
        (
            "On 4 August 2021, about 40 residents rallied against a rent rise. They walked from the "
            "courthouse to the Carson City hall in Carson (Los Angeles, California).",
            ("Carson", "California"),
        ),
        # no region named: the first town named keeps the tie
        (
            "On 4 August 2021, about 40 residents rallied against a rent rise. They walked to Carson City "
            "and later to Carson.",
            ("Carson City", "Nevada"),
        ),
    ],
)
def test_a_tie_between_towns_goes_to_the_one_in_a_region_named(
    pipeline: Pipeline, text: str, place: tuple[str, str]
) -> None:
    assert _region(pipeline, text) == place
