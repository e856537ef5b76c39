"""Specs for the country an American local story is about: its dateline counts, a bare compass word
('Las Vegas Blvd. South', 'North County') names no region abroad, a county named with its type word is the
county so called ('Geneva County' is no canton), a dateline's credit ('(AP) –') is no place, and what
only American local news writes (a sheriff's office, 'the 400 block of', a phone number, a local station's
credit) outweighs a stray demonym, surname or translated word."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import credited, find_dateline
from kronika.geo.focus import focus_country
from kronika.geo.resolve import resolve_name
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "CAMERON, W.Va. (AP) - A man hit by a shot a boy fired was hurt by accident, Cameron police say.",
            id="dateline-outweighs-an-agency-credit",
        ),
        pytest.param(
            "Traffic on Las Vegas Blvd. South was stopped after the shooting. The South has seen worse.",
            id="compass-word-is-no-region",
        ),
    ],
)
def test_a_local_story_is_american(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert focus_country(nlp(text), gazetteer) in ("USA", None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Geneva County deputies said a man was shot near a barn on Sunday.", id="canton"),
        pytest.param("Highland County Sheriff Ann Cole said the boy was shot at home.", id="council-area"),
        pytest.param("A girl was shot at a farm in Mitchell County on Friday.", id="australian-shire"),
    ],
)
def test_a_county_so_named_is_the_american_one(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert focus_country(nlp(text), gazetteer) == "USA"


@pytest.mark.parametrize("name", ["Geneva County", "Highland County", "Mitchell County"])
def test_a_name_with_its_county_word_means_a_county_so_called(gazetteer: Gazetteer, name: str) -> None:
    found = resolve_name(gazetteer, name, None)  # with no focus, a small county is left unread
    assert found is None or found.country == "USA"
    assert gazetteer.lookup(name)[0].name == name


def test_a_region_word_keeps_the_focus_countrys_region_so_called(gazetteer: Gazetteer) -> None:
    found = resolve_name(gazetteer, "Central Region", "MWI")  # listed as 'Central'; Uganda's has the word
    assert found is not None and found.country == "MWI"


@pytest.mark.parametrize("name", ["South", "North", "West", "Southeast"])
def test_a_bare_compass_word_is_no_place(gazetteer: Gazetteer, name: str) -> None:
    assert resolve_name(gazetteer, name, None) is None


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        pytest.param("CAMERON, W.Va. (AP) – Cameron police say a man was shot.", "AP", True, id="agency"),
        pytest.param("ELLISTON (WSLS 10) – A boy was shot.", "WSLS", True, id="station"),
        pytest.param("He moved to Andhra Pradesh (AP) last year.", "AP", False, id="abbreviation-aside"),
        pytest.param("A man (from Denver) - was shot.", "Denver", False, id="words-aside"),
    ],
)
def test_a_datelines_credit_is_no_place(text: str, name: str, credit: bool) -> None:
    start = text.index(name)
    assert credited(text, start, start + len(name)) is credit


def test_a_dateline_credit_does_not_place_the_event(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "CAMERON, W.Va. (AP) – Cameron police say a man was shot by a boy on Friday."
    doc = nlp(text)
    ctx = ArticleContext(Article("t", text), focus_country(doc, gazetteer), find_dateline(text, gazetteer))
    place = locate(doc, made_up_detection(text, "shot", "ASSAULT"), ctx, gazetteer)
    assert place is not None and (place.name, place.admin1) == ("Cameron", "West Virginia")


@pytest.mark.parametrize(("name", "iso3"), [("Meru county", "KEN"), ("Busia County", "KEN")])
def test_a_county_word_keeps_the_focus_countrys_first_level_unit_so_called(
    gazetteer: Gazetteer, name: str, iso3: str
) -> None:
    # Kenya's counties are its first level; Tanzania and Uganda have districts so called
    found = resolve_name(gazetteer, name, iso3)
    assert found is not None and (found.country, found.kind) == (iso3, "admin1")


def test_a_district_word_still_means_a_district_where_the_focus_country_has_one(
    gazetteer: Gazetteer,
) -> None:
    found = resolve_name(gazetteer, "Harris County", "USA")
    assert found is not None and (found.kind, found.admin1) == ("admin2", "Texas")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A German shepherd was hit when a man fired at a dog in the 400 block of Elm Street on Sunday.",
            id="demonym-beside-an-address-block",
        ),
        pytest.param(
            "Jordan said he heard three shots. Anyone with information may call the Sheriff's Office.",
            id="surname-beside-a-sheriffs-office",
        ),
        pytest.param(
            "The boy was treated at Our Lady of the Lake. Tips may be left at 225-389-2000.",
            id="translated-word-beside-a-phone-number",
        ),
        pytest.param(
            "Sheriff's deputies found the boy shot at a home on Elm Road. His uncle is an Iraq war veteran.",
            id="a-war-beside-sheriffs-deputies",
        ),
    ],
)
def test_american_local_news_is_american_whatever_a_word_votes(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == "USA"


def test_a_note_without_those_words_keeps_its_own_focus(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Turkish forces shelled positions near Tal Abyad in Raqqa on Monday."
    assert focus_country(nlp(text), gazetteer) == "SYR"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Two men broke into a house near 12th Street and Oak Avenue in the South Plaza neighborhood"
            " late Friday, police said.",
            id="a-quarter-named-like-a-quarter-abroad",
        ),
        pytest.param(
            "The boy who died was Jordan Gray. Jordan loved to play baseball, his aunt Mary Jordan said.",
            id="a-persons-name",
        ),
        pytest.param(
            "The shooting happened at a park named for a German-born teacher who taught in the schools.",
            id="a-birthplace",
        ),
    ],
)
def test_a_quarter_a_persons_name_or_a_birthplace_votes_for_no_country(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert focus_country(nlp(text), gazetteer) in ("USA", None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "A teen was shot in Whitehaven on Sunday night, police told WREG.", id="memphis-station"
        ),
        pytest.param(
            "A girl was hurt when she was shot at a party in Spring, police told KHOU.", id="houston"
        ),
        pytest.param(
            "(WMC) - A boy was shot in Whitehaven on Sunday, police said.", id="credit-after-no-town"
        ),
    ],
)
def test_a_local_stations_credit_makes_a_story_american(
    nlp: Language, gazetteer: Gazetteer, text: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == "USA"
