"""Specs for the named armed doer of a deed whose verb the parser left without a subject, having hung the
doer's phrase on the words before it (a place list, an 'in' phrase)."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.model import Article, ArticleContext

UNKNOWN = [("Unidentified armed group", "UAF")]


def _doers(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, plover: str, sub: str
) -> list[tuple[str, str | None]]:
    """The names and sectors of the doers of a made-up event told by `text`, a one-sentence note."""
    detection = made_up_detection(text, trigger, plover, sub)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [(a.name, a.sector) for a in actors.doers(detection)]


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "sub", "sector"),
    [
        # the doer read as one more name of the place list before it, a unit's code after it
        (
            "On 14 June 2021, near Pyin Gyi village, Myebon Township, Kyaukpyu District, Rakhine State, "
            "Myanmar military from LIB 540 burned and destroyed 9 homes.",
            "burned",
            "ASSAULT",
            "Looting/property destruction",
            "MIL",
        ),
        # the doer read as the object of the 'in' before it, its short name in a parenthesis
        (
            "After losing a fight with a rebel group in South Kordofan soldiers of the Sudanese army (SAF) "
            "entered Kutum (North Darfur) and began looting and beating local traders, witnesses said.",
            "looting",
            "ASSAULT",
            "Attack",
            "MIL",
        ),
    ],
)
def test_the_doer_cut_off_a_subjectless_verb_did_it(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, plover: str, sub: str, sector: str
) -> None:
    """A deed whose verb has no subject is the named armed doer the phrase just before the verb names."""
    doers = _doers(nlp, lexicon, text, trigger, plover, sub)
    assert doers and doers[0][1] == sector


@pytest.mark.parametrize(
    ("text", "trigger", "plover", "sub"),
    [
        # a verb with its own subject: the phrase before it is no doer
        (
            "On 9 June 2021, near the army camp in Minbya, unknown men burned 12 houses.",
            "burned",
            "ASSAULT",
            "Looting/property destruction",
        ),
        # a passive deed's sufferers are no doers
        (
            "On 9 June 2021, in Minbya Township, 12 houses near an army camp were burned.",
            "burned",
            "ASSAULT",
            "Looting/property destruction",
        ),
    ],
)
def test_a_verb_with_a_subject_or_a_passive_one_keeps_its_reading(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, plover: str, sub: str
) -> None:
    """Only a verb the parser left with no subject at all takes the phrase before it as its doer."""
    assert _doers(nlp, lexicon, text, trigger, plover, sub)[0][1] != "MIL"


def test_a_subject_naming_nobody_keeps_a_force_it_only_comes_from(
    nlp: Language, lexicon: ActorLexicon
) -> None:
    """Beside a subject that names nobody the parser knows, only a force listed after it is the doer, not
    one the subject's 'from' phrase names."""
    text = "On 9 June 2021, a visitor from the police station in Minbya burned 12 houses."
    assert _doers(nlp, lexicon, text, "burned", "ASSAULT", "Looting/property destruction")[0][1] != "COP"


def test_a_weapon_listed_before_the_verb_names_no_doer(nlp: Language, lexicon: ActorLexicon) -> None:
    """A shell the parser hung on the place list before a subjectless verb was fired by someone it does not
    name, so the verb takes no forces from it."""
    text = (
        "On 3 March 2021, in Thazi ward, Paletwa town, Paletwa Township, Chin State, an artillery shell "
        "hit a house and wounded two civilians."
    )
    doers = _doers(nlp, lexicon, text, "wounded", "ASSAULT", "Shelling/artillery/missile attack")
    assert doers[0][1] != "MIL"
