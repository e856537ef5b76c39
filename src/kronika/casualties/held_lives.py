"""A life told as held on to: 'left the girls' mother clinging to life', 'a second man is fighting for his
life': a victim alive but gravely hurt when reported, counted as hit, as one 'in critical condition' is."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.finding import Finding
from kronika.casualties.phrases import besides_counted, phrase_count
from kronika.casualties.special_words import victim_ordinal
from kronika.casualties.victims import SUBJECTS, antecedent
from kronika.casualties.words import OBJECTS, casualty_kind, child

# the verb and the preposition that tell a life held on to: 'clinging to life', 'fighting for his life'
_HOLDING = {"cling": "to", "fight": "for"}


def held_life(token: Token) -> Finding | None:
    """The victims a life held on to counts, read from the word 'life' ('clinging to life' is one hit, 'a
    second man is fighting for his life' two); None where the word tells no such life."""
    verb = _holding_verb(token)
    if verb is None:
        return None
    holder = _holder(verb)
    if holder is None or holder.pos_ not in {"NOUN", "PROPN", "PRON", "NUM"}:
        return None
    count = phrase_count(antecedent(holder))
    if count is None:
        return None
    if victim_ordinal(holder) is not None:  # "a second man is fighting for his life": two were hit
        return Finding("shot", victim_ordinal(holder) or count, -1, holder.i)
    # one who may die yet counts as hit, unless told beside the dead ('killed one and left another ...'); in a
    # sentence telling people hit, one not told beside them is most often one of those ('the 2-year-old who
    # shot herself is fighting for her life', 'two men were shot; one is clinging to life'), so no token:
    # the larger reading counts, not the sum
    besides = besides_counted(holder)
    word = -1 if not besides and _hit_told(token) else token.i
    return Finding("injured" if besides else "shot", count, word, holder.i)


def _hit_told(token: Token) -> bool:
    """Whether the sentence tells people hit by another word ('shot', 'wounded')."""
    return any(t.i != token.i and casualty_kind(t) in {"shot", "injured"} for t in token.sent)


def _holder(verb: Token) -> Token | None:
    """Who holds on to life: the one an act left so ('left his mother clinging to life'), else the verb's
    subject ('a man is fighting for his life')."""
    if verb.pos_ == "NOUN":
        return child(verb, {"compound"})  # "left a cashier fighting for her life", parsed as one noun
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ in {"xcomp", "oprd", "advcl"}:
        return child(verb.head, OBJECTS) or child(verb.head, SUBJECTS)
    return child(verb, SUBJECTS)


def _holding_verb(token: Token) -> Token | None:
    """The verb of 'clinging to life' or 'fighting for his life', from the word 'life'."""
    if token.lower_ not in {"life", "lives"} or token.dep_ != "pobj":
        return None
    prep, verb = token.head, token.head.head
    wanted = _HOLDING.get(verb.lemma_.lower()) or _HOLDING.get(verb.lower_.removesuffix("ing"))
    # the parse may read 'a cashier fighting' as one noun, 'fighting' its head
    as_verb = verb.pos_ == "VERB" or (
        verb.pos_ == "NOUN" and verb.tag_ == "NN" and verb.lower_.endswith("ing")
    )
    return verb if as_verb and wanted == prep.lower_ else None
