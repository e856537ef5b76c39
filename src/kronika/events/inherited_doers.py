"""The doers a clause without its own subject shares with another: a conjunct's, a controlled clause's or a
participle's head ("X attacked the village and killed two"), or a passive agent serving two verbs ("the mine
had been seized and the offices robbed by a gang")."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.fronted_subjects import is_passive_participle
from kronika.events.noun_arguments import PLACE_NOUNS
from kronika.events.rules import controlling_object

# Qualifiers of a subject the parser may read as the main verb: "suspected ISGS militants attacked ...".
_QUALIFIERS: Final = frozenset({"suspected", "presumed", "alleged", "reported"})
# A harm told as a participle of an accusation ("accused the army of attacking a camp, killing 10") was
# done by the accused, not by the accusers: of the 7 training notes whose first sentence tells harm so,
# ACLED names the accused the first actor in 6 (the 7th a battle, coded from the other side).
_CHARGING: Final = frozenset({"accuse", "blame"})
_HARMING: Final = frozenset({"kill", "injure", "wound"})
# Prepositions of time whose gerund has no subject of its own ("after arresting him", "before fleeing"):
# it is done by the subject of the verb the preposition hangs on.
_TIME_PREPS: Final = frozenset({"after", "before", "while", "upon"})


def inherited_actors(verb: Token) -> list[Token]:
    """The subject a conjunct, a controlled clause or a participle shares with its head."""
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "conj":
        head = _misread_qualifier(conjunct_head(verb))
    accused = _accused_harming(verb, head)
    if accused:
        return accused
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        controller = controlling_object(verb)
        if controller is not None:
            return [controller]
        # "X was reported to have attacked": a raising or control verb's passive subject did it too
        deps = ("nsubj", "nsubjpass") if verb.dep_ == "xcomp" else ("nsubj",)
        subjects = [c for c in head.children if c.dep_ in deps]
        if verb.dep_ == "conj":
            return subjects or inherited_actors(head)
        return subjects
    if _comma_participle_on_object(verb):
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "pcomp" and head.lower_ in _TIME_PREPS and head.head.pos_ == "VERB":
        # "an officer beat him after arresting him": the one who beat him arrested him
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    active = not is_passive_participle(verb) or head.dep_ == "ROOT"  # a noun ROOT: the parse missed the verb
    if verb.dep_ in ("acl", "pcomp") and active:
        return [_mover(head)] if head.pos_ in ("NOUN", "PROPN", "PRON") else []
    return []


def _accused_harming(verb: Token, head: Token) -> list[Token]:
    """The accused, for a participle of harm hung on an accusing verb ("accused X of ..., killing 10")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _HARMING:
        return []
    if head.lemma_.lower() not in _CHARGING:
        return []
    return [c for c in head.children if c.dep_ == "dobj"]


def conjunct_agents(verb: Token) -> list[Token]:
    """'the mine had been seized and the offices robbed by a gang': the agent serves both verbs."""
    return [
        g
        for conj in verb.conjuncts
        for child in conj.children
        if child.dep_ == "agent"
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _mover(noun: Token) -> Token:
    """The doer of a participle the parser hung on a place another participle's noun moves through
    ('crowds roaming the streets targeting shops'): that noun, not the streets."""
    if noun.lemma_.lower() in PLACE_NOUNS and noun.dep_ == "dobj" and noun.head.dep_ == "acl":
        return noun.head.head
    return noun


def _misread_qualifier(head: Token) -> Token:
    """The verb a conjunct really shares its subject with where the parser read a qualifier before the
    subject as the main verb ("suspected ISGS militants attacked the village, and killed two": "suspected"
    becomes the root, "attacked" its complement and "killed" its conjunct): the complement, whose
    subject starts right after the qualifier."""
    if head.lower_ not in _QUALIFIERS or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "nsubj" and c.left_edge.i == head.i + 1 for c in clause.children):
            return clause
    return head


def _comma_participle_on_object(verb: Token) -> bool:
    """'They formed a council, criticizing the president': the parser hangs the participle on the object,
    but one set off by a comma after a verb's object tells what the verb's subject did, and so does one of
    harm with no comma ('jets struck two towers in Gaza killing 50')."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.dep_ != "dobj" or head.i >= verb.i:
        return False
    # "warplanes struck two towers in Gaza killing 50": a participle of harm tells what the verb's subject
    # did with or without the comma (notes leave it out before their place's parenthesis)
    return verb.lemma_.lower() in _HARMING or any(
        t.text == "," for t in verb.doc[max(head.i + 1, verb.i - 3) : verb.i]
    )


def conjunct_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with, past a misparse.

    "X insisted the situation is calm, and accused Y": the parser hangs "accused" on the copula of
    the complement; an event verb coordinated with a stative "be" complement belongs to the verb above.
    """
    head = verb.head
    if head.lemma_ == "be" and head.dep_ == "ccomp" and verb.tag_ != head.tag_:
        return head.head
    return head
