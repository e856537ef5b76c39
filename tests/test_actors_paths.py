"""Specs for actor spans the parser cut short or padded: a hedge word before a name, part of a name left
out, a name holding "'s", a doer hedged as "believed to belong to X", a state's sniper's shot, the
"fighter" of a fighter jet, and a bare "coalition" in Yemen."""

from __future__ import annotations

import pytest
from builders import made_up_detection, span_actors
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.model import Article, ArticleContext, Span


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # a sentence-initial hedge is tagged as a proper noun and joined to the name it hedges
        ("Suspected SPLA/M-IO shoot three traders near Nasir.", "Suspected SPLA/M-IO", [("SPLM-IO", "REB")]),
        (
            "Suspected Al Shabaab killed a herder outside Lamu.",
            "Suspected Al Shabaab",
            [("Al-Shabaab", "REB")],
        ),
        # a hedge word the parser split off as an actor of its own names nobody
        ("Suspected Boko Haram fighters burned a school.", "Suspected", []),
        # part of a known name left out of the span: the whole name is the actor
        ("SPLA/M-IO regain control of Nasir.", "M-IO", [("SPLM-IO", "REB")]),
        # a name the lexicon knows with "'s" in it is no possession of a person
        (
            "Lord's Resistance Army rebels raided two villages near Obo.",
            "Lord's Resistance Army rebels",
            [("Lord's Resistance Army", "REB")],
        ),
        # a state's sniper, the span running on into the verb the parser took for its head
        (
            "On 2 July 2023, an Israeli sniper shot dead a farmer near Khan Younis.",
            "Israeli sniper shot",
            [("Military", "MIL")],
        ),
        # the "fighter" of a fighter jet is an aircraft, not a combatant; "jets from X" are X's
        (
            "On 3 May 2021, fighter jets from the Myanmar military bombed a camp near Hpakant.",
            "fighter jets",
            [("Military", "MIL")],
        ),
        ("On 3 May 2021, a fighter jet bombed a market near Kutum.", "fighter", []),
    ],
)
def test_actor_spans_the_parser_cut(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: list[tuple[str, str | None]]
) -> None:
    """The actor a span names, however the parser cut or padded it."""
    assert span_actors(nlp, lexicon, text, doer) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the parser makes "believed" the main verb, the gunmen its subject and the shooting a clause below
        (
            "On 11 June 2021, gunmen believed to be members of IS shot and killed a shepherd near Hajin.",
            "killed",
            [("Islamic State", "REB")],
        ),
        # one who believes something of others is no doer
        (
            "On 6 June 2021, a trader was shot near Al Busayrah; police believed it a robbery.",
            "shot",
            [("Unidentified armed group", "UAF")],
        ),
    ],
)
def test_a_doer_hedged_after_its_name(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "Gunmen believed to belong to X shot ...": the hedged gunmen, coded as X, did it."""
    detection = made_up_detection(text, trigger, "ASSAULT", "Attack")
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    assert [(a.name, a.sector) for a in EventDoers(actors).unnamed(detection)] == expected


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # each piece of a hyphenated name the parser split is the whole name, not its middle word
        ("Jamaat-e-Islami held a rally in Rajshahi.", "Islami", [("Jamaat-e-Islami", "PTY")]),
        ("Jamaat-e-Islami held a rally in Rajshahi.", "-", [("Jamaat-e-Islami", "PTY")]),
    ],
)
def test_a_piece_of_a_name_is_the_whole_name(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: list[tuple[str, str | None]]
) -> None:
    """A span holding only part of a name the lexicon knows names the whole of it."""
    assert span_actors(nlp, lexicon, text, doer) == expected


@pytest.mark.parametrize(
    ("focus", "expected"),
    [
        # in Yemen's reports a bare "coalition" is the Saudi-led one; elsewhere it says no more than that
        ("YEM", [("Saudi-led coalition", "MIL")]),
        ("SYR", [("Coalition", None)]),
    ],
)
def test_a_bare_coalition_in_yemen(
    nlp: Language, lexicon: ActorLexicon, focus: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "Coalition reinforcements reached the base": in Yemen, the Saudi-led coalition's."""
    text = "On 3 June 2020, coalition reinforcements reached the base near Harib."
    start = text.index("coalition")
    ctx = ArticleContext(Article("t", text), focus_country=focus)
    actors = ArticleActors(nlp(text), ctx, lexicon)
    found = actors.resolve([Span(start, start + len("coalition"), "coalition")])
    assert [(a.name, a.sector) for a in found] == expected
