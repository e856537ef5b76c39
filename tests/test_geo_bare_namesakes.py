"""Specs for a town name several countries share, written bare in a note that tells no country."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
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
        # the war's parties tell Libya
        ("On 5 March 2021, LNA forces shelled GNA positions in Tripoli. No casualties reported.", "LBY"),
        # a quarter with the district after it, as Libyan notes write it
        ("On 6 March 2021, heavy gunfire was reported in Abu Salim (Tripoli). No casualties.", "LBY"),
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
