"""What an actor is as the doer of an event: people who demonstrate are demonstrators, whatever their job."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from kronika.model import Actor, EventType

# ACLED event types whose doers take to the streets: their actors are demonstrators or rioters.
STREET_EVENTS: Final = frozenset({"Protests", "Riots"})
# The sector a group carries as demonstrators. Merchants or unclassified people who protest act as
# civilians; journalists and health workers protesting over pay or arrests act as a profession
# (labour). Organised actors (a government, a party, an armed group) keep their own sector.
DEMONSTRATOR_SECTORS: Final[dict[str | None, str]] = {
    None: "CVL",
    "BUS": "CVL",
    "MED": "LAB",
    "HLH": "LAB",
}


def takes_to_the_streets(event: EventType) -> bool:
    """Whether the event's doers demonstrate or riot (PLOVER PROTEST, ACLED protests and riots)."""
    return event.plover == "PROTEST" or event.acled_event_type in STREET_EVENTS


# A riot is a crowd's act: workers, students, journalists or health workers who riot act as
# rioters, that is as civilians, and so does an unidentified group that attacks as a mob ("a group of
# unidentified individuals threw stones"; conflict coders code every mob as rioters).
RIOTER_SECTORS: Final[dict[str | None, str]] = {
    **DEMONSTRATOR_SECTORS,
    "MED": "CVL",
    "HLH": "CVL",
    "LAB": "CVL",
    "EDU": "CVL",
    "UAF": "CVL",
}


# ACLED event types of organised violence: a tribe or clan that fights is an identity militia.
ARMED_EVENTS: Final = frozenset({"Battles", "Violence against civilians"})
# Words that make a group communal: "members of the X tribe", "two rival groups of villagers".
COMMUNAL_WORDS: Final = frozenset(
    {"tribe", "tribal", "clan", "ethnic", "community", "communal", "rival", "tribesman", "clansman"}
)


# Heads naming a body's people rather than the body: "BNP activists", "Taliban supporters".
AFFILIATE_HEADS: Final = frozenset(
    {
        "activist", "supporter", "member", "follower", "cadre", "sympathizer", "sympathiser", "loyalist",
        "faction",
    }
)  # fmt: skip
# Sectors already fit for people in the street.
STREET_SECTORS: Final = frozenset({"CVL", "OPP", "LAB", "EDU"})
# Heads and modifiers naming a body's employees or former members rather than the body: "local
# government staff", "retired soldiers", who demonstrate over their pay or pensions as workers.
STAFF_WORDS: Final = frozenset(
    {"staff", "employee", "worker", "retiree", "pensioner", "retire", "retired", "former", "ex"}
)
# Street events whose doers may be the forces that break a protest up, not the protesters.
INTERVENTIONS: Final = frozenset({"Protest with intervention", "Excessive force against protesters"})
STATE_SECTORS: Final = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


# ACLED event types of political violence: whoever does them with no known affiliation ("men opened
# fire", "settlers cut down trees", "a group attacked") is an armed group, never a civilian one, as
# conflict coders code any unaffiliated perpetrator of violence as an unidentified armed group.
VIOLENT_EVENTS: Final = ARMED_EVENTS | {"Explosions/Remote violence"}
# Strategic developments that are violence all the same: looting, burning or razing others' property.
VIOLENT_SUB_TYPES: Final = frozenset({"Looting/property destruction"})


def is_violent(event: EventType) -> bool:
    """Whether the event is political violence (a battle, an attack, a bombing, looting, a remnant of war
    that blew up)."""
    violent = event.acled_event_type in VIOLENT_EVENTS or event.acled_sub_event_type in VIOLENT_SUB_TYPES
    return violent or _remnant_blast(event)


def _remnant_blast(event: EventType) -> bool:
    """Whether the event is an assault ACLED codes as 'Other': a mine or shell left from a past war that
    went off (`events/battle_rules.war_remnants`). ACLED codes its layer as an armed group's all the same:
    of its 'Other' notes of an explosion, landmine or ordnance, 14 of 17 name an unidentified armed group
    or a militia first, the rest unidentified military forces."""
    return event.plover == "ASSAULT" and event.acled_sub_event_type == "Other"


def as_doer(
    actor: Actor,
    event: EventType | None,
    communal: bool = False,
    affiliates: bool = False,
    staff: bool = False,
) -> Actor:
    """The actor as the doer of `event`: a demonstrating or rioting group carries that role's sector
    (a party's or a group's `affiliates` in the street are demonstrators, not the body itself; a state
    body's `staff` or retired members are workers), and a communal group (`communal`: named as a tribe,
    clan or community) that fights is a militia, as is any unaffiliated group or person that commits
    political violence."""
    if event is None:
        return actor
    if communal and event.acled_event_type in ARMED_EVENTS and actor.sector in (None, "CVL"):
        return replace(actor, sector="UAF")
    if is_violent(event) and actor.sector in (None, "CVL"):
        return replace(actor, sector="UAF")
    if not takes_to_the_streets(event):
        return actor
    if affiliates and actor.sector not in STREET_SECTORS:
        return replace(actor, sector="CVL")
    if staff and actor.sector in STATE_SECTORS and event.acled_sub_event_type not in INTERVENTIONS:
        actor = replace(actor, sector="LAB")
    sectors = RIOTER_SECTORS if event.acled_event_type == "Riots" else DEMONSTRATOR_SECTORS
    if actor.sector not in sectors:
        return actor
    return replace(actor, sector=sectors[actor.sector])


# The sectors of a political party, whose people who riot coders write as rioters with the party as
# their associated actor, and as the party's own militia where the same clash is read as an attack: of
# 4,611 training notes naming a party's activists, cadres or men, 2,475 are riots (inter1 5) and 1,181
# attacks or clashes (inter1 3), so the riot's party is kept beside its rioters.
PARTY_SECTORS: Final = frozenset({"PTY", "OPP"})


# Who a party's people are before they are read as doers: unclassified people or a party's workers.
CROWD_SECTORS: Final = frozenset({None, "CVL", "LAB"})
# What `as_doer` leaves them as in an attack or clash: an armed group, or workers ("BJP workers").
ARMED_CROWD: Final = frozenset({"UAF", "LAB"})


def rioting_party(event: EventType | None, sector: str | None, named: str | None) -> bool:
    """Whether a doer of `sector` (`named` before it was read as the doer) acts for a party its phrase
    names as a crowd: a riot's civilian crowd, or a party's people who attack or clash, whom `as_doer`
    made an armed group for want of an affiliation (`party_crowd`)."""
    if event is None:
        return False
    if event.acled_event_type == "Riots":
        return sector == "CVL"
    return is_violent(event) and sector in ARMED_CROWD and named in CROWD_SECTORS


def party_crowd(rioter: Actor) -> Actor:
    """A party's people who attack or clash, as the crowd beside their party: coders write them as rioters
    for the party (inter1 5) or as the party's militia (inter1 3), which the party itself stands for. Of
    400 training notes naming a party's activists, cadres, men or workers, those read as attacks were
    coded 3 in 30 and 5 or 6 in 4, all 4 missed while the people were an armed group."""
    return replace(rioter, sector="CVL") if rioter.sector in ARMED_CROWD else rioter


def crowd(event: EventType | None, text: str, country: str | None) -> Actor | None:
    """A bare count as the doer of a street event ("hundreds protested"): demonstrators or rioters."""
    if event is None or not takes_to_the_streets(event):
        return None
    name = "Rioters" if event.acled_event_type == "Riots" else "Demonstrators"
    return Actor(name, text, country, "CVL")


# Who an event names no doer for still had one, by what the event is: a protest was held by
# demonstrators (one met with excessive force too: 362 of 413 such training notes code the protesters
# as the first actor), an arrest made by the police, and a killing, abduction, clash, bombing,
# shelling or looting by someone unidentified (as conflict coders write an unknown perpetrator).
# An air or drone strike is a state's (3,912 of 3,930 training notes code state or foreign forces), and
# so is a weapons seizure or defusal (316 of 406).
# Other events imply nobody in particular.
IMPLIED_DOERS: Final[dict[str, tuple[str, str]]] = {
    "Peaceful protest": ("Demonstrators", "CVL"),
    "Protest with intervention": ("Demonstrators", "CVL"),
    "Excessive force against protesters": ("Demonstrators", "CVL"),
    "Violent demonstration": ("Rioters", "CVL"),
    "Mob violence": ("Crowd", "CVL"),
    "Arrests": ("Police", "COP"),
    "Attack": ("Unidentified armed group", "UAF"),
    "Abduction/forced disappearance": ("Unidentified armed group", "UAF"),
    "Sexual violence": ("Unidentified armed group", "UAF"),
    "Grenade": ("Unidentified armed group", "UAF"),
    "Armed clash": ("Unidentified armed group", "UAF"),
    "Remote explosive/landmine/IED": ("Unidentified armed group", "UAF"),
    "Shelling/artillery/missile attack": ("Unidentified armed group", "UAF"),
    "Looting/property destruction": ("Unidentified armed group", "UAF"),
    "Air/drone strike": ("Unidentified military forces", "MIL"),
    "Disrupted weapons use": ("State forces", "MIL"),
}
# Implied doers that may well be foreign, so the event's country is not theirs: four in five
# training notes of air strikes code a foreign state's forces.
FOREIGN_DOERS: Final = frozenset({"Air/drone strike"})


def implied_doer(event: EventType | None, country: str | None) -> Actor | None:
    """The doer an event implies when its text names none ("a man was found shot dead"), with no text."""
    sub = event.acled_sub_event_type if event is not None else None
    if event is not None and _remnant_blast(event):
        sub = "Remote explosive/landmine/IED"  # its layer, as a bomb's
    if sub not in IMPLIED_DOERS:
        return None
    name, sector = IMPLIED_DOERS[sub]
    return Actor(name, "", None if sub in FOREIGN_DOERS else country, sector)
