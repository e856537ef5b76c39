"""Specs for the countries a note's own words for its local bodies and customs name, as clues to its place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.focus import focus_country
from kronika.geo.national_words import in_national_word, word_countries, word_votes


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The upazila nirbahi officer was heckled at the market.", {"BGD"}),
        ("Two Union Parishad members were beaten over a relief list.", {"BGD"}),
        ("Supporters of a UP chairman candidate fought with sticks.", {"BGD"}),
        ("Teachers formed a human-chain in front of the school on Sunday.", {"BGD"}),
        ("The officer in charge of the thana said 4 were held.", {"BGD"}),
        ("A Pradeshiya Sabha member was attacked at his shop.", {"LKA"}),
        ("Farmers protested outside the Divisional Secretariat office.", {"LKA"}),
        ("Shells landed near a village tract office.", {"MMR"}),
        ("A barangay captain was gunned down by riders in tandem.", {"PHL"}),
        ("Idols were smashed at a Durga puja mandap in the village.", {"BGD"}),
        ("Jeay Sindh Qaumi Mahaz activists blocked the road.", {"PAK"}),
        ("Activists of the Jiye Sindh movement marched on Friday.", {"PAK"}),
        # India's word for the festival's pavilion names no country of ours
        ("Idols were smashed at a Durga puja pandal in the village.", set()),
        # words several countries share say nothing: hartal (Sri Lanka too), township (the US too)
        ("Shops stayed shut during the hartal in the township.", set()),
        # 'UP' alone may be Uttar Pradesh or a word in capitals
        ("Police in UP arrested 3 men.", set()),
        ("A human chain and a barangay rally were held.", {"BGD", "PHL"}),
    ],
)
def test_a_word_only_one_country_uses_names_it(text: str, countries: set[str]) -> None:
    assert word_countries(text) == countries


def test_each_country_named_gets_one_vote_however_often() -> None:
    assert word_votes("The upazila chairman and two upazila members formed a human chain.") == {"BGD": 1.0}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a town named in Bihar and in Bangladesh, Bihar's the bigger: the Bangladeshi word reads it
        ("Hindus formed a human chain in front of the Gopalganj Press Club on Monday.", "BGD"),
        (
            "About 20 people were hurt when two groups fought over a union parishad post in Gopalganj city "
            "on May 3.",
            "BGD",
        ),
        ("An idol was broken at a Kali puja mandap in Gopalganj on Sunday.", "BGD"),
        # a town named in Telangana and in Sindh, Telangana's the bigger: the Sindhi movement reads it
        ("Jeay Sindh Qaumi Mahaz activists protested against power cuts in Hyderabad.", "PAK"),
        # a town the lists hold in one country only says more than a word other reports use at times
        ("Soldiers formed a human chain to stop 40 rioters blocking the highway in Zouk Mosbeh.", "LBN"),
        # without such a word the name goes to the bigger namesake, as before
        (
            "About 20 people were hurt when two groups fought over a school post in Gopalganj city on May 3.",
            "IND",
        ),
    ],
)
def test_a_national_word_reads_a_shared_town_in_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str
) -> None:
    doc = nlp(text)
    assert focus_country(doc, gazetteer, None, word_countries(text), word_votes(text)) == country


@pytest.mark.parametrize(
    ("text", "start", "end", "inside"),
    [
        # 'Sabha' of the council's title is no town
        ("A Pradeshiya Sabha member was hurt.", 13, 18, True),
        ("The divisional secretariat was shut.", 4, 14, True),
        # a town before the word stands outside it
        ("The Kelani Pradeshiya Sabha met.", 4, 10, False),
    ],
)
def test_a_name_inside_a_national_word_is_part_of_it(text: str, start: int, end: int, inside: bool) -> None:
    assert in_national_word(text, start, end) is inside


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # Libya's Sabha is a region and a city, but here a word of a Sri Lankan council's title
        "Around June 3, police arrested a former Pradeshiya Sabha Member who assaulted two linemen of the "
        "Water Supply Board.",
        "Workers of the Water Supply Board protested against the assault on their staff by a former "
        "Pradeshiya Sabha Member.",
    ],
)
def test_a_council_title_casts_no_vote_for_a_region_abroad(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    doc = nlp(text)
    assert focus_country(doc, gazetteer, None, word_countries(text), word_votes(text)) == "LKA"
