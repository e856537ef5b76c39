"""Specs for local-news place reading: addresses, hospitals and named parts are not where it happened;
the article's other places tell same-named places apart."""

from __future__ import annotations

import pytest
from builders import first_event_place, locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import nearby_support
from kronika.geo.local import (
    ends_in_street_word,
    hospital_town,
    near_namesake,
    neighbourhood_named,
    part_named,
    region_written,
    street_name,
    town_of,
)
from kronika.pipeline import Pipeline


def _at(text: str, name: str) -> tuple[str, int, int]:
    """The text with the first occurrence of `name` as offsets."""
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "street"),
    [
        ("Deputies found him in the 300 block of Lincoln Avenue on Friday.", "Lincoln", True),
        ("Officers were called to the 1200 block of Denver around midnight.", "Denver", True),
        ("Officers were called to the 1200 block of E. Aurora on Monday.", "Aurora", True),
        ("The car stopped on Dallas Street, near the school.", "Dallas", True),
        ("Gunfire broke out near Memphis Blvd. late on Sunday.", "Memphis", True),
        ("A man was shot at Canton Road in Akron.", "Akron", False),
        ("A clerk was robbed at a diner on South Orange Blossom Trail.", "South Orange", True),
        ("The boy was found near Dallas Acworth Road on Tuesday.", "Dallas", True),
        ("A woman was shot in Akron Sunday Road crews cleared the scene.", "Akron", False),
        ("He appeared in Akron Municipal Court on Monday.", "Akron", False),
        ("A teenager was shot in Dayton on Saturday.", "Dayton", False),
        ("A block party in Toledo ended with gunfire.", "Toledo", False),
        ("Gunfire broke out near Seventh Street and Broadway at 2 a.m.", "Broadway", True),
        ("The first boy was shot at Pine Dr. off East Valley on Monday.", "East Valley", True),
        # what one heads along a bearing on is a street
        ("The car sped away north on Denver after the shots.", "Denver", True),
        ("The van was last seen eastbound on Toledo, police said.", "Toledo", True),
        ("The family drove north to Denver on Friday.", "Denver", False),
        # a city street placed by the street it nears, and a bare name stood 'on' beside another
        ("Shots rang out on Maple Street near Aurora late Friday.", "Aurora", True),
        ("A man was hurt on Hudson near Lakewood, police said.", "Lakewood", True),
        ("A man was hurt on Hudson near Lakewood, police said.", "Hudson", True),
        # a town near a road, or near where one was on a day, is a town
        ("A body was found on Old Mill Road near Springdale.", "Springdale", False),
        ("A man was shot on Sunday near Canton, police said.", "Canton", False),
        # a crossing named by its two streets: each is a street, whatever town shares its name
        ("He was found shot near the intersection of Dallas and Lamar on Friday.", "Dallas", True),
        ("He was found shot near the intersection of Kent and Canton on Friday.", "Canton", True),
        ("Three men were hurt at the corner of Troy and Marion streets.", "Troy", True),
        ("Three men were hurt at the corner of N. Troy and Marion.", "Marion", True),
        ("Shots rang out at the corner of Elm and Main in Canton.", "Canton", False),
        ("Rebels hold the northern corner of Syria near the border.", "Syria", False),
        ("Shots were fired on Main Street in Aurora on Monday.", "Aurora", False),
        ("A man was shot on Route 9 near Saratoga late on Friday.", "Saratoga", False),
        # the second of two streets counted by a plural street word, a name joined to a numbered street,
        # a name driven down: streets, not the towns so named
        ("Two men were hurt at the corner of Elm and Canton streets.", "Canton", True),
        ("Shots rang out between Pine and Dayton Avenues late on Friday.", "Dayton", True),
        ("Officers taped off the scene at 5th and Canton.", "Canton", True),
        ("The shooting happened near Dayton and Third on Friday.", "Dayton", True),
        ("The gunman sped off down Canton before officers arrived.", "Canton", True),
        ("Violence on Chicago streets rose again this summer.", "Chicago", False),  # the city's streets
        ("A man was shot in Dayton and first responders rushed in.", "Dayton", False),
    ],
)
def test_a_name_in_an_address_is_a_street(text: str, name: str, street: bool) -> None:
    assert street_name(*_at(text, name)) is street


@pytest.mark.parametrize(
    ("text", "name", "hospital"),
    [
        ("The boy was flown to Riverside Hospital in Columbus for surgery.", "Columbus", True),
        ("She was taken to a hospital in Toledo, where she died.", "Toledo", True),
        ("He was rushed to Akron General Medical Center on Friday.", "Akron", True),
        ("Both men were treated at Tacoma Memorial Hospital overnight.", "Tacoma", True),
        ("A man was shot in Columbus and taken to a hospital.", "Columbus", False),
        ("Gunfire near a Toledo hospital parking lot hurt two.", "Toledo", False),
        ("The girl was airlifted to a Tulsa hospital on Sunday.", "Tulsa", True),
        ("A Tulsa hospital worker was shot on Sunday.", "Tulsa", False),
        ("His remains went to the State Medical Examiner in Bismarck for review.", "Bismarck", True),
        ("The Medical Examiner's Office in Dayton ruled it a homicide.", "Dayton", True),
        ("A man was shot in Dayton and the medical examiner was called.", "Dayton", False),
        ("Nurses rallied outside the hospital in Durban over masks.", "Durban", False),  # stood at: the scene
        ("Jets struck a hospital in Aleppo on Friday.", "Aleppo", False),  # attacked: the scene
        ("Gunmen raided the district hospital in Kajo Keji overnight.", "Kajo Keji", False),
        ("Staff protested in front of Grey Hospital in Durban.", "Durban", False),
        ("Gunmen shot a trader near the Sadar Hospital in Natore on Monday.", "Natore", False),  # stood by
        ("A bomb went off beside the Civil Hospital in Quetta.", "Quetta", False),
        ("Nurses staged a sit-in at a hospital in Quetta over unpaid wages.", "Quetta", False),
        ("Doctors rallied in the District Hospital, Multan on Monday.", "Multan", False),
        ("The boy died at a hospital in Fort Wayne later that night.", "Fort Wayne", True),
        ("She remains in critical condition at Mercy Hospital in Toledo.", "Toledo", True),
        # a hospital the hurt lie in, named by its town's area
        ("The girl was in critical condition in an Omaha area hospital on Monday.", "Omaha", True),
        ("He was flown to a Denver area hospital.", "Denver", True),
        ("A man was shot in a Tulsa park on Sunday.", "Tulsa", False),
        # where the hurt are taken is a hospital, whether or not its name says so
        ("She was hit in the hip and taken to Mount Sinai, where she is stable.", "Mount Sinai", True),
        ("A friend drove him to Good Samaritan about 7 p.m.", "Good Samaritan", True),
        ("The boy was rushed to Fort Wayne for surgery.", "Fort Wayne", True),
        ("Officers were sent to Mount Sinai after the shooting.", "Mount Sinai", False),
        # where the dead are sent to be examined is no scene either
        ("The body will be sent to Lakeview for an autopsy.", "Lakeview", True),
        ("The boy was taken to the state crime lab in Lakeview for autopsy.", "Lakeview", True),
        ("The girl was shot in Lakeview and an autopsy is planned.", "Lakeview", False),
        # a hospital stood at, though its name runs long or 'outside of' it
        ("Nurses gathered outside of the Mercy Hospital in Fresno over masks.", "Fresno", False),
        ("Nurses at Valley Health's St. Anne's Medical Center in Fresno rallied.", "Fresno", False),
        (
            "Nurses rallied at Sierra Valley General Hospital and Clovis Community Medical Center in Fresno.",
            "Fresno",
            False,
        ),
    ],
)
def test_a_town_that_places_a_hospital_is_not_the_scene(text: str, name: str, hospital: bool) -> None:
    assert hospital_town(*_at(text, name)) is hospital


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("Two were shot at a motel in the Phoenix suburb of Mesa.", "Phoenix", True),
        ("A girl was hit in the Detroit neighborhood of Brightmoor.", "Detroit", True),
        ("Two were shot at a motel in Mesa, a suburb of Phoenix.", "Mesa", False),
        ("A Phoenix suburb mourned the victims.", "Phoenix", False),
    ],
)
def test_a_city_named_for_its_part_is_not_the_scene(text: str, name: str, part: bool) -> None:
    assert part_named(*_at(text, name)) is part


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "text", "admin1"),
    [
        ("Woodlawn", "Chicago police said the boy was shot on a porch.", "Illinois"),
        ("Woodlawn", "Baltimore County police said the boy was shot on a porch.", "Maryland"),
        ("Montgomery County", "Deputies took him to a hospital in Blacksburg.", "Virginia"),
    ],
)
def test_the_articles_other_places_pick_among_namesakes(
    gazetteer: Gazetteer, name: str, text: str, admin1: str
) -> None:
    entries = [e for e in gazetteer.lookup(name, country="USA") if e.kind in ("city", "admin2")]
    support = nearby_support(gazetteer, entries, text)
    best = max(entries, key=lambda e: (support[e], e.population))
    assert best.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "neighbourhood"),
    [
        ("A cyclist was robbed in the Austin neighborhood on Friday.", "Austin", True),
        ("Gunfire rang out across the Hermitage and Donelson neighbourhoods.", "Donelson", True),
        ("A boy was shot in Austin on Friday.", "Austin", False),
        ("Austin police said the neighborhood was quiet.", "Austin", False),
    ],
)
def test_a_name_written_as_a_neighbourhood_is_a_part_of_a_city(
    text: str, name: str, neighbourhood: bool
) -> None:
    _, _, end = _at(text, name)
    assert neighbourhood_named(text, end) == neighbourhood


@pytest.mark.parametrize(
    ("text", "name", "admin1", "town"),
    [
        pytest.param(
            "YPSILANTI, Mich. (WXYZ) - A boy was shot at an apartment.",
            "Ypsilanti",
            "Michigan",
            "Ypsilanti",
            id="wire-dateline-with-state-names-a-town",
        ),
        pytest.param(
            "MOUNT VERNON, N.Y. — Two men were wounded outside a bar.",
            "Mount Vernon",
            "New York",
            "Mount Vernon",
            id="abbreviated-state",
        ),
        pytest.param(
            "WOODLAWN — A girl was shot on a porch, Chicago police said.",
            "Woodlawn",
            "Illinois",
            "Chicago",
            id="bare-neighbourhood-dateline-stands-for-its-city",
        ),
        pytest.param(
            "A boy was shot in Ypsilanti on Sunday, Ann Arbor detectives said.",
            "Ypsilanti",
            "Michigan",
            "Ann Arbor",
            id="no-dateline-as-before",
        ),
    ],
)
def test_a_dateline_written_with_its_state_keeps_its_town(
    gazetteer: Gazetteer, text: str, name: str, admin1: str, town: str
) -> None:
    entry = next(e for e in gazetteer.lookup(name, kind="city", country="USA") if e.admin1 == admin1)
    assert town_of(gazetteer, entry.to_place(), text).name == town


@pytest.mark.parametrize(
    ("text", "name", "admin1", "town"),
    [
        pytest.param(
            "A boy was shot in Ypsilanti on Sunday, police said.",
            "Ypsilanti",
            "Michigan",
            "Ypsilanti",
            id="a-town-told-of-alone-is-itself",
        ),
        pytest.param(
            "A child was hurt at a Garner gun range when a rifle went off.",
            "Garner",
            "North Carolina",
            "Garner",
            id="a-town-as-a-modifier-is-itself",
        ),
        pytest.param(
            "A girl was shot in Woodlawn on Friday, Chicago police said.",
            "Woodlawn",
            "Illinois",
            "Chicago",
            id="a-quarter-with-its-city-named-is-the-city",
        ),
        pytest.param(
            "CHICAGO — A girl was shot in Woodlawn on Friday, police said.",
            "Woodlawn",
            "Illinois",
            "Chicago",
            id="the-city-named-by-its-dateline",
        ),
        pytest.param(
            "WOODLAWN — A girl was shot on a porch on Friday, police said.",
            "Woodlawn",
            "Illinois",
            "Chicago",
            id="a-quarter-heading-its-citys-paper-is-the-city",
        ),
        pytest.param(
            "Three men were shot in Boston's Dorchester neighborhood overnight.",
            "Dorchester",
            "Massachusetts",
            "South Boston",
            id="a-town-the-lists-name-by-its-quarter-named-by-its-city",
        ),
        pytest.param(
            "A man was shot in East Flatbush on Tuesday night.",
            "East Flatbush",
            "New York",
            "Brooklyn",
            id="a-side-of-a-place-is-a-quarter-with-no-city-named",
        ),
        pytest.param(
            "Two men were wounded in Fordham; one had been charged in the Bronx before.",
            "Fordham",
            "New York",
            "The Bronx",
            id="the-city-named-without-its-capital-article",
        ),
    ],
)
def test_a_place_stands_for_the_big_city_beside_it_only_where_the_article_names_that_city(
    gazetteer: Gazetteer, text: str, name: str, admin1: str, town: str
) -> None:
    entry = next(e for e in gazetteer.lookup(name, kind="city", country="USA") if e.admin1 == admin1)
    assert town_of(gazetteer, entry.to_place(), text).name == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(
            "MESA, Ariz. — A gunman wounded three people Tuesday in a spree that ended at an apartment in "
            "suburban Phoenix.",
            "Mesa",
            id="suburban-city",
        ),
        pytest.param(
            "WARREN, Mich. — Two men were shot during a fight at a banquet hall near the Detroit border.",
            "Warren",
            id="near-the-city-border",
        ),
        pytest.param(
            "WARREN, Mich. — Two men were shot at a party, and the gunman fled to Detroit.",
            "Detroit",
            id="a-city-named-otherwise-still-counts-as-before",
        ),
    ],
)
def test_a_dateline_town_stands_beside_the_big_city_its_body_names_as_near(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "shot" if "shot" in text else "wounded")
    assert place is not None and place.name == town


@pytest.mark.parametrize(
    ("name", "own", "near"),
    [
        ("Salem", frozenset(), True),  # the town beside Roanoke
        ("Richmond", frozenset(), False),  # the state's capital, far off
        ("Salem", frozenset({"salem"}), False),  # a key of the entry's own is not another place
    ],
)
def test_a_town_of_the_name_near_the_entry_supports_it(
    gazetteer: Gazetteer, name: str, own: frozenset[str], near: bool
) -> None:
    towns = gazetteer.lookup("Roanoke", kind="city", country="USA")
    roanoke = next(e for e in towns if e.admin1 == "Virginia")
    assert near_namesake(gazetteer, name, roanoke, own) is near


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("A man was shot in Roanoke, Virginia, on Friday.", True),
        ("A man was shot in Morgantown, West Virginia, on Friday.", False),
        ("A man was shot in Roanoke on Friday.", False),
    ],
)
def test_a_region_is_written_out_not_as_the_end_of_another(text: str, written: bool) -> None:
    assert region_written(text, "Virginia") is written


@pytest.mark.parametrize(
    ("name", "street"),
    [
        ("Harlow Street", True),
        ("Street", True),  # a number before it cut off ('W. 41st Street')
        ("Fenwick Parkway", True),
        ("Streeterville", False),
        ("Ashby", False),
    ],
)
def test_a_name_ending_in_a_street_word_is_a_street(name: str, street: bool) -> None:
    assert ends_in_street_word(name) is street


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (  # a hamlet no list holds, written after a street address in a county's story
            "The Washington County Sheriff's Department is investigating a shooting that happened today. "
            "Deputies responded to 410 Bugg Lane, Elmbrook Hollow, and found a boy who had been shot.",
            "Elmbrook Hollow",
        ),
    ],
)
def test_a_county_story_s_address_names_its_hamlet(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "shooting")
    assert place is not None and place.name == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        pytest.param(
            "NORTHFIELD — State police say a Barre teenager was shot Saturday while deer hunting.\n\n"
            "The boy was in a tree stand on a farm in Northfield when a stray round hit him.",
            "Northfield",
            id="home-town-under-a-dateline-the-story-writes-as-the-scene",
        ),
        pytest.param(
            "NORTHFIELD — State police say a Barre teenager was shot Saturday while deer hunting.\n\n"
            "The boy was in a tree stand on a farm when a stray round hit him.",
            "Barre",
            id="the-dateline-town-never-written-as-the-scene",
        ),
        pytest.param(
            "NORTHFIELD — State police say a Barre teenager was shot Saturday while deer hunting.\n\n"
            "Walter Quill, of Oak Street in Northfield Township, was charged.",
            "Barre",
            id="the-township-around-the-dateline-town-is-not-it",
        ),
    ],
)
def test_a_dateline_town_the_story_writes_as_the_scene_beats_a_victims_home_town(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert first_event_place(pipeline, text)[2] == town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name owning a venue is no American county: 'Cole' owns the bar, Missouri's Cole County is far
        (
            "LEXINGTON, Ky. -- Officers answered a call to a shooting at Cole's Place early Sunday.",
            ("USA", "Kentucky", "Lexington"),
        ),
        (
            "Officers answered a call to a shooting in Cole County, Missouri, early Sunday.",
            ("USA", "Missouri", "Cole County"),
        ),
        # a borough that is its county is written bare
        ("Four men were wounded in a shooting in Queens early Saturday.", ("USA", "New York", "Queens")),
    ],
)
def test_a_name_owning_a_venue_is_no_american_county(
    pipeline: Pipeline, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert first_event_place(pipeline, text) == expected
