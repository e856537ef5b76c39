"""Specs for what a coder's note says an unidentified actor was coded as: "(coded as military forces)"."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.model import Article, ArticleContext, EventType, Span

ATTACK = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")


def _actors(nlp: Language, lexicon: ActorLexicon, text: str) -> ArticleActors:
    """The article's actor resolver."""
    return ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        (
            "On 3 June 2024, an unknown gunman (coded as military forces) shot a fisherman in Kismayo.",
            "an unknown gunman",
            "MIL",
        ),
        (
            "On 9 July 2024, an unidentified gunman wearing a police uniform (coded as police forces) "
            "wounded "
            "a driver in Baidoa.",
            "an unidentified gunman",
            "COP",
        ),
        # no parenthesis, or one that names a place: the unidentified group stays
        ("On 3 June 2024, an unknown gunman shot a fisherman in Kismayo.", "an unknown gunman", "UAF"),
        (
            "On 3 June 2024, an unknown gunman shot a fisherman in Hamarweyne (coded as Mogadishu).",
            "an unknown gunman",
            "UAF",
        ),
    ],
)
def test_a_coded_gunman_is_what_the_note_codes(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: str
) -> None:
    """An unidentified doer the note's parenthesis codes as forces is those forces."""
    start = text.index(doer)
    found = _actors(nlp, lexicon, text).resolve([Span(start, start + len(doer), doer)], doing=ATTACK)
    assert [a.sector for a in found] == [expected]


def test_a_named_actor_keeps_its_own_sector(nlp: Language, lexicon: ActorLexicon) -> None:
    """A named actor is what its name says, whatever a parenthesis after it codes."""
    text = "On 3 June 2024, Al Shabaab militants (coded as military forces) shot a fisherman in Kismayo."
    doer = "Al Shabaab militants"
    start = text.index(doer)
    found = _actors(nlp, lexicon, text).resolve([Span(start, start + len(doer), doer)], doing=ATTACK)
    assert [a.sector for a in found] == ["REB"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the clause names no doer the parser found: the coded one before the trigger did it
        (
            "On 5 May 2025, an individual dressed in army fatigues (coded as military forces) shot and "
            "injured a trader near the market in Galkayo.",
            "shot",
            "MIL",
        ),
        # nothing coded: the unidentified group an attack implies
        ("On 5 May 2025, a trader was shot and injured near the market in Galkayo.", "shot", "UAF"),
    ],
)
def test_an_unnamed_doer_coded_by_the_note(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, expected: str
) -> None:
    """An attack whose clause names nobody is done by the one the note's parenthesis codes."""
    detection = made_up_detection(text, trigger, "ASSAULT", "Attack")
    doers = EventDoers(_actors(nlp, lexicon, text)).unnamed(detection)
    assert [a.sector for a in doers] == [expected]


@pytest.mark.parametrize(
    "phrase", ["the Wilayatul Hisbah", "Wilayatul Hizbah officers", "sharia police Wilayatul Hisbah"]
)
def test_acehs_sharia_police_are_police(nlp: Language, lexicon: ActorLexicon, phrase: str) -> None:
    """Aceh's sharia police, however spelt, are state forces (police), not an unidentified group."""
    text = f"On 2 May 2019, {phrase} caned three men in Banda Aceh."
    start = text.index(phrase)
    found = _actors(nlp, lexicon, text).resolve([Span(start, start + len(phrase), phrase)], doing=ATTACK)
    assert [a.sector for a in found] == ["COP"]


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # the side before the coder's parenthesis fought too
        (
            "On 2 April 2025, foreign forces (coded as unidentified military forces) and national "
            "army troops "
            "launched an airstrike on militants near Jilib.",
            "national army troops",
            {"MIL"},
        ),
        # no parenthesis before the conjunction: the doer alone
        (
            "On 2 April 2025, national army troops launched an airstrike on militants near Jilib.",
            "national army troops",
            {"MIL"},
        ),
    ],
)
def test_a_side_before_a_coders_parenthesis(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: set[str]
) -> None:
    """A doer joined across a coder's parenthesis is a doer too."""
    start = text.index(doer)
    detection = replace(
        made_up_detection(text, "launched", "ASSAULT", "Air/drone strike"),
        actor_spans=(Span(start, start + len(doer), doer),),
    )
    doers = EventDoers(_actors(nlp, lexicon, text)).of(detection)
    assert {a.sector for a in doers} == expected
    assert len(doers) == (2 if "(" in text else 1)
