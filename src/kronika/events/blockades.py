"""A crowd's blocking is a blockade, never a veto: 'students have blocked the faculties', 'demonstrators
burned tyres and blocked roads' (a state or a party blocks a bill)."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry
from kronika.person_nouns import PROTESTERS

# People who block a place in protest ('students blocked the faculties'); a state or a party blocks a bill.
PROTESTING_PEOPLE: Final = PROTESTERS | {
    "student", "worker", "farmer", "villager", "resident", "activist", "driver", "trader", "teacher", "nurse",
    "miner", "trucker",
}  # fmt: skip
# Ways a crowd blocks: 'blocked roads', 'blocked the highway'.
_WAYS: Final = frozenset({"road", "highway", "street", "bridge", "junction", "route", "railway", "motorway"})


def blocking_reading(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The reading of the lexicon's blocking (a veto): a crowd's blockade where a crowd blocks, none for
    'blocked' parsed as an adjective on a road no crowd blocked, else the veto."""
    if token.dep_ == "amod":
        return _blocked_way(token, entry)  # 'demonstrators burned tyres and blocked roads', misparsed
    return _blockade(entry) if _crowd_subject(token) else entry


def _blocked_way(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'Blocked' parsed as an adjective on a way ('burned tyres and blocked roads'): a crowd's blockade where
    the verb its phrase hangs on is a crowd's; a road that is blocked otherwise (a state, or a veto's word
    misread) names no event."""
    if token.head.lemma_.lower() not in _WAYS:
        return None
    verb = next((t for t in token.head.ancestors if t.pos_ == "VERB"), None)
    return _blockade(entry) if verb is not None and _crowd_subject(verb) else None


def _blockade(entry: TriggerEntry) -> TriggerEntry:
    """The entry as a crowd's blockade, a peaceful protest until told otherwise."""
    return replace(entry, plover="PROTEST", mode="obstruct", acled_sub="Peaceful protest")


def _crowd_subject(token: Token) -> bool:
    """Whether the verb's subject is a crowd of people who protest (students, workers, protesters), its own
    or, for a verb joined to another, that verb's ('protesters burned tyres and blocked the toll gate')."""
    verb = token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token
    subjects = [c for v in (token, verb) for c in v.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in PROTESTING_PEOPLE for s in subjects)
