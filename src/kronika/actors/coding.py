"""How who did an event changes ACLED's coding of it: a crowd storming a building, parties' coalitions, one
person's violence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.acled_typing import acled_for_doers
from kronika.events.headings import heading_sub_type
from kronika.events.taxonomy import ATTACK, GROUP_ACTIVITY, MOB_VIOLENCE, coded_as
from kronika.model import Detection
from kronika.nlp import doc_text

if TYPE_CHECKING:
    from kronika.actors.resolve import ArticleActors

# Verbs and nouns of taking a place by force; occupying is left out, as most occupations of a
# building by protesters are sit-ins ACLED codes as peaceful (4 of 9 notes, 2 violent).
FORCIBLE: Final = frozenset({"seize", "seizure", "storm", "capture", "take", "takeover", "break", "force"})
# What a crowd storms: the buildings of a state, a party or a business.
BUILDINGS: Final = frozenset(
    {
        "building", "office", "headquarters", "hq", "parliament", "ministry", "hall", "palace", "premises",
        "compound", "courthouse", "residence", "station", "capitol", "embassy", "consulate", "secretariat",
        "legislature", "administration", "governorate", "mayoralty", "prefecture",
    }
)  # fmt: skip
# Where a forcible verb's building stands: its object, a passive subject, or "into"/"inside" it.
OBJECT_DEPS: Final = frozenset({"dobj", "nsubjpass", "obj"})
INTO: Final = frozenset({"into", "inside", "of"})
# One person is no mob: ACLED's 'Mob violence' is a crowd's, coded to rioters. Of its Attack, Armed clash or
# Mob violence training notes whose first sentence has one man, woman, youth, resident or assailant ("a man
# threw stones at a nurse", "an unknown assailant stabbed a shopkeeper") do the violence and tells no clash,
# 22 are attacks, 9 armed clashes (a man who attacked a policeman) and 2 mob violence.
# (Its own list, not person_nouns.PERSONS: a child or a baby doing violence is not counted here,
# and the assailant, attacker and local are doers, never victims.)
LONE_PERSONS: Final = frozenset(
    {
        "man", "woman", "person", "individual", "youth", "boy", "girl", "teenager", "resident", "villager",
        "farmer", "driver", "assailant", "attacker", "neighbour", "neighbor", "student", "local",
    }
)  # fmt: skip
ONE: Final = frozenset({"a", "an", "one", "the"})


def coded_by_doers(actors: ArticleActors, detection: Detection) -> Detection:
    """The detection with its ACLED coding fixed by the doers its clause names: mob violence by one person
    is an attack (`_lone_person`); otherwise their sectors, as the lexicon gives them (before the event's
    role turns a crowd that loots into an armed group), decide."""
    if detection.type.acled_sub_event_type == MOB_VIOLENCE and _lone_person(actors, detection):
        return coded_as(detection, ATTACK)
    sectors = frozenset(a.sector for a in actors.resolve(detection.actor_spans))
    headed = heading_sub_type(doc_text(actors.doc)) == GROUP_ACTIVITY
    coded = acled_for_doers(detection.type, sectors, _takes_building(actors, detection), headed=headed)
    return detection if coded == detection.type else replace(detection, type=coded)


def _lone_person(actors: ArticleActors, detection: Detection) -> bool:
    """Whether the one doer the clause names is one person told by a common noun ("a man", "an unknown
    assailant", "the drunk youth"), not a group, a crowd or several people ("a man and his sons")."""
    if len(detection.actor_spans) != 1:
        return False
    span = detection.actor_spans[0]
    words = actors.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    head = words.root
    if head.tag_ != "NN" or head.lemma_.lower() not in LONE_PERSONS:
        return False
    if any(c.dep_ in ("conj", "nummod") for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ONE for c in head.children)


def _takes_building(actors: ArticleActors, detection: Detection) -> bool:
    """Whether the trigger takes a building by force ("seized the parliament building", "the offices
    were stormed", "broke into the ministry", "the seizure of government buildings")."""
    trigger = actors.doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if trigger is None or not len(trigger):
        return False
    word = trigger.root
    if word.lemma_.lower() not in FORCIBLE:
        return False
    places = [c for c in word.children if c.dep_ in OBJECT_DEPS]
    places += [t for c in word.children if c.lower_ in INTO for t in c.children if t.dep_ == "pobj"]
    return any(_is_building(t) for t in places)


def _is_building(token: Token) -> bool:
    """Whether a noun names a building, itself or by a compound ("parliament building", "city hall")."""
    return token.lemma_.lower() in BUILDINGS or token.lower_ in BUILDINGS
