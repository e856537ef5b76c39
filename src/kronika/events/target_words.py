"""Which nouns a trigger acted on name a target worth recording: premises of trade stand for the
businesses harmed ('targeting shops and banks'), a holding for its owner ('X's conviction') and a seat for
its body ('the parliament building'), and a vague remainder ('... and other organizations')
adds no one to the named kinds before it, nor does a noun a question asks about ('how many people')."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Token

# Premises that stand for the businesses that own them, as the actor lexicon names them (sector BUS).
BUSINESS_PREMISES: Final = frozenset({"business", "enterprise", "bank", "shop"})
# What someone holds, whose owner an act on it is done to: 'reversed X's conviction', 'seized their mine'.
_HOLDINGS: Final = frozenset(
    {
        "conviction", "sentence", "verdict", "ban", "license", "licence", "permit", "visa", "passport",
        "citizenship", "immunity", "mandate", "accreditation", "registration", "property", "asset", "mine",
    }
)  # fmt: skip
# Words that can name an owner or a body: a name, a noun, or a pronoun standing for one ('their mine').
_OWNER_POS: Final = frozenset({"PROPN", "NOUN", "PRON"})
# Seats of a body, which stand for the body whose name they carry: 'the parliament building'.
_SEATS: Final = frozenset(
    {"building", "office", "headquarters", "compound", "palace", "residence", "premises"}
)
# Nouns of no kind of their own: 'and other organizations' after a named kind tells no one more.
_VAGUE: Final = frozenset(
    {"organization", "organisation", "institution", "entity", "body", "establishment", "facility", "group"}
)


def names_business(token: Token) -> bool:
    """Whether a noun acted on names businesses: 'crowds targeted businesses', 'looted shops'."""
    return token.pos_ == "NOUN" and (
        token.lemma_.lower() in BUSINESS_PREMISES or token.lower_ in BUSINESS_PREMISES
    )


def standing_for(token: Token) -> list[Token]:
    """Who a noun acted on stands for: the owner of a holding ('reversed Japarov's conviction' was done to
    Japarov), the body a seat acted on is named for ('seized the parliament building', 'government
    buildings'; a seat after 'at' is the scene); else the noun itself."""
    lemma = token.lemma_.lower()
    if lemma in _HOLDINGS:
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in _OWNER_POS]
        return owners or [token]
    if lemma in _SEATS and _acted_on(token):  # "detained him at the party's headquarters": the scene
        bodies = [
            c
            for c in token.children
            if c.dep_ in ("compound", "poss", "amod") and c.pos_ in ("PROPN", "NOUN")
        ]
        return bodies[-1:] or [token]
    return [token]


def _acted_on(token: Token) -> bool:
    """Whether a noun is its verb's object or passive subject (or a conjunct of one), not a scene after a
    preposition."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in ("dobj", "nsubjpass")


def without_remainders(targets: Sequence[Token]) -> list[Token]:
    """The targets less a conjunct told only as 'other' ones after a named kind ('businesses and other
    organizations' records the businesses; the others are no one an analyst can code) and less a noun a
    question asks about ('refused to say how many people were held': no one in particular)."""
    kept = [t for t in targets if not _remainder(t, targets)]
    return [t for t in (kept or targets) if not _questioned(t)]


def _questioned(token: Token) -> bool:
    """Whether a noun is what a wh-word asks about: 'how many people', 'which officers'."""
    return any(t.tag_ in ("WRB", "WDT", "WP") for c in token.lefts for t in c.subtree)


def _remainder(token: Token, targets: Sequence[Token]) -> bool:
    """Whether a target is an 'other X' conjunct, X a noun of no kind of its own, of an earlier target of
    the same list ('the leader and other members' keeps the members: they are people of a party)."""
    if token.dep_ != "conj" or token.lemma_.lower() not in _VAGUE:
        return False
    other = any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)
    return other and any(t.i < token.i and t in token.conjuncts for t in targets)
