"""Specs for hamlets no list holds that American local news writes as the scene without their state ('a
boy was shot in Vanduser'): read in the state the story is placed in, where a post office of that state
bears the name; a home ('of Vanduser'), a body, a street or a big city's neighbourhood is no scene."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language
from spacy.tokens import Span

from kronika.gazetteer import Gazetteer
from kronika.geo.scene_hamlets import scene_hamlet, scene_hamlets
from kronika.model import Place


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A boy was shot in Vanduser Friday night.", ["Vanduser"]),  # a day after the name is no part of it
        ("The shooting happened near Vanduser.", ["Vanduser"]),
        ("Deputies found him in a field northwest of Vanduser on Sunday.", ["Vanduser"]),
        ("The truck burned on a farm road east of Vanduser.", ["Vanduser"]),
        ("A girl was hurt in the town of Vanduser.", ["Vanduser"]),
        # a scene between two places: the first, which the second only bounds
        ("Deputies found the camp between Vanduser and Sikeston.", ["Vanduser"]),
        ("The camp lay between the Vanduser community and Sikeston.", ["Vanduser"]),
        ("A girl was shot while riding on Vanduser Island.", ["Vanduser Island"]),  # 'on' an island
        ("He was shot on Sunday on Vanduser Road.", []),  # 'on' a day or a street is no scene
        ("The video was posted on Facebook.", []),
        # where the dead are examined, the autopsy written before the town, is no scene
        ("An autopsy is being conducted in Vanduser, and an inquiry is underway.", []),
        ("A judge ordered an autopsy at the Forensic Medical Center in Vanduser.", []),
        ("An autopsy was ordered. The girl was shot in Vanduser on Friday.", ["Vanduser"]),
        ("Jay Roe of Vanduser was arrested.", []),  # a home, not the scene
        ("He was shot in Vanduser Police Department custody.", []),  # a body
        ("Two men were shot in Grant County.", []),  # a county, read as one elsewhere
        ("Three were shot in Roxbury overnight.", []),  # Boston's neighbourhood, not a hamlet
    ],
)
def test_the_runs_of_capitals_written_where_a_scenes_town_stands(text: str, names: list[str]) -> None:
    assert [h.name for h in scene_hamlets(text)] == names


@pytest.mark.parametrize(
    ("text", "called"),
    [
        ("A teen was shot by a friend in the Vanduser area.", True),
        ("A teen was shot by a friend in the town of Vanduser.", True),
        ("A teen was shot by a friend in Vanduser.", False),
        ("Two boys were hunting in the hills northwest of Vanduser on Sunday.", True),  # a point measured
        ("The boy was found in a field two miles south of Vanduser.", True),
        ("A teen was shot by a friend near Vanduser.", False),
    ],
)
def test_a_word_around_the_name_may_call_it_a_place(text: str, called: bool) -> None:
    assert [h.called_place for h in scene_hamlets(text)] == [called]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "name", "admin1"),
    [
        # the sentence names the hamlet: the newsroom's town is no closer
        ("SIKESTON, Mo. (AP) — A teenager was shot in Vanduser on Friday.", "shot", "Vanduser", "Missouri"),
        # the story names it in a later sentence, and the event's own sentence names no place
        (
            "SIKESTON, Mo. (AP) — A teenager was shot on Friday. Deputies said it happened at a home near "
            "Vanduser.",
            "shot",
            "Vanduser",
            "Missouri",
        ),
        # the dateline opening the event's sentence writes the newsroom's town, not the scene: the story's
        # hamlet still takes the place of the county the sentence names
        (
            "SIKESTON, Mo. (AP) — A teenager was shot in Scott County on Friday. Deputies said it happened "
            "on a farm northwest of Vanduser.",
            "shot",
            "Vanduser",
            "Missouri",
        ),
        # no post office of Illinois is called Vanduser: the dateline stands
        ("CAIRO, Ill. (AP) — A teenager was shot in Vanduser on Friday.", "shot", "Cairo", "Illinois"),
        # Vanduser's post office lies 400 km from Kansas City: there the name is some quarter's, no hamlet
        (
            "KANSAS CITY, Mo. (AP) — A teenager was shot in Vanduser on Friday.",
            "shot",
            "Kansas City",
            "Missouri",
        ),
        # a home is not the scene
        ("SIKESTON, Mo. (AP) — Jay Roe, 19, of Vanduser was shot on Friday.", "shot", "Sikeston", "Missouri"),
        # Salem is too small to have quarters: a hamlet its story writes as the scene is one near it, though
        # the only post office named Vanduser lies 180 km off (its point is then unknown)
        (
            "SALEM, Mo. (AP) — A teenager was shot outside a home in Vanduser on Friday.",
            "shot",
            "Vanduser",
            "Missouri",
        ),
        # the sentence writes its town only as the dead man's home: the story's hamlet is the scene
        (
            "SALEM, Mo. (AP) — A Salem man died on Friday. Deputies said he was shot at a home near "
            "Vanduser.",
            "died",
            "Vanduser",
            "Missouri",
        ),
        # the sentence writes its town as the scene: it stands
        (
            "SALEM, Mo. (AP) — A man died in Salem on Friday. Deputies said he was shot near Vanduser.",
            "died",
            "Salem",
            "Missouri",
        ),
    ],
)
def test_a_hamlet_the_lists_lack_is_the_scene_in_the_state_of_the_story(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, name: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "name", "admin1"),
    [
        # the newsroom's city lies 120 km off, but the county the story names holds the hamlet
        (
            "LOUISVILLE, Ky. (AP) — A Hart County boy was flown to a hospital here. Deputies said he was "
            "shot by a cousin in the Cub Run area on Friday.",
            "shot",
            "Cub Run",
            "Kentucky",
        ),
        # placed only at a county of a name several states give, the one holding the hamlet tells its state
        (
            "Hart County deputies said a boy was shot by a cousin in the Cub Run area on Friday.",
            "shot",
            "Cub Run",
            "Kentucky",
        ),
        # no county named: the far newsroom's city stands
        (
            "LOUISVILLE, Ky. (AP) — A boy was flown to a hospital here. Deputies said he was shot by a "
            "cousin in the Cub Run area on Friday.",
            "shot",
            "Louisville",
            "Kentucky",
        ),
    ],
)
def test_a_far_placed_hamlet_stands_inside_a_county_the_story_names(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, name: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


HIGHLAND_CA = Place("Highland", "USA", "California", 34.13, -117.21, "city")
HIGHLAND_IL = Place("Highland", "USA", "Illinois", 38.74, -89.67, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("place", "states", "found"),
    [
        # read at a far namesake in a state the story never names: the state it names holds the hamlet
        (HIGHLAND_CA, {"Missouri"}, ("Vanduser", "Missouri")),
        # the story names the place's own state, which has no such post office: no hamlet
        (HIGHLAND_CA, {"California", "Missouri"}, None),
        # no state named, and the place's own has no such post office: the county named holds the hamlet
        (HIGHLAND_IL, set(), ("Vanduser", "Missouri")),
    ],
)
def test_a_place_in_a_state_the_story_never_names_leaves_the_hamlet_to_the_states_it_does(
    nlp: Language, gazetteer: Gazetteer, place: Place, states: set[str], found: tuple[str, str] | None
) -> None:
    doc = nlp("Officers are working a shooting scene in Vanduser. Scott County deputies were sent.")
    sentence = next(iter(doc.sents))
    hamlet = scene_hamlet(gazetteer, place, doc, sentence, frozenset(states))
    assert (hamlet and (hamlet.name, hamlet.admin1)) == found


SIKESTON = Place("Sikeston", "USA", "Missouri", 36.88, -89.59, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "found"),
    [
        # spaCy's small model guesses an unseen town is a body or a product: a post office still makes it one
        ("ORG", ("Vanduser", "Missouri")),
        ("PRODUCT", ("Vanduser", "Missouri")),
        # a building or a date it is not
        ("FAC", None),
        ("DATE", None),
    ],
)
def test_a_hamlet_spacy_takes_for_a_body_is_a_town_where_a_post_office_bears_its_name(
    nlp: Language, gazetteer: Gazetteer, label: str, found: tuple[str, str] | None
) -> None:
    doc = nlp("Deputies were called to a home in Vanduser after a shooting.")
    start = next(t.i for t in doc if t.text == "Vanduser")
    doc.ents = [Span(doc, start, start + 1, label=label)]
    hamlet = scene_hamlet(gazetteer, SIKESTON, doc, next(iter(doc.sents)), frozenset({"Missouri"}))
    assert (hamlet and (hamlet.name, hamlet.admin1)) == found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the sentence writes only the county: the story's hamlet in it is closer
        (
            "A Scott County teenager was hurt in an accidental shooting on Friday. It happened on a farm in "
            "the Vanduser area.",
            "Vanduser",
            "Missouri",
        ),
        # the sentence writes a town: it stands
        (
            "A teenager was hurt in an accidental shooting in Sikeston on Friday. His cousin lives in the "
            "Vanduser area.",
            "Sikeston",
            "Missouri",
        ),
    ],
)
def test_a_county_the_sentence_writes_is_no_closer_than_the_storys_hamlet(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = locate_us(nlp, gazetteer, text, "hurt")
    assert place is not None and (place.name, place.admin1) == (name, admin1)
