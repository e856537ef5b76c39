"""Specs for a town name several countries share, written bare in a note that tells no country."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import find_chains
from kronika.geo.resolve import resolve_name
from kronika.model import Article
from kronika.pipeline import Pipeline


def test_a_bare_namesake_with_no_country_told_is_where_its_notes_are(gazetteer: Gazetteer) -> None:
    entry = resolve_name(gazetteer, "Tripoli", None)
    assert entry is not None and (entry.country, entry.kind) == ("LBN", "city")


@pytest.mark.parametrize("focus", ["LBY", "LBN"])
def test_a_told_country_outranks_the_table(gazetteer: Gazetteer, focus: str) -> None:
    entry = resolve_name(gazetteer, "Tripoli", focus)
    assert entry is not None and entry.country == focus


def test_a_name_the_table_lacks_is_still_the_biggest_abroad(gazetteer: Gazetteer) -> None:
    entry = resolve_name(gazetteer, "Hyderabad", None)  # India's, not Pakistan's smaller city
    assert entry is not None and entry.country == "IND"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # nothing but the town: the country whose notes write it bare
        ("On 3 March 2021, shopkeepers closed their stores in Tripoli over the price of bread.", "LBN"),
        ("On 4 March 2021, a hand grenade was thrown at a bakery in Tripoli. No one was hurt.", "LBN"),
        # after words the lists know no place by, in prose: still the name alone
        ("On 9 March 2021, taxi drivers held a sit-in outside the Seray in Tripoli over fuel prices.", "LBN"),
        ("On 2 March 2021, a shop owner was shot at the Clock Square in Tripoli. He survived.", "LBN"),
        # the war's parties tell Libya
        ("On 5 March 2021, LNA forces shelled GNA positions in Tripoli. No casualties reported.", "LBY"),
        # a quarter with the district after it, as Libyan notes write it
        ("On 6 March 2021, armed men traded fire in Abu Salim (Tripoli). Nobody was hurt.", "LBY"),
        # a country written in words
        ("On 7 March 2021, students marched in Tripoli, Libya, against the power cuts.", "LBY"),
    ],
)
def test_a_bare_tripoli_is_lebanons_unless_the_note_tells_libya(
    pipeline: Pipeline, text: str, country: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2021, 3, 8)))
    assert mentions
    location = mentions[0].location
    assert location is not None and location.country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Shopkeepers gathered outside the Seray in Tripoli", None),  # read as the name alone
        ("Shells fell on the Tabbaneh area of Tripoli", None),
        ("Shells fell on Hadba (Tripoli)", "LBY"),  # in brackets the name is Libya's district
        ("Shells fell on the Seray in Tripoli, Libya", "LBY"),
    ],
)
def test_a_chain_telling_no_more_than_the_bare_name_is_left_to_it(
    gazetteer: Gazetteer, text: str, country: str | None
) -> None:
    chain = find_chains(text)[-1]
    found = resolve_chain(gazetteer, chain, None)
    assert (found.entry.country if found else None) == country
