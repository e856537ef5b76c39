"""Whether police acted on a lead protest: arrests, dispersal or tear gas its paragraph goes on to tell make
it one with intervention, and one read as met with force whose paragraph names no police act is peaceful."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kronika.events import force_words as fw
from kronika.events.blanks import blank, blank_spans
from kronika.events.follow_up_weights import FOLLOW_UP_FACTOR
from kronika.events.lead_rules import lead_detection, with_lead
from kronika.events.protest_acts import SHUT_DOWN, arrest_told_apart
from kronika.events.protest_force import DETAINED_PEOPLE, POLICE_AT_ALL, unpoliced_mention
from kronika.events.taxonomy import ARRESTS, EXCESSIVE_FORCE, INTERVENTION, PEACEFUL_PROTEST
from kronika.model import Detection

# What the police do to a protest that ACLED codes as intervention, when a lexicon trigger does not say it.
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
# So is a bomb thrown or set off at the crowd ("unknown men hurled two crude bombs at the procession"): of
# ACLED's protest training notes that tell one and no word of police or force above, all 7 are protests
# with intervention (2) or excessive force (5).
_BOMBED_CROWD: Final = (
    r"\b(?:hurl\w*|explod\w*|threw|thrown|throw\w*|blast\w*|detonat\w*|set off|lobb\w*)\b[^.]{0,40}?"
    r"\b(?:bombs?|grenades?|cocktails?|explosives?|IEDs?)\b[^.]{0,30}?\b(?:at|on|into|during|targeting|near) "
    r"(?:the |their |a |an )?(?:[\w-]+ ){0,3}?(?:procession|rally|demonstration|protest|march|human chain|"
    r"sit-in|gathering|meeting|protesters|demonstrators|marchers)s?\b"
)
_OTHERS_FORCE: Final = re.compile(
    r"\b(?:opened fire|open fire|attacked|shot|assaulted|hacked|stabbed|ran over|run over)\b|"
    + _VEHICLE_RAMMED
    + "|"
    + _BOMBED_CROWD,
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
# naming only a police station, department or precinct). Nor did police who only tell of it ("police
# said", "according to police"): of those notes whose only such words are these, 8 of 10 are peaceful.
_POLICE_NOT_ACTING: Final = re.compile(
    r"\bpolice (?:stations?|departments?|precincts?|headquarters|HQ|posts?|offices?|brutality|violence|"
    r"killings?|shootings?|misconduct|reforms?|accountability|budgets?|funding|abuses?|harassment)\b"
    r"|\bdefund(?:ing)? (?:the )?police\b"
    r"|\b(?:police|officers|authorities) (?:said|say|says|reported)\b"
    r"|\b(?:said|according to) (?:the )?(?:local )?(?:police|officers|authorities)\b",
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
# A lead sentence that names "detaining" tells a practice the protest is against ("against ICE's practice of
# detaining children", "demanding officers stop detaining two men"): all 3 ACLED protest training notes
# whose first sentence names it are peaceful protests.
_ARREST_CAUSE: Final = re.compile(r"\b(?:arrest|detention|detaining|release|jail|imprison)", re.IGNORECASE)
# So did an arrest a later sentence tells along with a demand for the release or freedom of those arrested
# ("They demanded the release of two students who were arrested last week"): of ACLED's peaceful or
# intervened protest training notes whose lead names no arrest and no police act but a later sentence
# names an arrest so, 96% (98 of 102) are peaceful protests.
_RELEASE_DEMANDED: Final = re.compile(r"\b(?:demand\w*|release of|call\w* for|freedom|free)\b", re.IGNORECASE)
# Police action a clause tells as the past the protest answers ("demanded the Mayor resign after police
# deployed tear gas against demonstrators one month earlier", "after police last week released tear gas to
# break up protests") was done to an earlier protest, not this one: of ACLED's peaceful or intervened
# protest training notes whose only words of intervention lie in a clause opened by "after", "when" or
# "since" that dates what it tells earlier (last week, days ago, the previous week), all 3 are peaceful.
_EARLIER: Final = (
    r"\b(?:last (?:week|month|year|night|\w+day)"
    r"|(?:a|one|two|three|several|\d+) (?:days?|weeks?|months?|years?) (?:earlier|ago|before)"
    r"|earlier (?:this|that|in the) (?:week|month|year)|the previous (?:day|week|month|year))\b"
)
_EARLIER_CLAUSE: Final = re.compile(
    rf"\b(?:after|when|since)\b(?=[^.;]{{0,160}}?{_EARLIER})[^.;]{{0,160}}",
    re.IGNORECASE,
)
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

# Police or authorities a protest urges, asks or demands to act ("urged the authorities to intervene in
# their case", "demanded a policy that requires officers to intervene") are what it wants, not what was
# done to it: of ACLED's protest training notes that name police, forces or authorities so, 96% (388 of
# 403) are peaceful protests. The demand is blanked before the paragraph is read for police acts.
_DEMANDED_ACT: Final = re.compile(
    r"\b(?:demand|urg|call|ask|request|requir|press|appeal|petition|want|implor)\w*\b[^.;]{0,40}?"
    rf"\b{_DISPERSING_FORCES.group}\s+to\s+\w+",
    re.IGNORECASE,
)


def protest_interventions(
    detections: Sequence[Detection], text: str, first: int, lead_end: int, peaceful: bool = False
) -> list[Detection]:
    """The detections with a peaceful lead protest retyped as one with intervention when its paragraph
    (`first`..`lead_end` in `text`) goes on to tell arrests, dispersal, tear gas or police who shut it
    down (`protest_acts.SHUT_DOWN`); those follow-ups
    are then part of the protest and capped below it. Police action a clause dates earlier ("after police
    fired tear gas last week", `_EARLIER_CLAUSE`) was done to another protest and is no follow-up.

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
    follow = _police_follow_ups(detections, lead, lead_end, peaceful)
    earlier = [found.span() for found in _EARLIER_CLAUSE.finditer(text, lead.trigger.end, lead_end)]
    follow = [d for d in follow if not any(start <= d.trigger.start < end for start, end in earlier)]
    told = blank(_DEMANDED_ACT, blank_spans(text, earlier))
    acts = [r.search(told, lead.trigger.end, lead_end) for r in (_INTERVENTION_WORDS, SHUT_DOWN)]
    if not follow and not any(acts):
        return list(detections)
    protest = replace(lead, type=replace(lead.type, acled_sub_event_type=INTERVENTION))
    cap = round(protest.confidence * FOLLOW_UP_FACTOR, 3)
    return [
        protest if d is lead else (replace(d, confidence=min(d.confidence, cap)) if d in follow else d)
        for d in detections
    ]


def _police_follow_ups(
    detections: Sequence[Detection], lead: Detection, lead_end: int, peaceful: bool
) -> list[Detection]:
    """The asserted mentions after a peaceful lead protest, within its paragraph, that tell police acting
    on it: an intervention whose sentence names police or force, or an arrest the protest is not about."""
    after = [
        d
        for d in detections
        if d is not lead and lead.trigger.end <= d.trigger.start < lead_end and d.modality == "asserted"
    ]
    # a protest against an arrest ("demanding the release of ...", "for migrants detained") tells that arrest
    cause = any(r.search(lead.sentence.text) for r in (_ARREST_CAUSE, DETAINED_PEOPLE))
    return [
        d
        for d in after
        if (
            d.type.acled_sub_event_type == INTERVENTION
            and not unpoliced_mention(d, peaceful)
            and not _crowd_left(d)
        )
        or (d.type.acled_sub_event_type == ARRESTS and not cause and not _arrest_grievance(d))
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
    told = blank(_POLICE_NOT_ACTING, told)
    told = blank(_ARREST_GRIEVANCE, told)
    told = blank(_INTERVENING, told)
    return any(r.search(told) for r in (POLICE_AT_ALL, _OTHERS_FORCE, _OTHERS_OBSTRUCTED))


def _arrest_grievance(arrest: Detection) -> bool:
    """Whether an arrest after the lead protest is no police act on it: told apart (`arrest_told_apart`),
    or told in a sentence that demands those arrested be freed (`_RELEASE_DEMANDED`, `DETAINED_PEOPLE`)."""
    sentence = arrest.sentence.text
    return arrest_told_apart(arrest) or any(r.search(sentence) for r in (_RELEASE_DEMANDED, DETAINED_PEOPLE))
