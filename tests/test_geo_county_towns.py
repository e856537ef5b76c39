"""Specs for reading a local story placed in a county at the town of that county it names: a town a
person is 'of' in a name that runs on through 'of', a town after a sentence-opening 'A', a far town
of a big county by its ZIP codes, and a hamlet no list holds by the county's post offices."""

from __future__ import annotations

import pytest
from builders import rule
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer
from kronika.geo.county_towns import county_offices, town_readings
from kronika.geo.zip_towns import postal_county, town_counties

RECORDS = [
    {"zip_code": "20001", "city": "Millbrook Falls", "state": "OH", "county": "Dorr County"},
    {"zip_code": "20002", "city": "Millbrook Falls", "state": "OH", "county": "Vane County"},
    {"zip_code": "20003", "city": "Cedar Hollow", "state": "OH", "county": "Vane County"},
    {"zip_code": "20004", "city": "Cedar Hollow", "state": "IN"},  # no county given
]


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        *rule("a name is read as written", ("Cedar Hollow", ("Cedar Hollow",))),
        *rule("an opening article is dropped", ("A Cedar Hollow", ("A Cedar Hollow", "Cedar Hollow"))),
        *rule("and one before a vowel", ("An Oak Ridge", ("An Oak Ridge", "Oak Ridge"))),
        *rule(
            "a person's name runs on through 'of' to their town",
            ("Dale Ray Moore of Cedar Hollow.", ("Dale Ray Moore of Cedar Hollow.", "Cedar Hollow.")),
        ),
        # a single word before 'of' is a place's own name, not a person's
        *rule("a unit named with 'of' stays whole", ("Province of Mendoza", ("Province of Mendoza",))),
        *rule("'A' alone is no article", ("A", ("A",))),
    ],
)
def test_a_chain_name_is_read_as_a_town_in_these_ways(text: str, readings: tuple[str, ...]) -> None:
    assert town_readings(text) == readings


@pytest.mark.parametrize(
    ("town", "county", "state", "inside"),
    [
        *rule("a ZIP code of the town lies in the county", ("Millbrook Falls", "Vane County", "Ohio", True)),
        *rule("any of its ZIP codes counts", ("Millbrook Falls", "Dorr County", "Ohio", True)),
        *rule("a county none of them lies in", ("Cedar Hollow", "Dorr County", "Ohio", False)),
        *rule("the county of another state's namesake", ("Cedar Hollow", "Vane County", "Indiana", False)),
        *rule("no post office of the name", ("Elm Bend", "Vane County", "Ohio", False)),
        *rule("no state", ("Cedar Hollow", "Vane County", "Ontario", False)),
    ],
)
def test_a_town_lies_in_the_counties_its_zip_codes_lie_in(
    town: str, county: str, state: str, inside: bool
) -> None:
    assert postal_county(town, county, state, town_counties(RECORDS)) is inside


COUNTY_STORIES = [
    *rule(
        "a listed town someone is of, in a name run on through 'of'",
        (
            "PIKE COUNTY, Miss. (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
            "He was named as Dale Ray Moore of McComb.",
            "McComb",
        ),
    ),
    *rule(
        "a listed town after the article opening the sentence",
        (
            "VOLUSIA COUNTY, Fla. (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
            "A Deltona man was arrested later that night.",
            "Deltona",
        ),
    ),
    *rule(
        "an unlisted hamlet someone is of, which a post office of the county is named after",
        (
            "MINERAL COUNTY, Mont. (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
            "He was named as Dale Ray Moore of Saltese.",
            "Saltese",
        ),
    ),
    *rule(
        "an unlisted hamlet written before a person's noun",
        (
            "MINERAL COUNTY, Mont. (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
            "A Haugan man was arrested later that night.",
            "Haugan",
        ),
    ),
    *rule(
        "a far town of a big county, which its ZIP codes lie in",
        (
            "HARRIS COUNTY, Texas (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
            "The house is on a quiet street in Tomball.",
            "Tomball",
        ),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "town"), COUNTY_STORIES)
def test_a_county_story_is_placed_in_the_town_of_the_county_it_names(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    sentence = "A man was shot at a house on Sunday, deputies said."
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="USA")
    assert place is not None and (place.name, place.precision) == (town, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        *rule(
            "an unlisted hamlet whose post office lies in another county of the state",
            (
                "LAKE COUNTY, Mont. (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
                "He was named as Dale Ray Moore of Saltese.",
                "Saltese",
            ),
        ),
        *rule(
            "a town beyond the county, whose ZIP codes lie elsewhere",
            (
                "AMITE COUNTY, Miss. (WXYZ) — A man was shot at a house on Sunday, deputies said.\n\n"
                "He was named as Dale Ray Moore of Jackson.",
                "Jackson",
            ),
        ),
    ],
)
def test_a_county_story_is_not_placed_in_a_town_it_names_otherwise(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    sentence = "A man was shot at a house on Sunday, deputies said."
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="USA")
    assert place is not None and place.name != town


@pytest.mark.parametrize(
    ("name", "county", "towns"),
    [
        *rule(
            "a post office of the county, the sentence's stop dropped",
            ("Saltese.", "Mineral County", ["Saltese"]),
        ),
        *rule("one of another county of the state", ("Saltese", "Lake County", [])),
        *rule("a state's name is no hamlet", ("Montana", "Mineral County", [])),
        # Missoula County's mail is mostly its city's: the county is read there, a hamlet's resident or not
        *rule("one of a county read at its own town", ("Huson", "Missoula County", [])),
    ],
)
def test_an_unlisted_hamlet_of_a_county_is_read_from_its_post_office(
    gazetteer: Gazetteer, name: str, county: str, towns: list[str]
) -> None:
    counties = [e for e in gazetteer.lookup(county, kind="admin2", country="USA") if e.admin1 == "Montana"]
    assert [t.name for t in county_offices(gazetteer, name, counties)] == towns
