"""Who owned an attack without being its clause's subject: those who claimed it, set its weapon or were
blamed for it."""

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


# What an attack was blamed on or who was behind it answers for: the attack itself or its weapon ("behind
# the attack", "blamed the bombing on"), or the event the clause leaves to its sentence ("were responsible").
BLAME_WORDS: Final = frozenset({"behind", "responsible"})
# The deed a suspect is "suspected of" or "believed to have" done, or that was "carried out by" someone.
DEEDS: Final = PLANTING | frozenset(
    {"carry", "conduct", "perpetrate", "stage", "detonate", "attack", "cause"}
)
# Words that name the event itself ("the killing was carried out by ...") besides the weapons and attacks
# `is_instrument` knows.
EVENT_WORDS: Final = frozenset(
    {"attack", "killing", "shooting", "explosion", "blast", "ambush", "incident", "it"}
)


def blamed(actors: ArticleActors, sentence: DocSpan) -> list[Actor]:
    """Actors the event's sentence or the two after it blame for an attack: those said to be behind it or
    responsible for it ("police believe insurgents were responsible", "the TTP is suspected to be behind the
    attack"), those it was blamed on ("authorities blamed the attacks on insurgents"), those suspected of or
    believed to have done its deed ("rebels were believed to have planted the bombs") and those it was
    carried out or caused by ("the attack was conducted by militants", "an explosion caused by
    separatists"). ACLED's coders name the suspected group as
    the attack's doer."""
    first = sentence[0].sent
    sents = [first, *(s for s in sentence.doc.sents if s.start >= first.end)][:CLAIM_REACH]
    found: list[Actor] = []
    for token in (t for sent in sents for t in sent):
        lemma = token.lemma_.lower()
        if lemma in BLAME_WORDS and _about_event(token):
            _add(found, (actors.actor_at(s) for s in _subjects(token.head)))
        elif lemma == "blame" and token.pos_ == "VERB":
            objects = [c for c in token.children if c.dep_ in OBJECTS and _event(c)]
            # the parser hangs "on insurgents" on the verb or on its object ("the attacks on insurgents")
            ons = [c for h in (token, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"]
            if objects:
                _add(found, (actors.actor_at(g) for on in ons for g in on.children if g.dep_ == "pobj"))
        elif lemma in DEEDS and token.pos_ == "VERB":
            _add(found, (actors.actor_at(s) for s in _deed_doers(token)))
    return found


def _about_event(word: Token) -> bool:
    """Whether 'behind' or 'responsible' is said of an attack: 'behind' the attack or its weapon,
    'responsible' for one or for nothing named ("were responsible"), not "responsible for security"."""
    objects = [g for c in (word, *word.children) for g in c.children if g.dep_ == "pobj"]
    if word.lower_ == "behind":
        return any(_event(o) for o in objects)
    return not objects or any(_event(o) for o in objects)


def _event(token: Token) -> bool:
    """Whether a noun names the attack or its weapon."""
    return is_instrument(token) or token.lemma_.lower() in EVENT_WORDS


def _subjects(verb: Token) -> list[Token]:
    """The subjects of a clause, or where it has none of its own and is another verb's complement ("are
    suspected to be behind"), that verb's."""
    for head in (verb, verb.head):
        found = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
        if verb.dep_ not in ("xcomp", "pcomp", "prep"):
            break
    return []


def _deed_doers(verb: Token) -> list[Token]:
    """Who a suspicion says did the deed ("suspected of planting the bombs", "believed to have planted
    the bombs": the suspicion's subject) or whom a passive attack names as its agent ("the attack was
    carried out by militants")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "of" and verb.head.head.lemma_.lower() == "suspect":
        return [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
    believed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("believe", "suspect", "think")
    if believed and any(c.dep_ in OBJECTS and _event(c) for c in verb.children):
        return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    # the event is the passive's subject ("the attack was carried out by") or the noun its participle
    # qualifies ("an explosion caused by suspected separatists")
    told = any(c.dep_ == "nsubjpass" and _event(c) for c in verb.children)
    if told or (verb.dep_ == "acl" and _event(verb.head)):
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return []


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
