"""Specs for the armed doer a harm's own sentence names by another verb or a 'by' phrase, where its clause
names nobody, and for armed groups the lexicon codes as conflict coders do."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext, Span

STATE = {"MIL", "COP", "SPY", "GOV"}


def _doers(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, sub: str
) -> list[tuple[str, str | None]]:
    """The names and sectors of the doers of a made-up violent event of `text` that names no doer."""
    detection = made_up_detection(text, trigger, "ASSAULT", sub)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [(a.name, a.sector) for a in actors.doers(detection)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the forces are the subject of the sentence's other deed
        ("On 3 May, soldiers surrounded a farm near Dori and the farmers were beaten.", "beaten"),
        ("Five gendarmes stopped a bus near Kaya and two passengers were later found tortured.", "tortured"),
        # ... or the agent of the harm, told by a noun
        ("Several killings were committed by gendarmes in Djibo last month.", "killings"),
        ("Another killing of a herder by security forces was reported near Dori.", "killing"),
    ],
)
def test_forces_the_sentence_names_did_the_harm(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str
) -> None:
    """A harm whose clause names nobody is the state forces' the same sentence names as doing a deed."""
    doers = _doers(nlp, lexicon, text, trigger, "Attack")
    assert doers and doers[0][1] in STATE


@pytest.mark.parametrize(
    ("text", "trigger", "sub"),
    [
        # who finds or reports a harm did not do it
        ("Police found the bodies of two herders who had been shot near Dori.", "shot", "Attack"),
        # forces harmed are no doers, though the sentence tells them doing something else
        (
            "Soldiers who were returning from a patrol were attacked with mines near Taze.",
            "attacked",
            "Attack",
        ),
        # a weapon that only went off names nobody who fired it
        ("Two army mines exploded near a market in Myitkyina.", "exploded", "Remote explosive/landmine/IED"),
        # the army that runs a factory did not bomb it
        (
            "Two bombs exploded at a sawmill operated by the army in Monywa.",
            "exploded",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_forces_only_finding_or_suffering_are_no_doers(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, sub: str
) -> None:
    """A harm whose sentence names the forces only as finders, victims or owners stays an unidentified
    group's, as conflict coders write an unknown perpetrator."""
    assert _doers(nlp, lexicon, text, trigger, sub) == [("Unidentified armed group", "UAF")]


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        # Islamic Jihad by its initials is a Palestinian faction, a political militia
        ("PIJ fighters fired rockets at a kibbutz.", "PIJ fighters", "UAF"),
        # the Janjaweed are a government-armed militia, not rebels
        ("Janjaweed gunmen burned huts near Tawila.", "Janjaweed gunmen", "UAF"),
        # an Antonov, however spelt, is the Sudanese air force's bomber
        ("Antanov planes dropped bombs on Kauda.", "Antanov planes", "MIL"),
        ("An Antonov bombed the outskirts of Yei.", "An Antonov", "MIL"),
        # allied forces are the groups whose forces they are
        (
            "The combined forces of the Pale PDF ambushed a convoy.",
            "The combined forces of the Pale PDF",
            "UAF",
        ),
        ("Joint forces of the army and police raided a camp.", "Joint forces of the army and police", "MIL"),
    ],
)
def test_armed_groups_coded_as_coders_do(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, sector: str
) -> None:
    """Named armed groups and weapons resolve to the sector ACLED's coders give them."""
    start = text.index(phrase)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    found = actors.resolve([Span(start, start + len(phrase), phrase)])
    assert [a.sector for a in found] == [sector]
