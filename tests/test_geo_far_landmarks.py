"""Specs for the towns a local story names only as far landmarks or arrest places, for names it
calls settlements, and for how its main town is chosen among as many votes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.arrest_towns import arrest_town
from kronika.geo.article import article_places
from kronika.geo.far_landmarks import far_landmark, nearby_town, written_km


@pytest.mark.parametrize(
    ("before", "km"),
    [
        ("Its camp at Tulu, 40 km south of ", 40.0),
        ("a village some 25-km east of ", 25.0),
        ("the farm, ten miles and then another 30 miles north of ", 30 * 1.609344),
        ("a hamlet sixty kilometres from ", 60.0),
        ("a ranch 1,200 kms west of ", 1200.0),
        ("the market north of ", 0.0),
    ],
)
def test_the_last_distance_written_before_a_place_is_read_in_km(before: str, km: float) -> None:
    assert written_km(before) == pytest.approx(km)


@pytest.mark.parametrize(
    ("text", "town", "far"),
    [
        ("The farmhouse sits in Elmdale, 35 miles southeast of Wichita.", "Wichita", True),
        ("Oak Bend, a village about 70 miles northwest of Memphis, mourned.", "Memphis", True),
        ("The cabin lies some 25 miles outside of Boise.", "Boise", True),
        ("The ranch is forty miles from Amarillo.", "Amarillo", True),
        ("The camp is 60 km north of Tucson.", "Tucson", True),
        ("The camp is 20 km north of Tucson.", "Tucson", False),  # 12 miles: a rural address of the town
        ("A home 4 miles north of Gilmer was searched.", "Gilmer", False),  # the town's own countryside
        ("A trailer 18 miles west of Alpine burned.", "Alpine", False),
        ("The family drove the 40 miles to Dallas.", "Dallas", False),  # whither, no landmark
        ("Deputies in Dallas said the man fled.", "Dallas", False),
    ],
)
def test_a_town_a_far_distance_is_measured_from_is_a_landmark(text: str, town: str, far: bool) -> None:
    assert far_landmark(text, text.index(town)) == far


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # the big city the scene is measured from is no main town: the town the scene is in is
        (
            "Two men were found shot at a farmhouse near Ridgeville, about 45 miles northwest of "
            "Charleston.\n\nRidgeville police said the men knew each other.",
            "Ridgeville",
        ),
        # a scene named only by its distance from a city is placed nowhere by the city
        (
            "Two men were found shot on a dirt road about 30 miles southwest of Macon.\n\n"
            "They knew each other.",
            None,
        ),
        # a name the story calls a community is a place, however it was tagged
        (
            "Deputies said a woman was shot at her home west of Holly Hill, a community about 50 miles "
            "from Columbia.\n\nThe woman was flown to a trauma center.",
            "Holly Hill",
        ),
    ],
)
def test_a_local_storys_main_town_is_no_far_landmark(
    nlp: Language, gazetteer: Gazetteer, text: str, main: str | None
) -> None:
    found = article_places(nlp(text), gazetteer, "USA").main
    assert (found.name if found else None) == main


@pytest.mark.parametrize(
    ("text", "town", "nearby"),
    [
        ("She once taught math at a college in nearby Ogden.", "Ogden", True),
        ("He had a hearing set in Nearby Tulsa on Monday.", "Tulsa", True),  # a headline's capitals
        ("The boy was flown to a clinic nearby, in Tulsa.", "Tulsa", False),  # 'nearby' ends its phrase
        ("Deputies in Ogden said the man fled.", "Ogden", False),
    ],
)
def test_a_town_written_as_nearby_is_beside_the_scene(text: str, town: str, nearby: bool) -> None:
    assert nearby_town(text, text.index(town)) == nearby


def test_a_local_storys_main_town_is_not_one_written_as_nearby(nlp: Language, gazetteer: Gazetteer) -> None:
    # the town 'nearby' measures from is the scene; the nearby one only helps the reader place it
    text = (
        "Four members of a family were found shot dead in their home in Kaysville on Sunday.\n\n"
        "The couple had owned a bakery in nearby Layton for a decade, and their sons went to school "
        "in nearby Layton too."
    )
    found = article_places(nlp(text), gazetteer, "USA").main
    assert found is not None and found.name == "Kaysville"


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("The suspect was taken into custody on Friday in Dillon.", True),
        ("Deputies said he was arrested Saturday night at Greer.", True),
        ("The woman was captured Jan. 9 in Laredo.", True),
        ("The man was arrested for murder in Laredo.", False),  # a charge between: read no arrest place
        ("Police said in Laredo that the man fled.", False),
    ],
)
def test_a_town_a_suspect_is_caught_in_is_written_as_the_arrests(text: str, arrested: bool) -> None:
    town = text.rstrip(".").split()[-1] if arrested else "Laredo"
    assert arrest_town(text, text.index(town)) == arrested


def test_a_local_storys_main_town_is_not_where_the_suspect_was_caught(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "The father was taken into custody on Monday in Kingstree, the sheriff said.\n\n"
        "Three people were found shot at a home on Pine Road in Holly Hill, a community near the river."
    )
    found = article_places(nlp(text), gazetteer, "USA").main
    assert found is not None and found.name == "Holly Hill"


def test_a_tie_for_main_town_goes_to_one_beside_another_town_named(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # Grass Valley (California) and The Dalles (Oregon) are named as often; Goldendale, across the river
    # from The Dalles, is named too: the page's towns lie together, a far namesake does not
    lead = "Grass Valley police and The Dalles police said a man was hurt by a stray shot on Monday."
    filler = " Neighbors said they heard one shot and called for help right away." * 6
    text = f"{lead}\n\n{filler.strip()}\n\nOfficers searched a car in Goldendale later that night."
    found = article_places(nlp(text), gazetteer, "USA").main
    assert found is not None and found.name == "The Dalles"
