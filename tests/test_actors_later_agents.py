"""Specs for the state forces a note's later sentence names as the doer of the harm its first sentence told
without one ("... were found dead. They had been shot by soldiers.")."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext

STATE = {"MIL", "COP", "SPY"}
UNKNOWN = [("Unidentified armed group", "UAF")]


def _doers(nlp: Language, lexicon: ActorLexicon, text: str, trigger: str) -> list[tuple[str, str | None]]:
    """The names and sectors of the doers of a made-up attack told by the first sentence of `text`."""
    first = text[: text.index(". ") + 1]
    detection = made_up_detection(first, trigger, "ASSAULT", "Attack", text=text)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [(a.name, a.sector) for a in actors.doers(detection)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the 'by' agent of the harm, told again in the next sentence
        ("A farmer was found dead near Gulu on Monday. He had been shot by soldiers at a roadblock.", "dead"),
        ("Nine bodies were dumped outside Kaya. The men had been executed by gendarmes.", "dumped"),
        # ... of a harm joined to another verb, and by members of a named service
        (
            "A reporter was found beside a road in Omdurman. She had been held and beaten by agents of the "
            "National Intelligence and Security Services (NISS).",
            "found",
        ),
        # ... two sentences on
        (
            "A trader was killed in Lahore. He was 30. Witnesses said the shot was fired by a policeman.",
            "killed",
        ),
        # those a later sentence blames for the harm
        (
            "A trader was killed in Mombasa on Friday. His kin have accused the police of shooting him.",
            "killed",
        ),
    ],
)
def test_forces_a_later_sentence_names_did_the_harm(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str
) -> None:
    """A harm whose sentence names nobody is the state forces' a following sentence names as its doer."""
    doers = _doers(nlp, lexicon, text, trigger)
    assert doers and doers[0][1] in STATE


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the forces' answer to the attackers is no part of the attack
        ("Two herders were killed near Mandera. The attackers were later shot by soldiers.", "killed"),
        ("A guard was stabbed in Kisumu. Two suspects were wounded by police during the chase.", "stabbed"),
        (
            "A hotel in Kaya was attacked and 12 guests died. Three assailants killed by special forces lay "
            "outside.",
            "attacked",
        ),
        # a harm the note leaves in doubt names no doer
        ("A man was found dead in Ambo. It is unclear if he was killed by police or others.", "dead"),
        # an arrest alone tells who caught a suspect, not who did the harm
        ("A shopkeeper was stabbed in Kisumu. A suspect was arrested by police.", "stabbed"),
        # forces that only find, or are told of, the harm
        ("A body was found in a field near Dori. It was recovered by gendarmes on patrol.", "found"),
        # three sentences on is too far to be the same deed's telling
        (
            "A trader was killed in Lahore. He was 30. He had two sons. A man was beaten by police in May.",
            "killed",
        ),
    ],
)
def test_forces_a_later_sentence_names_otherwise_are_no_doers(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str
) -> None:
    """A later sentence's forces that harm the attackers, only arrest, find the harm or stand too far off
    leave it an unidentified group's."""
    assert _doers(nlp, lexicon, text, trigger) == UNKNOWN


def test_a_battle_keeps_its_sides_though_one_blames_the_other(nlp: Language, lexicon: ActorLexicon) -> None:
    """A battle's side that a later sentence blames for attacking is only one of its sides, so the rule
    leaves a battle alone."""
    text = "Fighting erupted near Leer on Sunday. Insurgents accused the army of attacking their camps."
    detection = made_up_detection(text[: text.index(". ") + 1], "Fighting", "FIGHT", "Armed clash", text=text)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    sectors = [a.sector for a in actors.doers(detection)]
    assert sectors != ["MIL"]
