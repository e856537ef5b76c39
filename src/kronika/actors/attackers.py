"""Who did a harm whose clause names nobody, by the rest of its sentence: an armed doer told attacking
just before, one standing where a deed's doer stands, one a coder's parenthesis codes, or the subject the
parser read as a modifier of its verb (called by `actors/doers.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from kronika.actors.claims import OBJECTS
from kronika.actors.heads import is_instrument
from kronika.events.modal_words import REPORTING
from kronika.model import Actor, Detection

if TYPE_CHECKING:
    from kronika.actors.resolve import ArticleActors

# Armed doers named as such, whose attack a harm told beside it came of (an unidentified group is what
# an event naming nobody implies anyway).
NAMED_ARMED: Final = frozenset({"MIL", "COP", "SPY", "REB", "CRM"})
# ... but not "militants" or "rebels" no name tells: coders code such a group as a militia as often as
# rebels, which the unidentified group an unnamed doer implies covers.
UNNAMED_ARMED: Final = frozenset({"Rebels"})
# Verbs by which a note tells the attack a harm it reports in another clause came of.
ATTACK_VERBS: Final = frozenset(
    {"attack", "ambush", "raid", "storm", "shell", "bomb", "fire", "open", "shoot", "assault", "strike"}
)
# Verbs whose subject tells, finds or answers for a harm without doing it ("police found the body",
# "the army denied it").
NOT_DEEDS: Final = REPORTING | frozenset(
    {
        "find",
        "discover",
        "recover",
        "identify",
        "investigate",
        "deny",
        "accuse",
        "blame",
        "believe",
        "suspect",
        "allege",
        "condemn",
        "receive",
        "rescue",
        "launch",
        "visit",
        "call",
        "urge",
        "demand",
        "warn",
        "vow",
        "promise",
        "be",
        "have",
    }
)
# Verbs whose agent holds or backs something rather than doing a deed to anyone.
HOLDING: Final = frozenset(
    {
        "operate",
        "own",
        "run",
        "manage",
        "control",
        "hold",
        "guard",
        "occupy",
        "build",
        "back",
        "support",
        "fund",
    }
)
# Verbs whose object suffers a harm ("attacked soldiers", "killed two policemen").
HARM_VERBS: Final = ATTACK_VERBS | frozenset({"kill", "injure", "wound", "target", "abduct", "kidnap", "hit"})
# Nouns of a harm done by someone ("a killing by soldiers", "torture by the police").
HARM_NOUNS: Final = frozenset(
    {"killing", "killings", "execution", "torture", "beating", "shooting", "attack", "abduction", "assault"}
)
# What the parser makes of the words before a main verb it found no subject for ("a regime sniper shot").
UNPARSED_SUBJECT: Final = frozenset({"det", "amod", "compound", "nummod"})


def previous_start(sentence: DocSpan) -> int:
    """Where the sentence before this one starts (this one's start for the first)."""
    return sentence.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start


def attackers_nearby(actors: ArticleActors, sentence: DocSpan, detection: Detection) -> tuple[Actor, ...]:
    """The armed doer of an attack told in the event's sentence or the one before, for a harm whose
    clause names nobody and that would otherwise be an unidentified group's ("presumed militants
    attacked the prefect's house, and the prefect was killed in the attack"): the note tells one
    attack, the killing its outcome. Its victims are no doers."""
    before = sentence.doc[previous_start(sentence) : sentence.end]
    victims = actors.resolve(detection.target_spans)
    for verb in (t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in ATTACK_VERBS):
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            actor = actors.actor_at(subject)
            if actor is None or actor.sector not in NAMED_ARMED or actor.name in UNNAMED_ARMED:
                continue
            if actor not in victims:
                return (actor,)
    return ()


def armed_agent(actors: ArticleActors, sentence: DocSpan, detection: Detection) -> tuple[Actor, ...]:
    """The named armed doer the event's own sentence gives by another verb or a 'by' phrase, for a harm
    whose clause names nobody and that would otherwise be an unidentified group's ("police baton
    charged them and ten were injured", "killings committed by security forces", "soldiers
    surrounded the house and people were beaten"): the sentence tells one deed and who did it. Who
    only reports, finds or denies it did not do it, and its victims are no doers."""
    victims = actors.resolve(detection.target_spans)
    suffered = {a.name for a in (*victims, *_sufferers(actors, sentence))}
    for token in sentence:
        if not agent_position(token):
            continue
        actor = actors.actor_at(token)
        if actor is None or actor.sector not in NAMED_ARMED or actor.name in UNNAMED_ARMED:
            continue
        if actor.name not in suffered:
            return (actor,)
    return ()


def coded_doer(actors: ArticleActors, sentence: DocSpan, detection: Detection) -> tuple[Actor, ...]:
    """The unidentified doer before the event's trigger that the note's parenthesis says was coded as
    forces ("a gunman in uniform (coded as military forces) shot a trader"), where the parenthesis
    broke the parse of its clause: not one the sentence says something was done to."""
    for token in sentence:
        if token.idx >= detection.trigger.start:
            break
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ != "nsubjpass":
            coded = actors.coded_at(token)
            if coded is not None:
                return (coded,)
    return ()


def unparsed_subject(actors: ArticleActors, sentence: DocSpan, detection: Detection) -> tuple[Actor, ...]:
    """The named armed doer of a main verb the parser gave no subject, having read the words before it
    as its modifiers ("Military kill 62 people", "a regime sniper shot a man": 'sniper shot' taken
    for a noun): those words are the verb's subject all the same."""
    root = sentence.root
    # the trigger itself may be read as a noun the words before it qualify ("a sniper shot", "kill")
    trigger = next((t for t in sentence if t.idx == detection.trigger.start), root)
    told = trigger.i == root.i or (trigger.dep_ == "conj" and trigger.head.i == root.i)
    verb = root.pos_ == "VERB" or (root.pos_ == "NOUN" and told)
    if not verb or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return ()
    words: list[Token] = []
    for token in reversed(sentence.doc[sentence.start : root.i]):
        if token.head.i != root.i or token.dep_ not in UNPARSED_SUBJECT:
            break
        words.insert(0, token)
    actor = actors.actor_of(words) if words else None
    armed = actor is not None and actor.sector in NAMED_ARMED and actor.name not in UNNAMED_ARMED
    return (actor,) if actor is not None and armed else ()


def _sufferers(actors: ArticleActors, sentence: DocSpan) -> list[Actor]:
    """Those a sentence says something was done to (passive subjects, objects of a harm): soldiers who
    "were attacked" are no doers even where they also "returned from patrol"."""
    tokens = (
        t
        for t in sentence
        if t.dep_ == "nsubjpass" or (t.dep_ == "dobj" and t.head.lemma_.lower() in HARM_VERBS)
    )
    return [a for a in (actors.actor_at(t) for t in tokens) if a is not None]


def agent_position(token: Token) -> bool:
    """Whether a noun stands where a deed's doer does: the active subject of a verb other than one of
    telling or finding ("police beat him"), or the object of a deed's 'by' ("were beaten by police",
    "a killing by soldiers")."""
    head = token.head
    if token.dep_ == "nsubj":
        # a weapon that only went off ("two shells exploded at the base") names no one who fired it; one
        # that did something to someone or somewhere did ("artillery targeted the camp")
        acted = not is_instrument(token) or any(c.dep_ in OBJECTS for c in head.children)
        return head.pos_ == "VERB" and head.lemma_.lower() not in NOT_DEEDS and acted
    if token.dep_ != "pobj" or head.lower_ != "by":
        return False
    if head.dep_ == "agent":
        return head.head.lemma_.lower() not in HOLDING  # "a factory operated by the army" is no deed
    return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in HARM_NOUNS
