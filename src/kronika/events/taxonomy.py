"""The PLOVER and ACLED event vocabularies: types, modes, sub-types and the aliases between versions."""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Final

from kronika.model import Detection

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

# ACLED sub-event type -> event type, spelled exactly as ACLED spells them.
ACLED_SUB_TO_TYPE: Final = MappingProxyType(
    {
        "Government regains territory": "Battles",
        "Non-state actor overtakes territory": "Battles",
        "Armed clash": "Battles",
        "Excessive force against protesters": "Protests",
        "Protest with intervention": "Protests",
        "Peaceful protest": "Protests",
        "Violent demonstration": "Riots",
        "Mob violence": "Riots",
        "Chemical weapon": "Explosions/Remote violence",
        "Air/drone strike": "Explosions/Remote violence",
        "Suicide bomb": "Explosions/Remote violence",
        "Shelling/artillery/missile attack": "Explosions/Remote violence",
        "Remote explosive/landmine/IED": "Explosions/Remote violence",
        "Grenade": "Explosions/Remote violence",
        "Sexual violence": "Violence against civilians",
        "Attack": "Violence against civilians",
        "Abduction/forced disappearance": "Violence against civilians",
        "Agreement": "Strategic developments",
        "Arrests": "Strategic developments",
        "Change to group/activity": "Strategic developments",
        "Disrupted weapons use": "Strategic developments",
        "Headquarters or base established": "Strategic developments",
        "Looting/property destruction": "Strategic developments",
        "Non-violent transfer of territory": "Strategic developments",
        "Other": "Strategic developments",
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
        "Armed clash": PloverReading("ASSAULT", "firearms"),
        "Government regains territory": PloverReading("COERCE", "seize"),
        "Non-state actor overtakes territory": PloverReading("COERCE", "seize"),
        "Excessive force against protesters": PloverReading("ASSAULT", None),
        "Protest with intervention": PloverReading("PROTEST", "demonstrate"),
        "Peaceful protest": PloverReading("PROTEST", "demonstrate"),
        "Violent demonstration": PloverReading("PROTEST", "riot"),
        "Mob violence": PloverReading("PROTEST", "riot"),
        "Chemical weapon": PloverReading("ASSAULT", "chemical"),
        "Air/drone strike": PloverReading("ASSAULT", "aerial"),
        "Suicide bomb": PloverReading("ASSAULT", "suicide-bomb"),
        "Shelling/artillery/missile attack": PloverReading("ASSAULT", "shelling"),
        "Remote explosive/landmine/IED": PloverReading("ASSAULT", "explosives"),
        "Grenade": PloverReading("ASSAULT", "explosives"),
        "Sexual violence": PloverReading("ASSAULT", "sexual"),
        "Attack": PloverReading("ASSAULT", None),
        "Abduction/forced disappearance": PloverReading("ASSAULT", "abduct"),
        "Agreement": PloverReading("AGREE", "settle"),
        "Arrests": PloverReading("COERCE", "arrest"),
        "Disrupted weapons use": PloverReading("COERCE", "seize"),
        "Headquarters or base established": PloverReading("MOBILIZE", "troops"),
        "Looting/property destruction": PloverReading("COERCE", "seize"),
        "Non-violent transfer of territory": PloverReading("RETREAT", "withdraw"),
    }
)


def coded_as(detection: Detection, sub_event_type: str) -> Detection:
    """The detection coded in an ACLED sub-event type and the event type it falls under; PLOVER kept."""
    kind = replace(
        detection.type, acled_event_type=acled_event_type(sub_event_type), acled_sub_event_type=sub_event_type
    )
    return replace(detection, type=kind)
