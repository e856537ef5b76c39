"""Specs for a party whose people riot: rioters, with their party kept beside them as its associated actor."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.roles import rioting_party
from kronika.model import Article, ArticleContext, EventType, Span

RIOT = EventType("ASSAULT", "beat", "Riots", "Mob violence")
ATTACK = EventType("ASSAULT", "beat", "Violence against civilians", "Attack")
PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")


def _doers(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, event: EventType
) -> list[tuple[str, str]]:
    """The (name, sector) pairs the doer phrase resolves to as the doer of `event`."""
    start = text.index(doer)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    found = actors.resolve([Span(start, start + len(doer), doer)], doing=event)
    return [(a.name, a.sector or "") for a in found]


@pytest.mark.parametrize(
    ("text", "doer", "party"),
    [
        ("Chhatra League activists beat two traders in Pabna on Sunday.", "Chhatra League activists", "PTY"),
        ("Awami League men attacked a shop owner in Jessore.", "Awami League men", "PTY"),
        ("BJP workers assaulted a shopkeeper in Agartala.", "BJP workers", "PTY"),
    ],
)
def test_a_rioting_partys_people_keep_their_party(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, party: str
) -> None:
    """A party's people who riot are a civilian crowd, and their party stays beside them."""
    found = _doers(nlp, lexicon, text, doer, RIOT)
    assert found[0][1] == "CVL"
    assert party in {sector for _, sector in found[1:]}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("JeI cadres beat a schoolteacher at a village in Jessore.", "JeI cadres"),
        ("Jamaat activists beat two traders in Pabna.", "Jamaat activists"),
    ],
)
def test_bangladeshs_short_names_of_jamaat_are_the_party(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str
) -> None:
    """In Bangladesh "JeI" and a bare "Jamaat" are Jamaat-e-Islami: its rioting people keep the party."""
    found = _doers(nlp, lexicon.for_country("BGD"), text, doer, RIOT)
    assert ("Jamaat-e-Islami", "PTY") in found


@pytest.mark.parametrize(
    ("text", "doer", "party"),
    [
        ("Chhatra League activists beat two traders in Pabna on Sunday.", "Chhatra League activists", "PTY"),
        ("A group of Awami League activists hit a man in Bhola.", "A group of Awami League activists", "PTY"),
        ("BJP workers assaulted a shopkeeper in Agartala.", "BJP workers", "PTY"),
    ],
)
def test_an_attacking_partys_people_keep_their_party(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, party: str
) -> None:
    """A party's people who attack are a crowd (rioters to some coders) beside their party (its militia to
    others), not an unidentified armed group."""
    found = _doers(nlp, lexicon, text, doer, ATTACK)
    assert found[0][1] == "CVL"
    assert party in {sector for _, sector in found[1:]}


@pytest.mark.parametrize(
    ("text", "doer", "event"),
    [
        # no party named: the crowd alone
        ("Villagers beat a suspected cattle thief in the market.", "Villagers", RIOT),
        # a protest by a party's people adds no second actor, nor does an attack by an armed body
        ("Chhatra League activists marched in Pabna on Sunday.", "Chhatra League activists", PROTEST),
        ("Police officers beat two traders in Pabna on Sunday.", "Police officers", ATTACK),
    ],
)
def test_no_party_beside_other_doers(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, event: EventType
) -> None:
    """Only a riot's crowd carries its party beside it."""
    assert len(_doers(nlp, lexicon, text, doer, event)) == 1


@pytest.mark.parametrize(
    ("event", "sector", "named", "expected"),
    [
        (RIOT, "CVL", None, True),
        (RIOT, "UAF", None, False),
        (ATTACK, "CVL", None, False),
        (ATTACK, "UAF", None, True),
        (ATTACK, "LAB", "LAB", True),
        (ATTACK, "UAF", "UAF", False),  # a militia by name stays one
        (PROTEST, "CVL", None, False),
        (None, "CVL", None, False),
    ],
)
def test_rioting_party(event: EventType | None, sector: str, named: str | None, expected: bool) -> None:
    """A riot's civilian crowd, or an attack's people made an armed group for want of an affiliation, is
    who may act for a party."""
    assert rioting_party(event, sector, named) is expected
