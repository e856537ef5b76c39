"""A foreign mission, a list of a city's areas or a square named after a foreign place stays home."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_text import find_chains
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country
from kronika.geo.missions import mission_owners
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        pytest.param("Students marched to the Indian High Commission on Monday.", {"IND"}, id="adjective"),
        pytest.param("A crowd gathered outside the Embassy of Japan.", {"JPN"}, id="of-country"),
        pytest.param("Protesters threw stones at the US embassy.", {"USA"}, id="letters"),
        pytest.param("They rallied near India's High Commission.", {"IND"}, id="possessive"),
        pytest.param("The British Consulate General was closed.", {"GBR"}, id="consulate-general"),
        pytest.param("The high commission said nothing.", set(), id="no-owner"),
    ],
)
def test_a_mission_names_the_country_owning_it(gazetteer: Gazetteer, text: str, owners: set[str]) -> None:
    assert mission_owners(text, gazetteer) == owners


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "A Buddhist group staged a protest at a junction in Colombo heading towards Indian High"
            " Commission against the recent attacks on monks and Sri Lankan pilgrims in India.",
            "LKA",
            id="high-commission-in-the-host-capital",
        ),
    ],
)
def test_a_missions_owner_is_not_where_the_article_is(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == country


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A rally in Gulistan, Motijheel and Banani areas (Dhaka city).", id="and"),
        pytest.param("A rally in Gulistan, Bhasantek, and Banani areas (Dhaka city).", id="comma"),
    ],
)
def test_a_bracketed_city_holds_every_area_of_the_list(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    first = next(c for c in find_chains(text) if c.names[0].text == "Gulistan")
    assert [n.text for n in first.names] == ["Gulistan", "Dhaka"]
    doc = nlp(text)
    ctx = ArticleContext(Article("t", text), focus_country(doc, gazetteer), find_dateline(text, gazetteer))
    place = locate(doc, made_up_detection(text, "rally", "PROTEST"), ctx, gazetteer)
    assert place is not None and (place.name, place.country) == ("Dhaka", "BGD")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Clashes hit Gazipur, Dhaka on Monday.", ["Gazipur", "Dhaka"], id="town-and-region"),
        pytest.param(
            "Strikes hit Gazipur, Tangail and Mymensingh districts.", ["Gazipur"], id="list-of-districts"
        ),
    ],
)
def test_a_list_closed_by_a_plural_type_word_is_of_siblings(text: str, names: list[str]) -> None:
    assert [n.text for n in next(c for c in find_chains(text) if c.names[0].text == "Gazipur").names] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Crowds gathered in Al Karama square in As-Sweida city on Friday.", ["Al Karama", "As-Sweida"]
        ),
        pytest.param(
            "Hundreds rallied at Hama roundabout in Idlib on Monday.", ["Hama", "Idlib"], id="roundabout"
        ),
    ],
)
def test_a_site_named_after_a_place_lies_in_the_town_written_next(text: str, names: list[str]) -> None:
    assert [n.text for n in next(c for c in find_chains(text) if c.names[0].text == names[0]).names] == names


def test_a_squares_name_says_nothing_of_the_country(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "On Friday, tens of locals held a protest in Al Karama square in As-Sweida city, demanding reforms."
    )
    doc = nlp(text)
    ctx = ArticleContext(Article("t", text), focus_country(doc, gazetteer), find_dateline(text, gazetteer))
    place = locate(doc, made_up_detection(text, "protest", "PROTEST"), ctx, gazetteer)
    assert ctx.focus_country == "SYR"
    assert place is not None and place.country == "SYR"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, vendors held a protest march along Murree road in Rawalpindi city (Rawalpindi, Punjab).",
        "On Monday, students rallied on Taxila road in Rawalpindi city (Rawalpindi, Punjab), police said.",
    ],
)
def test_a_road_named_after_the_town_it_leads_to_is_in_the_town_written_next(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    doc = nlp(text)
    ctx = ArticleContext(Article("t", text), focus_country(doc, gazetteer), find_dateline(text, gazetteer))
    place = locate(
        doc, made_up_detection(text, "protest" if "protest" in text else "rallied", "PROTEST"), ctx, gazetteer
    )
    assert place is not None and place.name == "Rawalpindi"
