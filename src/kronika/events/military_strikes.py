"""A bare 'strike' noun that a military word, a launch or a place struck makes an attack, not a walkout."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry
from kronika.events.taxonomy import AIR_STRIKE, SHELLING

# Modifiers that make a strike military ('missile strikes', 'retaliatory strikes', 'US-led strikes').
_MILITARY_MODIFIERS: Final = frozenset(
    {
        "military", "air", "aerial", "drone", "missile", "rocket", "cruise", "retaliatory", "punitive",
        "targeted", "precision", "surgical", "pre-emptive", "preemptive", "naval", "artillery", "nuclear",
        "chemical", "western", "allied", "coalition", "israeli", "russian", "american", "turkish", "syrian",
        "iranian", "saudi", "us", "u.s.", "mortar", "tomahawk", "british", "french", "nato",
    }
)  # fmt: skip
# Modifiers that name what is fired: a missile or artillery strike is shelling in ACLED's terms.
_FIRED: Final = frozenset({"missile", "rocket", "cruise", "artillery", "mortar", "tomahawk"})
# What a strike lands on: 'strikes on Syrian positions', 'strikes against Damascus'.
_STRUCK: Final = frozenset(
    {
        "position", "base", "facility", "site", "target", "regime", "force", "troop", "militant", "fighter",
        "camp", "convoy", "depot", "airport", "airbase", "compound", "hideout", "stronghold", "installation",
        "militia", "jihadist", "insurgent", "rebel", "town", "city", "village", "province", "area",
        "outpost", "airfield", "runway", "headquarters",
    }
)  # fmt: skip
# Acts a strike does to people or buildings ('the strike killed four', 'a second strike hit a hospital');
# 'hit' only with a target named, as a labour strike hits production or services.
_HARMING: Final = frozenset({"kill", "wound", "injure", "destroy", "level", "flatten", "raze"})
_HITTING: Final = frozenset({"hit", "strike", "damage", "target"})
_HIT_TARGETS: Final = _STRUCK | frozenset(
    {"hospital", "clinic", "market", "school", "building", "house", "home", "mosque", "church", "shelter",
     "bakery", "neighbourhood", "neighborhood", "district", "residential", "block", "bridge"}
)  # fmt: skip
# Words of a sentence that keep a strike a labour one ('teachers' strikes against the pay freeze').
_LABOUR: Final = frozenset(
    {
        "worker", "union", "employee", "staff", "teacher", "nurse", "doctor", "driver", "wage", "pay",
        "pension", "salary", "walkout", "picket", "hunger", "general", "labour", "labor", "miner", "docker",
        "student", "rail", "railway", "transport", "port", "factory", "sector",
    }
)  # fmt: skip


# Words of an earlier sentence that tell strikes were fired, so that 'the strikes' after them are those.
_FIRING_WORDS: Final = frozenset(
    {"airstrike", "missile", "warplane", "bomber", "drone", "bombardment", "tomahawk", "shelling", "sortie"}
)
_POINTING: Final = frozenset({"the", "these", "those", "this", "that", "such"})
# Words that tell a strike as like one told before ('similar strikes', 'previous strikes').
_LIKE_BEFORE: Final = frozenset({"similar", "such", "previous", "earlier", "past", "those", "these"})
# A walkout told in so many words: 'a general strike', 'strikers', 'went on strike', 'a hartal'.
_LABOUR_STRIKE: Final = re.compile(
    r"\b(?:general|nationwide|national|labou?r|transport|workers'?)\s+strikes?\b|\bstrikers\b|\bhartals?\b"
    r"|\b(?:went|go|going|were|are)\s+on\s+strike\b|\bstrike\s+(?:was\s+)?called\b",
    re.IGNORECASE,
)


def military_strike(noun: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The attack a bare 'strike' noun tells where a military modifier (a force's nation among them) or
    what it lands on says it was fired ('US strikes', 'strikes against Damascus'), and no word of its
    phrase tells of labour; None otherwise."""
    if entry.extras or noun.lemma_.lower() != "strike" or entry.pos != "N":
        return None
    modifiers = _modifiers(noun)
    words = _modifier_words(modifiers)
    military = bool(words & _MILITARY_MODIFIERS)
    fired = _lands_on_target(noun) or _hits_target(noun) or _points_back_to_firing(noun, modifiers)
    if not military and not fired:
        return None
    if any(t.lemma_.lower() in _LABOUR for t in _strike_phrase(noun)):
        return None
    sub = SHELLING if words & _FIRED else AIR_STRIKE
    return replace(entry, plover="ASSAULT", mode="shelling" if sub == SHELLING else "aerial", acled_sub=sub)


def like_a_walkout_before(noun: Token) -> bool:
    """'A general strike shut Dhaka ... Similar strikes in 2013 left 100 dead': a strike told as like one
    before it, after the article has told a walkout, is a walkout of that kind, whatever harm its sentence
    tells."""
    if noun.lemma_.lower() != "strike" or not any(m.lower_ in _LIKE_BEFORE for m in _modifiers(noun)):
        return False
    return _LABOUR_STRIKE.search(noun.doc.text[: noun.idx]) is not None


def _strike_phrase(noun: Token) -> list[Token]:
    """The words that tell whose or what strike it is: its own phrase ('teachers' strikes against the pay
    freeze'), and what its verb does to, for a subject ('the strike hit the port'), not another clause of
    its sentence ('..., a doctor told Reuters')."""
    words = list(noun.subtree)
    if noun.dep_ == "nsubj":
        words += [t for c in noun.head.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    return words


def _hits_target(noun: Token) -> bool:
    """'The strike killed four people', 'a second strike hit a hospital': a strike whose verb harms people
    or hits a place or a force."""
    verb = noun.head if noun.dep_ == "nsubj" else None
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return lemma in _HARMING or (lemma in _HITTING and any(o.lemma_.lower() in _HIT_TARGETS for o in objects))


def _points_back_to_firing(noun: Token, modifiers: list[Token]) -> bool:
    """'The US fired cruise missiles at an airbase. The strikes were aimed at the runway': a bare strike
    pointed at ('the', 'these'), or one named by what it hit ('the market strike'), or bare strikes ('its
    part in strikes'), after earlier sentences of the article told of weapons fired or of strikes a military
    word marks ('air strikes on Douma')."""
    pointed = any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)
    if modifiers and not (pointed and _named_by_target(modifiers)):
        return False
    bare = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if not pointed and not bare:
        return False
    before = noun.doc[: noun.sent.start]
    return any(
        t.lemma_.lower() in _FIRING_WORDS or t.lower_ in _FIRING_WORDS or _marked_strike(t) for t in before
    )


def _named_by_target(modifiers: list[Token]) -> bool:
    """Whether a strike's modifiers are nouns naming what it hit ('the market strike', 'the hospital
    strike'), no labour word among them ('the rail strike')."""
    return all(
        m.dep_ == "compound" and m.pos_ == "NOUN" and m.lemma_.lower() not in _LABOUR for m in modifiers
    )


def _marked_strike(token: Token) -> bool:
    """Whether a word is a 'strike' a military modifier marks ('air strikes', 'US-led strikes')."""
    return token.lemma_.lower() == "strike" and bool(_modifier_words(_modifiers(token)) & _MILITARY_MODIFIERS)


def _modifiers(noun: Token) -> list[Token]:
    """The words that modify a noun before it ('missile strikes', 'US-led strikes')."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]


def _modifier_words(modifiers: list[Token]) -> set[str]:
    """The modifiers' words, each also cut at its first hyphen ('US-led' is also 'us')."""
    return {m.lower_ for m in modifiers} | {m.lower_.split("-")[0] for m in modifiers}


def _lands_on_target(noun: Token) -> bool:
    """'strikes on Syrian positions', 'strikes against Damascus': a place or a force it lands on."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "against"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.ent_type_ == "GPE" or obj.lemma_.lower() in _STRUCK):
                return True
    return False
