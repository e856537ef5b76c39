"""A town modifying the scene's noun or opening a range's name: 'at a Beaverton apartment complex'."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

# Nouns of the spot where something happens, which a town's name before them places in that town: 'at
# a Garner shooting range', 'in the Troy area of the county'. Not a hospital or a court: those are where
# the hurt were taken and the accused tried ('died at a Tulsa hospital'), not where it happened.
SCENE_NOUNS = frozenset(
    {"apartment", "apartments", "complex", "home", "house", "residence", "motel", "hotel", "bar", "club",
     "nightclub", "restaurant", "store", "shop", "market", "mall", "park", "range", "school", "campus",
     "church", "area", "neighborhood", "neighbourhood", "lot", "station", "intersection", "street",
     "streets", "village", "camp", "base", "mosque", "checkpoint"}
)  # fmt: skip

# Scene nouns that close a site's own name ('the Rupert Gun Range', 'the Ogden Shooting Range'), whose
# opening words are then the town it lies in. Only a range: a club, mall, motel or apartment complex is
# named after a street, a founder or a development as often as after its town ('the Village West
# Apartments'), and a park, school or church after a person ('Lincoln Park').
NAMED_SITES = frozenset({"range"})


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
        and (head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lower_ in NAMED_SITES))
        and head.dep_ == "pobj"
        and head.head.lower_ in at_preps
        and not any(c.dep_ == "poss" for c in head.children)
    )


def named_site(name: Span, at_preps: frozenset[str]) -> bool:
    """Whether a name of capitalised words is a site's own, closed by one of NAMED_SITES and governed by a
    preposition of place: 'at the Twin Falls Gun Range' (the name without its article)."""
    last = name[-1]
    return (
        len(name) > 1
        and all(t.is_title for t in name)
        and last.lower_ in NAMED_SITES
        and last.dep_ == "pobj"
        and last.head.lower_ in at_preps
    )


def site_openings(name: Span) -> Iterator[Span]:
    """The words a site's name may open with its town's name, longest first: 'Twin Falls Gun', 'Twin
    Falls', 'Twin' of 'Twin Falls Gun Range'."""
    for end in range(len(name) - 1, 0, -1):
        yield name[:end]
