"""A force ousted or expelled from a place ('the offensive ousted Isis from Raqqa', 'their expulsion from
Afrin'): fighting over ground, not the dismissal or expulsion the lexicon's 'oust' and 'expel' read."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.taxonomy import ARMED_CLASH
from kronika.person_nouns import KIN, PERSONS, ROLES

if TYPE_CHECKING:
    from kronika.events.lexicon import TriggerEntry

_OUSTING: Final = frozenset({"oust", "ousting", "expel", "expulsion"})
# Nouns of ground held or lost: 'ousted from vast tracts of territory', 'from the town of Afrin'.
_GROUND: Final = frozenset(
    {
        "territory", "town", "city", "village", "area", "province", "region", "stronghold", "swathe", "tract",
        "district", "enclave", "neighbourhood", "neighborhood", "north", "south", "east", "west",
        "northeast", "northwest", "southeast", "southwest", "valley", "countryside", "border",
    }
)  # fmt: skip
# Whoever is expelled as a person or an envoy: 'expelled 23 diplomats from Moscow' stays an expulsion.
_PEOPLE_SENT_AWAY: Final = (
    PERSONS | ROLES | KIN | frozenset({"diplomat", "ambassador", "envoy", "official", "staff", "journalist"})
)
_PLACE_ENTITIES: Final = frozenset({"GPE", "LOC", "FAC"})
_MAX_OF_CHAIN: Final = 3  # 'from most of the province of Idlib': three 'of' links at most


def ousted_force(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """ASSAULT (an armed clash) for a SANCTION 'oust' or 'expel' whose 'from' names ground ('ousted Islamic
    State from vast tracts of territory'), unless it sends away people or envoys ('expelled 23 diplomats
    from Moscow'); None where the reading stands."""
    if entry.plover != "SANCTION" or token.lemma_.lower() not in _OUSTING:
        return None
    if not any(_names_ground(place) for place in _places_from(token)):
        return None
    if any(_sent_away_person(noun) for noun in _ousted(token)):
        return None
    return replace(entry, plover="ASSAULT", mode=None, acled_sub=ARMED_CLASH)


def _places_from(token: Token) -> list[Token]:
    """The objects of 'from' on the word, or on the noun it describes ('an offensive ousted forces ... from
    most of the province', where the parser hangs 'from' on the noun)."""
    holders = [token, token.head] if token.dep_ == "amod" else [token]
    froms = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [g for f in froms for g in f.children if g.dep_ == "pobj"]


def _names_ground(noun: Token) -> bool:
    """Whether the noun, or what its 'of' chain leads to ('much of the north-east'), is a place."""
    for _ in range(_MAX_OF_CHAIN + 1):
        if noun.ent_type_ in _PLACE_ENTITIES or noun.lemma_.lower() in _GROUND:
            return True
        nxt = [g for of in noun.children if of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
        if not nxt:
            return False
        noun = nxt[0]
    return False


def _ousted(token: Token) -> list[Token]:
    """Who is ousted: the verb's object or passive subject, the noun an 'ousted' modifies, the owner of an
    'expulsion'."""
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "poss")]
    if token.dep_ == "amod":
        found.append(token.head)
    return found


def _sent_away_person(noun: Token) -> bool:
    """A named person, a person by a pronoun, or a person or envoy by their noun."""
    if noun.ent_type_ == "PERSON" or noun.lower_ in ("he", "she", "him", "her"):
        return True
    return noun.lemma_.lower() in _PEOPLE_SENT_AWAY or noun.lower_ in _PEOPLE_SENT_AWAY
