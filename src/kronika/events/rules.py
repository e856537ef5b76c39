"""Parse rules that drop or retype lexicon triggers the lexicon alone gets wrong, and commitments to act."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.lexicon import ACTOR_NOUNS, TriggerEntry

if TYPE_CHECKING:
    from kronika.events.lexicon import Lexicon

# Verbs that only say an event began, went on or stopped: with an event as subject the noun is the event.
ASPECTUAL: Final = frozenset(
    {"end", "begin", "start", "continue", "resume", "stop", "finish", "conclude", "last", "erupt", "break"}
)
# Nouns that name an occasion rather than a doer ("the meeting ended", "the session resumed").
EVENT_NOUNS: Final = frozenset(
    {"event", "session", "war", "fighting", "operation", "campaign", "ceremony", "gathering", "march"}
)
# Addressees of a public appeal ("anyone with information is asked to call"): a plea, not an event.
PUBLIC_ADDRESSEES: Final = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "whoever", "public", "witness", "reader", "viewer"}
)
_TIP_WORDS: Final = frozenset({"information", "tip", "hotline", "line", "number", "detail", "lead"})
_CONTACT_VERBS: Final = frozenset({"call", "contact", "phone", "report", "come", "share", "submit", "text"})
# Things that strike without a will of their own: "a bomb struck a vehicle" is an attack, not a strike.
WEAPON_NOUNS: Final = frozenset(
    {
        "bomb", "ied", "mine", "landmine", "missile", "rocket", "shell", "mortar", "grenade",
        "explosive", "explosion", "blast", "airstrike", "drone", "bullet", "projectile", "car",
        "vehicle", "plane", "jet", "aircraft", "helicopter", "artillery", "shelling", "strike",
    }
)  # fmt: skip
_WEAPON_MODES: Final = (
    (
        frozenset({"missile", "rocket", "airstrike", "drone", "plane", "jet", "aircraft", "helicopter"}),
        "aerial",
    ),
    (frozenset({"shell", "mortar", "artillery", "shelling"}), "shelling"),
    (
        frozenset({"bomb", "ied", "mine", "landmine", "explosive", "explosion", "blast", "grenade"}),
        "explosives",
    ),
)
_MODE_SUBS: Final = {
    "aerial": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "explosives": "Remote explosive/landmine/IED",
}
# Objects of "strike" that are no target ("struck a deal", "struck a balance").
_NOT_STRUCK: Final = frozenset(
    {"deal", "agreement", "accord", "bargain", "balance", "note", "tone", "chord", "pose"}
)
# Verbs whose object does the act of their infinitive ("pushed the body to cancel", "urged X to leave").
OBJECT_CONTROL: Final = frozenset(
    {
        "push", "force", "urge", "ask", "allow", "compel", "order", "persuade", "convince", "prompt",
        "lead", "cause", "encourage", "invite", "help", "enable", "tell", "require", "pressure",
        "oblige", "instruct", "permit", "authorize", "authorise", "drive", "get", "warn",
    }
)  # fmt: skip
# Verbs of noticing, reporting or stopping: their subject saw or foiled the event named by their object.
WITNESSING: Final = frozenset(
    {
        "observe", "report", "see", "hear", "record", "witness", "document", "note", "monitor",
        "detect", "register", "notice", "confirm", "describe", "mention", "recall", "film", "photograph",
        "thwart", "foil", "repel", "repulse", "prevent", "avert", "survive", "escape", "investigate",
    }
)  # fmt: skip
# Event types that a promise turns into AGREE (a hostile intent stays future unless it is a threat).
COOPERATIVE: Final = frozenset({"SUPPORT", "AID", "CONSULT", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"})
_REPORTING: Final = frozenset({"say", "announce", "state", "tell", "declare", "confirm", "add"})
_FUTURE_AUX: Final = frozenset({"will", "shall", "'ll"})


def adjust(token: Token, entry: TriggerEntry | None, lexicon: Lexicon) -> TriggerEntry | None:
    """The entry the trigger really stands for in this parse, or None when it names no event here."""
    if entry is None or _nominal_participle(token, entry) or _aspect_of_event(token, lexicon):
        return None
    if entry.plover == "REQUEST" and _public_appeal(token):
        return None
    if entry.plover == "PROTEST" and token.lemma_.lower() == "strike" and entry.pos == "V":
        return _strike_attack(token, entry)
    return entry


def _nominal_participle(token: Token, entry: TriggerEntry) -> bool:
    """'The wounded were taken away': a participle used as a noun names people, not an event."""
    if entry.pos != "V" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    return any(c.dep_ == "det" for c in token.children)


def _aspect_of_event(token: Token, lexicon: Lexicon) -> bool:
    """'The protest ended peacefully': a phase verb whose subject is an event adds no event."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ASPECTUAL:
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lemma_.lower() in EVENT_NOUNS or lexicon.match(s) is not None for s in subjects)


def _public_appeal(token: Token) -> bool:
    """'Anyone with information is asked to call police': an appeal to the public for tips."""
    addressees = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj", "dative")]
    if any(a.lemma_.lower() in PUBLIC_ADDRESSEES for a in addressees):
        return True
    for clause in (c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")):
        if clause.lemma_.lower() in _CONTACT_VERBS and any(
            t.lemma_.lower() in _TIP_WORDS for t in clause.subtree
        ):
            return True
    return False


def _strike_attack(token: Token, entry: TriggerEntry) -> TriggerEntry:
    """'A bomb struck a vehicle': a strike with a thing as subject or an object is an attack."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    has_target = any(o.lemma_.lower() not in _NOT_STRUCK for o in objects)
    if not has_target and not any(is_weapon(s) for s in subjects):
        return entry
    mode = weapon_mode(subjects)
    sub = _MODE_SUBS.get(mode, "Attack") if mode else "Attack"
    return replace(entry, plover="ASSAULT", mode=mode, acled_sub=sub)


def weapon_mode(tokens: list[Token]) -> str | None:
    """The PLOVER assault mode the weapon nouns (or their compounds) name, if any."""
    lemmas = {t.lemma_.lower() for tok in tokens for t in (tok, *tok.children)}
    for words, mode in _WEAPON_MODES:
        if lemmas & words:
            return mode
    return None


def is_agent_like(token: Token) -> bool:
    """Whether a noun can act with a will of its own: a name, a pronoun or a people/group noun."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS


def is_weapon(token: Token) -> bool:
    """Whether a would-be actor is a weapon or an event ('a roadside bomb', 'the blast'), not a doer."""
    return token.lemma_.lower() in WEAPON_NOUNS and not is_agent_like(token)


def commitment(token: Token, plover: str) -> tuple[str, str | None] | None:
    """PLOVER type and mode of a stated commitment: a promised cooperative act is an AGREE event.

    Only main-clause acts (or those a reporting verb introduces) with "will"/"shall" count;
    "would" and other modals stay hypothetical, and "agreed to" is an AGREE trigger of its own.
    """
    clause = token.head if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") else token
    committed = any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in clause.children)
    if not committed or any(c.dep_ == "neg" for c in clause.children) or not _main_or_reported(clause):
        return None
    if plover in COOPERATIVE:
        return "AGREE", None
    return None


def _main_or_reported(token: Token) -> bool:
    """Whether the clause is the sentence's main clause or the complement of a main reporting verb."""
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return token.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in _REPORTING


def controlling_object(verb: Token) -> Token | None:
    """Who does an infinitive under an object-control verb: 'pushed the body to cancel' -> the body.

    "called on the rebels to free them": the object of "on" does the act.
    """
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.tag_ == "TO" for c in verb.children):
        return None
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma in OBJECT_CONTROL:
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects:
            return objects[0]
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        return passive[0] if passive else None
    if lemma in ("call", "appeal", "prevail"):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def witnesses(verb: Token) -> bool:
    """Whether the verb's subject only saw, reported or foiled the event its object names."""
    return verb.lemma_.lower() in WITNESSING


def doers(token: Token) -> list[Token]:
    """The actor a subject stands for: itself, or none for a dateline ('NAIROBI —') or a bare weapon.

    A weapon names its user when it says whose it is ("Israeli artillery", "military airstrikes")
    or who placed it ("a bomb planted by militants").
    """
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.is_upper and len(token) > 2 and following is not None and following.text in ("—", "–", "-"):
        return []
    if not is_weapon(token):
        return [token]
    placed = [
        g
        for acl in token.children
        if acl.dep_ == "acl"
        for agent in acl.children
        if agent.dep_ == "agent"
        for g in agent.children
        if g.dep_ == "pobj"
    ]
    if placed:
        return placed
    owned = any(c.dep_ in ("amod", "compound", "poss") and is_agent_like(c) for c in token.children)
    return [token] if owned else []


def modifies_noun(token: Token) -> bool:
    """Whether the trigger heads a clause that describes a noun ('weapons seized last year').

    Such a clause tells what is known of a thing the sentence is about, usually an earlier event,
    so it should not outrank the main clause's own event.
    """
    return token.dep_ in ("acl", "relcl") and token.head.pos_ in ("NOUN", "PROPN", "PRON")
