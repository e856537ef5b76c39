"""Specs for the town whose people a note names acting ('Garissa residents marched'), where it names no
other place."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.dwellers import dwellers_town


@pytest.mark.parametrize(
    ("sentence", "focus", "name", "admin1"),
    [
        ("Garissa residents marched against insecurity on Monday.", None, "Garissa", "Garissa"),
        ("Hundreds of Homa Bay youths held a peaceful march.", None, "Homa Bay", "Homa Bay"),
        ("Eldoret farmers protested over late payments for maize.", None, "Eldoret", "Uasin Gishu"),
        # a word before the name that is none of it: 'Angry Mombasa traders'
        ("Angry Mombasa traders blocked the road with stones.", "KEN", "Mombasa", "Mombasa"),
        # a county written whole
        ("Trans Nzoia farmers demonstrated over delayed purchases.", None, "Trans Nzoia", "Trans Nzoia"),
        # a town of one country only, smaller than a bare name abroad must be, with no country known
        ("Wote residents protested against the death of a boy.", None, "Wote", "Makueni"),
        # people of a trade
        ("Eldoret drivers parked their lorries across the highway.", None, "Eldoret", "Uasin Gishu"),
        ("Nyeri teachers boycotted classes over delayed salaries.", None, "Nyeri", "Nyeri"),
        # the trade's own word after the town's: 'Thika Matatu operators' are Thika's
        ("Thika Matatu operators went on strike over new fees.", None, "Thika", "Kiambu"),
    ],
)
def test_the_people_of_a_town_place_the_event_there(
    gazetteer: Gazetteer, sentence: str, focus: str | None, name: str, admin1: str
) -> None:
    place = dwellers_town(sentence, gazetteer, focus)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("sentence", "focus"),
    [
        # a people's name, not a town's
        ("Kikuyu youths set up road blocks on the highway.", "KEN"),
        ("Amhara farmers were attacked by gunmen.", "ETH"),
        # a body's word, not a place
        ("University students boycotted classes over fees.", "KEN"),
        # with no country known, a name several countries' towns bear
        ("Orange youths attacked a rally.", None),
        # no people's word after the name
        ("Garissa police arrested two men.", None),
        # a country's name before a trade, not a town
        ("Kenya Power workers downed their tools over pay.", "KEN"),
        # a nation's word, and a body's name capitalised whole
        ("Two South Sudanese youth groups signed a pact.", None),
        ("Members of the National Youth Service blocked a road.", None),
        # a town of another country than the article's
        ("Mombasa residents marched on Monday.", "UGA"),
        # a word that names only a hamlet of one country, with no country known
        ("Tea farmers protested over delayed payments.", None),
        ("Sugar farmers boycotted deliveries to the factory.", None),
    ],
)
def test_no_town_from_a_people_a_body_or_a_name_of_several_countries(
    gazetteer: Gazetteer, sentence: str, focus: str | None
) -> None:
    assert dwellers_town(sentence, gazetteer, focus) is None
