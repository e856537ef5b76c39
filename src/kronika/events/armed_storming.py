"""A place stormed by armed men ('gunmen stormed a school', 'militants stormed the base'): an attack, and by
police ('police stormed the party's headquarters'): a raid, not the riot the lexicon's 'storm' reads for a
crowd going in by force."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.taxonomy import ATTACK, LOOTING
from kronika.person_nouns import ARMED_MEN, POLICE

if TYPE_CHECKING:
    from kronika.events.lexicon import TriggerEntry

_STORMING: Final = frozenset({"storm"})


def armed_storming(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """ASSAULT for 'storm' read as rioting whose doers are armed men ('Gunmen on motorcycles stormed a
    school'), a COERCE raid where they are all police ('Police stormed the party's offices'); None where
    the storming is a crowd's."""
    if entry.plover != "PROTEST" or token.lemma_.lower() not in _STORMING:
        return None
    doers = _doers(token)
    if doers and all(_police(doer) for doer in doers):
        return replace(entry, plover="COERCE", mode="raid", acled_sub=LOOTING)
    if not any(_armed(doer) for doer in doers):
        return None
    return replace(entry, plover="ASSAULT", mode=None, acled_sub=ATTACK)


def _police(noun: Token) -> bool:
    """The police or their like by the noun ('riot police', 'officers', 'security agents')."""
    return noun.lower_ in POLICE or noun.lemma_.lower() in POLICE


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, its conjoined verb's when it has none of its own ('arrived and stormed'), or the
    noun a participle describes ('gunmen storming the village')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl":
        subjects = [verb.head]
    return [s for subject in subjects for s in (subject, *(c for c in subject.children if c.dep_ == "conj"))]


def _armed(noun: Token) -> bool:
    """Armed men by their noun, or men said to be armed ('armed men', 'heavily armed youths')."""
    if noun.lemma_.lower() in ARMED_MEN or noun.lower_ in ARMED_MEN:
        return True
    return any(c.dep_ == "amod" and c.lower_ == "armed" for c in noun.children)
