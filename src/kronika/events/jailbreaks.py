"""Releases that are jailbreaks: a crowd or an armed group freeing people from a prison by force."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

if TYPE_CHECKING:
    from kronika.events.lexicon import TriggerEntry

# PLOVER's RETREAT/CONCEDE 'release' is a custodian letting its prisoners go. When protesters, a mob or
# gunmen free people from a prison or a cell, nobody let them go: the crowd broke them out, a coercive
# seizure of the people held (PLOVER COERCE 'seize'); ACLED codes it with the riot or attack it was part
# of, which the classifier reads from the passage.
_FREEING: Final = frozenset({"free", "release"})
_BREAKERS: Final = frozenset(
    {
        "protester", "protestor", "demonstrator", "crowd", "mob", "rioter", "supporter", "youth",
        "militant", "gunman", "rebel", "insurgent", "attacker", "assailant", "jihadist", "fighter",
    }
)  # fmt: skip
_RELATIVES: Final = frozenset({"who", "that", "which"})
_CUSTODY: Final = frozenset({"prison", "jail", "gaol", "cell", "custody", "detention", "penitentiary"})


def jailbreak(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """COERCE 'seize' for a release a crowd or armed group makes from a place of custody ("protesters
    freed the opposition leader from jail"); None where the release is no jailbreak."""
    if entry.mode != "release" or token.lemma_.lower() not in _FREEING:
        return None
    if not _from_custody(token) or not _broken_out_by_force(token):
        return None
    return replace(entry, plover="COERCE", mode="seize", acled_sub=None)


def _from_custody(verb: Token) -> bool:
    """Whether the verb frees someone from a prison, a jail, a cell or custody."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("from", "out") and _custody(o)
        for p in verb.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def _custody(noun: Token) -> bool:
    """Whether a noun names a place of custody, directly or as its head ('the city's main prison')."""
    return noun.lemma_.lower() in _CUSTODY or noun.lower_ in _CUSTODY


def _broken_out_by_force(verb: Token) -> bool:
    """Whether the verb's doer is a crowd or an armed group: its own subject, for a verb joined to
    another ('seizing buildings and freeing prisoners') the first verb's subject, and for a relative
    'who' the noun the clause describes ('the supporters who freed him')."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    if first.dep_ == "relcl" and any(s.lower_ in _RELATIVES for s in subjects):
        subjects.append(first.head)
    subjects += [c for s in subjects for c in s.conjuncts]
    return any(s.lemma_.lower() in _BREAKERS or s.lower_ in _BREAKERS for s in subjects)
