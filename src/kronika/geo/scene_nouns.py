"""A town written as the modifier of the scene's noun: 'at a Beaverton apartment complex' is Beaverton."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns of the spot where something happens, which a town's name before them places in that town: 'at
# a Garner shooting range', 'in the Troy area of the county'. Not a hospital or a court: those are where
# the hurt were taken and the accused tried ('died at a Tulsa hospital'), not where it happened.
SCENE_NOUNS = frozenset(
    {"apartment", "apartments", "complex", "home", "house", "residence", "motel", "hotel", "bar", "club",
     "nightclub", "restaurant", "store", "shop", "market", "mall", "park", "range", "school", "campus",
     "church", "area", "neighborhood", "neighbourhood", "lot", "station", "intersection", "street",
     "streets", "village", "camp", "base", "mosque", "checkpoint"}
)  # fmt: skip


def modifies_scene(root: Token, at_preps: frozenset[str]) -> bool:
    """Whether a place's word (`root`) modifies, directly or through other modifiers, a scene noun that
    an 'at'-preposition governs: 'at a Beaverton apartment complex', 'in the Troy area of Gilmer County'.
    The noun the modifiers end on must be the scene's: 'the East New York house party shootings' are
    shootings, wherever the house was. A modifier of a person or an agency ('a Beaverton man', 'Beaverton
    police') places nothing, nor does one whose noun a possessor owns ("Khulna's Daulatpur area" lies in
    Khulna, which `geo.mentions` places)."""
    if root.dep_ not in {"compound", "amod"}:
        return False
    head = root.head
    while head.dep_ in {"compound", "amod"} and head.head is not head:
        head = head.head
    return (
        head.lower_ in SCENE_NOUNS
        and head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.lower_ in at_preps
        and not any(c.dep_ == "poss" for c in head.children)
    )
