"""Who owned an attack without being its clause's subject: those who claimed it, or who set its weapon."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kronika.actors.heads import is_instrument
from kronika.model import Actor

if TYPE_CHECKING:
    from kronika.actors.resolve import ArticleActors

# Dependencies of a verb's direct object.
OBJECTS: Final = frozenset({"dobj", "obj"})
# What an armed group claims when it claims an attack ("claimed responsibility for", "claimed the attack").
CLAIMED: Final = frozenset({"responsibility", "credit", "attack", "attacks"})
# How many sentences, the event's own first, may hold the claim of an attack.
CLAIM_REACH: Final = 3
# Verbs that, joined by a hyphen to a group's name before a weapon ("a Taliban-planted IED"), say who
# set the weapon: that group did the bombing.
PLANTING: Final = frozenset({"plant", "planted", "lay", "laid", "place", "placed"})


def claimants(actors: ArticleActors, sentence: DocSpan) -> list[Actor]:
    """Actors that claimed an attack in its sentence or the two after it ("X claimed responsibility for
    the attack", "X claimed to have killed two soldiers"), each once, in the text's order."""
    found: list[Actor] = []
    for verb in _verbs_in_reach(sentence, frozenset({"claim"})):
        if not any(c.dep_ == "xcomp" or c.lemma_.lower() in CLAIMED for c in verb.children):
            continue  # "X claimed the vote was rigged" claims no attack
        subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        _add(found, (actors.actor_at(s) for s in subjects))
    return found


def planters(actors: ArticleActors, sentence: DocSpan) -> list[Actor]:
    """Actors the sentence says planted a weapon by a name hyphened to the verb ("hit by a
    Taliban-planted IED", "an IS-laid landmine") or, unhyphened, put before the verb that qualifies
    the weapon ("a suspected al-Shabaab planted land mine")."""
    doc = sentence.doc
    found: list[Actor] = []
    for verb in sentence:
        if verb.lower_ not in PLANTING or verb.i < sentence.start + 2:
            continue
        hyphened = doc[verb.i - 1].text == "-"
        if hyphened or (verb.dep_ == "amod" and is_instrument(verb.head)):
            _add(found, [actors.actor_at(doc[verb.i - 2 if hyphened else verb.i - 1])])
    return found


def planted_by(actors: ArticleActors, sentence: DocSpan) -> list[Actor]:
    """Actors a passive 'planted by' names in the event's sentence or the two after it ("a ranger was
    killed by a roadside mine. Villagers believe it was planted by bandits."), or the subject of an active
    one that planted a weapon ("officials said the Taliban planted the bomb"): who set the weapon did the
    bombing."""
    found: list[Actor] = []
    for verb in _verbs_in_reach(sentence, PLANTING):
        agents = (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")
        _add(found, (actors.actor_at(doer) for doer in (*agents, *_weapon_setters(verb))))
    return found


def _verbs_in_reach(sentence: DocSpan, lemmas: frozenset[str]) -> list[Token]:
    """The verbs of `lemmas` in the event's sentence and the ones after it, CLAIM_REACH sentences in all."""
    first = sentence[0].sent
    sents = [first, *(s for s in sentence.doc.sents if s.start >= first.end)][:CLAIM_REACH]
    return [t for sent in sents for t in sent if t.lemma_.lower() in lemmas and t.pos_ == "VERB"]


def _add(found: list[Actor], candidates: Iterable[Actor | None]) -> None:
    """Append each resolved actor of `candidates` (None: no actor there) not found yet."""
    for actor in candidates:
        if actor is not None and actor not in found:
            found.append(actor)


def _weapon_setters(verb: Token) -> list[Token]:
    """The active subjects of a planting verb whose object is a weapon ("the Taliban planted the
    bomb"); not of one whose object is no weapon ("police placed him in custody")."""
    if not any(c.dep_ in OBJECTS and is_instrument(c) for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]
