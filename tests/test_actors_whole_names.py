"""Specs for names the actor lexicon knows whole ("SPLA/M-IO" is one actor), and for the group a coder
names as the likely doer behind an unknown one."""

from __future__ import annotations

import pytest
from builders import span_actors
from spacy.language import Language

from kronika.actors import ActorLexicon


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # the parser reads the slash as coordination; the lexicon knows the opposition wing whole
        (
            "About 60 SPLA/M-IO members handed in their guns in Nasir.",
            "About 60 SPLA/M-IO members",
            [("SPLM-IO", "REB")],
        ),
        (
            "Fighters of the Liberation and Justice Movement raided a market near Kutum.",
            "the Liberation and Justice Movement",
            [("Liberation and Justice Movement", "REB")],
        ),
        # two actors joined by "and" outside any one name are still two
        (
            "SPLA/M-IO and the police clashed near Renk.",
            "SPLA/M-IO and the police",
            [("SPLM-IO", "REB"), ("Police", "COP")],
        ),
    ],
)
def test_a_name_known_whole_is_one_actor(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: list[tuple[str, str | None]]
) -> None:
    """A conjunct inside one lexicon name is part of that name, not a second actor."""
    assert span_actors(nlp, lexicon, text, doer) == expected


@pytest.mark.parametrize(
    ("text", "doer", "expected"),
    [
        # the coder's guess names a rebel group: the doer is coded as that group
        (
            "A roadside bomb planted by an unknown armed group (likely Al Shabaab, given earlier raids) hit a"
            " truck near Wanlaweyn.",
            "an unknown armed group",
            [("Al-Shabaab", "REB")],
        ),
        (
            "Unknown gunmen (presumably JNIM fighters) shot two traders near Djibo.",
            "Unknown gunmen",
            [("JNIM", "REB")],
        ),
        # the same guess written out: "believed to be affiliated with X", "suspected of belonging to X"
        (
            "Assailants, believed to be affiliated with al Shabaab, stabbed a grocer in Dadaab.",
            "Assailants",
            [("Al-Shabaab", "REB")],
        ),
        # a guess at a people or at "rebels" in general names no group: the doer stays unknown
        (
            "Unknown gunmen (likely rebels) shot two traders near Djibo.",
            "Unknown gunmen",
            [("Gunmen", "UAF")],
        ),
        (
            "Unknown gunmen (Al Shabaab denied it) shot two traders near Jowhar.",
            "Unknown gunmen",
            [("Gunmen", "UAF")],
        ),
    ],
)
def test_an_unknown_doer_is_the_group_the_coder_names_likely(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "An unknown armed group (likely X)": the named rebel group X, hedged or not, is the doer."""
    assert span_actors(nlp, lexicon, text, doer) == expected
