"""The arguments of an event noun: its doers ("X's raid", "an attack by X", "Taliban attack", "workers took
part in a protest", "clashes between X and Y") and what it was done to ("an attack on X")."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.fronted_subjects import fronted_subject
from kronika.events.rules import is_agent_like, witnesses

TARGET_PREPS: Final = frozenset({"against", "on", "upon", "at", "with", "into", "onto"})
PLACE_NOUNS: Final = frozenset({"street", "square", "road", "avenue", "capital", "city", "town", "streets"})
_PLACE_ENTS: Final = frozenset({"GPE", "LOC", "FAC"})
# Nouns of spots, which a "by" or a possessive may name without naming a doer ("by the river").
_SPOT_NOUNS: Final = PLACE_NOUNS | frozenset(
    {
        "river", "lake", "sea", "mountain", "hill", "bridge", "park", "highway", "border", "village",
        "district", "area", "neighborhood", "neighbourhood", "market", "building", "house", "home",
    }
)  # fmt: skip
_NOT_DOER_ENTS: Final = frozenset({"DATE", "TIME", "LOC", "FAC", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})
# Event nouns of two sides fighting, which name both ("clashes with X", "fighting between X and Y").
MUTUAL_NOUNS: Final = frozenset(
    {
        "clash", "fighting", "firefight", "gunfight", "shootout", "exchange", "encounter", "confrontation",
        "battle", "skirmish", "fight", "crossfire", "gunbattle", "standoff",
    }
)  # fmt: skip
# Abbreviated explosive devices, written as proper nouns: a weapon, never a doer.
_DEVICE_NAMES: Final = frozenset({"ied", "ieds", "rcied", "vbied", "svbied", "pbied", "uxo", "rpg", "rpgs"})
# Verbs whose subject took part in the event noun they govern: "took part in a protest", "on a visit".
_PARTICIPATION: Final = frozenset(
    {"participate", "take", "join", "engage", "involve", "arrive", "come", "go", "travel", "lead", "be"}
)
# Verbs whose subject came upon what the event left ('police found the bodies'), no doer of it.
FINDING: Final = frozenset({"find", "discover", "recover", "retrieve", "exhume", "unearth", "locate"})
# Nouns of what is done to someone, whose possessor underwent it ('Floyd's arrest', 'her abduction')
_DONE_TO: Final = frozenset(
    {
        "arrest", "detention", "capture", "abduction", "kidnapping", "killing", "murder", "assassination",
        "release", "execution", "extradition", "deportation", "beating", "torture", "imprisonment",
    }
)  # fmt: skip
# Event nouns that the actors stage reads as their user's, from the phrase's modifiers.
_USED_EVENTS: Final = frozenset(
    {"airstrike", "strike", "raid", "shelling", "bombardment", "attack", "assault", "offensive", "bombing"}
)


def noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Possessor, 'by X' and a light verb's subject as actor; 'against/on/of/with X' as target."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return noun_arguments(noun.head)  # "artillery fire by an unknown party": the phrase's head has them
    named = [c for c in noun.children if c.dep_ == "poss" or _names_people(c) or _doer_compound(c)]
    undergone = [c for c in named if c.dep_ == "poss" and _undergone(noun)]  # "Floyd's arrest"
    named = [c for c in named if c not in undergone]
    actors = [c for c in named if can_act(c)]  # not "Wednesday's shooting"
    if actors and noun.lemma_.lower() in _USED_EVENTS and not any(a.dep_ == "poss" for a in actors):
        actors = [noun]  # "Saudi-led coalition air raids": the actors stage reads the whole phrase
    targets: list[Token] = list(undergone)
    for child in noun.children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(o for o in objects if can_act(o))
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS | {"of"}:
            targets.extend(o for o in objects if not is_place(o))
        elif _names_doer(child):
            actors.append(child)
    fired = _counted_object(noun)  # 'fired dozens of rockets': the rockets are what was fired
    finding = fired.head.lemma_.lower() in FINDING  # 'found the bodies': the finders killed no one
    if not actors and fired.dep_ == "dobj" and not witnesses(fired.head) and not finding:
        actors = [c for c in fired.head.children if c.dep_ == "nsubj"] or _light_verb_subject(fired.head)
    if not actors:
        actors = _participants(noun) or _sides(noun)
    return actors, targets


def _undergone(noun: Token) -> bool:
    """Whether a possessor of the noun is who underwent it ('Floyd's arrest', 'his killing'): a noun of
    something done to someone, with no 'of' naming who it was done to ('the army's arrest of two men')."""
    if noun.lemma_.lower() not in _DONE_TO:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _counted_object(noun: Token) -> Token:
    """The count or batch a noun is 'of' ('dozens of rockets', 'a barrage of missiles'), where that is the
    object that stands for it; else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "dobj":
        return prep.head
    return noun


def _names_doer(modifier: Token) -> bool:
    """ "Taliban attack": a proper noun before an event noun names its doer; "an IED attack" its weapon."""
    if modifier.dep_ != "compound" or modifier.pos_ != "PROPN":
        return False
    return modifier.ent_type_ not in ("DATE", "TIME") and modifier.lower_ not in _DEVICE_NAMES


def _doer_compound(modifier: Token) -> bool:
    """ "coalition air raids", "police operation", "student protest": a group noun before the event."""
    return modifier.dep_ == "compound" and modifier.pos_ == "NOUN" and is_agent_like(modifier)


def _names_people(modifier: Token) -> bool:
    """ "Palestinian riots", "Israeli airstrikes": a nationality word before an event noun names its doer."""
    if modifier.dep_ != "amod" or modifier.ent_type_ != "NORP" or modifier.i > modifier.head.i:
        return False
    before = [t.lower_ for t in modifier.doc[max(0, modifier.i - 2) : modifier.i]]
    return "anti" not in before and not modifier.lower_.startswith(("anti-", "pro-"))


def _light_verb_subject(verb: Token) -> list[Token]:
    """The subject of "held a protest", "staged a demonstration" when the parser lost it."""
    return fronted_subject(verb) if verb.pos_ in ("VERB", "AUX") else []


def _participants(noun: Token) -> list[Token]:
    """Who took part in an event noun: "workers took part in a protest", "X arrived on a visit"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "on") or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = prep.head
    if verb.lower_ == "part" and verb.head.lemma_ == "take":
        verb = verb.head  # "took part in": the parser may hang "in" on "part"
    if verb.lemma_.lower() not in _PARTICIPATION or (verb.lemma_ == "be" and prep.lower_ != "on"):
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects or fronted_subject(verb)


def _sides(noun: Token) -> list[Token]:
    """Both sides of a mutual event: "clashes (took place) between X and Y"."""
    if noun.lemma_.lower() not in MUTUAL_NOUNS:
        return []
    found = between(noun)
    if not found and noun.dep_ in ("nsubj", "nsubjpass", "attr"):
        found = between(noun.head)
    return found


def between(token: Token) -> list[Token]:
    """The first side of a 'between X and Y' phrase (its conjuncts join later)."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "between"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def of_objects(token: Token) -> list[Token]:
    """The objects of the token's 'of' phrases."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def can_act(token: Token) -> bool:
    """Whether a noun could be who did it: not a day ("Wednesday's shooting") or a spot ("by the river")."""
    return token.ent_type_ not in _NOT_DOER_ENTS and token.lemma_.lower() not in _SPOT_NOUNS


def is_place(token: Token) -> bool:
    """A place noun ('onto the streets', 'in Bishkek') is a location, not a target."""
    return token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in PLACE_NOUNS
