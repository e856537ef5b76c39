"""Specs for the words of a dateline: only a time zone, an agency or a station's call sign stands before
the city on its line, so a city's part written in capitals is never read by its last word alone, and a
state's abbreviation written without its full stop still names the state."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import credited, find_dateline


def dateline_town(gazetteer: Gazetteer, text: str) -> tuple[str, str | None] | None:
    """The name and region of the town a text's dateline reads as, None where it reads none."""
    place = find_dateline(text, gazetteer)
    return (place.name, place.admin1) if place is not None else None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "QUILLMORE PARK — Two men were shot on a porch early Sunday.", id="not-Parks-by-its-last-word"
        ),
        pytest.param("BRANDLEWICK MANOR — A woman was wounded in a drive-by.", id="not-Manor-abroad"),
        pytest.param("LOWER EAST SIDE — Three people were hurt outside a bar.", id="not-Side-in-Turkey"),
    ],
)
def test_a_citys_part_in_capitals_is_not_read_by_its_last_word(gazetteer: Gazetteer, text: str) -> None:
    assert find_dateline(text, gazetteer) is None


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param(
            "(03-04) 11:02 PST OAKLAND -- A woman was shot.", "Oakland", "California", id="time-zone"
        ),
        pytest.param("KXYZ DENVER -- A man was shot.", "Denver", "Colorado", id="call-sign"),
        pytest.param("EAST TROY — A man was shot.", "East Troy", "Wisconsin", id="compass-word-is-the-name"),
    ],
)
def test_a_time_zone_or_station_before_the_city_is_passed_over(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    assert dateline_town(gazetteer, text) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param("MUNCIE, Ind-- Police say a boy was shot.", "Muncie", "Indiana", id="Ind"),
        pytest.param("HARLAN, Ky - A man was wounded on Friday.", "Harlan", "Kentucky", id="Ky"),
        pytest.param("DOTHAN, Ala - Two people were shot.", "Dothan", "Alabama", id="Ala"),
        pytest.param("AKRON, Ohio -- A man was shot.", "Akron", "Ohio", id="a-full-name-as-written"),
    ],
)
def test_a_states_abbreviation_without_its_full_stop_names_the_state(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    assert dateline_town(gazetteer, text) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        pytest.param(
            "MUNCIE, Ind. (WXYZ) A boy was shot on Friday.", "Muncie", "Indiana", id="no-dash-after-credit"
        ),
        pytest.param(
            "LaGRANGE — A child was shot at a home.", "LaGrange", "Georgia", id="prefix-in-small-letters"
        ),
        pytest.param("McALLEN, Texas — A man was wounded.", "McAllen", "Texas", id="Mc-prefix"),
    ],
)
def test_datelines_written_a_little_differently(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    assert dateline_town(gazetteer, text) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        pytest.param(
            "MUNCIE, Ind. (WANE) A boy was shot.", "WANE", True, id="station-after-dateline-no-dash"
        ),
        pytest.param("Shelling hit Kafr Nabl (Idlib) on Monday.", "Idlib", False, id="region-in-a-sentence"),
        pytest.param(
            "Fighters of the Free Army (FSA) clashed in Aleppo.", "FSA", False, id="acronym-in-a-sentence"
        ),
    ],
)
def test_a_station_credited_after_a_dateline_without_a_dash_is_no_place(
    text: str, name: str, credit: bool
) -> None:
    start = text.index(name)
    assert credited(text, start, start + len(name)) is credit


@pytest.mark.parametrize(
    ("title", "admin1"),
    [
        pytest.param("Woman charged after girl is shot - WSLS", "Virginia", id="roanoke-station-in-headline"),
        pytest.param("Woman charged after girl is shot - WRAL.com", "North Carolina", id="raleigh-station"),
    ],
)
def test_a_station_only_the_headline_credits_tells_which_county_a_bare_dateline_means(
    gazetteer: Gazetteer, title: str, admin1: str
) -> None:
    text = "FRANKLIN COUNTY — A woman was charged after her daughter was shot at their home."
    place = find_dateline(text, gazetteer, title)
    assert place is not None and place.admin1 == admin1
