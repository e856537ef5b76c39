"""Specs for pages only American local news writes: a town's police department, a call to 911 or a local
station credited in the headline make the story American, so a town named like a place abroad ('Panama
City', 'Lebanon') is the American one, and a bare dateline is read in America too; a region of a town's
own name is no clue for the namesake abroad ('SANTA ANA -'), and an American dateline's town named again
is that town, not its namesake abroad."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.american_local import american_local
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country


@pytest.mark.parametrize(
    ("text", "title", "american"),
    [
        pytest.param("The Riverton Police Department said the boy was hurt.", None, True, id="police-dept"),
        pytest.param("A neighbour called 911 after hearing two shots.", None, True, id="called-911"),
        pytest.param("The 911 call came in just after midnight.", None, True, id="911-call"),
        pytest.param("Police said the boy was hurt.", "Boy hurt - WSMV Channel 4", True, id="station-title"),
        pytest.param("The Sindh police said two men were hurt.", None, False, id="provincial-police"),
        pytest.param("Protesters marked the 9/11 anniversary in the city.", None, False, id="nine-eleven"),
        pytest.param("Police said 911 rounds were seized in the raid.", None, False, id="a-number"),
        pytest.param("Police said the boy was hurt.", "Boy hurt in Lagos - City News", False, id="no-credit"),
        pytest.param("Posted: May 4 6:55 PM EST. Police said a boy was hurt.", None, True, id="pm-est"),
        pytest.param("Shots were reported at 10:35 a.m. CDT, troopers said.", None, True, id="am-cdt"),
        pytest.param("(05-04) 16:58 PDT -- A man was shot late on Friday.", None, True, id="clock-pdt"),
        pytest.param("Gunmen struck at 16:58 local time, the army said.", None, False, id="local-time"),
        pytest.param("The EDT party said 3 of its members were hurt.", None, False, id="letters-alone"),
    ],
)
def test_what_only_american_local_news_writes(text: str, title: str | None, american: bool) -> None:
    assert american_local(text, title) is american


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        pytest.param(
            "Panama City Police are looking into a shooting at an apartment on 9th Street in Panama City."
            " Anyone who saw it may call the Panama City Police Department.",
            None,
            "USA",
            id="a-towns-police-department",
        ),
        pytest.param(
            "Police in Lebanon said a boy of nine shot himself by accident on Sunday.",
            "Boy shoots himself by accident - WSMV Channel 4",
            "USA",
            id="a-station-in-the-headline",
        ),
        pytest.param(
            "Police in Lebanon said a boy of nine shot himself by accident on Sunday.",
            None,
            "LBN",
            id="without-the-headlines-credit",
        ),
        pytest.param(
            "Gunmen killed a man in Tehran. His brother in Iran called 911 from abroad, his cousin said.",
            None,
            "IRN",
            id="a-name-with-no-american-reading-keeps-its-vote",
        ),
    ],
)
def test_an_american_local_page_reads_its_names_in_america(
    nlp: Language, gazetteer: Gazetteer, text: str, title: str | None, country: str
) -> None:
    assert focus_country(nlp(text), gazetteer, title=title) == country


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        pytest.param(
            "SAN FRANCISCO -- A man was shot near 16th and Guerrero streets on Friday.\nTips: 415-555-0142.",
            "California",
            id="phone-number-outweighs-a-street-named-like-a-state",
        ),
        pytest.param(
            "SAN FRANCISCO -- A man was shot near 16th and Guerrero streets on Friday.",
            "Guerrero",
            id="without-it-the-street-still-votes",
        ),
        pytest.param(
            "(05-04) 16:58 PDT SAN FRANCISCO -- A man was shot near 16th and Guerrero streets on Friday.",
            "California",
            id="a-clock-time-in-an-american-zone-outweighs-it-too",
        ),
        pytest.param(
            "SANTA ANA - Two men were hurt in a shooting on Tuesday night, police said.",
            "California",
            id="a-region-of-the-towns-own-name",
        ),
    ],
)
def test_a_bare_dateline_on_an_american_local_page(gazetteer: Gazetteer, text: str, admin1: str) -> None:
    place = find_dateline(text, gazetteer)
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "SANTA ANA - Two boys were hurt in a shooting on Tuesday in Santa Ana, police said. Santa Ana"
            " officers found shell casings near the corner, and Santa Ana detectives are asking for help.",
            "USA",
            id="the-datelines-town-named-again-is-the-datelines",
        ),
        pytest.param(
            "Two boys were hurt in a shooting on Tuesday night in Santa Ana, police said. Santa Ana officers"
            " found shell casings near the corner, and Santa Ana detectives are asking for help.",
            "SLV",
            id="without-a-dateline-the-bigger-namesake",
        ),
    ],
)
def test_an_american_datelines_town_is_read_there_each_time(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == country
