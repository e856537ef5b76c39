"""Specs for a town named as the scene's modifier ('at a Beaverton apartment complex'), for a holiday that
is also a town's name ('on Christmas'), and for a town the story writes as a municipality of its own (its
police department), which no big city beside it swallows."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.local import town_of
from kronika.geo.mentions import sentence_mentions
from kronika.geo.municipal import governed_alone
from kronika.geo.text_place import place_in


def _best(nlp: Language, gazetteer: Gazetteer, sentence: str) -> str:
    """The name of the sentence's best-scored place mention, triggered on its word 'shot'."""
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lower_ == "shot")
    return sentence_mentions(doc, doc[:], gazetteer, "USA", trigger)[0].text


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A Portland man was shot at a Beaverton apartment complex on Friday.", "Beaverton"),
        ("Two Seattle men were shot outside a Tacoma bar early Sunday.", "Tacoma"),
        ("A boy was shot at the Garner shooting range in northern Iowa.", "Garner"),
        ("A teenager was shot in the Tolleson area of Maricopa County.", "Tolleson"),
        # a name of two words spaCy tags as a body, written as the scene's modifier, is the town too
        ("A Decatur man was shot at a Stone Mountain apartment complex on Friday.", "Stone Mountain"),
        ("A woman was shot Tuesday at a Bowling Green apartment complex.", "Bowling Green"),
    ],
)
def test_a_town_modifying_the_scene_is_where_it_happened(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str
) -> None:
    assert _best(nlp, gazetteer, sentence) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a site's own name opening with a town's: the site lies there, not in a victim's home town
        ("A 12-year-old Jerome girl was accidentally shot at the Twin Falls Gun Range.", "Twin Falls"),
        ("A Salem man was shot Saturday at the Eugene Rifle Range.", "Eugene"),
        ("Two Smyrna men were shot at the Dover Shooting Range on Friday.", "Dover"),
        # a name that opens with only a word of another town's name ('The Village') names no town
        ("A man was shot Friday at the Village Shooting Range in Killeen.", "Killeen"),
        # a club's name is no town's: clubs are named after founders and streets as often
        ("A man was shot Friday at the Temple Social Club in Killeen.", "Killeen"),
    ],
)
def test_a_site_named_after_its_town_is_where_it_happened(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str
) -> None:
    assert _best(nlp, gazetteer, sentence) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A Beaverton man was shot at a Portland park on Friday.", "Portland"),  # where someone is from
        ("A man shot in Olympia died at a Tacoma hospital.", "Olympia"),  # where the hurt were taken
        ("A man was shot in Olympia by Tacoma police officers.", "Olympia"),  # whose officers
        # the noun the modifiers end on is no scene: shootings, wherever the house was
        ("A man was shot in Boone, like those in the Ames house party shootings.", "Boone"),
        # a name of two words is no scene's town where it modifies a person or an agency
        ("A Stone Mountain man was shot at a Decatur motel on Friday.", "Decatur"),
        ("A man was shot in Decatur, Bowling Green Police Department officers said.", "Decatur"),
    ],
)
def test_a_town_modifying_a_person_a_hospital_or_an_agency_is_not_the_scene(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str
) -> None:
    assert _best(nlp, gazetteer, sentence) == name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a holiday written after a word of time is the day, though a town bears its name (Christmas, Fla.)
        (
            "A 52-year-old Ames man has been charged with shooting two teens on Christmas in Marion, the"
            " Linn County Attorney's Office announced.",
            "Marion",
        ),
        # written as a place, the town is read
        ("A man was shot in Christmas, Florida, on Sunday.", "Christmas"),
    ],
)
def test_a_holiday_after_a_word_of_time_is_no_town(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str
) -> None:
    doc = nlp(sentence)
    trigger = next(t for t in doc if t.lower_ in {"shot", "shooting"})
    place = place_in(doc, doc[:], gazetteer, "USA", trigger, frozenset())
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    ("text", "governed"),
    [
        ("Detectives with the Beaverton Police Department are investigating.", True),
        ("Beaverton Mayor Denny Doyle spoke to reporters.", True),
        ("The Beaverton City Council met on Monday.", True),
        ("Beaverton's Police Chief said the shooting was isolated.", True),
        ("Beaverton police said the shooting was isolated.", False),  # a bare 'police' may be a precinct
        ("A man was shot in Beaverton on Friday.", False),
    ],
)
def test_a_body_of_its_own_government_makes_a_place_a_town(text: str, governed: bool) -> None:
    assert governed_alone("Beaverton", text) is governed


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A man was shot in Beaverton on Friday, the Beaverton Police Department said.", "Beaverton"),
        # as close as a quarter, and the story names the city (`geo/local.town_of`)
        ("A man was shot in Beaverton on Friday, a Portland TV station reported.", "Portland"),
    ],
)
def test_a_town_with_its_own_police_department_is_no_quarter_of_the_city_beside_it(
    gazetteer: Gazetteer, text: str, town: str
) -> None:
    entry = next(e for e in gazetteer.lookup("Beaverton", kind="city", country="USA") if e.admin1 == "Oregon")
    assert town_of(gazetteer, entry.to_place(), text).name == town
