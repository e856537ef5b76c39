"""'Hold' as a detention only where people are held: territory held, a summit held, sway held, a banner held
up or a weapon in hand is no arrest."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.acted_on import acted_on

# What is held that is no person: ground and places, gatherings and votes, power, views, papers and things
# in hand ('the last town held by the group', 'a summit held in Tehran', 'holds sway', 'holds dual
# nationality', 'held up maps'). A protest, a rally or a vigil held is left to the light verb's reading
# (`selection.LIGHT_VERBS`, the classifier): it is an event, if no detention.
_NOT_PEOPLE: Final = frozenset(
    {
        "territory", "town", "city", "village", "area", "land", "ground", "position", "region", "province",
        "district", "enclave", "pocket", "strip", "swath", "swathe", "neighbourhood", "neighborhood", "base",
        "airport", "refinery", "road", "highway", "bridge", "hill", "checkpoint", "post", "stronghold",
        "part", "parts", "zone", "corridor", "border", "crossing", "field", "oilfield", "port", "suburb",
        "hamlet", "settlement", "locality", "county", "valley", "island", "mountain", "peak", "front",
        "frontline", "building", "compound", "headquarters", "palace", "quarter",
        "election", "referendum", "vote", "poll", "summit", "meeting", "conference", "talk", "session",
        "ceremony", "training", "drill", "exercise", "event", "service", "hearing", "trial", "funeral",
        "press", "briefing", "congress", "convention", "forum", "seminar", "workshop", "debate", "concert",
        "match", "game", "exhibition", "inquest", "inquiry", "primary", "caucus", "lecture", "memorial",
        "interview", "party", "festival", "celebration", "prayer", "round", "consultation", "dialogue",
        "sway", "key", "rein", "power", "control", "majority", "lead", "advantage", "edge", "office",
        "seat", "rank", "court", "record", "title", "stake", "share", "role", "portfolio", "ministry",
        "view", "belief", "opinion", "hope", "truth", "secret", "promise", "potential",
        "citizenship", "nationality", "passport", "license", "licence", "degree", "banner", "sign",
        "placard", "flag", "map", "poster", "photo", "photograph", "picture", "portrait", "candle", "hand",
        "radio", "phone", "microphone", "breath", "fire", "line", "grudge", "information", "data", "card",
        "nomination", "bill", "legislation", "traffic", "progress", "process", "deal", "talks",
        "knife", "gun", "pistol", "rifle", "firearm", "weapon", "machete", "sword", "axe", "handgun",
        "shotgun", "blade", "hammer", "spear", "bat", "stick", "rod", "club", "screwdriver", "scissors",
        "crutch", "bag", "cup", "glass", "book", "story", "stories", "memory", "memories", "lap", "arm",
    }
)  # fmt: skip
# Entity kinds that name no person held: places, buildings, events, days and sums.
_PLACE_ENTITIES: Final = frozenset({"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "MONEY", "PERCENT"})
# 'held accountable', 'holds true', 'held responsible': a judgement, not custody.
_JUDGED: Final = frozenset({"accountable", "responsible", "liable", "true", "account"})
# 'hold off', 'held back', 'hold out hope', 'hold on': no one is held; people 'held up by neighbours' are.
_NO_ONE_PARTICLES: Final = frozenset({"off", "back", "out", "on", "together", "over"})
# 'held my baby close', 'held her tight': an embrace, no custody.
_EMBRACE: Final = frozenset({"close", "tight", "tightly", "closely"})


def holds_no_one(token: Token) -> bool:
    """Whether the verb 'hold' here detains no one: it has a particle of no custody ('hold off an attack',
    'held back'), embraces ('held my baby close'), judges ('held them accountable'), holds nothing ('the calm
    had held') or holds only places, gatherings, power, views or things ('territory held by the group', 'a
    summit held in Tehran')."""
    if any(c.dep_ == "prt" and c.lower_ in _NO_ONE_PARTICLES for c in token.children):
        return True
    if any(c.lower_ in _EMBRACE and c.dep_ != "prep" and not list(c.children) for c in token.children):
        return True  # a bare 'close': 'held him close to the border' keeps him in custody
    if any(c.lower_ in _JUDGED for c in token.subtree if c.head == token or c.head.head == token):
        return True
    held = acted_on(token)
    return not held or all(_no_person(t) for t in held)


def _no_person(noun: Token) -> bool:
    """Whether a held noun names no person: a place, a gathering, a thing, or 'it'."""
    if noun.lower_ == "it":
        return True
    return noun.lemma_.lower() in _NOT_PEOPLE or noun.ent_type_ in _PLACE_ENTITIES
