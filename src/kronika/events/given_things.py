"""What a bare 'give', 'provide', 'offer' or 'supply' hands over, and whether that is aid: money, goods,
arms or help are; birth, a sentence, a green light, hope or an edge are not."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from spacy.tokens import Token

# The verbs the lexicon reads as economic or military AID with nothing after them; they name aid only
# where what they hand over is aid.
HANDING_VERBS: Final = frozenset({"give", "provide", "offer", "supply"})
# What aid is: money, goods that keep people alive, arms, and help itself.
AID_THINGS: Final = frozenset(
    {
        "aid", "assistance", "help", "relief", "support", "money", "cash", "fund", "funding", "loan",
        "grant", "dollar", "euro", "pound", "million", "billion", "budget", "subsidy", "donation", "weapon",
        "weaponry", "arm", "rifle", "gun", "firearm", "pistol", "artillery", "mortar", "shell", "launcher",
        "armour", "armor", "truck", "boat", "ship", "radar", "ammunition", "munition", "missile", "rocket",
        "equipment", "gear", "vehicle", "tank", "aircraft", "jet", "drone", "helicopter", "food", "water",
        "bread", "meal", "ration", "grain", "wheat", "rice", "flour", "medicine", "medication", "drug",
        "vaccine", "dose", "blanket", "tent", "shelter", "housing", "clothing", "clothes", "fuel", "supply",
        "refuge", "asylum", "sanctuary", "training", "logistics", "care", "treatment", "counselling",
        "counseling", "protection", "service", "material", "kit", "item", "good", "tonne", "ton",
        "kilogram", "kg", "vaccination", "hygiene", "seed", "fertiliser", "fertilizer", "generator",
        "oxygen", "ventilator", "mask",
    }
)  # fmt: skip
_AIR: Final = frozenset({"air", "aerial"})
# Currency signs: "gave her £20" hands over money.
_CURRENCY: Final = frozenset({"$", "£", "€", "¥"})


def hands_over_no_aid(token: Token) -> bool:
    """Whether a bare handing verb hands over something that is no aid ('gave birth', 'given a suspended
    sentence', 'gave him a green light', 'providing fuel for critics'); a verb that hands over nothing it
    names keeps its reading, since the aid may be told elsewhere in the sentence."""
    if token.lemma_.lower() not in HANDING_VERBS:
        return False
    things = list(_handed(token))
    return bool(things) and not any(_is_aid(t) for t in things)


def _handed(verb: Token) -> Iterator[Token]:
    """What the verb hands over: its object, its passive subject when no one receives it ('aid was given'),
    what 'with' supplies ('supplied them with rifles'), and the noun its clause describes ('the interviews
    she has given', 'weapons given to him')."""
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    yield from objects
    if not objects:
        yield from passive_subjects  # 'he was given a coat' has its object; 'aid was given' has not
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            yield from (g for g in prep.children if g.dep_ == "pobj")
    if verb.dep_ in ("relcl", "acl") and not objects:
        yield verb.head


def _is_aid(thing: Token) -> bool:
    """Whether a thing handed over is aid: an aid noun, itself or a word bound to it ('aid convoys', 'five
    tonnes of flour', 'medical supplies'), or a sum of money."""
    words = [thing, *(c for c in thing.children if c.dep_ in ("compound", "amod", "nmod"))]
    if thing.lemma_.lower() == "cover" and any(w.lower_ in _AIR for w in words):
        return True  # 'provided air cover': military aid; 'political cover' is none
    words += [g for c in thing.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if any(w.lemma_.lower() in AID_THINGS or w.lower_ in AID_THINGS for w in words):
        return True
    return any(t.text in _CURRENCY for t in thing.subtree)
