"""The PLOVER and ACLED event vocabularies: types, modes, sub-types and the aliases between versions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Final

from kronika.model import Detection, EventType

# PLOVER event types with their modes (after the PLOVER specification; a mode narrows the type).
PLOVER_MODES: Final = MappingProxyType(
    {
        "AGREE": ("settle", "ceasefire", "cooperate", "accept"),
        "CONSULT": ("phone", "visit", "host", "meet", "mediate", "negotiate"),
        "SUPPORT": ("praise", "endorse", "defend", "recognize", "apologize"),
        "CONCEDE": ("policy", "ceasefire", "disarm", "release", "return", "ease", "rights", "leadership"),
        "COOPERATE": ("alliance", "economic", "military", "judicial", "intelligence"),
        "AID": ("economic", "military", "humanitarian", "asylum"),
        "RETREAT": ("resign", "withdraw", "release", "return", "disarm", "dissolve", "apologize"),
        "REQUEST": ("aid", "meet", "policy", "release", "ceasefire", "resign", "change", "mediate"),
        "ACCUSE": ("disapprove", "allege", "investigate", "sue", "condemn"),
        "REJECT": ("refuse", "veto", "deny", "defy", "boycott"),
        "THREATEN": ("assault", "coerce", "sanction", "ultimatum", "restrict", "retaliate"),
        "PROTEST": ("demonstrate", "riot", "strike", "hunger", "boycott", "obstruct"),
        "SANCTION": ("convict", "expel", "embargo", "suspend", "sever", "fine", "dismiss"),
        "MOBILIZE": ("troops", "police", "militia", "alert", "weapons"),
        "COERCE": (
            "seize",
            "destroy",
            "arrest",
            "ban",
            "censor",
            "deport",
            "curfew",
            "martial-law",
            "raid",
            "cyber",
        ),
        "ASSAULT": (
            "beat",
            "firearms",
            "explosives",
            "aerial",
            "suicide-bomb",
            "primitive",
            "sexual",
            "assassinate",
            "torture",
            "abduct",
            "shelling",
            "chemical",
            "kill",
        ),
    }
)

PLOVER_TYPES: Final = tuple(PLOVER_MODES)

# PLOVER 0.5 names (used by the gold standard records) mapped onto the current types.
PLOVER_ALIASES: Final = MappingProxyType(
    {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
)

# The PLOVER assault modes of a weapon fired from the air or by artillery: one rocket is told in either
# ('fired' as a missile, counted as a shelling).
FIRED_MODES: Final = frozenset({"aerial", "shelling"})

# ACLED's sub-event types, spelled exactly as ACLED spells them: rules name them by these constants.
GOVERNMENT_REGAINS: Final = "Government regains territory"
TERRITORY_TAKEN: Final = "Non-state actor overtakes territory"
ARMED_CLASH: Final = "Armed clash"
EXCESSIVE_FORCE: Final = "Excessive force against protesters"
INTERVENTION: Final = "Protest with intervention"
PEACEFUL_PROTEST: Final = "Peaceful protest"
VIOLENT_DEMONSTRATION: Final = "Violent demonstration"
MOB_VIOLENCE: Final = "Mob violence"
CHEMICAL_WEAPON: Final = "Chemical weapon"
AIR_STRIKE: Final = "Air/drone strike"
SUICIDE_BOMB: Final = "Suicide bomb"
SHELLING: Final = "Shelling/artillery/missile attack"
REMOTE_EXPLOSIVE: Final = "Remote explosive/landmine/IED"
GRENADE: Final = "Grenade"
SEXUAL_VIOLENCE: Final = "Sexual violence"
ATTACK: Final = "Attack"
ABDUCTION: Final = "Abduction/forced disappearance"
AGREEMENT: Final = "Agreement"
ARRESTS: Final = "Arrests"
GROUP_ACTIVITY: Final = "Change to group/activity"
DISRUPTED_WEAPONS: Final = "Disrupted weapons use"
BASE_ESTABLISHED: Final = "Headquarters or base established"
LOOTING: Final = "Looting/property destruction"
NON_VIOLENT_TRANSFER: Final = "Non-violent transfer of territory"
OTHER: Final = "Other"

# ACLED sub-event type -> event type.
ACLED_SUB_TO_TYPE: Final = MappingProxyType(
    {
        GOVERNMENT_REGAINS: "Battles",
        TERRITORY_TAKEN: "Battles",
        ARMED_CLASH: "Battles",
        EXCESSIVE_FORCE: "Protests",
        INTERVENTION: "Protests",
        PEACEFUL_PROTEST: "Protests",
        VIOLENT_DEMONSTRATION: "Riots",
        MOB_VIOLENCE: "Riots",
        CHEMICAL_WEAPON: "Explosions/Remote violence",
        AIR_STRIKE: "Explosions/Remote violence",
        SUICIDE_BOMB: "Explosions/Remote violence",
        SHELLING: "Explosions/Remote violence",
        REMOTE_EXPLOSIVE: "Explosions/Remote violence",
        GRENADE: "Explosions/Remote violence",
        SEXUAL_VIOLENCE: "Violence against civilians",
        ATTACK: "Violence against civilians",
        ABDUCTION: "Violence against civilians",
        AGREEMENT: "Strategic developments",
        ARRESTS: "Strategic developments",
        GROUP_ACTIVITY: "Strategic developments",
        DISRUPTED_WEAPONS: "Strategic developments",
        BASE_ESTABLISHED: "Strategic developments",
        LOOTING: "Strategic developments",
        NON_VIOLENT_TRANSFER: "Strategic developments",
        OTHER: "Strategic developments",
    }
)

ACLED_EVENT_TYPES: Final = (
    "Battles",
    "Protests",
    "Riots",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)
# The ACLED event types of political violence itself, whose events carry a toll of their own
VIOLENT_ACLED_TYPES: Final = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians"}
)

# Which ACLED event types are a consistent reading of a PLOVER type: a classifier's sub-type is only
# taken when its event type is in this set (ACLED codes no statements, requests or accusations).
ACLED_TYPES_FOR_PLOVER: Final = MappingProxyType(
    {
        "PROTEST": frozenset({"Protests", "Riots"}),
        "ASSAULT": frozenset(
            {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
        ),
        "COERCE": frozenset({"Strategic developments", "Riots", "Violence against civilians"}),
        "AGREE": frozenset({"Strategic developments"}),
        "MOBILIZE": frozenset({"Strategic developments"}),
    }
)


def normalize_plover(name: str) -> str:
    """The current PLOVER type for a type name of any version; raises ValueError for unknown names."""
    upper = name.strip().upper()
    upper = PLOVER_ALIASES.get(upper, upper)
    if upper not in PLOVER_MODES:
        raise ValueError(f"unknown PLOVER event type {name!r}")
    return upper


def acled_event_type(sub_event_type: str | None) -> str | None:
    """ACLED's event type for one of its sub-event types (None passes through); raises on unknown names."""
    if sub_event_type is None:
        return None
    try:
        return ACLED_SUB_TO_TYPE[sub_event_type]
    except KeyError:
        raise ValueError(f"unknown ACLED sub-event type {sub_event_type!r}") from None


def guessed_battle(t: EventType) -> bool:
    """Whether a type is an armed clash whose firearms mode is only how the sub-type reads in PLOVER
    (`ACLED_TO_PLOVER`), not a weapon told: rocket or shell fire told apart may be the same fight."""
    return t.acled_sub_event_type == ARMED_CLASH and t.mode == ACLED_TO_PLOVER[ARMED_CLASH].mode


def is_valid_mode(plover: str, mode: str | None) -> bool:
    """Whether `mode` is one of the modes of PLOVER type `plover` (None is always valid)."""
    return mode is None or mode in PLOVER_MODES.get(plover, ())


@dataclass(frozen=True)
class PloverReading:
    """The PLOVER type and mode an ACLED sub-event type is read as."""

    plover: str
    mode: str | None


# How an ACLED sub-event type reads in PLOVER: used when the classifier's sub-type is taken and the
# lexicon's own type is unsure or of another family. Fighting (PLOVER 0.5 FIGHT) is ASSAULT; riots
# by crowds are PROTEST/riot; arrests, looting and disarming are COERCE. Sub-types PLOVER has no one
# reading for ("Change to group/activity", "Other") are left out: the lexicon's type stands.
ACLED_TO_PLOVER: Final = MappingProxyType(
    {
        ARMED_CLASH: PloverReading("ASSAULT", "firearms"),
        GOVERNMENT_REGAINS: PloverReading("COERCE", "seize"),
        TERRITORY_TAKEN: PloverReading("COERCE", "seize"),
        EXCESSIVE_FORCE: PloverReading("ASSAULT", None),
        INTERVENTION: PloverReading("PROTEST", "demonstrate"),
        PEACEFUL_PROTEST: PloverReading("PROTEST", "demonstrate"),
        VIOLENT_DEMONSTRATION: PloverReading("PROTEST", "riot"),
        MOB_VIOLENCE: PloverReading("PROTEST", "riot"),
        CHEMICAL_WEAPON: PloverReading("ASSAULT", "chemical"),
        AIR_STRIKE: PloverReading("ASSAULT", "aerial"),
        SUICIDE_BOMB: PloverReading("ASSAULT", "suicide-bomb"),
        SHELLING: PloverReading("ASSAULT", "shelling"),
        REMOTE_EXPLOSIVE: PloverReading("ASSAULT", "explosives"),
        GRENADE: PloverReading("ASSAULT", "explosives"),
        SEXUAL_VIOLENCE: PloverReading("ASSAULT", "sexual"),
        ATTACK: PloverReading("ASSAULT", None),
        ABDUCTION: PloverReading("ASSAULT", "abduct"),
        AGREEMENT: PloverReading("AGREE", "settle"),
        ARRESTS: PloverReading("COERCE", "arrest"),
        DISRUPTED_WEAPONS: PloverReading("COERCE", "seize"),
        BASE_ESTABLISHED: PloverReading("MOBILIZE", "troops"),
        LOOTING: PloverReading("COERCE", "seize"),
        NON_VIOLENT_TRANSFER: PloverReading("RETREAT", "withdraw"),
    }
)


def coded_as(detection: Detection, sub_event_type: str) -> Detection:
    """The detection coded in an ACLED sub-event type and the event type it falls under; PLOVER kept."""
    kind = replace(
        detection.type, acled_event_type=acled_event_type(sub_event_type), acled_sub_event_type=sub_event_type
    )
    return replace(detection, type=kind)


def recoded(
    detection: Detection,
    read_as: str | frozenset[str],
    told: re.Pattern[str],
    unless: re.Pattern[str],
    coded: str,
) -> Detection:
    """The detection coded in sub-type `coded` where the classifier read `read_as` (or one of a set of
    sub-types), its sentence tells `told` and does not tell `unless`; else unchanged (the shape most of
    `acled_rules.py`'s, `crowd_rules.py`'s and `blasts.py`'s conventions share)."""
    text = detection.sentence.text
    reading = detection.type.acled_sub_event_type
    concerned = reading == read_as if isinstance(read_as, str) else reading in read_as
    if not concerned or not told.search(text) or unless.search(text):
        return detection
    return coded_as(detection, coded)
