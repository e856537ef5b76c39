"""Specs for deaths in custody (whoever held the dead did the harm) and for officers of a named force."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.custody import died_held
from kronika.model import Article, ArticleContext

STATE = {"MIL", "COP", "SPY", "GOV", "JUD"}


def _doers(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, sub: str = "Attack"
) -> list[str | None]:
    """The sectors of the doers of a made-up harm of `text`."""
    detection = made_up_detection(text, trigger, "ASSAULT", sub)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [a.sector for a in actors.doers(detection)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 4 April 2021, a rickshaw puller died in police custody in Bogura town.", "died"),
        ("A trader was found dead in a police cell in Kassala, reportedly after torture.", "dead"),
        ("On 9 May, a farmer died while in government custody in Wau after being beaten.", "died"),
        ("Around 2 June, two suspects died during their detention at a gendarmerie post in Fada.", "died"),
        ("A student leader died under RAB custody in Rangpur city over unknown reasons.", "died"),
        ("A Jubo Dal member died in jail in Bogura after his arrest, his family said.", "died"),
    ],
)
def test_the_custodian_did_a_death_in_custody(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str
) -> None:
    """A death in a cell, jail or detention is the custodian's harm: a state's forces, never the dead."""
    assert _doers(nlp, lexicon, text, trigger) and _doers(nlp, lexicon, text, trigger)[0] in STATE


@pytest.mark.parametrize(
    ("text", "trigger", "sector"),
    [
        # an armed doer the sentence names did the harm itself
        ("On 8 March, unknown gunmen killed a prisoner inside the central jail of Gaoua.", "killed", "UAF"),
        # a custody someone was snatched from is no place of holding anyone died in
        ("A man was killed when villagers snatched a suspect from police custody in Tongi.", "killed", "UAF"),
    ],
)
def test_no_custodian_where_the_harm_has_another_doer(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, sector: str
) -> None:
    """The custody rule leaves alone a harm whose sentence names its armed doer or holds no one."""
    assert _doers(nlp, lexicon, text, trigger)[:1] == [sector]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On 6 May 2019, a military officer stabbed a shopkeeper in Beni.", "stabbed"),
        ("On 6 May 2019, an Ugandan army officer shot a herder near Moroto.", "shot"),
        ("On 6 May 2019, naval personnel assaulted four fishermen near Jaffna.", "assaulted"),
    ],
)
def test_an_officer_or_naval_personnel_of_a_force_is_that_force(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str
) -> None:
    """An officer named by the force he serves in ("a military officer") acts as that force, and naval
    personnel are the military's."""
    assert _doers(nlp, lexicon, text, trigger)[:1] == ["MIL"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("A rickshaw puller died in police custody in Bogura town.", True),
        ("In detention since March, the journalist died of untreated wounds.", True),
        ("A teacher died of torture or ill treatment in a military prison after a week.", True),
        # two fates offered as alternatives: no one is told dying while held
        ("Officials collected four children whose parents were either killed, or in detention.", False),
        ("The men were killed or held in jail, their families said.", False),
    ],
)
def test_a_death_in_custody_is_told_of_the_held(nlp: Language, text: str, held: bool) -> None:
    """A death word and a place of holding tell a death in custody unless an 'or' sets them apart."""
    assert died_held(nlp(text)[:]) is held
