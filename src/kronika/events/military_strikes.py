"""A bare 'strike' noun that a military word, a launch or a place struck makes an attack, not a walkout."""

from __future__ import annotations

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


def military_strike(noun: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The attack a bare 'strike' noun tells where a military modifier (a force's nation among them) or
    what it lands on says it was fired ('US strikes', 'strikes against Damascus'), and no word of its
    sentence tells of labour; None otherwise."""
    if entry.extras or noun.lemma_.lower() != "strike" or entry.pos != "N":
        return None
    modifiers = _modifiers(noun)
    words = _modifier_words(modifiers)
    military = bool(words & _MILITARY_MODIFIERS)
    if not military and not _lands_on_target(noun) and not _points_back_to_firing(noun, modifiers):
        return None
    if any(t.lemma_.lower() in _LABOUR for t in noun.sent):
        return None
    sub = SHELLING if words & _FIRED else AIR_STRIKE
    return replace(entry, plover="ASSAULT", mode="shelling" if sub == SHELLING else "aerial", acled_sub=sub)


def _points_back_to_firing(noun: Token, modifiers: list[Token]) -> bool:
    """'The US fired cruise missiles at an airbase. The strikes were aimed at the runway': a bare strike
    pointed at ('the', 'these'), or bare strikes ('its part in strikes'), after earlier sentences of the
    article told of weapons fired or of strikes a military word marks ('air strikes on Douma')."""
    if modifiers:
        return False
    pointed = any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children)
    bare = noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    if not pointed and not bare:
        return False
    before = noun.doc[: noun.sent.start]
    return any(
        t.lemma_.lower() in _FIRING_WORDS or t.lower_ in _FIRING_WORDS or _marked_strike(t) for t in before
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
