"""Specs for remaking data/coder_villages.tsv (coder_build/villages.py): villages coders place events at,
which the lists lack in their country or hold only abroad, picked from training rows by a fixed rule."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from builders import coder_row

from kronika.coder_build.rows import CoderRow, training_rows
from kronika.coder_build.villages import (
    POPULATION,
    CodedVillage,
    coded_villages,
    is_name,
    named_rows,
    remade_table,
    table_text,
    unit_rows,
    village_of,
)
from kronika.gazetteer import Gazetteer
from kronika.geo.coder_villages import TABLE
from kronika.geo.listed_towns import read_listed_towns

WORDS = frozenset({"market", "camp", "road", "the", "village"})


# A training row of Burkina Faso's Sahel region, at a point in it, unless a case tells otherwise (the places
# are invented).
row = partial(coder_row, lat=12.0, lon=-1.0, iso3="BFA", admin1="Sahel")


@pytest.mark.parametrize(
    ("location", "reads"),
    [
        ("Tindaro", True),
        ("Kel Wassou", True),
        ("Market", False),  # a word the notes write in lower case
        ("Camp Road", False),  # every word of it is one
        ("Dori - Tindaro", False),  # two places joined
        ("Tindaro 2", False),  # a numbered quarter
        ("Ko", False),  # too short to be told from an abbreviation
    ],
)
def test_a_coded_place_reads_as_a_name_unless_it_is_words_or_two_places(location: str, reads: bool) -> None:
    assert is_name(location, WORDS) is reads


def test_a_row_counts_only_where_its_own_note_writes_the_place_as_a_name() -> None:
    rows = [
        row("Tindaro", note="Gunmen raided Tindaro at dawn."),
        row("Tindaro", note="Gunmen raided a hamlet near the river."),  # coded there, not named
        row("Tindaro", note="Gunmen raided tindaro at dawn."),  # not written as a name
        row("Kelbo", note="Herders clashed in Kelbo.", iso3="USA"),  # a well-listed country
    ]
    assert {key: len(found) for key, found in named_rows(rows, WORDS).items()} == {("BFA", "Tindaro"): 1}


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        # one row gives its point
        (
            [row("Tindaro", note="In Tindaro.", lat=14.021, lon=-0.634)],
            CodedVillage("BFA", "Tindaro", "Sahel", 14.02, -0.63, 1),
        ),
        # several rows: their median, under the region they name
        (
            [row("Tindaro", note="In Tindaro.", lat=14.0 + d, lon=-0.6) for d in (0.0, 0.01, 0.03)],
            CodedVillage("BFA", "Tindaro", "Sahel", 14.01, -0.6, 3),
        ),
        # namesakes in two regions of the country
        ([row("Tindaro", note="In Tindaro.", admin1=a) for a in ("Sahel", "Est")], None),
        # rows over 10 km apart name an area, not one village
        ([row("Tindaro", note="In Tindaro.", lat=14.0 + d, lon=-0.6) for d in (0.0, 0.3, 0.6)], None),
        # a row coded under no region
        ([row("Tindaro", note="In Tindaro.", admin1="")], None),
    ],
)
def test_a_village_is_where_its_rows_agree(rows: list[CoderRow], want: CodedVillage | None) -> None:
    assert village_of("BFA", "Tindaro", rows) == want


def test_a_name_the_index_holds_in_the_country_is_left_out() -> None:
    rows = [row("Tindaro", note="Raid on Tindaro."), row("Kelbo", note="Raid on Kelbo.")]
    villages = coded_villages(rows, WORDS, lambda iso3, name: name == "Kelbo")
    assert [v.name for v in villages] == ["Tindaro"]


def test_a_listed_towns_other_spelling_is_left_out() -> None:
    rows = [row("Tindaro", note="Raid on Tindaro."), row("Kelboh", note="Raid on Kelboh.")]
    villages = coded_villages(
        rows, WORDS, lambda iso3, name: False, of_listed_town=lambda v: v.name == "Kelboh"
    )
    assert [v.name for v in villages] == ["Tindaro"]


@pytest.mark.parametrize(("unit_region", "kept"), [("Est", False), ("Sahel", True)])
def test_a_name_coded_as_a_district_of_another_region_is_left_out(unit_region: str, kept: bool) -> None:
    rows = [
        row("Tindaro", note="Raid on Tindaro."),
        row("Fada", lat=12.1, lon=0.4, admin1=unit_region, admin2="Tindaro"),
    ]
    villages = coded_villages(rows, WORDS, lambda iso3, name: False)
    assert ("Tindaro" in [v.name for v in villages]) is kept


def test_a_unit_counts_where_its_rows_note_writes_it_as_a_name() -> None:
    rows = [
        row("Tindaro", note="Gunmen raided Tindaro (Korvel, Sahel).", admin2="Korvel"),
        row(
            "Lemba", note="Herders clashed near Lemba in Korvel district.", admin2="Dassiri", admin3="Korvel"
        ),
        row("Lemba", note="Herders clashed near Lemba.", admin2="Korvel"),  # coded there, not named
        row("Lemba", note="Herders clashed in korvel.", admin2="Korvel"),  # not written as a name
        row("Kelbo", note="Clashes in Kelbo (Market).", admin2="Market"),  # a word the notes write
        row("Kelbo", note="Clashes in Kelbo (Ravel).", admin2="Ravel", iso3="USA"),  # a well-listed country
    ]
    assert {key: len(found) for key, found in unit_rows(rows, WORDS).items()} == {("BFA", "Korvel"): 2}


@pytest.mark.parametrize(
    ("spreads", "kept"),
    [
        ((0.0, 0.1, 0.2), True),  # a unit's rows lie some 10 km apart: too far for a village, not a unit
        ((0.0, 0.3, 0.6), False),  # 30 km and more in the median: too big for one point
    ],
)
def test_a_unit_is_where_its_rows_lie_within_its_reach(spreads: tuple[float, ...], kept: bool) -> None:
    rows = [
        row("Lemba", note="Raid in Korvel district.", lat=14.0 + d, lon=-0.6, admin2="Korvel")
        for d in spreads
    ]
    assert ("Korvel" in [v.name for v in coded_villages(rows, WORDS, lambda iso3, name: False)]) is kept


@pytest.mark.parametrize(
    ("listed", "villages"),
    [
        (frozenset(), ["Lemba", "Korvel"]),  # the unit after the villages, at its rows' median
        (frozenset({"Korvel"}), ["Lemba"]),  # the index holds it in the country
    ],
)
def test_a_unit_the_index_lacks_follows_the_villages(listed: frozenset[str], villages: list[str]) -> None:
    rows = [
        row("Lemba", note="Raid on Lemba (Korvel, Sahel).", lat=14.0, lon=-0.6, admin2="Korvel"),
        row("Sorro", note="Raid in Korvel district.", lat=14.1, lon=-0.5, admin2="Korvel"),
    ]
    found = coded_villages(rows, WORDS, lambda iso3, name: name in listed)
    assert [v.name for v in found] == villages
    if "Korvel" in villages:
        assert found[-1] == CodedVillage("BFA", "Korvel", "Sahel", 14.05, -0.55, 2)


@pytest.mark.parametrize(("elsewhere", "kept"), [(0, True), (1, False)])
def test_a_unit_whose_name_notes_write_under_other_regions_is_left_out(elsewhere: int, kept: bool) -> None:
    rows = [
        row("Lemba", note="Raid on Lemba (Korvel, Sahel).", lat=14.0, lon=-0.6, admin2="Korvel"),
        row("Sorro", note="Raid in Korvel district.", lat=14.1, lon=-0.5, admin2="Korvel"),
    ]
    # a note of another region writing the name (every town's quarter of that name, coded under the town)
    rows += [
        row("Fada", note="Police raided Korvel quarter of Fada.", lat=12.0, lon=0.3, admin1="Est")
    ] * elsewhere
    found = coded_villages(rows, WORDS, lambda iso3, name: False)
    assert ("Korvel" in [v.name for v in found]) is kept


def test_a_name_both_a_village_and_a_unit_is_one_line() -> None:
    rows = [
        row("Korvel", note="Raid on Korvel town.", lat=14.0, lon=-0.6, admin2="Korvel"),
        row("Sorro", note="Raid in Korvel district.", lat=14.1, lon=-0.5, admin2="Korvel"),
    ]
    found = coded_villages(rows, WORDS, lambda iso3, name: False)
    assert [(v.name, v.lat) for v in found] == [("Korvel", 14.0)]


def test_the_table_text_reads_back_as_small_towns() -> None:
    text = table_text([CodedVillage("BFA", "Tindaro", "Sahel", 14.02, -0.63, 2)])
    (town,) = read_listed_towns(text, table=TABLE)
    read = (town.iso3, town.names, town.admin1, town.lat, town.lon)
    assert read == ("BFA", ("Tindaro",), "Sahel", 14.02, -0.63)
    assert town.population == POPULATION


@pytest.mark.shared
def test_the_shipped_table_is_what_the_training_rows_give(shared_data: Path, gazetteer: Gazetteer) -> None:
    path = Path(__file__).resolve().parents[1] / "src" / "kronika" / TABLE
    shipped = path.read_text(encoding="utf-8")
    assert remade_table(training_rows(shared_data), gazetteer, shipped) == shipped
