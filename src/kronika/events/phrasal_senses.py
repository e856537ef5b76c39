"""Lexicon verbs whose particle, preposition or object gives them a sense that is no event ('gave in',
'settled down', 'hailing from Somalia', 'struck off the register', 'charging their phones'), and participles
that only describe a thing ('freezing temperatures', 'a severed head', 'a visiting fellow', 'the alleged
attack')."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry

# (lemma, PLOVER type) -> particles and adverbs under the verb that leave no event of that type.
_PARTICLES: Final = {
    ("give", "AID"): frozenset({"in"}),  # 'finally they gave in'
    ("settle", "AGREE"): frozenset({"down", "in"}),  # 'settled down with a family', 'still settling in'
    ("press", "REQUEST"): frozenset({"ahead", "on"}),  # 'pressing ahead with the assault'
}
# (lemma, PLOVER type) -> prepositions under the verb that do so ('settled in May' is no 'settled in').
_PREPOSITIONS: Final = {
    ("hail", "SUPPORT"): frozenset({"from"}),  # 'fighters hailing from Somalia'
    ("strike", "PROTEST"): frozenset({"off"}),  # 'struck off the register'
    ("press", "REQUEST"): frozenset({"against", "into"}),  # 'guns pressed against their heads'
}
# (lemma, PLOVER type) -> objects that make the verb no event of that type.
_OBJECTS: Final = {
    ("charge", "ACCUSE"): frozenset(
        {"phone", "battery", "device", "car", "vehicle", "laptop", "fee", "price"}
    ),
    # 'dithering has invited such acts of defiance', 'the move invited criticism': brought on, asked of no one
    ("invite", "REQUEST"): frozenset(
        {
            "act",
            "criticism",
            "comparison",
            "speculation",
            "ridicule",
            "scrutiny",
            "backlash",
            "retaliation",
            "condemnation",
            "anger",
            "mockery",
            "derision",
            "trouble",
            "disaster",
            "question",
            "attack",
        }
    ),
}
# (lemma, PLOVER type) -> nouns a participle describes without any act ('freezing cells'); None: any noun.
_DESCRIBING: Final[dict[tuple[str, str], frozenset[str] | None]] = {
    ("freeze", "SANCTION"): None,  # 'freezing temperatures', 'dark, freezing cells'
    ("allege", "ACCUSE"): None,  # 'the alleged use of chemical weapons', 'his alleged role'
    ("sever", "SANCTION"): frozenset(
        {"head", "limb", "hand", "finger", "arm", "leg", "foot", "body", "cable", "pipe", "artery", "nerve"}
    ),
    ("visit", "CONSULT"): frozenset(
        {"fellow", "professor", "scholar", "lecturer", "researcher", "fellowship", "hour", "right", "team"}
    ),
}


def phrasal_sense(token: Token, entry: TriggerEntry) -> bool:
    """Whether a bare lexicon verb is used in a sense that names no event of its type: a particle or a
    preposition that turns it ('gave in', 'hailing from'), an object that does ('charging their phones'), or
    a participle that only describes its noun ('freezing temperatures')."""
    if entry.extras:
        return False
    key = (token.lemma_.lower(), entry.plover)
    children = list(token.children)
    particles, prepositions = _PARTICLES.get(key, frozenset()), _PREPOSITIONS.get(key, frozenset())
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in prepositions for c in children):
        return True
    objects = _OBJECTS.get(key)
    if objects is not None and any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in children):
        return True
    if key == ("allege", "ACCUSE") and _alleged_to(children):
        return True  # 'he is alleged to have been one of the four': a standing charge, told by no one
    if key == ("threaten", "THREATEN") and any(_likely(c) for c in children):
        return True  # 'it threatens to be another day of tension': a likelihood, no one's threat
    if key not in _DESCRIBING or token.dep_ != "amod":
        return False
    described = _DESCRIBING[key]
    return described is None or token.head.lemma_.lower() in described


def _alleged_to(children: list[Token]) -> bool:
    """Whether a passive 'allege' takes an infinitive ('is alleged to have killed'): a hedge on what the
    subject did, not someone's accusation."""
    passive = any(c.dep_ == "auxpass" for c in children)
    return passive and any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in children)


def _likely(complement: Token) -> bool:
    """Whether 'threaten' takes a linking verb with what its subject may turn into ('threatens to be another
    day of tension', 'the row threatened to become a crisis'): a likelihood, not anyone's threat (judged
    Guardian readings: such a reading was noise of another sense), unlike 'threatened to be back'."""
    if complement.dep_ != "xcomp":
        return False
    said = any(c.dep_ in {"attr", "acomp"} for c in complement.children)
    return complement.lemma_ == "become" or (complement.lemma_ == "be" and said)
