"""Parse rules that drop or retype lexicon triggers the lexicon alone gets wrong, and commitments to act."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.idioms import idiom, public_appeal, rallied_support
from kronika.events.lexicon import ACTOR_NOUNS, TriggerEntry
from kronika.events.modality import CREATING
from kronika.events.taxonomy import AIR_STRIKE, ATTACK, REMOTE_EXPLOSIVE, SHELLING
from kronika.model import Modality

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
# Heavy weapons a force fires ("fired mortar shells at"): firing them is an attack, never a dismissal.
_FIRED_WEAPONS: Final = frozenset(
    {
        "missile", "rocket", "shell", "mortar", "bomb", "grenade", "artillery", "launcher", "rpg",
        "projectile", "round",
    }
)  # fmt: skip
_MODE_SUBS: Final = {
    "aerial": AIR_STRIKE,
    "shelling": SHELLING,
    "explosives": REMOTE_EXPLOSIVE,
}
# Verbs that move goods to someone ("handed over food"): with relief goods they are aid.
TRANSFER_VERBS: Final = frozenset(
    {"hand", "give", "deliver", "send", "ship", "provide", "donate", "airlift", "distribute", "supply", "fly"}
)
RELIEF_GOODS: Final = frozenset(
    {
        "aid", "medicine", "medication", "food", "foodstuff", "grain", "flour", "rice", "wheat",
        "supply", "blanket", "tent", "vaccine", "relief", "ration", "shelter", "assistance",
    }
)  # fmt: skip
# Offices and states: when they protest, they protest in words.
OFFICIAL_NOUNS: Final = frozenset(
    {
        "government", "ministry", "minister", "embassy", "president", "official", "spokesman",
        "spokeswoman", "diplomat", "ambassador", "foreign", "premier", "chancellor",
    }
)  # fmt: skip
# Verbs of blowing things up, and the structures whose destruction is damage to property.
# Verbs of breaking a rule: their object ("the curfew", "the ban") is the rule, not an event.
RULE_BREAKING: Final = frozenset({"violate", "defy", "flout", "breach", "disobey"})
_DEMOLISHING: Final = frozenset({"blow", "dynamite", "sabotage"})
STRUCTURES: Final = frozenset(
    {
        "line", "pipeline", "bridge", "tower", "pylon", "railway", "rail", "track", "dam", "well",
        "substation", "station", "transmitter", "statue", "monument", "tunnel", "road", "depot",
        "tank", "building", "house", "office", "shrine", "tomb", "warehouse", "factory", "plant",
    }
)  # fmt: skip
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
_REPORTING: Final = frozenset(
    {"say", "announce", "state", "tell", "declare", "confirm", "add", "report", "claim"}
)
_ANNOUNCING: Final = frozenset({"announce", "declare"})
_FUTURE_AUX: Final = frozenset({"will", "shall", "'ll", "wo"})  # "wo" is the "will" of "won't"
_WOULD: Final = frozenset({"would", "'d"})
_OBLIGATION: Final = frozenset({"must", "should"})
_PERFECT: Final = frozenset({"have", "'ve"})
_FIRST_PERSON: Final = frozenset({"i", "we"})
_CONDITIONS: Final = frozenset({"if", "unless"})
# PLOVER THREATEN mode of a hostile act that is announced or made conditional.
THREAT_MODES: Final = MappingProxyType(
    {"ASSAULT": "assault", "COERCE": "coerce", "SANCTION": "sanction", "PROTEST": None}
)
# Nouns of speech whose clause can put a demand ("a reminder that Iraq must cooperate").
SPEECH_NOUNS: Final = frozenset(
    {"reminder", "warning", "statement", "message", "letter", "note", "call", "demand", "appeal"}
)
_ATTEMPTING: Final = frozenset({"try", "attempt"})
_DECIDING: Final = frozenset({"decide"})
_ORDERING: Final = frozenset({"order"})
# A decision to fight or protest is not yet the fight or the protest.
_NOT_DECIDED: Final = frozenset({"ASSAULT", "PROTEST", "THREATEN", "MOBILIZE"})


def adjust(token: Token, entry: TriggerEntry | None, lexicon: Lexicon) -> TriggerEntry | None:
    """The entry the trigger really stands for in this parse, or None when it names no event here."""
    relief = _relief_transfer(token, entry)
    if relief is not None:
        return relief
    if entry is None or _nominal_participle(token, entry) or _aspect_of_event(token, lexicon):
        return None
    if entry.pos == "N" and entry.plover not in ("PROTEST", "ASSAULT") and _broken_rule(token):
        return None
    if (entry.plover == "REQUEST" and public_appeal(token)) or idiom(token, entry):
        return None
    if entry.plover == "SANCTION" and _fired_weapon(token):
        return _weapon_fired(token, entry, lexicon)
    if entry.plover == "PROTEST" and token.lemma_.lower() == "strike" and entry.pos == "V":
        return _strike_attack(token, entry)
    if entry.plover == "SUPPORT" and token.lemma_.lower() == "rally" and not rallied_support(token):
        return lexicon.match_plain(token)
    if entry.plover == "PROTEST" and token.lemma_.lower() == "protest" and _verbal_protest(token):
        return replace(entry, plover="ACCUSE", mode="disapprove", acled_sub=None)
    if entry.plover == "ASSAULT" and token.lemma_.lower() in _DEMOLISHING and _property_only(token):
        return replace(entry, plover="COERCE", mode="destroy")
    return entry


def _fired_weapon(token: Token) -> bool:
    """'Fired two mortar shells at the base': a heavy weapon fired (the lexicon's 'fire' = dismiss)."""
    return token.lemma_.lower() == "fire" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _FIRED_WEAPONS for c in token.children
    )


def _weapon_fired(token: Token, entry: TriggerEntry, lexicon: Lexicon) -> TriggerEntry:
    """The lexicon's firing attack ('fire at'), typed by the weapon fired, for a weapon fired."""
    attack = next((e for e in lexicon.entries.get(("V", "fire"), ()) if e.plover == "ASSAULT"), entry)
    mode = weapon_mode([c for c in token.children if c.dep_ == "dobj"]) or "firearms"
    return replace(attack, plover="ASSAULT", mode=mode, acled_sub=_MODE_SUBS.get(mode, ATTACK))


def _relief_transfer(token: Token, entry: TriggerEntry | None) -> TriggerEntry | None:
    """'Handed over 20 tonnes of medicine': a transfer of relief goods is humanitarian AID."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in TRANSFER_VERBS:
        return None
    if entry is not None and (
        entry.plover not in ("AID", "CONCEDE", "RETREAT") or entry.mode == "humanitarian"
    ):
        return None
    goods = {
        t.lemma_.lower()
        for obj in token.children
        if obj.dep_ == "dobj"
        for t in (obj, *obj.children, *(g for p in obj.children if p.lower_ == "of" for g in p.subtree))
    }
    if not goods & RELIEF_GOODS:
        return None
    if entry is None:
        return TriggerEntry("V", token.lemma_.lower(), (), "AID", "humanitarian", None, 0.75)
    return replace(entry, plover="AID", mode="humanitarian", acled_sub=None)


def _verbal_protest(token: Token) -> bool:
    """'A rights group protested that ...', 'the ministry protested': a protest in words is ACCUSE.

    A that-clause says what was protested; a state or office does not march, it complains.
    """
    if any(c.dep_ == "ccomp" for c in token.children):
        return True
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return any(s.ent_type_ == "GPE" or s.lemma_.lower() in OFFICIAL_NOUNS for s in subjects)


def _broken_rule(token: Token) -> bool:
    """'Beaten for violating the curfew': a rule someone broke names the rule, not an event of its own."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in RULE_BREAKING


def _property_only(token: Token) -> bool:
    """'Blew up three power lines': the object is a structure, not people, so property was destroyed."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in STRUCTURES and not is_agent_like(o) for o in objects)


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


def _strike_attack(token: Token, entry: TriggerEntry) -> TriggerEntry:
    """'A bomb struck a vehicle': a strike with a thing as subject or an object is an attack."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    has_target = any(o.lemma_.lower() not in _NOT_STRUCK for o in objects)
    if not has_target and not any(is_weapon(s) for s in subjects):
        return entry
    mode = weapon_mode(subjects)
    sub = _MODE_SUBS.get(mode, ATTACK) if mode else ATTACK
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


def commitment(token: Token, entry: TriggerEntry, mod: Modality) -> TriggerEntry | None:
    """The event a trigger that is not asserted still reports, as PLOVER codes it; None when none.

    A promise to cooperate is AGREE ("X will visit Y") and a refusal REJECT ("would not meet the
    demands"); a hostile act its doer announces or makes conditional is THREATEN ("said they would
    blockade the city", "will boycott the vote unless ..."), but an announced sanction is the
    sanction; an obligation put on another in reported speech is REQUEST ("said Y must release
    them"); an attempted attack or seizure, and a decision or order taken, is the act itself.
    Only main-clause acts, or those a reporting verb introduces, count.
    """
    if mod == "future":
        return _promised(token, entry)
    if mod == "hypothetical":
        return _demanded(token, entry) or _conditional_threat(token, entry)
    if mod == "intended":
        return _attempted_or_decided(token, entry)
    if mod == "negated":
        return _refused(token, entry)
    return None


def _retyped(entry: TriggerEntry, plover: str, mode: str | None) -> TriggerEntry:
    """The entry as an event of another PLOVER type, which ACLED does not code."""
    return replace(entry, plover=plover, mode=mode, acled_sub=None)


def _clause_of(token: Token) -> Token:
    """The verb whose auxiliaries say what a trigger's event is: itself, or the verb of an object noun.

    Only a verb that brings its object about counts ("will mount an assault"); "fear an attack if
    ..." does not threaten one.
    """
    noun = token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass")
    return token.head if noun and token.head.lemma_.lower() in CREATING else token


def _has_aux(clause: Token, words: frozenset[str]) -> bool:
    """Whether the clause has one of these auxiliaries."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in clause.children)


def _negated(clause: Token) -> bool:
    """Whether the clause carries a negation."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)


def _conditional(clause: Token) -> bool:
    """Whether an if/unless clause hangs on the clause ("will strike unless pay is raised")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in clause.children
    )


def _reported(clause: Token) -> bool:
    """Whether a main reporting verb introduces the clause ("X said ...")."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in _REPORTING


def _own_words(clause: Token) -> bool:
    """Whether a reported clause speaks of its speaker's own acts ("X said it would ...")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ == "PRON":
        return True
    return bool(speakers) and subjects[0].lemma_.lower() == speakers[0].lemma_.lower()


def _agentive(clause: Token) -> bool:
    """Whether the clause's doer can commit or refuse: a name, pronoun or group, or none said.

    "The waiting period will end" promises nothing; "the agency will end its mission" does. A
    passive subject is what is acted on ("the weapons will be withdrawn"), not the doer.
    """
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects and clause.dep_ == "xcomp":
        subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return not subjects or is_agent_like(subjects[0])


def _promised(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """A future act its doer commits to: AGREE, THREATEN, or an announced sanction."""
    clause = _clause_of(token)
    committed = _has_aux(clause, _FUTURE_AUX) or (_has_aux(clause, _WOULD) and _reported(clause))
    if not committed or _negated(clause) or not _main_or_reported(clause) or not _agentive(clause):
        return None
    if _has_aux(clause, _PERFECT):
        return None  # "would have backed it": a counterfactual, not a promise
    if entry.plover in COOPERATIVE:
        return _retyped(entry, "AGREE", None)
    announced = _reported(clause) and clause.head.lemma_.lower() in _ANNOUNCING
    if entry.plover == "SANCTION" and announced:
        return entry  # "announced it would cut aid": the decision is the sanction
    own = _reported(clause) and _own_words(clause)
    if entry.plover in THREAT_MODES and (own or _conditional(clause)):
        return _retyped(entry, "THREATEN", THREAT_MODES[entry.plover])
    return None


def _demanded(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'X said Y must release them', 'a reminder that Y must cooperate': X demands it of Y."""
    clause: Token | None = _clause_of(token)
    for _ in range(3):  # "must be ready to mediate": the modal sits on a governing verb
        if clause is None or _has_aux(clause, _OBLIGATION):
            break
        clause = clause.head if clause.dep_ in ("xcomp", "acomp") else None
    if clause is None or not _has_aux(clause, _OBLIGATION) or _has_aux(clause, _PERFECT):
        return None  # "should have acted" blames rather than demands
    spoken = clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in SPEECH_NOUNS
    if not (_reported(clause) or spoken):
        return None
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].lower_ in _FIRST_PERSON:
        return None  # "we must act" is a resolve, not a demand
    return _retyped(entry, "REQUEST", None)


def _conditional_threat(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'X may halt its mediation if the fighting goes on': a conditional hostile act is a threat."""
    clause = _clause_of(token)
    if entry.plover not in THREAT_MODES or not _conditional(clause) or not _main_or_reported(clause):
        return None
    if not _agentive(clause):
        return None
    return _retyped(entry, "THREATEN", THREAT_MODES[entry.plover])


def _attempted_or_decided(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'Tried to assassinate', 'decided to allow', 'ordered patrols': the attempt or decision is the act.

    PLOVER codes an attempted attack as the attack; an authority's decision or order as its content.
    """
    governor = token.head
    lemma = governor.lemma_.lower()
    done = governor.tag_ in ("VBD", "VBN") and not _negated(governor) and _main_or_reported(governor)
    if not done or governor is token:
        return None
    if token.dep_ == "xcomp" and lemma in _ATTEMPTING and entry.plover in ("ASSAULT", "COERCE"):
        return entry
    if token.dep_ == "xcomp" and lemma in _DECIDING and entry.plover not in _NOT_DECIDED:
        return entry
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and lemma in _ORDERING:
        return entry
    return None


def _refused(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """'Would not meet the demands', 'failed to reach agreement': a refused cooperation is REJECT."""
    clause = _clause_of(token)
    if entry.plover not in COOPERATIVE or (not _main_or_reported(clause) and clause.dep_ != "xcomp"):
        return None
    if not _agentive(clause):
        return None
    refusal = _has_aux(clause, _FUTURE_AUX | _WOULD) and not _has_aux(clause, _PERFECT)
    if refusal and _negated(clause) and _main_or_reported(clause):
        return _retyped(entry, "REJECT", "refuse")
    head = clause.head
    failed = clause.dep_ == "xcomp" and head.lemma_.lower() == "fail" and _main_or_reported(head)
    if entry.plover == "AGREE" and failed and not _negated(head):
        return _retyped(entry, "REJECT", "refuse")
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
