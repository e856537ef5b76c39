"""Specs for the town an institution is named after, as the place of an event held at it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.institutions import institution_place


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Students clashed with guards at Kisumu Polytechnic on Monday.", "Kisumu"),
        ("Nurses went on strike at the Malakal Teaching Hospital over unpaid wages.", "Malakal"),
        ("Strike:At El Fasher Teaching Hospital, cleaners stopped work.", "El Fasher"),
        # spaCy tags the county alone as a group, the body's word after it: the jail is the town's
        ("Inmates rioted at Kapoeta North jail over lack of food.", "Kapoeta"),
        ("Warders at Torit jail beat two inmates.", "Torit"),
        # a body's own people act at it, and a note often names no other place
        ("Students of Kisumu Polytechnic boycotted classes over fees.", "Kisumu"),
        ("Lecturers from the Jaffna University staged a sit-in over salaries.", "Jaffna"),
        ("Police fired tear gas at students near Rajshahi University on Sunday.", "Rajshahi"),
        # the town-first order of 'University of X', and the name cut at the body's word
        ("Students at the University of Nairobi boycotted lectures.", "Nairobi"),
        (
            "On 3 March 2012, students of Khulna University of Engineering and Technology (KUET) protested.",
            "Khulna",
        ),
    ],
)
def test_an_event_at_a_body_named_after_a_town_is_placed_in_that_town(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    sentence = next(iter(nlp(text).sents))
    place = institution_place(sentence, gazetteer, None)
    assert place is not None and place.name == town


@pytest.mark.parametrize(
    "text",
    [
        "The wounded were taken to Kisumu Polytechnic for treatment.",  # brought there, not hurt there
        "Thousands gathered in Freedom Square to protest.",  # a square is no body named after a town
    ],
)
def test_no_town_from_a_body_the_event_is_not_at(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    sentence = next(iter(nlp(text).sents))
    assert institution_place(sentence, gazetteer, None) is None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a town's office or bus stand, where protests gather; spaCy may tag it a place, not a body
        ("A protest was held outside the Jaffna District Secretariat by students.", "Northern"),
        ("Traders held a protest in front of the Jaffna Bus Stand on Friday.", "Northern"),
        ("Three-wheel drivers staged a protest at the Kandy Bus Stand on 2 May over fuel prices.", "Central"),
        # Sri Lanka's own office: its small town is sought there though the note names no country
        ("Flood victims protested at Aranayaka Divisional Secretariat over housing.", "Sabaragamuwa"),
    ],
)
def test_a_protest_at_a_towns_office_or_stand_is_placed_in_that_town(
    nlp: Language, gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    sentence = next(iter(nlp(text).sents))
    place = institution_place(sentence, gazetteer, None)
    assert place is not None and (place.country, place.admin1) == ("LKA", admin1)
