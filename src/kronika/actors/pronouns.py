"""Antecedents of pronouns: the nouns "they", "it", "he", "who" may stand for, best candidate first."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kronika.actors.heads import BODY_HEADS, is_animate
from kronika.actors.keys import word_key

PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
NEUTER = frozenset({"it", "its", "itself"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# How many earlier sentences a pronoun may reach back for its antecedent ("No one was hurt." may sit between).
LOOK_BACK = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def is_anaphor(token: Token) -> bool:
    """Whether a pronoun points back to an actor named earlier (not "we", "this", "someone")."""
    return token.lower_ in PLURAL | PERSONAL | NEUTER | RELATIVE


def antecedents(pronoun: Token) -> Iterator[Token]:
    """Head nouns the pronoun may refer to, most likely first, each compatible in number and kind.

    A relative pronoun refers to the noun its clause hangs on. Otherwise the subjects before it in
    its sentence come first (a reporting verb's subject: "X said they..."), then other nouns nearest
    first, then the previous sentence's subjects.
    """
    if pronoun.lower_ in RELATIVE:
        clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
        if clause is not None and clause.head.pos_ in _NOUNS:
            yield clause.head
        return
    sentence = pronoun.sent
    before = [t for t in sentence if t.i < pronoun.i and t.pos_ in _NOUNS and _heads_phrase(t)]
    fits = [t for t in reversed(before) if _compatible(pronoun, t)]
    yield from (t for t in fits if t.dep_ in _SUBJECTS)
    yield from (t for t in fits if t.dep_ not in _SUBJECTS)
    for previous in _earlier_sentences(pronoun, LOOK_BACK):
        subjects = (t for t in previous if t.dep_ in _SUBJECTS and t.pos_ in _NOUNS)
        yield from (t for t in subjects if _compatible(pronoun, t))


def _earlier_sentences(token: Token, count: int) -> Iterator[Span]:
    """Up to `count` sentences before the token's, nearest first."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            return
        sentence = token.doc[start - 1].sent
        yield sentence
        start = sentence.start


def _heads_phrase(token: Token) -> bool:
    """Whether a noun heads its phrase (not a modifier inside another: "police" in "police station")."""
    return token.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod")


def _compatible(pronoun: Token, noun: Token) -> bool:
    """Whether a noun agrees with the pronoun: people for he/she, things for it, no single person for they."""
    person = noun.ent_type_ == "PERSON"
    plural = noun.tag_ in ("NNS", "NNPS")
    word = pronoun.lower_
    if word in PERSONAL:
        return person or (noun.pos_ == "NOUN" and not plural and is_animate(noun) and not _body(noun))
    if word in NEUTER:
        return not person and not plural
    return not person


def _body(noun: Token) -> bool:
    """Whether a noun names an organisation rather than one person."""
    return word_key(noun.lemma_) in BODY_HEADS
