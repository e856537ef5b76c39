"""Discourse: what a lead's paragraph tells of a protest (violence or none, police action, burning barricades,
damage, its grievance) retypes the lead; fire returned and armed victims are `battle_rules`'."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kronika.events import force_words as fw
from kronika.events.battle_rules import (
    armed_targets,
    civilian_victims,
    criminal_victims,
    feuding_sides,
    guns_fired,
    off_duty_victims,
    returned_fire,
    small_arms,
    war_remnants,
)
from kronika.events.crowd_rules import MISSILES_THROWN
from kronika.events.follow_up_weights import FOLLOW_UP_FACTOR
from kronika.events.lead_rules import LeadRule, LeadScope, lead_detection, with_lead
from kronika.events.protest_acts import FIRES_AND_STATUES, HELD_TO_ACCOUNT, SHUT_DOWN, arrest_told_apart
from kronika.events.protest_force import (
    DETAINED_PEOPLE,
    POLICE_AT_ALL,
    bullet_wounds,
    fired_on_crowd,
    harmless_force,
    unpoliced_mention,
)
from kronika.events.taxonomy import (
    ARRESTS,
    EXCESSIVE_FORCE,
    INTERVENTION,
    LOOTING,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)
from kronika.model import Detection

# What the police do to a protest that ACLED codes as intervention, when a lexicon trigger does not say it.
# Burning barricades make a protest violent: of ACLED's notes that tell burning tyres, objects or debris
# (or a road blocked "with burning" ones), 97% (402 of 416) are violent demonstrations; of its protest
# notes whose first sentence says roads or streets were barricaded, 95% (57 of 60); of its protest notes that
# say a road was blocked while something burned ("blocked the main road, burning rubbish"), 60 of 60 (3
# of them told by none of the other words here).
_BURNING_BARRICADE: Final = re.compile(
    r"\bbarricad(?:ed|ing) (?:\w+ ){0,2}(?:roads?|streets?|highways?|entrances?)\b"
    r"|\bburn(?:ing|ed|t) (?:\w+ ){0,2}"
    r"(?:tyres|tires|objects|debris|barricades|wood|logs|branches|trash|garbage)"
    r"|\bwith burning\b|\bset (?:\w+ ){0,2}(?:tyres|tires) (?:on fire|alight|ablaze)"
    r"|\bblock\w* (?:the |a )?(?:[\w'-]+ ){0,3}?(?:roads?|streets?|highways?)\b[^.]{0,40}\bburning\b",
    re.IGNORECASE,
)
# So does damage the paragraph tells: of ACLED's protest notes that say something was burnt, destroyed,
# vandalised, smashed or set on fire (not an effigy, a flag or a picture burnt in protest, nor crops or
# homes damaged by weather or a demolition: the grievance), 93% (2170 of 2329) are violent demonstrations.
_DAMAGE: Final = re.compile(
    r"\b(?:burnt|burned|destroyed|vandali[sz]ed|damaged|smashed|set on fire|set fire|torched|ransacked)\b",
    re.IGNORECASE,
)
_GRIEVANCE_DAMAGE: Final = re.compile(
    r"effig|crops?|harvest|rain|storm|flood|transformer|demoli\w*|(?:was|were) (?:destroyed|damaged) by|"
    r"burn(?:ed|t) (?:\w+ )?(?:cop(?:y|ies)|flags?|pictures?|portraits?|photos?|posters?|banners?)",
    re.IGNORECASE,
)
# A participle written as the adjective of a noun after a determiner ("to repair the damaged road", "for
# their burnt homes") tells a thing's state, mostly what the protest is about, not what the crowd did: of
# ACLED's protest training notes whose only damage words are such, both are peaceful protests.
_DAMAGED_STATE: Final = re.compile(
    r"\b(?:the|their|its|his|her|our) (?:burnt|burned|destroyed|damaged) "
    r"(?!(?:by|in|during|at|on|and|or|with|to|a|an|the)\b)[a-z]+",
    re.IGNORECASE,
)
# So do demonstrators who hurt people ("journalists were beaten up by demonstrators", "protesters attacked
# a councillor"): of ACLED's training notes that say so, 88% (43 of 49) are riots, 42 of them violent
# demonstrations. Counter-demonstrators who attack a protest are no violence of its own, nor is
# protesters who "hit the streets".
_PROTESTERS_HURT: Final = re.compile(
    r"\b(?:beaten(?: up)?|attacked|assaulted|hit|punched|kicked) by (?:the )?(?:\w+ )?"
    r"(?<!counter-)(?:demonstrators|protesters|protestors|marchers)\b"
    r"|(?<!counter-)\b(?:demonstrators|protesters|protestors|marchers) (?:also )?"
    r"(?:beat|attacked|assaulted|hit|punched|kicked)\b(?! (?:the )?streets?\b)",
    re.IGNORECASE,
)
# So do scuffles or a fight with someone ("a small scuffle with counter-demonstrators", "a physical
# confrontation with MPs"): of ACLED's protest training notes that tell one, 75% (51 of 68) are riots,
# 47 violent demonstrations; 15 are peaceful or met with intervention. A scuffle of one or two people ("a
# scuffle broke out between two marchers", "a short scuffle with a lone counter-protester") is no crowd's
# violence: the 3 training notes that tell one are all peaceful protests.
_ONE_OR_TWO: Final = (
    r" (?:a|an|one|two|single|lone) (?:(?!(?:of|few|number|group|couple)\b)[\w-]+ ){0,2}"
    r"(?:[\w-]*(?:protesters?|protestors?|demonstrators?)|individuals?|m[ae]n|wom[ae]n|persons?|people|"
    r"participants?|marchers?|bystanders?|drivers?|motorists?)\b"
)
_SCUFFLE: Final = re.compile(
    r"\b(?:scuffles?|physical (?:confrontations?|altercations?)|brawls?|fist-?fights?|scuffled|brawled)\b"
    rf"(?: \w+){{0,3}}? (?:with|between)\b(?!{_ONE_OR_TWO})",
    re.IGNORECASE,
)
# So do stones or bottles thrown anywhere in the paragraph, or rioters named: of ACLED's protest and riot
# training notes that tell stones, rocks, bricks or bottles thrown, 93% of those not coded mob violence
# (507 of 542) are violent demonstrations; of those that name rioters or rioting (not an attack "by" them on
# the protest), 97% (1475 of 1523).
_CROWD_VIOLENCE: Final = re.compile(
    rf"{MISSILES_THROWN}|(?<!\bby )(?<!\bby the )\b(?:rioters|rioting)\b",
    re.IGNORECASE,
)
# Rioting a protest is about is the grievance, not its crowd's violence ("a vigil for a youth charged with
# rioting", "demanding punishment for the rioters who damaged the monument"): of ACLED's protest and riot
# training notes that name rioters or rioting only so (charged, accused, jailed, sentenced, convicted, tried,
# punished for it; an arrest "for rioting" is left out, as notes tell a riot's own arrests so, unless told
# in a clause as what the protest is about: "for classmates who were arrested for rioting"), the 3 with
# no other violence of the crowd's are peaceful or met with intervention, none a violent demonstration.
_RIOTING_CHARGED: Final = re.compile(
    r"\b(?:charge[sd]?|accus\w*|prison|jail\w*|sentenc\w*|convict\w*|punish\w*|trials?|justice|prosecut\w*|"
    r"indict\w*)\b(?: [\w,'-]+){0,4}? (?:for|of|with) (?:the |alleged |\w+ )?(?:rioters|rioting)\b|"
    r"\b(?:charg(?:ed|ing|es?) (?:\w+ ){0,3}?(?:with|for|of)|accused of|convicted of|"
    r"(?:who|that) (?:were|had been|have been) arrested (?:for|after)|"
    r"punishment (?:for|of|to)|trial (?:for|of))\b[^.]{0,40}?\b(?:rioters|rioting)\b",
    re.IGNORECASE,
)
# So do demonstrators who fire guns into the air ("soldiers demonstrated by firing their rifles into the
# air", "staged a sit-in and fired shots in the air"): armed protesters shooting make a riot however
# harmless the shots. Of ACLED's training notes whose lead is a protest and that say so, 7 of 9 are violent
# demonstrations, one peaceful, one with intervention; police firing into the air to disperse a crowd are
# its intervention, not its violence, so the shooters must be the crowd.
_CROWD_FIRED: Final = re.compile(
    r"\b(?:demonstrators|protesters|protestors|the group|they)\b[^.]{0,30}? (?:fired|shot|firing|shooting) "
    r"(?:\w+ ){0,3}?(?:in|into) the air"
    r"|\bby (?:firing|shooting) (?:\w+ ){0,3}?(?:in|into) the air"
    r"|\b(?:protest|demonstrat|rall)\w*\b[^.]{0,100}?,? and (?:fired|shot) (?:\w+ ){0,3}?(?:in|into) the air",
    re.IGNORECASE,
)
# A riot is told with some word of its violence: of ACLED's training notes whose first sentence tells a
# protest and that name none of these words, 99% are peaceful or met with intervention, 0.9% (275 of
# about 31,900) violent demonstrations. ("Locked" but not "lockdown": a curfew is no violence.)
_VIOLENCE_TOLD: Final = re.compile(
    r"\b(?:violen\w*|clash\w*|riot\w*|ston\w*|rocks?|burn\w*|torch\w*|vandal\w*|attack\w*|damag\w*|"
    r"loot\w*|fire|ablaze|alight|injur\w*|wound\w*|kill\w*|bomb\w*|brick\w*|throw\w*|threw|hurl\w*|"
    r"pelt\w*|barricad\w*|fight\w*|beat\w*|assault\w*|smash\w*|destroy\w*|ransack\w*|storm\w*|"
    r"hostage\w*|lock(?:ed|ing)|confin\w*|seiz\w*|took over|occup\w*|forced|forcibly|unrest|chaos|tension\w*|"
    r"scuffl\w*|brawl\w*)\b",
    re.IGNORECASE,
)
# Violence a protest is against is its grievance, not its own ("blocked a road over the killing of a
# trader", "marched to condemn the attack on a journalist"): of ACLED's protest training notes whose only
# violence words lie in such a phrase, 97% (1344 of 1379) are peaceful or met with intervention, 2% (23)
# violent demonstrations.
_GRIEVANCE: Final = re.compile(
    r"\b(?:over|against|condemn\w*|denounc\w*|protest\w*|demonstrat\w*|following|after|decry\w*) "
    r"(?:the |a |an |recent |alleged |\w+'s )*(?:\w+ )?"
    r"(?:killings?|murders?|attacks?|deaths?|killed|assault|beating|rape|lynching)\b"
    r"(?: (?:of|on) (?:(?!(?:and|but|while|then|as|before|when)\b)[\w'-]+ ?){1,6})?",
    re.IGNORECASE,
)
# Violence a paragraph denies is none either ("No reports of violence or clashes with police", "ended
# without violence", "no one was injured"): of ACLED's protest and riot training notes whose only violence
# words (besides a grievance) are denied so, 98% (169 of 173) are peaceful or met with intervention or
# force, 4 violent demonstrations.
_DENIED_VIOLENCE: Final = re.compile(
    r"\b(?:no|without|nor|never|not)\b(?: \w+){0,3}? "
    r"(?:violen\w*|clash\w*|incidents? of violence|injur\w*|damag\w*|attack\w*|unrest|scuffl\w*)"
    r"(?:,? (?:or|and|nor) (?:\w+ ){0,2}?(?:violen\w*|clash\w*|injur\w*|damag\w*|attack\w*|unrest|"
    r"scuffl\w*|fight\w*))*",
    re.IGNORECASE,
)
# A paragraph that says outright there was no violence ("a bottle was thrown at officers, but no serious
# damage or violence was reported", "the sit-in went on without violence") gives the coder's own judgement
# of the protest, which outranks the lesser acts it tells beside: of ACLED's training notes that say so and
# name some word of violence besides, 22 of 27 are peaceful or met with intervention, 3 violent
# demonstrations.
_NO_VIOLENCE_AT_ALL: Final = re.compile(
    r"\bno (?:serious |major |significant |real )?(?:(?:property )?damage or )?violence\b"
    r"|\bwithout (?:any )?violence\b",
    re.IGNORECASE,
)
# Property a crowd of demonstrators destroys is a violent demonstration in ACLED's coding: of its notes
# that tell both a protest and damage, 61% are violent demonstrations and 0.2% (4 of 1974) property
# destruction.
_PROTESTERS: Final = re.compile(r"\b(?:demonstrat\w*|protest\w*|rioters?|rioted)\b", re.IGNORECASE)
_UNARMED: Final = frozenset({PEACEFUL_PROTEST, INTERVENTION})
# A protest with intervention or excessive force is told with some word of who intervened and how
# (`protest_force.POLICE_AT_ALL`).
_FORCED: Final = frozenset({INTERVENTION, EXCESSIVE_FORCE})
# Nor is a protest peaceful whose paragraph tells someone attacking, shooting or assaulting ("rival
# activists attacked the procession", "gunmen opened fire on the sit-in"): others than the police acted on
# it. Of ACLED's protest training notes with no word of police or force above but one of these, about
# half (186 of 371) are protests with intervention or excessive force: where the reading is one, it stands.
# A vehicle rammed or driven into the crowd ("a pickup truck rammed into them", "a driver plowed through
# the marchers", "drove his car into the demonstrators") is such force too: of ACLED's protest training
# notes that tell one, 21 of 22 are protests met with excessive force (all 11 that tell no word above). A car
# driven "through" a crowd is not (only 4 of 11: most tell a convoy or a driver getting past), nor is one
# a relative clause recalls as the grievance ("a driver who drove into protesters").
_RAM_VEHICLE: Final = (
    r"(?: (?:his|her|their|an?|the) (?:[\w-]+ )?(?:car|vehicle|truck|pickup|SUV|van|motorcycle))?"
)
_RAM_MANNER: Final = r"(?: (?:deliberately|intentionally|purposefully))?"
_VEHICLE_RAMMED: Final = (
    r"(?<!\bwho )\b(?:(?:ramm(?:ed|ing)|plow(?:ed|ing)|plough(?:ed|ing)|mow(?:ed|ing) down)"
    + _RAM_VEHICLE
    + _RAM_MANNER
    + r"(?: into| through)?|(?:drove|driven)"
    + _RAM_VEHICLE
    + _RAM_MANNER
    + r" into) (?:the |a |some |several )?(?:(?:crowd|group)s? of )?(?:[\w-]+ )?"
    r"(?:protest(?:er|or)s|demonstrators|marchers|crowds?|them|"
    r"(?:the )?(?:protest|demonstration|march|rally))\b"
)
# A crowd that "dispersed" on its own ("the demonstrators later dispersed", not "police dispersed them" nor
# "they dispersed the crowd") left; it was not dispersed, and its mention read as one with intervention tells
# no police act. Of the 18 ACLED training notes that tell a crowd dispersing so, this leaves 2 leads
# peaceful protests that were made ones with intervention, both peaceful in ACLED's coding; none changes
# otherwise (the 5 coded with intervention tell police acts in other words).
_CROWD_DISPERSED: Final = re.compile(
    r"\b(?:protesters|protestors|demonstrators|crowds?|they|participants|marchers|groups?|people|students|"
    r"workers|supporters|members|residents|villagers|farmers|activists|youths?|traders|tenants)"
    r"(?: (?:later|then|eventually|peacefully|soon|quietly|finally|all))? dispers(?:ed|ing)\b"
    r"(?! (?:the|them|a|an|protesters|protestors|demonstrators|crowds?)\b)",
    re.IGNORECASE,
)
_OTHERS_FORCE: Final = re.compile(
    r"\b(?:opened fire|open fire|attacked|shot|assaulted|hacked|stabbed|ran over|run over)\b|"
    + _VEHICLE_RAMMED,
    re.IGNORECASE,
)
# Nor is one that others stopped on its way ("students were intercepted by the party's youth wing on the
# way to their protest", "BCL men obstructed the human chain"): of ACLED's protest training notes with no
# word of police or force above but one of these, all 3 are protests with intervention.
_OTHERS_OBSTRUCTED: Final = re.compile(
    r"\b(?:intercepted|obstructed|disrupted|foiled|chased|thwarted) (?:the |a |an |their |its )?"
    r"(?:(?!(?:to|in|amid|by|due)\b)[\w-]+ ){0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marche?s?|"
    r"processions?|human chains?|sit-ins?|protesters|demonstrators|marchers)\b"
    r"|\b(?:protesters|demonstrators|marchers|participants|students|activists|members|supporters|workers|they)"
    r" (?:[\w-]+ )?were (?:intercepted|obstructed|chased|halted|stopped|blocked) by\b",
    re.IGNORECASE,
)
# Police named as a protest's place ("outside the police precinct") or its grievance ("against police
# brutality", "to defund the police") made no intervention: of ACLED's protest training notes whose only
# words of police or force are such, 99.7% (6005 of 6025) are peaceful protests (168 of 169 of those
# naming only a police station, department or precinct).
_POLICE_NOT_ACTING: Final = re.compile(
    r"\bpolice (?:stations?|departments?|precincts?|headquarters|HQ|posts?|offices?|brutality|violence|"
    r"killings?|shootings?|misconduct|reforms?|accountability|budgets?|funding|abuses?|harassment)\b"
    r"|\bdefund(?:ing)? (?:the )?police\b",
    re.IGNORECASE,
)
# Nor did arrests a protest is about ("demanding the release of its detained leaders", "against the arrest
# of a blogger", "the release of activists who were detained", "all detainees"): of ACLED's protest
# training notes whose only words of police or force are such (or the ones above), 91% (1723 of 1899) are
# peaceful protests and 1.5% (29) protests with intervention.
_ARREST_GRIEVANCE: Final = re.compile(
    r"\b(?:releas\w*|freedom|free(?:ing)?) of (?:[\w'-]+ ){0,4}?(?:detained|arrested|jailed|imprisoned|"
    r"incarcerated|detainees|prisoners|"
    r"(?:people|persons|men|activists|leaders|members) (?:arrested|detained))\b"
    r"|\b(?:releas\w*|freedom|free|arrests?|detentions?|jailing|imprisonment|incarceration)(?: of)? "
    r"(?:(?:its|their|his|her|the|a|an|all|party|two|three|several)\s)*"
    r"(?:(?:detained|arrested|jailed|imprisoned|incarcerated)\s)?"
    r"|\bdetainees\b",
    re.IGNORECASE,
)
_ARREST_CAUSE: Final = re.compile(r"\b(?:arrest|detention|release|jail|imprison)", re.IGNORECASE)
# So did an arrest a later sentence tells along with a demand for the release or freedom of those arrested
# ("They demanded the release of two students who were arrested last week"): of ACLED's peaceful or
# intervened protest training notes whose lead names no arrest and no police act but a later sentence
# names an arrest so, 96% (98 of 102) are peaceful protests.
_RELEASE_DEMANDED: Final = re.compile(r"\b(?:demand\w*|release of|call\w* for|freedom|free)\b", re.IGNORECASE)
# Police who "intervened" (not "did not intervene"), "interfered" or "brought the situation under control"
# acted on the protest: of ACLED's peaceful or intervened protest notes that say so, 94% (370 of 395) are
# protests with intervention. So did police who "tried to control the crowd" or "contained the situation":
# of those notes that say so, 5 of 6. So did police who dispersed it, or moved in or tried to ("Police
# moved in to disperse the marchers", which the lexicon reads as a purpose, not an event): of those notes
# whose police, forces, troops or authorities dispersed someone, 98% (492 of 502) are protests with
# intervention. So did police who tried to arrest, stop or block someone ("tried to arrest a student",
# whether or not they managed): of ACLED's peaceful or intervened protest notes that say so, all 27.
# The forces whose dispersing or intervening is told: the core less the army and the military, with plural
# officers, soldiers and guards. The whole core (army, military, an officer, a guard, bare "security") would
# match 28 more training notes, only 6 of them protests with intervention: armies intervene in their own
# fights, and a lone officer or guard intervening is mostly a brawl or a mob.
_DISPERSING_FORCES: Final = (
    fw.CORE.without("army", "military")
    .replacing(r"officers?", "officers")
    .replacing(r"soldiers?", "soldiers")
    + fw.ANY_FORCES.without("security")
    + fw.GUARDS.replacing(r"guards?", "guards")
    + fw.AUTHORITIES
)
_INTERVENTION_WORDS: Final = re.compile(
    r"\b(?:tear[- ]?gas|lathi|baton[- ]charge\w*|water cannons?|rubber bullets|pepper spray)\b"
    rf"|\b{_DISPERSING_FORCES.group}\b[^.]{{0,40}}"
    r"(?<!not )(?<!n't )(?<!never )\b"
    r"(?:interven(?:ed|es|ing|e)|interfer(?:ed|es|ing|e)|dispers(?:ed|es|ing|e)|"
    r"brought [^.]{0,25}under control|"
    r"(?:tried|attempted|attempting|trying) to (?:arrest|detain|stop|block|prevent)|"
    r"(?:control|contain)(?:led|ed|ing|s)? the (?:crowds?|protesters|demonstrators|situation))\b",
    re.IGNORECASE,
)


def retype_lead(detections: Sequence[Detection], scope: LeadScope) -> list[Detection]:
    """The detections with the lead's event typed by what its paragraph (`scope.first`..`scope.lead_end`
    in `scope.text`) tells: no violence at all, police action on a protest, fire returned, small arms
    fired, armed victims, sides that fought each other, burning barricades, wounds from live fire, forces
    firing on the crowd or no harm at all, demonstrators' damage. Each rule looks at the lead as the one
    before left it.

    `scope.peaceful`: the classifier read the whole paragraph as a peaceful protest and is sure of it; the
    words of damage, fire or scuffles `burning_barricades` looks for then do not outrank it (they tell
    the grievance or another event: "rebels had burnt two army trucks the week before").
    Nor does a later mention of the protest itself that its own sentence's reading types as one with
    intervention ("an officer marched with them in the protest"). Arrests and dispersal still make it a
    protest with intervention."""
    text, first, lead_end = scope.text, scope.first, scope.lead_end
    found = calm_protest(detections, scope)
    found = protest_interventions(found, text, first, lead_end, scope.peaceful)
    found = civilian_victims(found, scope)
    found = off_duty_victims(found, scope)
    found = returned_fire(found, text, first, lead_end)
    found = small_arms(found, scope)
    found = armed_targets(found, scope)
    found = feuding_sides(found, scope)
    found = guns_fired(found, scope)
    found = criminal_victims(found, scope)
    found = war_remnants(found, text, first, lead_end)
    if not scope.peaceful:
        found = burning_barricades(found, scope)
    found = shots_in_the_air(found, scope)
    found = bullet_wounds(found, scope)
    found = fired_on_crowd(found, scope)
    found = harmless_force(found, own_violence(scope.paragraph), first)
    return protest_damage(found, scope)


def _no_violence(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells no violence at all ("students held a demonstration after two
    classmates died"), or none but the one it is against ("over the killing of a trader") and the one it
    denies ("no violence was reported"), or says outright that there was none (`_NO_VIOLENCE_AT_ALL`)."""
    paragraph = scope.paragraph
    told = own_violence(paragraph)
    return not (_VIOLENCE_TOLD.search(told) or FIRES_AND_STATUES.search(told)) or bool(
        _NO_VIOLENCE_AT_ALL.search(paragraph)
    )


# A lead protest coded as a violent demonstration whose paragraph tells none of its own violence is a
# peaceful one; what police did to it is left to `protest_interventions`.
calm_protest: Final = LeadRule(
    readings=frozenset({VIOLENT_DEMONSTRATION}),
    plover="PROTEST",
    tells=_no_violence,
    becomes=PEACEFUL_PROTEST,
)


def own_violence(text: str) -> str:
    """The text with the violence a protest is against ("over the killing of a trader"), or someone is held to
    account for (`protest_acts.HELD_TO_ACCOUNT`), a thing told as damaged ("the damaged road") and the
    violence it denies ("no violence was reported") blanked out, offsets kept: what is left is its own."""
    told = _GRIEVANCE.sub(lambda found: " " * len(found.group()), text)
    told = _without_rioting_charged(HELD_TO_ACCOUNT.sub(lambda found: " " * len(found.group()), told))
    told = _DAMAGED_STATE.sub(lambda found: " " * len(found.group()), told)
    return _DENIED_VIOLENCE.sub(lambda found: " " * len(found.group()), told)


def _without_rioting_charged(text: str) -> str:
    """The text with rioting named as what someone is charged with blanked (`_RIOTING_CHARGED`); the scan
    is skipped where no rioting is named, as in most texts."""
    if "riot" not in text.lower():
        return text
    return _RIOTING_CHARGED.sub(lambda found: " " * len(found.group()), text)


def crowd_hurt(text: str) -> bool:
    """Whether the text tells demonstrators who hurt people, scuffled, threw stones or fired into the air,
    or names rioters (not rioting it is about: "a youth charged with rioting", `_RIOTING_CHARGED`)."""
    own = _without_rioting_charged(text)
    return any(r.search(own) for r in (_PROTESTERS_HURT, _SCUFFLE, _CROWD_VIOLENCE, _CROWD_FIRED))


def protest_interventions(
    detections: Sequence[Detection], text: str, first: int, lead_end: int, peaceful: bool = False
) -> list[Detection]:
    """The detections with a peaceful lead protest retyped as one with intervention when its paragraph
    (`first`..`lead_end` in `text`) goes on to tell arrests, dispersal, tear gas or police who shut it
    down (`protest_acts.SHUT_DOWN`); those follow-ups
    are then part of the protest and capped below it.

    ACLED codes "staged a protest ... 26 were arrested" as a protest with intervention, not as
    arrests: the lead's protest is the event and what the police did to it is its sub-type. The
    other way, a lead protest typed as one with intervention (or excessive force) in a paragraph
    that names no police, force, arrest or dispersal at all, and no one attacking, firing on or assaulting
    people (`_OTHERS_FORCE`), is a peaceful protest (the police station
    it was held at, the police brutality it was against, the arrest of the leaders whose release it
    demanded, are no police acting). A later protest mention read as one with intervention is taken for
    police action only where its sentence names police or force and `peaceful` (a sure reading of the
    paragraph as a peaceful protest) is not given (`protest_force.unpoliced_mention`).
    """
    lead = lead_detection(detections, first)
    if lead is not None and lead.type.plover == "PROTEST" and lead.type.acled_sub_event_type in _FORCED:
        if police_acted(text[first:lead_end]):
            return list(detections)
        return with_lead(
            detections, lead, replace(lead, type=replace(lead.type, acled_sub_event_type=PEACEFUL_PROTEST))
        )
    if lead is None or lead.type.acled_sub_event_type != PEACEFUL_PROTEST:
        return list(detections)
    after = [
        d
        for d in detections
        if d is not lead and lead.trigger.end <= d.trigger.start < lead_end and d.modality == "asserted"
    ]
    # a protest against an arrest ("demanding the release of ...", "for migrants detained") tells that arrest
    cause = any(r.search(lead.sentence.text) for r in (_ARREST_CAUSE, DETAINED_PEOPLE))
    follow = [
        d
        for d in after
        if (
            d.type.acled_sub_event_type == INTERVENTION
            and not unpoliced_mention(d, peaceful)
            and not _crowd_left(d)
        )
        or (d.type.acled_sub_event_type == ARRESTS and not cause and not _arrest_grievance(d))
    ]
    acts = [r.search(text, lead.trigger.end, lead_end) for r in (_INTERVENTION_WORDS, SHUT_DOWN)]
    if not follow and not any(acts):
        return list(detections)
    protest = replace(lead, type=replace(lead.type, acled_sub_event_type=INTERVENTION))
    cap = round(protest.confidence * FOLLOW_UP_FACTOR, 3)
    return [
        protest if d is lead else (replace(d, confidence=min(d.confidence, cap)) if d in follow else d)
        for d in detections
    ]


def _crowd_left(mention: Detection) -> bool:
    """Whether a later mention is the crowd dispersing of its own accord ("The protesters dispersed after
    officers asked them to leave"): its trigger is the crowd's own intransitive "dispersed"."""
    if not mention.trigger.text.lower().startswith("dispers"):
        return False
    sentence = mention.sentence
    return any(
        found.end() == mention.trigger.end - sentence.start
        for found in _CROWD_DISPERSED.finditer(sentence.text)
    )


# A word of intervening alone names no police act: where police or forces intervened, `POLICE_AT_ALL`
# finds them by name; without them it is the crowd's own act ("members intervened in a meeting to tear
# down banners") or what it demands ("demanding the minister's intervention"). Of ACLED's protest training
# notes whose only word of police or force is one of intervening, 39 of 41 are peaceful protests.
_INTERVENING: Final = re.compile(r"\binterven\w*", re.IGNORECASE)


def police_acted(told: str) -> bool:
    """Whether `told` names police, force, arrest or dispersal (`protest_force.POLICE_AT_ALL`), someone
    attacking, firing on or assaulting people, or others stopping the protest (`_OTHERS_OBSTRUCTED`), once
    the police named as a protest's place or grievance, the arrests it is about and words of intervening
    that name no one (`_INTERVENING`) are blanked."""
    told = _POLICE_NOT_ACTING.sub(lambda found: " " * len(found.group()), told)
    told = _ARREST_GRIEVANCE.sub(lambda found: " " * len(found.group()), told)
    told = _INTERVENING.sub(lambda found: " " * len(found.group()), told)
    return any(r.search(told) for r in (POLICE_AT_ALL, _OTHERS_FORCE, _OTHERS_OBSTRUCTED))


def _arrest_grievance(arrest: Detection) -> bool:
    """Whether an arrest after the lead protest is no police act on it: told apart (`arrest_told_apart`),
    or told in a sentence that demands those arrested be freed (`_RELEASE_DEMANDED`, `DETAINED_PEOPLE`)."""
    sentence = arrest.sentence.text
    return arrest_told_apart(arrest) or any(r.search(sentence) for r in (_RELEASE_DEMANDED, DETAINED_PEOPLE))


def _crowd_violence(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph tells of burning tyres, barricades or damage done, of people the
    demonstrators hurt, of stones thrown or of rioters, and does not say outright that there was no
    violence (`_NO_VIOLENCE_AT_ALL`)."""
    paragraph = scope.paragraph
    if _NO_VIOLENCE_AT_ALL.search(paragraph):
        return False
    done = _DAMAGED_STATE.sub(lambda found: " " * len(found.group()), paragraph)
    done = _DENIED_VIOLENCE.sub(lambda found: " " * len(found.group()), done)  # "no property was damaged"
    damage = _DAMAGE.search(done) is not None and _GRIEVANCE_DAMAGE.search(paragraph) is None
    fires = _BURNING_BARRICADE.search(paragraph) or FIRES_AND_STATUES.search(paragraph)
    return damage or crowd_hurt(paragraph) or bool(fires)


def _shots_in_the_air(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph says the demonstrators fired into the air."""
    return bool(_CROWD_FIRED.search(scope.text, scope.first, scope.lead_end))


def _protesters_told(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph names demonstrators, protesters or rioters ("prisoners demonstrated ...
    chairs were burnt and property destroyed")."""
    return bool(_PROTESTERS.search(scope.text, scope.first, scope.lead_end))


# A lead protest (peaceful or with intervention) whose paragraph tells the crowd's violence is a violent
# demonstration: what the crowd did outweighs what the police did in ACLED's coding.
burning_barricades: Final = LeadRule(readings=_UNARMED, tells=_crowd_violence, becomes=VIOLENT_DEMONSTRATION)
# So is one whose demonstrators fired into the air; unlike the damage `burning_barricades` looks for, which
# may be another event's, the crowd's own shots outrank even a sure peaceful reading.
shots_in_the_air: Final = LeadRule(readings=_UNARMED, tells=_shots_in_the_air, becomes=VIOLENT_DEMONSTRATION)
# A lead property destruction whose paragraph says demonstrators did it is a violent demonstration.
protest_damage: Final = LeadRule(
    readings=frozenset({LOOTING}), tells=_protesters_told, becomes=VIOLENT_DEMONSTRATION
)
