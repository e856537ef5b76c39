"""Specs for a local station's call sign on its page: a story from a 'KMOV.com' page that names no town of
its own is placed in the station's home town, St. Louis."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer
from kronika.geo.article import article_places
from kronika.geo.call_signs import page_station, read_call_signs, station_town


@pytest.mark.parametrize(
    ("title", "text", "town", "state"),
    [
        ("Boy, 9, shot in the foot - KMOV.com", "A boy was shot on Sunday.", "St. Louis", "Missouri"),
        ("Four wounded", "A SMALL TOWN, Ind. (WANE) - Four were wounded.", "Fort Wayne", "Indiana"),
        ("Four wounded", "Copyright 2016 WMCActionNews5.com. All rights reserved.", "Memphis", "Tennessee"),
        ("Four wounded", "Watch more on wsbtv.com tonight.", "Atlanta", "Georgia"),
        ("Four wounded", "WMC-TV was told the man died.", "Memphis", "Tennessee"),
        # the text credits the story's station before the headline names the host site's
        ("Suspect held - WALB.com", "(WMC) - Police arrested a man.", "Memphis", "Tennessee"),
        ("Man shot at a party", "Tune in to KCMO 710 for more.", "Kansas City", "Missouri"),
        ("Four shot outside a club - KCTV5", "Four were shot.", "Kansas City", "Missouri"),
    ],
)
def test_a_pages_station_is_read_from_its_call_sign(
    gazetteer: Gazetteer, title: str, text: str, town: str, state: str
) -> None:
    entry = station_town(gazetteer, page_station(title, text))
    assert entry is not None and (entry.name, entry.admin1) == (town, state)


@pytest.mark.parametrize(
    "text",
    [
        "WHAT HAPPENED WITH THE KING IS UNCLEAR",  # capitals that are words, not stations
        "He emailed kmovfan@example.com and posted on mykmov.com.",  # a sign inside another address
        "The KMOVE group met.",  # a longer word opening with a sign
        "A man was shot on Sunday.",
    ],
)
def test_no_station_where_the_page_names_none(text: str) -> None:
    assert page_station("Man shot", text) is None


def test_the_table_reads_sign_town_and_state() -> None:
    stations = read_call_signs("# a comment\nWXYZ\tDetroit\tMichigan\n")
    assert stations["WXYZ"].town == "Detroit" and stations["WXYZ"].state == "Michigan"


def test_every_station_of_the_table_has_its_town_in_the_gazetteer(gazetteer: Gazetteer) -> None:
    missing = [s.sign for s in read_call_signs().values() if station_town(gazetteer, s) is None]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "SMALL CO. (WSLS 10) - A shooting in Halifax County is under investigation.",  # a county named
        "(WSLS) - A man was shot in a small town, Tennessee police said.",  # another state named
    ],
)
def test_no_station_town_where_the_story_places_itself_beyond_the_studio(
    gazetteer: Gazetteer, text: str
) -> None:
    places = article_places(Doc(English().vocab, words=text.split()), gazetteer, "USA")
    assert station_town(gazetteer, page_station("Woman shot", text), places) is None


@pytest.mark.parametrize(
    "text",
    [
        "(WESH) - A man was shot, Florida police said.",  # only the station's state named
        "(WESH) - A man was shot, Orange County deputies said.",  # the county the station's town lies in
    ],
)
def test_the_station_town_stands_where_the_story_names_nothing_beyond_it(
    gazetteer: Gazetteer, text: str
) -> None:
    places = article_places(Doc(English().vocab, words=text.split()), gazetteer, "USA")
    entry = station_town(gazetteer, page_station("Man shot", text), places)
    assert entry is not None and (entry.name, entry.admin1) == ("Orlando", "Florida")
