"""Releases that are jailbreaks: a crowd or an armed group freeing people from a prison by force."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.person_nouns import PERSONS, RIOTING_CROWD

if TYPE_CHECKING:
    from kronika.events.lexicon import TriggerEntry

# PLOVER's RETREAT/CONCEDE 'release' is a custodian letting its prisoners go. When protesters, a mob or
# gunmen free people from a prison or a cell, nobody let them go: the crowd broke them out, a coercive
# seizure of the people held (PLOVER COERCE 'seize'); ACLED codes it with the riot or attack it was part
# of, which the classifier reads from the passage.
_FREEING: Final = frozenset({"free", "release"})
# A crowd holds no prisoners, so whoever it frees it freed from someone else's custody; an armed group may
# free captives of its own, so its release is a jailbreak only out of a prison or of a prison's inmates.
_CROWDS: Final = RIOTING_CROWD | {"youth", "villager"}
_ARMED: Final = frozenset(
    {"militant", "gunman", "rebel", "insurgent", "attacker", "assailant", "jihadist", "fighter"}
)
_RELATIVES: Final = frozenset({"who", "that", "which"})
_CUSTODY: Final = frozenset(
    {"prison", "jail", "gaol", "cell", "custody", "detention", "penitentiary", "lockup", "jailhouse"}
)
_POLICE_POSTS: Final = frozenset({"station", "post"})  # 'the police station': where the police hold people
_INMATES: Final = frozenset({"inmate", "convict"})  # held in a prison, whoever frees them
# whom a crowd frees: people held, and the leaders and activists a crowd comes for
_HELD_PEOPLE: Final = PERSONS | _INMATES | frozenset(
    {"prisoner", "detainee", "captive", "leader", "politician", "activist", "journalist", "president",
     "lawmaker", "comrade", "colleague", "suspect", "people", "person"}
)  # fmt: skip
_BREAKING_IN: Final = frozenset({"storm", "raid", "attack", "overrun", "break"})


def jailbreak(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """COERCE 'seize' for a release a crowd or armed group makes by force ("protesters freed the opposition
    leader from jail", "rioters freed the detained activist", "gunmen stormed the prison and freed 300
    inmates"); None where the release is no jailbreak."""
    if entry.mode != "release" or token.lemma_.lower() not in _FREEING:
        return None
    doers = _doers(token)
    held = _from_custody(token) or broken_into(token) is not None
    armed = any(_word_in(s, _ARMED) for s in doers) and (held or _frees(token, _INMATES))
    crowd = any(_word_in(s, _CROWDS) for s in doers) and (held or _frees_people(token))
    if not (armed or crowd):
        return None
    return replace(entry, plover="COERCE", mode="seize", acled_sub=None)


def breaks_out(token: Token, entry: TriggerEntry) -> bool:
    """Whether a selected trigger is a jailbreak `jailbreak` typed: a release read as a coercive seizure.
    It acts on people held, so a seizure of buildings joined to it ('seizing buildings and freeing
    prisoners') is an event of its own, not a second verb of one."""
    return entry.plover == "COERCE" and token.lemma_.lower() in _FREEING


def _from_custody(verb: Token) -> bool:
    """Whether the verb frees someone from a prison, a jail, a cell or custody ('freed him from jail',
    'freed inmates from the police station' however the parse hangs the place)."""
    return any(
        p.dep_ == "prep" and p.lower_ in ("from", "out") and _custody(o)
        for holder in (verb, *_objects(verb))
        for p in holder.children
        for o in p.children
        if o.dep_ == "pobj"
    )


def broken_into(verb: Token) -> Token | None:
    """The verb a release is joined to that broke into a place of custody ('stormed' in 'gunmen stormed
    the jail and freed 300 inmates'): one act, the breakout, told in two verbs; None where there is none."""
    first = _first_verb(verb)
    if first.i == verb.i or first.lemma_.lower() not in _BREAKING_IN:
        return None
    return first if any(c.dep_ == "dobj" and _custody(c) for c in first.children) else None


def _custody(noun: Token) -> bool:
    """Whether a noun names a place of custody, itself ('the city's main prison'), by the noun it is
    compounded with ('a detention centre', 'the prison camp') or as a police post ('the police station')."""
    if _word_in(noun, _CUSTODY):
        return True
    compounds = [c for c in noun.children if c.dep_ == "compound"]
    if any(_word_in(c, _CUSTODY) for c in compounds):
        return True
    return _word_in(noun, _POLICE_POSTS) and any(c.lower_ == "police" for c in compounds)


def _frees(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether the verb's object is one of `nouns` ('freed 300 inmates', 'freed dozens of inmates')."""
    return any(_word_in(o, nouns) for o in _objects(verb))


def _frees_people(verb: Token) -> bool:
    """Whether the verb's object is a person: a name ('freed Almazbek Atambayev', 'freed the former
    president') or a noun for people held or come for ('freed two detained activists'); a statement or a
    video a crowd released is none."""
    return any(o.ent_type_ == "PERSON" or _word_in(o, _HELD_PEOPLE) for o in _objects(verb))


def _objects(verb: Token) -> list[Token]:
    """What the verb frees: its object (or passive subject), and the noun a count's 'of' names ('dozens of
    inmates')."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects + [
        o for n in objects for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]


def _doers(verb: Token) -> list[Token]:
    """The verb's doers: its own subject, for a verb joined to another ('seizing buildings and freeing
    prisoners') the first verb's subject, for a verb that says what its clause's doers did ('protesters
    spent the night freeing ...') that clause's subject, and for a relative 'who' the noun the clause
    describes ('the supporters who freed him'), with the nouns joined to them."""
    first = _first_verb(verb)
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    while not subjects and first.dep_ in ("xcomp", "advcl") and first.head.i != first.i:
        first = first.head
        subjects = [c for c in first.children if c.dep_ == "nsubj"]
    if first.dep_ == "relcl" and any(s.lower_ in _RELATIVES for s in subjects):
        subjects.append(first.head)
    return subjects + [c for s in subjects for c in s.conjuncts]


def _first_verb(verb: Token) -> Token:
    """The first of the verbs the verb is joined to ('stormed' for 'stormed the jail and freed')."""
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return first


def _word_in(token: Token, words: frozenset[str]) -> bool:
    """Whether the token's lemma or form is one of `words`."""
    return token.lemma_.lower() in words or token.lower_ in words
