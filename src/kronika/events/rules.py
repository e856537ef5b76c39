"""Parse rules that drop or retype lexicon triggers the lexicon alone gets wrong, and who acts."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Token

from kronika.events.armed_storming import armed_storming
from kronika.events.blockades import PROTESTING_PEOPLE, blocking_reading
from kronika.events.called_off import occasion_called_off
from kronika.events.held_people import holds_no_one
from kronika.events.idioms import idiom, means_compound, public_appeal, rallied_support, state_compound
from kronika.events.jailbreaks import jailbreak
from kronika.events.lexicon import ACTOR_NOUNS, TriggerEntry
from kronika.events.loose_senses import loose_reading
from kronika.events.military_strikes import like_a_walkout_before, military_strike
from kronika.events.ousted_forces import ousted_force
from kronika.events.standing_words import standing_reading
from kronika.events.tallied_acts import tallied_over_time
from kronika.events.taxonomy import AIR_STRIKE, ATTACK, FIRED_MODES, OTHER, REMOTE_EXPLOSIVE, SHELLING
from kronika.person_nouns import ARMED_MEN, KIN, PERSONS, ROLES

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
# what fires from the air ('drones fired missiles at the convoy'): an air strike, not a shelling
_AIRCRAFT: Final = frozenset({"drone", "plane", "jet", "aircraft", "helicopter", "warplane", "gunship"})
_WEAPON_MODES: Final = (
    (frozenset({"missile", "rocket", "airstrike"}) | _AIRCRAFT, "aerial"),
    (frozenset({"shell", "mortar", "artillery", "shelling"}), "shelling"),
    (
        frozenset({"bomb", "ied", "mine", "landmine", "explosive", "explosion", "blast", "grenade"}),
        "explosives",
    ),
)
# Armed men whose striking is an attack, never a walkout ('the bomber struck as commuters waited')
_STRIKING_MEN: Final = ARMED_MEN | frozenset({"bomber", "sniper"})
# Bodies of workers who strike, and the endings of words for people who do a job ('dockers', 'doctors')
_STAFF: Final = frozenset({"staff", "union", "crew", "workforce", "personnel", "employee", "doctor", "pilot"})
_PERSON_ENDINGS: Final = ("er", "or", "ist", "ee", "ian", "ant", "ent")
# Heavy weapons a force fires ("fired mortar shells at"): firing them is an attack, never a dismissal.
_FIRED_WEAPONS: Final = frozenset(
    {
        "missile", "rocket", "shell", "mortar", "bomb", "grenade", "artillery", "launcher", "rpg",
        "projectile", "round",
    }
)  # fmt: skip
# Guns and the shots they fire ("fired several shots", "shots were fired", "fired a handgun"): no office
# fires a bullet, so the verb is the gun's, as it is a heavy weapon's.
_FIRED_GUNS: Final = frozenset(
    {
        "shot", "gunshot", "bullet", "gun", "handgun", "pistol", "rifle", "shotgun", "weapon", "firearm",
        "volley", "salvo", "gunfire",
    }
)  # fmt: skip
_FIRED: Final = _FIRED_WEAPONS | _FIRED_GUNS
_WALKOUT_TOLD: Final = 0.9  # the lexicon's 'general strike': a walkout told in so many words
_MODE_SUBS: Final = {
    "aerial": AIR_STRIKE,
    "shelling": SHELLING,
    "explosives": REMOTE_EXPLOSIVE,
}
# What a person struck by something was hit with when it was gunfire ("fatally struck by a bullet").
_GUNFIRE: Final = frozenset(
    {"bullet", "gunfire", "round", "shot", "gunshot", "pellet", "shotgun", "gun", "fire", "crossfire"}
)
# What strikes without anyone's act: "struck by lightning" tells no event.
_NATURAL_BLOWS: Final = frozenset(
    {"lightning", "thunderbolt", "tree", "branch", "wave", "illness", "disease"}
)
# Nouns of people who can be struck (a victim, a relative, a role).
_PEOPLE: Final = PERSONS | KIN | ROLES
# Verbs that move goods to someone ("handed over food"): with relief goods they are aid.
TRANSFER_VERBS: Final = frozenset(
    {"hand", "give", "deliver", "send", "ship", "provide", "donate", "airlift", "distribute", "supply", "fly"}
)
# The lemmas `adjust` makes an entry for where the lexicon lists none (`_relief_transfer`'s verbs).
ENTRY_LEMMAS: Final = TRANSFER_VERBS
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


def adjust(token: Token, entry: TriggerEntry | None, lexicon: Lexicon) -> TriggerEntry | None:
    """The entry the trigger really stands for in this parse, or None when it names no event here."""
    relief = _relief_transfer(token, entry)
    if relief is not None:
        return relief
    if entry is None or _nominal_participle(token, entry) or _aspect_of_event(token, lexicon):
        return None
    if state_compound(token) or means_compound(token) or standing_reading(token, entry):
        return None
    if entry.pos == "N" and entry.plover not in ("PROTEST", "ASSAULT") and _broken_rule(token):
        return None
    if (entry.plover == "REQUEST" and public_appeal(token)) or idiom(token, entry):
        return None
    if loose_reading(token, entry):
        return None
    if entry.plover == "ASSAULT" and tallied_over_time(token):
        return None  # 'more than 100 civilians have been killed since the beginning of the year'
    if entry.plover == "CONCEDE" and (entry := occasion_called_off(token, entry)) is None:
        return None  # 'the summit was cancelled': nothing conceded, nothing done
    if entry.plover == "SANCTION" and _fired_weapon(token):
        return _weapon_fired(token, entry, lexicon)  # 'fired a gun into the air' is coded, as ACLED does
    if entry.plover == "SANCTION" and _fired_into_the_air(token):
        return None
    if entry.plover == "SANCTION" and _shots_fired(token):
        return _weapon_fired(token, entry, lexicon)  # 'troops fired into the crowd', 'the deputy fired'
    if entry.plover == "ASSAULT" and token.lemma_.lower() == "fire" and _fired_from_afar(token):
        return _typed_firing(entry, _fired_mode(token))  # 'fired rockets at army posts': a shelling
    if entry.plover == "PROTEST" and token.lemma_.lower() == "strike" and entry.pos == "V":
        if token.dep_ == "amod" and not _strikers(token.head):
            return None  # 'a striking example', 'denied striking civilian buildings' (misparsed): no walkout
        return _strike_attack(token, entry)
    if entry.plover == "PROTEST" and entry.pos == "N" and like_a_walkout_before(token):
        # 'Similar strikes in 2013 left 100 dead' after a general strike: as sure a walkout as that one
        return replace(entry, reliability=max(entry.reliability, _WALKOUT_TOLD))
    if entry.plover == "PROTEST" and (fired := military_strike(token, entry)) is not None:
        return fired  # "the coming US strikes", "strikes against Damascus"
    if entry.plover == "SUPPORT" and token.lemma_.lower() == "rally" and not rallied_support(token):
        return lexicon.match_plain(token)
    if (ousted := ousted_force(token, entry)) is not None:
        return ousted  # 'ousted Isis from Raqqa': ground fought over, no dismissal
    if (stormed := armed_storming(token, entry)) is not None:
        return stormed  # 'gunmen stormed a school': armed men's storming is an attack, no riot
    if entry.plover == "PROTEST" and token.lemma_.lower() == "protest" and _verbal_protest(token):
        return replace(entry, plover="ACCUSE", mode="disapprove", acled_sub=None)
    if entry.plover == "ASSAULT" and token.lemma_.lower() in _DEMOLISHING and _property_only(token):
        return replace(entry, plover="COERCE", mode="destroy")
    if entry.mode == "arrest" and token.lemma_.lower() == "hold" and holds_no_one(token):
        return None
    if entry.plover == "REJECT" and token.lemma_.lower() == "block":
        return blocking_reading(token, entry)  # 'students have blocked the faculties': a blockade, no veto
    if entry.plover == "MOBILIZE" and token.lemma_.lower() == "order" and _ordered_to_act(token):
        return None  # 'ordered his troops to withdraw': the order is of the act it names, no deployment
    if entry.mode == "seize" and power_seized(token):
        # a coup is no goods taken: ACLED codes a military takeover as a strategic development, 'Other'
        return replace(entry, acled_sub=OTHER)
    return jailbreak(token, entry) or entry


def _ordered_to_act(token: Token) -> bool:
    """Whether an order names the act ordered ('ordered troops to withdraw'), not only where to go."""
    return any(c.dep_ in ("xcomp", "ccomp") for c in token.children)


def power_seized(token: Token) -> bool:
    """'Soldiers seized power', 'the army took power': a takeover of the state, not of goods or land."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() == "power" for o in objects)


def _fired_weapon(token: Token) -> bool:
    """'Fired two mortar shells at the base', 'shots were fired', 'mortars fired by special forces', 'an RPG
    round, fired by militants': a weapon or shots fired (the lexicon's 'fire' = dismiss)."""
    return token.lemma_.lower() == "fire" and any(t.lemma_.lower() in _FIRED for t in _fired_things(token))


def _shots_fired(token: Token) -> bool:
    """'The deputy fired, hitting him in the leg', 'troops fired into the crowd', 'he was fired upon': the
    verb 'fire' with no one fired (no object, no passive subject) is a gun's, as is being fired upon."""
    if token.lemma_.lower() != "fire" or token.pos_ != "VERB" or token.dep_ == "amod":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "upon" for c in token.children):
        return True
    relative_subject = any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in token.children)
    if token.dep_ == "relcl" and not relative_subject:
        return False  # 'the clerk the minister fired': the noun the clause is on was fired
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children)


def _fired_things(token: Token) -> list[Token]:
    """What the verb 'fire' fires: its object or passive subject, and what a count of them counts ('fired
    dozens of rockets', 'a barrage of mortar rounds'), the noun its relative clause is on ('the missiles
    Russia fired'), or the noun its participle describes (after a comma the parser often hangs the
    participle on the clause instead: 'a round, fired by ...')."""
    things = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.tag_ == "VBN":  # 'heard shots fired': the participle's subject was fired
        things += [c for c in token.children if c.dep_ == "nsubj"]
    if not things and token.dep_ == "relcl":  # 'the 33 missiles Russia fired': the noun the clause is on
        things = [token.head]
    counted = [
        g for t in things for of in t.children if of.lower_ == "of" for g in of.children if g.dep_ == "pobj"
    ]
    participle = token.tag_ == "VBN" or token.dep_ == "acl"  # 'reports of shots fired' is tagged VBD
    if things or not participle or token.dep_ not in ("acl", "advcl"):
        return things + counted
    # the noun the participle describes, or the word before it where the parser hung it elsewhere ('a
    # round, fired by ...'; 'reports of shots fired', hung on 'reports')
    described = [token.head, _word_before(token)] if token.dep_ == "acl" else [_word_before(token)]
    return [d for d in described if d is not None]


def _fired_from_afar(token: Token) -> bool:
    """'Fired rockets at army posts', 'fired mortar shells at the base': a weapon fired from afar, whose
    mode is the weapon's (stun grenades fired at a crowd stay a firing at it)."""
    return weapon_mode(_fired_things(token)) in FIRED_MODES


def _fired_mode(token: Token) -> str:
    """The assault mode of rockets, missiles or shells fired at a target: what ACLED calls a shelling, an air
    strike where aircraft or drones fired them."""
    fliers = [c for c in token.children if c.dep_ in ("nsubj", "agent")] + _fired_things(token)
    return "aerial" if {t.lemma_.lower() for t in fliers} & _AIRCRAFT else "shelling"


def _typed_firing(entry: TriggerEntry, mode: str) -> TriggerEntry:
    """A firing entry as an assault of `mode`, with the ACLED sub-type the mode names."""
    return replace(entry, plover="ASSAULT", mode=mode, acled_sub=_MODE_SUBS.get(mode, ATTACK))


def _word_before(token: Token) -> Token | None:
    """The word before the token, past one punctuation mark."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = token.doc[before.i - 1]
    return before


def _fired_into_the_air(token: Token) -> bool:
    """'Fired in the air', 'fired into the air' (no weapon named): warning shots, nobody dismissed."""
    if token.lemma_.lower() != "fire":
        return False
    preps = (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "into"))
    return any(g.dep_ == "pobj" and g.lower_ == "air" for p in preps for g in p.children)


def _weapon_fired(token: Token, entry: TriggerEntry, lexicon: Lexicon) -> TriggerEntry:
    """The lexicon's firing attack ('fire at'), typed by the weapon fired, for a weapon fired."""
    attack = next((e for e in lexicon.entries.get(("V", "fire"), ()) if e.plover == "ASSAULT"), entry)
    mode = weapon_mode(_fired_things(token)) or "firearms"
    # 'fired rockets into northern Israel', as 'fired rockets at' a target, is a shelling unless aircraft
    # or drones fired them (`_fired_mode`): of ACLED's training notes whose first sentence says rockets or
    # missiles were fired and names no aircraft, 120 are shellings and none an air strike
    return _typed_firing(attack, _fired_mode(token) if mode == "aerial" else mode)


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


def _strikers(noun: Token) -> bool:
    """Whether a noun 'striking' describes names people who can walk out ('striking miners', 'striking
    staff', 'striking doctors'), not a thing ('a striking example', 'striking civilian buildings')."""
    lemma = noun.lemma_.lower()
    people = PROTESTING_PEOPLE | PERSONS | ROLES | _STAFF
    return lemma in people or noun.lower_ in people or lemma.endswith(_PERSON_ENDINGS)


def _strike_attack(token: Token, entry: TriggerEntry) -> TriggerEntry:
    """'A bomb struck a vehicle': a strike with a thing or armed men as subject ('the bomber struck at
    dawn') or an object is an attack; so is a person struck ('she was struck in the leg', 'deputy fatally
    struck by bullet')."""
    struck = _struck_person(token, entry)
    if struck is not None:
        return struck
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    objects = [c for c in token.children if c.dep_ == "dobj"]
    has_target = any(o.lemma_.lower() not in _NOT_STRUCK for o in objects)
    if not has_target and not any(is_weapon(s) or s.lemma_.lower() in _STRIKING_MEN for s in subjects):
        return entry
    mode = weapon_mode(subjects)
    sub = _MODE_SUBS.get(mode, ATTACK) if mode else ATTACK
    return replace(entry, plover="ASSAULT", mode=mode, acled_sub=sub)


def _struck_person(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The attack a passive 'struck' tells: a person, or something, struck by gunfire, a weapon or a car
    ("two bystanders were struck by gunfire", "the girl was also struck"). A labour strike is never told
    in the passive, so a person struck was hit; an agent ("by bullet") marks the passive where a headline
    drops "was". Things struck from a list or down by a court, and people struck by lightning, are none."""
    if any(c.dep_ == "prt" for c in token.children):
        return None
    agents = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    patients = [c for c in token.children if c.dep_ == "nsubjpass"]
    if not patients and agents:
        patients = [c for c in token.children if c.dep_ == "nsubj"]  # 'deputy fatally struck by bullet'
    if not patients or any(a.lemma_.lower() in _NATURAL_BLOWS for a in agents):
        return None
    gunfire = any(a.lemma_.lower() in _GUNFIRE for a in agents)
    people = any(is_agent_like(p) or p.lemma_.lower() in _PEOPLE for p in patients)
    if not gunfire and not people and not any(is_weapon(a) for a in agents):
        return None
    if any(p.lemma_.lower() in _NOT_STRUCK for p in patients):
        return None
    mode = "firearms" if gunfire else weapon_mode(agents)
    return replace(entry, plover="ASSAULT", mode=mode, acled_sub=_MODE_SUBS.get(mode or "", ATTACK))


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
