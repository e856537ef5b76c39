"""The named forces a note's later sentence says did the harm its first one told without a doer: "two
bodies were found. They had been killed by police officers."."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kronika.model import Actor, EventType

# Verbs of a harm done to someone, whose 'by' agent did it ("were killed by police", "a bullet fired by
# soldiers", "detained and tortured by agents of the intelligence service"); not an arrest alone, which a
# later sentence often tells of a suspect after the harm.
HARM_DEEDS: Final = frozenset(
    {
        "kill",
        "shoot",
        "fire",
        "beat",
        "torture",
        "execute",
        "murder",
        "assault",
        "attack",
        "abduct",
        "kidnap",
        "rape",
        "injure",
        "wound",
        "stab",
        "burn",
        "hit",
        "shell",
        "bomb",
    }
)
# Verbs of doing whose passive subject is the harm itself, and whose 'by' agent did it ("the attack was
# carried out by the military intelligence squad", "the killing was committed by police").
DOING: Final = frozenset({"carry", "commit", "perpetrate", "conduct"})
# Nouns of the harm such a verb says was done.
HARMS_DONE: Final = frozenset(
    {
        "attack",
        "assault",
        "killing",
        "murder",
        "abduction",
        "kidnapping",
        "beating",
        "torture",
        "raid",
        "shooting",
    }
)
# Verbs by which a note puts a harm on someone ("the family accused the police of killing him").
BLAMING: Final = frozenset({"accuse", "blame"})
# A state's forces, which coders write as the first actor once a note names them the harm's doer; an
# armed group a later sentence names is more often suspected than shown ("X suspected as perpetrators").
STATE_FORCES: Final = frozenset({"MIL", "COP", "SPY"})
# Those a later harm is done to that did the first one: "the attackers were later shot by soldiers" tells
# the forces' answer to the attack, not who made it.
PERPETRATORS: Final = frozenset(
    {
        "attacker",
        "assailant",
        "gunman",
        "killer",
        "perpetrator",
        "suspect",
        "robber",
        "bandit",
        "militant",
        "kidnapper",
        "culprit",
    }
)
# Words that leave a harm's agent in doubt ("it is unclear if he was killed by police or others").
DOUBTING: Final = frozenset({"if", "whether"})
# Armed sides a later harm may be done to, who are then its victims, not the first harm's doers' foes.
ARMED_VICTIMS: Final = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "CRM"})
# Heads that stand for the body they come from ("agents of the intelligence service").
MEMBER_HEADS: Final = frozenset({"agent", "member", "element", "officer", "personnel", "man"})
# How many sentences after the event's own may tell who did it.
LATER_REACH: Final = 2


def later_agents(
    sentence: DocSpan, event: EventType, actor_at: Callable[[Token], Actor | None], victims: Sequence[Actor]
) -> tuple[Actor, ...]:
    """The state forces that the one or two sentences after the `event`'s `sentence` name as the 'by'
    agent of a harm ("... were killed by police officers", "... beaten by four police personnel") or as
    blamed for one ("the family accused the police of killing him"), not being among its `victims`. Not
    for a battle: its sides fought each other, and the one a side blames is only one of them ("rebels
    accused government forces of attacking their positions")."""
    if event.acled_event_type == "Battles":
        return ()
    doc = sentence.doc
    first = sentence[-1].sent
    later = [s for s in doc.sents if s.start >= first.end][:LATER_REACH]
    for sent in later:
        for token in sent:
            if not (_harm_agent(token, actor_at) or _blamed(token)):
                continue
            actor = _force_at(token, actor_at)
            if actor is not None and actor not in victims:
                return (actor,)
    return ()


def _force_at(token: Token, actor_at: Callable[[Token], Actor | None]) -> Actor | None:
    """The state forces a noun names, or, for members it names by a bare head, those of the body its
    'of' or 'from' names ("agents from the intelligence service (NISS)", by the body's short name too)."""
    actor = actor_at(token)
    if actor is not None and actor.sector in STATE_FORCES:
        return actor
    if token.lemma_.lower() not in MEMBER_HEADS:
        return None
    bodies = (c for p in token.children if p.lower_ in ("of", "from") for c in p.children if c.dep_ == "pobj")
    for body in bodies:
        for noun in (body, *(c for c in body.children if c.dep_ == "appos")):
            found = actor_at(noun)
            if found is not None and found.sector in STATE_FORCES:
                return found
    return None


def _harm_agent(token: Token, actor_at: Callable[[Token], Actor | None]) -> bool:
    """Whether a noun is the object of the 'by' agent of a harm verb or of one joined to it ("detained and
    tortured by agents"), done to someone other than the first harm's doers or another armed side."""
    by = token.head
    if token.dep_ != "pobj" or by.dep_ != "agent":
        return False
    verb = by.head
    verbs = (verb, *verb.conjuncts)
    if not any(v.lemma_.lower() in HARM_DEEDS or _harm_done(v) for v in verbs):
        return False
    if any(c.dep_ == "mark" and c.lower_ in DOUBTING for v in verbs for c in v.children):
        return False
    # who suffered it: the passive's subject, or the noun a reduced relative hangs on ("2 assailants
    # killed by special forces")
    sufferers = [
        c for v in verbs for c in v.children if c.dep_ == "nsubjpass" and c.lemma_.lower() not in HARMS_DONE
    ]
    sufferers += [v.head for v in verbs if v.dep_ == "acl"]
    for sufferer in sufferers:
        harmed = actor_at(sufferer)
        if sufferer.lemma_.lower() in PERPETRATORS or (harmed is not None and harmed.sector in ARMED_VICTIMS):
            return False
    return True


def _harm_done(verb: Token) -> bool:
    """Whether a verb of doing says a harm was done ("the attack was carried out by ..."): its passive
    subject is the harm, which the 'by' agent did."""
    if verb.lemma_.lower() not in DOING:
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in HARMS_DONE for c in verb.children)


def _blamed(token: Token) -> bool:
    """Whether a noun is the one a note's 'accused X of harming' puts a harm on."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in BLAMING:
        return False
    # the parser hangs the 'of' on the verb or on the one blamed
    heads = (*verb.children, *token.children)
    reasons = (p for p in heads if p.dep_ == "prep" and p.lower_ in ("of", "for"))
    deeds = (c for p in reasons for c in p.children if c.dep_ in ("pcomp", "pobj"))
    return any(d.lemma_.lower() in HARM_DEEDS for d in deeds)
