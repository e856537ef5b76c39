"""Counting inside one mention: one person named by two roles, a dateline read as the subject, a group
broken down after a dash, a joined word that is the next clause's subject, and a death that only might have
been."""

from __future__ import annotations

import pytest
from builders import story_toll
from spacy.language import Language
from spacy.tokens import Doc

from kronika.casualties.phrases import phrase_count
from kronika.model import Casualties

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # two roles under one article are one person, dateline or none
        (
            "PORTLAND, Maine (AP) — A longtime former teacher and coach for the city schools died at his "
            "home when a rifle went off, police said.",
            1,
            None,
        ),
        ("The owner and operator of the store was shot on Friday.", None, 1),
        # people, kin, a plural verb or an article of its own make two or more
        ("A man and woman died in the shooting on Friday.", 2, None),
        ("A mother and daughter died on Friday.", 2, None),
        ("The driver and passenger were shot on Friday.", None, 2),
        ("A clerk and two customers were shot on Friday.", None, 3),
        # a group counted before a dash is broken down after it, whatever the parse makes the subject
        (
            "The five victims — three men, ages 21, 22 and 20, and two women, ages 50 and 23 — were shot at "
            "the Elm Townhomes, police said.",
            None,
            5,
        ),
        ("MACON, Ga. — Two men were shot on Friday.", None, 2),
        # a word joined to the victim that a verb of its own follows is that verb's subject, not a victim;
        # a participle or a place after it leaves it on the list
        ("The robber shot a clerk and three customers fled the store.", None, 1),
        ("The man shot his neighbor and three witnesses called police.", None, 1),
        ("Police said he shot a man and a woman walking by.", None, 2),
        ("The gunman shot a guard and two tellers inside the bank.", None, 3),
        ("Police said two people — a man and a woman — were shot on Friday.", None, 2),
    ],
)
def test_how_many_people_a_joined_phrase_names(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # a death that never came to pass, told of someone or anyone
        (
            "A boy was shot in the leg on Friday. The chief said the quarrel didn't escalate to the point "
            "where someone was killed.",
            None,
            1,
        ),
        ("A man was wounded on Elm Street before anyone was killed, police said.", None, 1),
        ("A woman was shot on Friday. Neighbors asked whether somebody was killed.", None, 1),
        # what was feared, not what happened: 'lest' opens a clause of what might have been
        ("A man was shot in the hand on Friday. He hid the rifle lest someone was killed.", None, 1),
        # what the speaker is glad did not happen, the clause joined to the one 'rather than' opens
        (
            "A man was shot in the hand on Friday. 'It ended there rather than it spread to the next street "
            "and someone got killed,' a witness said.",
            None,
            1,
        ),
        # and where the wording alone tells it: someone killed after 'than' is set against what happened
        (
            "A man was shot in the hand on Friday. 'Better he was hurt than someone was killed,' a neighbor "
            "said.",
            None,
            1,
        ),
        (
            "A man was shot in the hand on Friday. He'd rather be shot than somebody was shot dead, he said.",
            None,
            1,
        ),
        # a death set against its opposite is not known to have happened
        (
            "A boy was shot on Friday. For a moment his parents did not know if the boy was dead or alive.",
            None,
            1,
        ),
        ("A girl was wounded on Friday. Her mother ran to see whether she was alive or dead.", None, 1),
        # someone reported outright was hurt
        ("Police said someone was shot on Elm Street on Friday.", None, 1),
        ("Police said someone was killed on Elm Street on Friday.", 1, None),
        ("Neighbors did not realize someone had been killed on Elm Street until dawn.", 1, None),
    ],
)
def test_no_one_in_particular_in_what_might_have_been_is_no_victim(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


def dateline_parse(nlp: Language, first: str, first_tag: str, noun: str, noun_tag: str) -> Doc:
    """'SANFORD, Maine (AP) — <first> retired <noun> died.' parsed as the parser sometimes does: the town the
    subject, the state joined to it, the victims an apposition after the dash."""
    words = ["SANFORD", ",", "Maine", "(", "AP", ")", "—", first, "retired", noun, "died", "."]
    heads = [10, 0, 0, 2, 2, 2, 0, 9, 9, 0, 10, 10]
    punct = ["punct"] * 2
    deps = ["nsubj", "punct", "conj", "punct", "appos", *punct, "det", "amod", "appos", "ROOT", "punct"]
    if first_tag == "CD":
        deps[7] = "nummod"
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", *["PUNCT"] * 2, "DET", "ADJ", "NOUN", "VERB", "PUNCT"]
    pos[7] = "NUM" if first_tag == "CD" else "DET"
    tags = ["NNP", ",", "NNP", "-LRB-", "NNP", "-RRB-", ":", first_tag, "JJ", noun_tag, "VBD", "."]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, sent_starts=[1] + [0] * 11)


@pytest.mark.parametrize(
    ("first", "first_tag", "noun", "noun_tag", "expected"),
    [
        # a dateline the parse makes the subject: its town and state are no victims; those after its dash are
        ("A", "DT", "editor", "NN", 1),
        ("Two", "CD", "editors", "NNS", 2),
    ],
)
def test_a_dateline_read_as_the_subject_counts_the_people_after_its_dash(
    nlp: Language, first: str, first_tag: str, noun: str, noun_tag: str, expected: int
) -> None:
    assert phrase_count(dateline_parse(nlp, first, first_tag, noun, noun_tag)[0]) == expected
