"""Commitments to act: the event a trigger that is not asserted still reports (promise, threat, demand)."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry
from kronika.events.modal_words import CREATING
from kronika.events.rules import is_agent_like
from kronika.model import Modality
from kronika.textnorm import with_typographic

# Event types that a promise turns into AGREE (a hostile intent stays future unless it is a threat).
COOPERATIVE: Final = frozenset({"SUPPORT", "AID", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"})
_REPORTING: Final = frozenset(
    {"say", "announce", "state", "tell", "declare", "confirm", "add", "report", "claim"}
)
_ANNOUNCING: Final = frozenset({"announce", "declare"})
_FUTURE_AUX: Final = with_typographic({"will", "shall", "'ll", "wo"})  # "wo" is the "will" of "won't"
_WOULD: Final = with_typographic({"would", "'d"})
_OBLIGATION: Final = frozenset({"must", "should"})
_PERFECT: Final = with_typographic({"have", "'ve"})
_FIRST_PERSON: Final = frozenset({"i", "we"})
_CONDITIONS: Final = frozenset({"if", "unless"})
# PLOVER THREATEN mode of a hostile act that is announced or made conditional.
THREAT_MODES: Final = MappingProxyType(
    {"ASSAULT": "assault", "COERCE": "coerce", "SANCTION": "sanction", "PROTEST": None}
)
# Nouns of speech whose clause can put a demand ("a reminder that Iraq must cooperate").
SPEECH_NOUNS: Final = frozenset(
    {"reminder", "warning", "statement", "message", "letter", "note", "call", "demand", "appeal"}
)
_ATTEMPTING: Final = frozenset({"try", "attempt"})
_DECIDING: Final = frozenset({"decide"})
_ORDERING: Final = frozenset({"order"})
# Members agreeing among themselves to punish another decide it together: 'EU governments agreed to impose
# sanctions' is the sanction, where 'agreed to hold talks' or 'to release prisoners' is an agreement.
AGREEING: Final = frozenset({"agree"})
DECIDED_TOGETHER: Final = frozenset({"SANCTION"})
# A decision to fight or protest is not yet the fight or the protest.
_NOT_DECIDED: Final = frozenset({"ASSAULT", "PROTEST", "THREATEN", "MOBILIZE"})


def commitment(token: Token, entry: TriggerEntry, mod: Modality) -> TriggerEntry | None:
    """The event a trigger that is not asserted still reports, as PLOVER codes it; None when none.

    A promise to cooperate is AGREE ("X will visit Y") and a refusal REJECT ("would not meet the
    demands"); a hostile act its doer announces or makes conditional is THREATEN ("said they would
    blockade the city", "will boycott the vote unless ..."), but an announced sanction is the
    sanction; an obligation put on another in reported speech is REQUEST ("said Y must release
    them"); an attempted attack or seizure, and a decision or order taken, is the act itself.
    Only main-clause acts, or those a reporting verb introduces, count.
    """
    if mod == "future":
        return _promised(token, entry)
    if mod == "hypothetical":
        return _demanded(token, entry) or _conditional_threat(token, entry)
    if mod == "intended":
        return _attempted_or_decided(token, entry)
    if mod == "negated":
        return _refused(token, entry)
    return None


def _retyped(entry: TriggerEntry, plover: str, mode: str | None) -> TriggerEntry:
    """The entry as an event of another PLOVER type, which ACLED does not code."""
    return replace(entry, plover=plover, mode=mode, acled_sub=None)


def _clause_of(token: Token) -> Token:
    """The verb whose auxiliaries say what a trigger's event is: itself, or the verb of an object noun.

    Only a verb that brings its object about counts ("will mount an assault"); "fear an attack if
    ..." does not threaten one.
    """
    noun = token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass")
    return token.head if noun and token.head.lemma_.lower() in CREATING else token


def _has_aux(clause: Token, words: frozenset[str]) -> bool:
    """Whether the clause has one of these auxiliaries."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in clause.children)


def _negated(clause: Token) -> bool:
    """Whether the clause carries a negation."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)


def _conditional(clause: Token) -> bool:
    """Whether an if/unless clause hangs on the clause ("will strike unless pay is raised")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in clause.children
    )


def _reported(clause: Token) -> bool:
    """Whether a main reporting verb introduces the clause ("X said ...")."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in _REPORTING


def _own_words(clause: Token) -> bool:
    """Whether a reported clause speaks of its speaker's own acts ("X said it would ...")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return True
    return bool(speakers) and subjects[0].lemma_.lower() == speakers[0].lemma_.lower()


def _agentive(clause: Token) -> bool:
    """Whether the clause's doer can commit or refuse: a name, pronoun or group, or none said.

    "The waiting period will end" promises nothing; "the agency will end its mission" does. A
    passive subject is what is acted on ("the weapons will be withdrawn"), not the doer.
    """
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects and clause.dep_ == "xcomp":
        subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return not subjects or is_agent_like(subjects[0])


def _promised(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """A future act its doer commits to: AGREE, THREATEN, or an announced sanction."""
    clause = _clause_of(token)
    committed = _has_aux(clause, _FUTURE_AUX) or (_has_aux(clause, _WOULD) and _reported(clause))
    if not committed or _negated(clause) or not _main_or_reported(clause) or not _agentive(clause):
        return None
    if _has_aux(clause, _PERFECT):
        return None  # "would have backed it": a counterfactual, not a promise
    if not (_reported(clause) or _first_person(clause) or _conditional(clause)):
        return None  # "the council will meet next Wednesday": the writer's forecast, no one's promise
    if entry.plover in COOPERATIVE:
        return _retyped(entry, "AGREE", None)
    announced = _reported(clause) and clause.head.lemma_.lower() in _ANNOUNCING
    if entry.plover == "SANCTION" and announced:
        return entry  # "announced it would cut aid": the decision is the sanction
    own = _reported(clause) and _own_words(clause)
    if entry.plover in THREAT_MODES and (own or _conditional(clause)):
        return _retyped(entry, "THREATEN", THREAT_MODES[entry.plover])
    return None


def _first_person(clause: Token) -> bool:
    """Whether the clause's subject is its speaker ('we will support them'): a promise in its own words."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON for c in clause.children)


def _demanded(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'X said Y must release them', 'a reminder that Y must cooperate': X demands it of Y."""
    clause: Token | None = _clause_of(token)
    for _ in range(3):  # "must be ready to mediate": the modal sits on a governing verb
        if clause is None or _has_aux(clause, _OBLIGATION):
            break
        clause = clause.head if clause.dep_ in ("xcomp", "acomp") else None
    if clause is None or not _has_aux(clause, _OBLIGATION) or _has_aux(clause, _PERFECT):
        return None  # "should have acted" blames rather than demands
    spoken = clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in SPEECH_NOUNS
    if not (_reported(clause) or spoken):
        return None
    if _first_person(clause):
        return None  # "we must act" is a resolve, not a demand
    return _retyped(entry, "REQUEST", None)


def _conditional_threat(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'X may halt its mediation if the fighting goes on': a conditional hostile act is a threat."""
    clause = _clause_of(token)
    if entry.plover not in THREAT_MODES or not _conditional(clause) or not _main_or_reported(clause):
        return None
    if not _agentive(clause):
        return None
    return _retyped(entry, "THREATEN", THREAT_MODES[entry.plover])


def _attempted_or_decided(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'Tried to assassinate', 'decided to allow', 'ordered patrols': the attempt or decision is the act.

    PLOVER codes an attempted attack as the attack; an authority's decision or order as its content.
    """
    governor = token.head
    lemma = governor.lemma_.lower()
    done = governor.tag_ in ("VBD", "VBN") and not _negated(governor) and _main_or_reported(governor)
    if not done or governor is token:
        return None
    if token.dep_ == "xcomp" and lemma in _ATTEMPTING and entry.plover in ("ASSAULT", "COERCE"):
        return entry
    if token.dep_ == "xcomp" and lemma in _DECIDING and entry.plover not in _NOT_DECIDED:
        return entry
    if token.dep_ == "xcomp" and lemma in AGREEING and entry.plover in DECIDED_TOGETHER:
        return entry
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and lemma in _ORDERING:
        return entry
    return None


def _refused(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'Would not meet the demands', 'failed to reach agreement': a refused cooperation is REJECT."""
    clause = _clause_of(token)
    if entry.plover not in COOPERATIVE or (not _main_or_reported(clause) and clause.dep_ != "xcomp"):
        return None
    if not _agentive(clause):
        return None
    refusal = _has_aux(clause, _FUTURE_AUX | _WOULD) and not _has_aux(clause, _PERFECT)
    if refusal and _negated(clause) and _main_or_reported(clause):
        return _retyped(entry, "REJECT", "refuse")
    head = clause.head
    failed = clause.dep_ == "xcomp" and head.lemma_.lower() == "fail" and _main_or_reported(head)
    if entry.plover == "AGREE" and failed and not _negated(head):
        return _retyped(entry, "REJECT", "refuse")
    return None


def _main_or_reported(token: Token) -> bool:
    """Whether the clause is the sentence's main clause or the complement of a main reporting verb."""
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return token.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in _REPORTING
