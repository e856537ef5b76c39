"""Deaths told as a life not saved: 'did not survive', 'didn't survive his wounds', 'could not be saved',
'doctors were unable to save her', 'he didn't make it'.

No word of killing is written, and the negation would read 'survive' as no one hurt; yet the victim, first
told as hit, died of it after the attack, so each is one death told later (as 'has died' is), whose story's
counts of injured people are then of everyone hit. A prognosis ('is not expected to survive', 'may not
survive') tells no death: the victim was alive when reported.
"""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.finding import Finding
from kronika.casualties.phrases import phrase_count
from kronika.casualties.victims import antecedent, victim_phrase
from kronika.casualties.words import OBJECTS, child
from kronika.textnorm import with_typographic

# a prognosis or a fear, not an outcome: "is not expected to survive", "might not survive"
PROGNOSIS_HEADS = {"expect", "go", "likely", "think", "believe", "fear"}
UNREAL = with_typographic({"may", "might", "would", "will", "should", "'ll", "wo"})
# "doctors were unable to save him", "medics failed to save her"
FAILED = {"unable", "fail"}


def unsaved_death(token: Token) -> Finding | None:
    """One death after the attack told by a life not saved, counted on its victims; None for any other
    word."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma == "make" and _did_not_make_it(token):
        subject = child(token, {"nsubj"})
        return _later_death(token, antecedent(subject) if subject is not None else None)
    if token.pos_ != "VERB" or lemma not in {"survive", "save"} or not _failed(token):
        return None
    if token.head.lemma_.lower() in PROGNOSIS_HEADS or _unreal(token):
        return None
    return _later_death(token, _victim(token, lemma))


def _later_death(token: Token, victim: Token | None) -> Finding | None:
    """The deaths after the attack that `token` tells, counted on its victim; None where it names none."""
    count = phrase_count(victim) if victim is not None else None
    if victim is None or not count:
        return None
    return Finding("killed", count, token.i, victim.i, later=True)


def _did_not_make_it(verb: Token) -> bool:
    """'he didn't make it', 'the baby did not make it there alive': a life not saved; not 'did not make it to
    the party' nor 'does not make it home', a place not reached, nor a prognosis in the present."""
    children = list(verb.children)
    said = {c.lower_ for c in children}
    # "to the party", "home": a place not reached; "there alive" is the hospital reached too late
    place = bool(said & {"home", "there"}) and "alive" not in said
    reached = place or any(c.dep_ == "prep" for c in children)
    return (
        any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "did" for c in children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        and not reached
    )


def _failed(verb: Token) -> bool:
    """'did not survive', 'never survived', 'could not be saved', 'were unable to save', 'failed to save'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in {"xcomp", "acomp"} and head.lemma_.lower() in FAILED and not _denied(head)


def _denied(word: Token) -> bool:
    """'were not unable to': a denied failure is none (rare, but never a death)."""
    return any(c.dep_ == "neg" for c in word.children)


def _unreal(verb: Token) -> bool:
    """'may not survive', 'would not survive the night': a fear, not an outcome; 'could not' is one."""
    verbs = [verb, verb.head] if verb.dep_ in {"xcomp", "acomp"} else [verb]
    return any(c.dep_ == "aux" and c.lower_ in UNREAL for v in verbs for c in v.children)


def _victim(verb: Token, lemma: str) -> Token | None:
    """Who died: the subject of 'did not survive', the object of 'could not save' (the subject of a passive
    'could not be saved')."""
    if lemma == "survive":
        return victim_phrase(verb)
    saved = child(verb, OBJECTS | {"nsubjpass"})
    return antecedent(saved) if saved is not None else None
