"""A victim told by age alone before a casualty word the parse reads as a noun: in 'left a man dead and a
3-year-old hurt' or 'A 3-year-old shot was taken to a hospital' the parser makes 'hurt' and 'shot' nouns
(or verbs) that the age describes, where the age is the one person hurt or shot."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.finding import Finding
from kronika.casualties.patterns import Kind

AGED_WORDS: dict[str, Kind] = {
    "hurt": "injured",
    "injured": "injured",
    "wounded": "injured",
    "shot": "shot",
    "killed": "killed",
    "dead": "killed",
}
PAIRED = {"killed", "wounded", "injured"}  # the second verb of 'shot and killed', 'shot and wounded'
SPANS = {"year", "month", "week", "day"}  # the unit of an age: '3-year-old', '18-month-old'


def aged_victim(token: Token) -> Finding | None:
    """One person of the kind the word tells, where the parse made a casualty word a noun an age describes
    ('a 3-year-old hurt'); None for any other word."""
    kind = AGED_WORDS.get(token.lower_)
    # "and a 4-year-old wounded": read as a verb, the word still takes the age as its modifier
    if kind is None or token.pos_ not in {"NOUN", "VERB"}:
        return None
    if _verb_pair(token):
        return None  # "a 15-year-old shot and wounded a 7-year-old": the age is who fired, not a victim
    if any(t.dep_ == "appos" for t in [token, *token.ancestors]):
        return None  # "Two teens were treated at a clinic: a 16-year-old hit in the leg and ...": told again
    age = next((c for c in token.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    if age is None or not any(t.lemma_.lower() in SPANS for t in age.subtree):
        return None
    return Finding(kind, 1, token.i, token.i)


def _verb_pair(token: Token) -> bool:
    """Whether the word opens a pair of verbs the parse broke apart ('shot and killed', 'shot and wounded'):
    the word is a verb then, whose subject the age before it is."""
    doc = token.doc
    after = doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].lower_ == "and" and after[1].lower_ in PAIRED
