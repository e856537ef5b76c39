"""How who did an event changes ACLED's coding of it: a crowd storming a building, parties' coalitions."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.acled_typing import acled_for_doers
from kronika.model import Detection

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


def coded_by_doers(actors: ArticleActors, detection: Detection) -> Detection:
    """The detection with its ACLED coding fixed by the sectors of the doers its clause names, as the
    lexicon gives them (before the event's role turns a crowd that loots into an armed group)."""
    sectors = frozenset(a.sector for a in actors.resolve(detection.actor_spans))
    coded = acled_for_doers(detection.type, sectors, _takes_building(actors, detection))
    return detection if coded == detection.type else replace(detection, type=coded)


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
