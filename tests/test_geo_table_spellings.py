"""Specs for a name our town tables give one country's town, which the lists also file abroad as another
town's other spelling."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name
from kronika.geo.table_spellings import table_town
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Fora", "KEN"),  # Kenya's village, not Afghanistan's Farah
        ("Kaima", "SDN"),  # Darfur's village, not Nigeria's Kaiama
        ("Rayganj", "BGD"),  # Bangladesh's upazila town, not India's Raiganj
    ],
)
def test_a_table_town_outranks_a_town_abroad_spelt_otherwise(
    gazetteer: Gazetteer, name: str, country: str
) -> None:
    entry = resolve_name(gazetteer, name, None)
    assert entry is not None and (entry.country, entry.kind) == (country, "city")


@pytest.mark.parametrize("name", ["Bagre", "Tripoli"])
def test_a_town_abroad_of_the_very_name_is_no_other_spelling(gazetteer: Gazetteer, name: str) -> None:
    entries = gazetteer.lookup(name)
    assert table_town(name.lower(), entries) is None


def test_a_told_country_still_decides(gazetteer: Gazetteer) -> None:
    entry = resolve_name(gazetteer, "Fora", "AFG")
    assert entry is not None and entry.name == "Farah"


def test_a_small_table_town_no_big_town_abroad_is_mistaken_for_stays_unread(gazetteer: Gazetteer) -> None:
    # a bare small town of a note naming no country is left to lone_towns, as before
    assert resolve_name(gazetteer, "Buruburu", None) is None


def test_a_note_naming_only_the_village_is_placed_there(pipeline: Pipeline) -> None:
    text = "On 3 June 2019, unknown gunmen shot and wounded a young herder in Fora. Nobody died."
    mentions = pipeline.mentions(Article(id="t", text=text, published=date(2019, 6, 4)))
    places = {(m.location.country, m.location.admin1) for m in mentions if m.location is not None}
    assert places == {("KEN", "Marsabit")}
