"""Specs for the surnames of people an article names in full, which are no towns there."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.article import article_places
from kronika.geo.chains import find_chains
from kronika.geo.dateline import find_dateline
from kronika.geo.surnames import not_people, placed, someones_name, someones_word
from kronika.model import Article, ArticleContext
from kronika.places import locate


@pytest.mark.parametrize(
    ("text", "word", "surname"),
    [
        ("Deputies arrested Jason Holt on Friday. Neighbors said Holt kept to himself.", "Holt", True),
        ("Officer Dale Martinez was hurt. Doctors told Martinez he was lucky.", "Martinez", True),
        ("A man was shot in Holt on Friday. Neighbors heard four shots.", "Holt", False),  # nobody so named
        ("Deputies arrested Jason Holt on Friday in Mason.", "Mason", False),  # a town beside the man
        ("Victim Edgar Garcia Salinas ran. He was shot in Salinas.", "Salinas", False),  # 'in' says place
        ("Victim Edgar Garcia Salinas ran. Salinas police are looking for the car.", "Salinas", False),
    ],
)
def test_a_lone_word_is_a_surname_where_someone_is_named_in_full(
    nlp: Language, text: str, word: str, surname: bool
) -> None:
    doc = nlp(text)
    last = [t for t in doc if t.text == word][-1]
    assert someones_name(doc, doc[last.i : last.i + 1]) == surname


@pytest.mark.parametrize(
    ("text", "word", "given"),
    [
        # a child named in full, then by the given name alone: the boy, not a town of that name
        ("Deputies said Tyler Grant, 12, was hit in the leg. Tyler was flown out.", "Tyler", True),
        ("Officers found Marion Sykes, 15, in the yard. Marion died later.", "Marion", True),
        # a word of place beside it keeps the town
        ("Deputies said Tyler Grant, 12, was hit. Police in Tyler are looking for a car.", "Tyler", False),
        ("A boy was shot in Tyler on Sunday. Neighbors heard two shots.", "Tyler", False),  # nobody so named
    ],
)
def test_a_lone_word_is_a_given_name_where_someone_is_named_in_full(
    nlp: Language, text: str, word: str, given: bool
) -> None:
    doc = nlp(text)
    last = [t for t in doc if t.text == word][-1]
    assert someones_name(doc, doc[last.i : last.i + 1]) == given


def test_a_given_name_opening_the_full_name_is_no_lone_word(nlp: Language) -> None:
    # the full name's own first word: what the tagger called a person ('Seattle Fire') keeps its town
    text = "Deputies said Tyler Grant, 12, was hit in the leg. Tyler was flown out."
    doc = nlp(text)
    first, last = text.index("Tyler"), text.rindex("Tyler")
    assert not someones_word(doc, text, "Tyler", first, first + 5)
    assert someones_word(doc, text, "Tyler", last, last + 5)
    assert not someones_word(doc, text, "Tyler Heights", last, last + 5)  # a town of several words


def test_a_surname_the_tagger_ran_an_age_into_is_still_the_persons(nlp: Language) -> None:
    # 'Lyons,32' is one token to the tagger: the surname is its letters
    doc = nlp(
        "Deputies said Jimmy Lyons,32, was found unresponsive in his cell. Lyons was taken to a hospital."
    )
    last = [t for t in doc if t.text == "Lyons"][-1]
    assert someones_name(doc, doc[last.i : last.i + 1])


@pytest.mark.parametrize(
    ("text", "name", "is_placed"),
    [
        # a word of place on the next line, or after the sentence's full stop, is the next sentence's
        ("He shot and killed Holt.\n\nPolice obtained a warrant.", "Holt.", False),
        ("Neighbors said they knew Holt\nPolice arrived later.", "Holt", False),
        # beside the name on its own line it still places it
        ("Officers said Holt police were called.", "Holt", True),
        ("A man was shot in Holt on Friday.", "Holt", True),
        # 'of' after a likeness shows the person, not a place: a photo of a suspect, not of a town
        ("Deputies posted a photo of Holt online.", "Holt", False),
        ("A booking photo of Holt ran on the station's page.", "Holt", False),
        ("An image of Holt was handed to reporters.", "Holt", False),
        ("The mayor of Holt spoke at the vigil.", "Holt", True),  # any other 'of' still places it
    ],
)
def test_a_word_of_place_counts_only_beside_the_name_in_its_own_sentence(
    text: str, name: str, is_placed: bool
) -> None:
    start = text.index(name)
    assert placed(text, start, start + len(name)) == is_placed


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # the man named in full, then by his surname at a sentence's end: 'Lusk' is no town (Lusk, Wyoming)
        (
            "Daniel Lusk, 20, fired through the floor. A neighbor went upstairs. He shot and killed Lusk.\n\n"
            "Police obtained a warrant on Friday.",
            None,
        ),
        # a word of place beside the surname still names the town
        ("Victim Edgar Garcia Salinas ran.\n\nSalinas police are looking for the car.", "Salinas"),
        # the suspect's photo, released by the police: 'of Lusk' shows the man, it places nothing
        (
            "Officers charged Daniel Lusk, 20, with manslaughter on Friday.\n\nDeputies posted a photo of "
            "Lusk online.",
            None,
        ),
        # the boy named in full, then by his given name: 'Marion' is no town (Marion, Ohio)
        (
            "Marion Sykes, 15, was shot in the yard of a home.\n\nMarion was taken away by ambulance. "
            "Friends said Marion loved football.",
            None,
        ),
    ],
)
def test_a_persons_surname_is_no_main_town(
    nlp: Language, gazetteer: Gazetteer, text: str, main: str | None
) -> None:
    found = article_places(nlp(text), gazetteer, "USA").main
    assert (found.name if found else None) == main


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        # the spokesman's surname alone is no town of the county (Mitchell, Indiana)
        (
            "The shooting happened in Orange County, said Sgt. Neil Mitchell. "
            '"We have no suspect," Mitchell said.',
            "Mitchell",
            False,
        ),
        ("The shooting happened in Orange County, said Sgt. Neil Mitchell.", "Orange", True),
        # a word of place beside the name keeps it a town
        ("Deputies said Edgar Garcia Salinas ran. He was shot in Salinas.", "Salinas", True),
        # nobody so named: the town stays
        ("Deputies said a man ran. Mitchell police found him.", "Mitchell", True),
    ],
)
def test_the_towns_a_county_story_names_are_not_its_peoples_surnames(
    nlp: Language, text: str, name: str, kept: bool
) -> None:
    chains = not_people(nlp(text), find_chains(text))
    assert any(len(c.names) == 1 and c.names[0].text.rstrip(".") == name for c in chains) == kept


@pytest.mark.parametrize(
    ("text", "sentence", "name"),
    [
        # the county's spokesman, named in full, then by surname: no town Mitchell of the county
        (
            "Three people were hurt early Sunday after shots were fired at a store, deputies said.\n\n"
            "The shooting happened just after 2 a.m. on Pine Avenue, according to Orange County Sheriff's "
            'Office Sgt. Dale Mitchell.\n\n"We are still looking for the car," Mitchell said.',
            "The shooting happened just after 2 a.m. on Pine Avenue, according to Orange County Sheriff's "
            "Office Sgt. Dale Mitchell.",
            "Orange County",
        ),
    ],
)
def test_a_county_story_is_not_placed_at_its_spokesmans_surname(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, name: str
) -> None:
    ctx = ArticleContext(Article("t", text), focus_country="USA", dateline=find_dateline(text, gazetteer))
    place = locate(nlp(text), made_up_detection(sentence, "shooting", "ATTACK", text=text), ctx, gazetteer)
    assert place is not None and place.name == name
