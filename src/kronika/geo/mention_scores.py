"""How likely a place mention is the event's scene: its preposition, grammatical role and distance."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kronika.gazetteer import GeoEntry
from kronika.geo.deployed_to import deployed_to
from kronika.geo.reported_from import reported_from
from kronika.geo.scene_nouns import modifies_scene
from kronika.geo.taken_from import taken_from

# Prepositions that put an event at a place, and those that name somewhere else (origin, border, audience).
AT_PREPS = frozenset(
    {"in", "at", "near", "outside", "across", "around", "throughout", "inside", "into", "on", "over"}
)
AWAY_PREPS = frozenset(
    {"from", "beyond", "between", "to", "with", "against", "toward", "towards", "by", "about", "for"}
)
# Nouns whose possessor is where they are: "Bishkek's streets", "the capital's outskirts".
PLACE_NOUNS = frozenset(
    {"street", "streets", "outskirts", "suburb", "suburbs", "centre", "center", "square", "city",
     "capital", "region", "province", "district", "north", "south", "east", "west", "border", "village",
     "town", "downtown", "area"}
)  # fmt: skip
# Words after a name that say what kind of place it is: 'Puno city', 'Sangrur district'.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "district", "province", "region", "township"})
# Words before 'of' that make the place named after it a landmark ('12 km west of Y').
BEARINGS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
     "southern", "eastern", "western"}
)  # fmt: skip
# Units of a distance measured 'from' a place: '15km from Mornei' is near Mornei.
DISTANCE_UNITS = frozenset(
    {"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metres", "meters"}
)


def mention_score(phrase: Span, entry: GeoEntry, trigger: Token | None) -> float:
    """How likely this mention is where the event happened: prepositions, roles and distance."""
    root = phrase.root
    while (
        root.dep_ == "conj" and root.head is not root
    ):  # "from Russia and China": China shares Russia's role
        root = root.head
    if root.dep_ == "compound" and root.head.lower_ in SETTLEMENT_NOUNS:
        root = root.head  # 'in Puno city': the town takes the role of the word naming it a town
    elif _settled_at(root):
        root = _settlement_noun(root)  # 'in the village Numu', 'in the village of Numu'
    score = 1.0 + {"city": 0.5, "admin2": 0.4, "admin1": 0.3, "country": 0.0}[entry.kind]
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in BEARINGS:
        score -= 2.0  # 'west of Marib': a landmark, the event is where the text says it is
    elif root.dep_ == "pobj" and (
        head.lower_ in AT_PREPS
        or _near_to(head)
        or _measured_from(head)
        or taken_from(head)
        or reported_from(head)  # 'clashes were reported from Kurigram': news from the scene
        or deployed_to(head)
    ):
        score += 3.0
    elif root.dep_ == "pobj" and (head.lower_ in AWAY_PREPS or _state_of(head, entry)):
        score -= 3.0
    elif root.dep_ == "poss":
        score += 2.0 if head.lower_ in PLACE_NOUNS else -3.0
    elif root.dep_ in {"nsubj", "nsubjpass"}:
        score -= 3.0 if entry.kind == "country" else 0.5
    elif modifies_scene(root, AT_PREPS):  # 'at a Beaverton apartment complex': the scene's town
        score += 3.0
    elif root.dep_ in {"compound", "amod"} and head.lower_ not in PLACE_NOUNS:
        score -= 1.0
    elif root.dep_ in {"dobj", "appos"} and entry.kind == "country":
        score -= 0.5
    if trigger is not None:
        score += 1.0 if trigger in list(root.ancestors) else 0.0
        score -= 0.02 * abs(root.i - trigger.i)
    return score


def _settlement_noun(name: Token) -> Token:
    """The settlement noun a name is written after ('the village Numu', 'the village of Numu'), else the
    name itself."""
    if name.dep_ == "appos" and name.head.lower_ in SETTLEMENT_NOUNS:
        return name.head
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in SETTLEMENT_NOUNS:
        return name.head.head
    return name


def _settled_at(name: Token) -> bool:
    """Whether a name is written after a settlement noun that a preposition of place governs ('in the
    village of Numu'): the name takes the noun's role. Under other words the name keeps its own ('fled
    from X to the town of Y' says nothing of where Y's event was)."""
    noun = _settlement_noun(name)
    return noun is not name and noun.dep_ == "pobj" and noun.head.lower_ in AT_PREPS


def _measured_from(preposition: Token) -> bool:
    """Whether 'from' measures a distance from a landmark near the scene ('15km from Mornei', '20 km away
    from Kadugli'), where coders place the event, not whence someone came."""
    before = preposition.doc[max(0, preposition.i - 3) : preposition.i]
    return preposition.lower_ == "from" and any(t.lower_ in DISTANCE_UNITS for t in before)


# Nouns for a state's organs: a country written after them, 'the government of Sudan', names an actor.
_ORGANS = frozenset(
    {"government", "army", "armed", "military", "president", "regime", "authorities", "embassy",
     "ministry", "parliament"}
)  # fmt: skip


def _state_of(preposition: Token, entry: GeoEntry) -> bool:
    """Whether a country is the state an organ of which the text names ('accused the government of Sudan
    of attacks', 'the army of Chad'): who acted, not where."""
    return entry.kind == "country" and preposition.lower_ == "of" and preposition.head.lower_ in _ORGANS


def _near_to(preposition: Token) -> bool:
    """Whether 'to' says where, not whither: 'close to Ghazni', 'next to the market'."""
    return preposition.lower_ == "to" and preposition.head.lower_ in ("close", "next")
