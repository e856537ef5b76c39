"""Specs for words that name whose forces act: warships (a state's navy), DHS, Burkina Faso's volunteer
fighters (the VDP), and the group an unknown doer is said to belong to."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span


def _actor(nlp: Language, lexicon: ActorLexicon, text: str, doer: str, focus: str | None) -> str:
    """The doer phrase `doer` of `text`, resolved in an article about `focus`, as 'name:sector'."""
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text), focus_country=focus), lexicon)
    start = text.index(doer)
    found = actors.resolve([Span(start, start + len(doer), doer)])
    return f"{found[0].name}:{found[0].sector}" if found else ""


@pytest.mark.parametrize(
    ("text", "doer", "focus", "expected"),
    [
        # a state's warships and gunboats are its navy's, as its warplanes are its air force's
        ("Ruritanian warships shelled the coast near Karsk.", "Ruritanian warships", None, "Military:MIL"),
        ("Two naval vessels fired shells at Karsk.", "Two naval vessels", None, "Military:MIL"),
        # in Burkina Faso, "volunteer fighters" are the state's auxiliaries, the VDP, no rebels
        (
            "Volunteer fighters raided a hamlet near Kaya.",
            "Volunteer fighters",
            "BFA",
            "Volunteers for the Defense of the Homeland:UAF",
        ),
        ("Volunteer fighters raided a hamlet near Karsk.", "Volunteer fighters", None, "Rebels:REB"),
        # the United States' homeland security department is a ministry of its government
        ("DHS sent federal agents to Karsk.", "DHS", None, "Department of Homeland Security:GOV"),
    ],
)
def test_vessels_and_volunteers(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, focus: str | None, expected: str
) -> None:
    """Warships name a state's military, volunteer fighters in Burkina Faso the VDP, DHS a ministry."""
    assert _actor(nlp, lexicon, text, doer, focus) == expected


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # an unknown doer said to belong to a named group or force is that group or force
        (
            "Assailants belonging to Al Shabaab shot a trader near Karsk.",
            "Assailants belonging to Al Shabaab",
            "Al-Shabaab:REB",
        ),
        (
            "Gunmen with suspected ties to Al Shabaab shot a trader near Karsk.",
            "Gunmen with suspected ties to Al Shabaab",
            "Al-Shabaab:REB",
        ),
        (
            "Gunmen of the 5th Brigade stormed an office in Karsk.",
            "Gunmen of the 5th Brigade",
            "Military:MIL",
        ),
        # a place or a people they come from is no group they serve
        ("Gunmen of the village shot a trader near Karsk.", "Gunmen of the village", "Gunmen:UAF"),
    ],
)
def test_an_unknown_doers_allegiance(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: str
) -> None:
    """Gunmen or assailants 'belonging to', 'of', 'with ties to' a named armed group are that group."""
    assert _actor(nlp, lexicon, text, doer, None) == expected
