"""Specs for small US towns in local news: a town the gazetteer lacks is still the place where the text
writes its state beside it, or after 'in' in a story placed in its county; 'X City Police' is the police of
X City; a county is read in the dateline's state; streets named at a crossing are streets."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import find_chains
from kronika.geo.dateline import county_near_dateline, find_dateline
from kronika.geo.local import after_address, street_name
from kronika.geo.unlisted import addressed_town, county_town, town_part, unlisted_town, written_region
from kronika.model import Article, ArticleContext, Place

TROY = Place("Troy", "USA", "West Virginia", None, None, "city")  # a dateline town the gazetteer lacks


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("TROY, W.Va. — A boy was shot at a home on Wednesday.", "Troy", "West Virginia"),
        ("VANDUSER, Mo. (AP) - A teenager was shot.", "Vanduser", "Missouri"),
        ("TACOMA, Wash. — A man was shot.", "Tacoma", "Washington"),  # a listed town keeps its entry
    ],
)
def test_a_dateline_town_the_gazetteer_lacks_is_placed_in_its_state(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = find_dateline(text, gazetteer)
    assert place is not None and (place.name, place.admin1, place.precision) == (name, admin1, "city")


@pytest.mark.parametrize(
    "text",
    [
        "FRANKLIN COUNTY, Va. (WXYZ) - A girl was shot.",  # a county, never a town
        "BREAKING, Today - A girl was shot.",  # no region after it
    ],
)
def test_no_unlisted_town_without_a_region_or_for_a_county(gazetteer: Gazetteer, text: str) -> None:
    place = find_dateline(text, gazetteer)
    assert place is None or place.lat is not None


@pytest.mark.parametrize(
    ("name", "region", "expected"),
    [
        ("Vanduser", "Missouri", "Vanduser"),
        ("TROY", "W.Va.", "Troy"),
        ("Springfield", "Ill.", None),  # the gazetteer has it: its entry is used instead
        ("Missouri State Highway Patrol Troop", "Missouri", None),  # too long for a town's name
        ("Vanduser", "Somewhere", None),  # not a region
        ("Vanduser Borough", "Missouri", None),  # a municipality's name, filed under its county
    ],
)
def test_unlisted_town(gazetteer: Gazetteer, name: str, region: str, expected: str | None) -> None:
    state = written_region(gazetteer, region)
    place = unlisted_town(gazetteer, name, state) if state is not None else None
    assert (place.name if place is not None else None) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        (
            "A woman was shot outside a house on Bugg Street in Vanduser, Missouri, on Thursday.",
            "Vanduser",
            "Missouri",
        ),
        ("A man was shot at his home in Doe Run, Mo., on Sunday.", "Doe Run", "Missouri"),
        ("A woman was shot in Springfield, Ill., on Monday.", "Springfield", "Illinois"),
        ("A boy was shot at a home in Sanborn, North Dakota.", "Sanborn", "North Dakota"),  # not Iowa's
    ],
)
def test_a_town_written_with_its_state_is_the_place_even_if_unlisted(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, sentence, "shot" if "shot" in sentence else "found")
    assert place is not None and (place.name, place.admin1, place.precision) == (name, admin1, "city")


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        ("Grove City Police identified the man on Tuesday.", "Grove City", "Ohio"),
        ("The Kansas City Police Department said two men were shot.", "Kansas City", "Missouri"),
        ("Officers of the Yakima Police Department found a wounded man.", "Yakima", "Washington"),
    ],
)
def test_a_city_named_before_its_police_keeps_the_word_city(
    gazetteer: Gazetteer, text: str, town: str, admin1: str
) -> None:
    found = [resolve_chain(gazetteer, chain, "USA") for chain in find_chains(text)]
    assert [(p.entry.name, p.entry.admin1) for p in found if p is not None] == [(town, admin1)]


@pytest.mark.parametrize(
    ("county", "state", "dateline", "expected"),
    [
        ("Gilmer County", "Georgia", TROY, "West Virginia"),
        ("Gilmer County", "Georgia", None, "Georgia"),  # no dateline, nothing to go by
        ("Lake County", "Indiana", TROY, "Indiana"),  # West Virginia has no Lake County
    ],
)
def test_a_county_is_read_in_the_datelines_state_where_it_has_one(
    gazetteer: Gazetteer, county: str, state: str, dateline: Place | None, expected: str
) -> None:
    entry = next(e for e in gazetteer.lookup(county, kind="admin2", country="USA") if e.admin1 == state)
    ctx = ArticleContext(Article("t", "text"), focus_country="USA", dateline=dateline)
    assert county_near_dateline(entry.to_place(), ctx, gazetteer).admin1 == expected


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("PERRY COUNTY, Ind. — A hunter from Graysville was shot in the woods.", "Indiana"),
        ("PERRY COUNTY, Ind. — A hunter from Graysville, Tenn., was shot in the woods.", "Tennessee"),
    ],
)
def test_a_town_far_from_a_county_dateline_gives_way_unless_its_state_is_written(
    nlp: Language, gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "shot")
    assert place is not None and place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "street"),
    [
        ("Shots were fired near North Holly and San Marcos avenues at night.", "North Holly", True),
        ("Two men were shot at Elm and Main streets.", "Elm", True),
        ("A man was shot on Chicago streets on Monday.", "Chicago", False),
        ("A man was shot in Compton and the streets were closed.", "Compton", False),
    ],
)
def test_streets_named_at_a_crossing_are_streets(text: str, name: str, street: bool) -> None:
    start = text.index(name)
    assert street_name(text, start, start + len(name)) is street


def test_a_township_is_no_unlisted_town(gazetteer: Gazetteer) -> None:
    # read by geo/township_datelines.py as the township itself (no county named, no post office of its
    # bare name), never as an unlisted town 'Milton'
    place = find_dateline("MILTON TOWNSHIP, Mich. — A man was shot.", gazetteer)
    assert place is not None and (place.name, place.admin1) == ("Milton Township", "Michigan")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Ironto on Friday.", ("Ironto", "Virginia")),
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Ironto, Va., on Friday.", ("Ironto", "Virginia")),
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A girl was wounded in Ironto.", ("Ironto", "Virginia")),
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Ironto Friday night.", ("Ironto", "Virginia")),
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Ironto, Ohio, on Friday.", None),  # Ohio's
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Walmart on Friday.", None),  # a shop
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Ironto Borough.", None),  # a division
        ("MONTGOMERY COUNTY, Va. (WXYZ) – A boy was shot in Mexico on Friday.", None),  # a country
    ],
)
def test_an_unlisted_town_named_after_in_is_the_county_storys_place(
    nlp: Language, gazetteer: Gazetteer, text: str, expected: tuple[str, str] | None
) -> None:
    place = locate_us(nlp, gazetteer, text, "shot" if "shot" in text else "wounded")
    assert place is not None
    if expected is None:
        assert place.lat is not None  # no unlisted town: the county, or the place the text names
    else:
        assert (place.name, place.admin1, place.precision, place.lat) == (*expected, "city", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy was shot in Ironto, deputies said.", "Ironto"),
        # a big city the lists hold in another state, with no post office of its name in Virginia: the
        # story names that city, not a hamlet of the county's state
        ("A boy was shot at home and flown to a clinic in Shreveport, deputies said.", None),
    ],
)
def test_a_big_city_of_another_state_is_no_hamlet_of_the_county(
    nlp: Language, gazetteer: Gazetteer, text: str, expected: str | None
) -> None:
    county = Place("Montgomery County", "USA", "Virginia", 37.17, -80.39, "admin1")
    doc = nlp(text)
    town = county_town(gazetteer, county, doc, find_chains(text))
    assert (town.name if town else None) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A girl was shot on Elm Avenue in Zelbrook, Bucks County, on Friday.", "shot"),
        ("A girl was struck along Elm Avenue near Oak Street in Zelbrook, Bucks County, at noon.", "struck"),
        ("A man was wounded at the corner of Elm and Oak in Zelbrook, Bucks County.", "wounded"),
    ],
)
def test_an_unlisted_town_before_its_county_is_the_place_even_after_a_street(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None
    assert (place.name, place.admin1, place.precision) == ("Zelbrook", "Pennsylvania", "city")


@pytest.mark.parametrize(
    ("run", "town"),
    [
        ("Ironto Friday", "Ironto"),  # a day written after it
        ("Ironto.", "Ironto"),  # the full stop of the sentence it ends
        ("Ironto. They", "Ironto"),  # a run read on into the next sentence
        ("Ironto. Deputies Said", "Ironto"),
        ("Ft. Ironto", "Ft. Ironto"),  # an abbreviation keeps its full stop
        ("Mt. Ironto. They", "Mt. Ironto"),
        ("Ironto", "Ironto"),
    ],
)
def test_a_towns_name_stops_at_the_end_of_its_sentence(run: str, town: str) -> None:
    assert town_part(run) == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        (
            "Deputies found a boy shot at 4410 Mill Creek Road, Vanduser, Missouri, on Friday.",
            "Vanduser",
            "Missouri",
        ),
        ("A man was shot at 12 Elm St., Doe Run, Mo., on Sunday.", "Doe Run", "Missouri"),
        (  # the address is the scene, the town a victim is 'of' his home
            "Deputies went to 4410 Mill Creek Road, Doe Run, Missouri, where a boy of Springfield was shot.",
            "Doe Run",
            "Missouri",
        ),
        ("A girl was shot in the 300 block of Oak Lane, Vanduser, Missouri.", "Vanduser", "Missouri"),
    ],
)
def test_a_town_the_gazetteer_lacks_after_a_street_address_is_the_place(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, sentence, "shot")
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies went to 4410 Mill Creek Road, Vanduser, Missouri, where a boy of Springfield was shot.",
         "Vanduser"),
        ("Jay Roe, 30, of 4410 Mill Creek Road, Vanduser, Missouri, was charged.", None),  # his home
        ("A man was shot on Mill Creek Road in Vanduser, Missouri.", None),  # no address: read as before
        ("Police went to 12 Elm Street, Springfield, Illinois.", None),  # a listed town is the gazetteer's
    ],
)  # fmt: skip
def test_a_town_after_the_scenes_address_is_found_in_a_longer_passage(
    gazetteer: Gazetteer, text: str, expected: str | None
) -> None:
    place = addressed_town(gazetteer, text, 0, "USA", frozenset())
    assert (place.name if place is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at 4410 Mill Creek Road, Vanduser", True),
        ("in the 300 block of Oak Lane, Vanduser", True),
        ("on Mill Creek Road, Vanduser", False),  # no house number: a list of streets may go on
        ("in Vanduser, Missouri", False),
    ],
)
def test_a_name_after_a_house_number_and_street_follows_an_address(text: str, expected: bool) -> None:
    assert after_address(text, text.rindex(" ") + 1) is expected
