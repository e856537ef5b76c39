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
    A modifier of a person or an agency ('a Beaverton man', 'Beaverton police') places nothing."""
    head = root
    while head.dep_ in {"compound", "amod"} and head.head is not head:
        head = head.head
        if head.lower_ in SCENE_NOUNS and head.pos_ == "NOUN":
            return _governed(head, at_preps)
    return False


def _governed(noun: Token, at_preps: frozenset[str]) -> bool:
    """Whether the noun, or the noun it modifies in turn, is the object of an 'at'-preposition."""
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in at_preps
