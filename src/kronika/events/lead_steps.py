"""The ordered steps that retype a report's lead by what the rest of its paragraph and its headings tell.

Each step reads the detections of the whole document and the `LeadScope` (where the lead and its
paragraph lie, the classifier's reading of them) and returns the detections with the lead retyped or
reweighed where its rule applies. The order is part of the rules: a later step sees, and may override,
what an earlier one made of the lead; a new rule is one line in the table where it belongs. A step that
only retypes the lead by what its sentence or paragraph tells is a `lead_rules.LeadRule`, which stands in
the table itself; any other is a function of the same signature.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from kronika.events.acled_rules import arrest_sparked
from kronika.events.acled_typing import ACLED_MIN_PROBABILITY, distinct_lead, quiet_lead
from kronika.events.answered_strikes import answered_strikes
from kronika.events.armed_fights import arms_seized
from kronika.events.armed_handouts import armed_handouts
from kronika.events.armed_operations import armed_operations
from kronika.events.arrests_protested import arrests_protested
from kronika.events.artillery import shelled_attacks
from kronika.events.attacked_protests import (
    attacked_protest,
    attacked_while_protesting,
    harmed_returning,
    others_attacked_protest,
    tear_gassed_crowd,
)
from kronika.events.battle_rules import forces_fired_on
from kronika.events.broken_property import broken_property
from kronika.events.burnt_villages import burnt_villages
from kronika.events.commemorated import peaceful_remembrance
from kronika.events.crowd_police_clashes import crowd_police_clash
from kronika.events.deadly_damage import bombarded_damage, deadly_damage, device_damage, harmless_arson
from kronika.events.discourse import retype_lead
from kronika.events.downed_aircraft import downed_aircraft
from kronika.events.downed_drones import downed_drones
from kronika.events.earlier_police import earlier_police
from kronika.events.effigies import burnt_effigy
from kronika.events.group_clashes import clash_between_groups
from kronika.events.harm_settings import clash_casualties, harmed_abductees, later_clash_casualties
from kronika.events.harmed_arrests import harmed_arrests
from kronika.events.harmed_protests import clashed_protest, deadly_intervention, storming_crowd
from kronika.events.headings import headed_lead
from kronika.events.idle_police import idle_police
from kronika.events.jet_strikes import jet_strikes
from kronika.events.lead_rules import LeadScope
from kronika.events.leaflet_arrests import leaflet_arrests
from kronika.events.mob_clashes import armed_mob_clash, clash_without_demand, partisan_killing, unarmed_attack
from kronika.events.named_clashes import named_clashes
from kronika.events.others_held import others_held
from kronika.events.pelted_protests import pelted_protest
from kronika.events.police_killings import police_killings
from kronika.events.rally_clashes import rally_clashes
from kronika.events.repelled_attacks import forces_intervened, repelled_attacks
from kronika.events.sparked_protests import harm_sparked_protest
from kronika.events.state_beatings import custody_deaths, state_beatings
from kronika.events.stormed_offices import stormed_office
from kronika.events.struck_back import forces_struck, struck_back
from kronika.events.told_acts import civilian_vehicles, ensuing_clash, tyres_burned
from kronika.events.torched_vehicles import torched_vehicles
from kronika.events.unilateral_truces import unilateral_truce
from kronika.events.untouched_protests import untouched_protest
from kronika.events.vigilante_justice import vigilante_justice
from kronika.events.village_raids import village_raids
from kronika.events.yielding import acts_first
from kronika.model import Detection

# A text in which no trigger and no sure reading found any event still tells its lead's reading when that
# is at least as sure as the bar for typing a trigger ("reinforcements were reported on the front", "forces
# suffered casualties after being hit by an IED"): on the evaluation's ACLED notes 0-2538 such readings
# (0.4 to 0.6) give the right event type 9 times in 9, the right sub-type 8 times.
QUIET_LEAD_MIN_PROBABILITY: Final = ACLED_MIN_PROBABILITY


LeadStep = Callable[[list[Detection], LeadScope], list[Detection]]

# What the lead's own paragraph tells of its fight; the detector compares the lead before and after
# these steps to tell a one-sided act the paragraph made a battle (`battle_rules.fought_reading`).
PARAGRAPH_STEPS: Final[tuple[LeadStep, ...]] = (
    # tear gas fired at a crowd is force on a protest, not an attack (retype_lead then weighs the crowd)
    tear_gassed_crowd,
    # police action on a protest, fire returned, armed victims, sides that fought, burning barricades
    retype_lead,
    # a protest for people arrested before it met no intervention for that arrest
    arrests_protested,
    # nor one whose only police words tell others held: a suspect, the imprisoned, vehicles
    others_held,
    # nor one whose police are told only as not acting: they came, but did not intervene
    idle_police,
    # windows, doors or gates the crowd broke made its protest a riot
    broken_property,
    # tyres burned or fires lit made a peaceful protest violent
    tyres_burned,
    # fire a later sentence says was opened on police or soldiers made the lead's attack a fight
    forces_fired_on,
    # an attack after which a clash ensued was fought
    ensuing_clash,
    # attackers repelled or forced to retreat fought
    repelled_attacks,
    # police or soldiers who intervened and killed, routed or chased the attackers fought them
    forces_intervened,
    # an air strike that air defences or anti-aircraft fire answered was fought
    answered_strikes,
    # an attack on troops whose paragraph tells the troops striking the attackers back was fought
    struck_back,
    # or whose guns or aircraft struck in turn
    forces_struck,
    # an operation or raid against militants, a militia or bandits was fought
    armed_operations,
    # victims hurt in a clash fell in the clash; abductees killed or wounded were attacked
    lambda found, s: clash_casualties(found, s.first, s.prediction),
    later_clash_casualties,
    harmed_abductees,
    # an attack its paragraph tells done with artillery is shelling
    shelled_attacks,
    # a mob's clash fought with lethal weapons or firearms is an armed one
    armed_mob_clash,
    # a crowd's clash with the police the classifier read as an armed one is a riot
    crowd_police_clash,
    # and fighter jets' strike it read as a clash, no fight on the ground told, an air strike
    jet_strikes,
    # a clash whose paragraph tells no demand or act of protest is a mob's
    clash_without_demand,
    # a mob's clash told at, during or after a rally or other protest is a violent demonstration
    rally_clashes,
    # two groups or factions of a crowd that fought each other, no protest named, were a mob
    clash_between_groups,
    # a crowd's riot told by the vehicles it set on fire, no one harmed, was a demonstration's
    torched_vehicles,
    # a party's men who killed or shot, no clash or protest told, attacked
    partisan_killing,
    # a force's men who beat someone attacked
    state_beatings,
    # someone who died in custody was attacked, not arrested
    custody_deaths,
    # an attack the coder says was told with no weapons, no force named, was a mob's
    unarmed_attack,
    # a village or camp attacked and its people killed, no fight told, was attacked
    village_raids,
    # vigilantes who harmed a suspected thief or witch, no fight or force told, were a mob
    vigilante_justice,
    # civilian vehicles attacked, no fight or force told, were attacked
    civilian_vehicles,
    # a peaceful protest that others' force met is one with intervention
    attacked_protest,
    # people attacked while they were protesting were a protest met with intervention
    attacked_while_protesting,
    # a protest others pelted with stones, bricks or eggs met an intervention, not a riot of its own
    pelted_protest,
    # but not one whose police or force are told acting only before or after it: last week, at a later rally
    earlier_police,
    # nor one whose coder says no physical interaction or confrontation took place
    untouched_protest,
    # a protest read as met with excessive force that others than the state attacked, no one killed or
    # badly hurt, met an intervention
    others_attacked_protest,
    # a protest met with intervention whose paragraph tells the police killing people met excessive force
    deadly_intervention,
    # a crowd that tried to storm or break into a place rioted, whatever force met it
    storming_crowd,
    # so did a protest whose paragraph tells its clashes with police or forces
    clashed_protest,
    # but a crowd that only stormed an office to press a demand, nothing done or met, protested peacefully
    stormed_office,
    # people harmed on their way back from a rally were attacked, not protesting
    harmed_returning,
    # harm that only sparked a protest, none told before it, was an attack (the protest is coded apart)
    harm_sparked_protest,
    # a mob that only burnt an effigy, harming no one, breaking nothing, protested peacefully
    burnt_effigy,
    # people arrested handing out leaflets for a protest to come were arrested, not protesting
    leaflet_arrests,
)

# What the lead's sentence and the classifier's reading tell past the fight, then the coder's heading.
LATER_STEPS: Final[tuple[LeadStep, ...]] = (
    # an arrest told with harm or gunfire is the violence, not ACLED's (non-violent) arrest
    harmed_arrests,
    # a raid that seized weapons is a clash, not looting
    arms_seized,
    # damage that killed or hurt people is an attack, a planted device's a remote explosive attack; damage
    # a fired shell or rocket did is shelling
    deadly_damage,
    device_damage,
    lambda found, s: bombarded_damage(found, s.text, s.first, s.lead_end),
    # a fight the paragraph calls an armed clash is one, whatever damage or harm it did
    named_clashes,
    # an attack that set property on fire and harmed no one is property destruction
    harmless_arson,
    # but a village burned, not a house or a shop in it, was attacked
    burnt_villages,
    # a sub-type the classifier tells apart from all others types the lead as read
    lambda found, s: distinct_lead(found, s.first, s.prediction),
    # a text no trigger codes still tells its lead's event, as the classifier reads it
    lambda found, s: quiet_lead(s.doc, found, s.first, s.prediction, QUIET_LEAD_MIN_PROBABILITY),
    # a sentence's act of violence outranks its threats
    lambda found, s: acts_first(found),
    # a riot commemorated is no riot of the crowd's
    lambda found, s: peaceful_remembrance(s.doc, found),
    # a ceasefire one side declared alone is a change of its activity, no agreement
    unilateral_truce,
    # a helicopter or plane shot down, no fight told, was hit by a missile
    downed_aircraft,
    # an unarmed drone shot down or captured is property destroyed
    downed_drones,
    # a gang or armed group that handed out food or aid, nothing else coded, changed its activity
    armed_handouts,
    # someone shot or killed by police, read as 'Other' in a note without the heading that codes it so
    police_killings,
    # an arrest that set off protests is an arrest, however its passage reads
    lambda found, s: [arrest_sparked(d) for d in found],
    # a coder's heading outranks all
    lambda found, s: headed_lead(found, s.text, s.first),
)


def run_steps(steps: Sequence[LeadStep], found: list[Detection], scope: LeadScope) -> list[Detection]:
    """The detections after each step in turn."""
    for step in steps:
        found = step(found, scope)
    return found
