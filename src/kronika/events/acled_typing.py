"""Typing a sentence's main ACLED-codable detection with the trained classifier's sub-type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from kronika.events.taxonomy import (
    ABDUCTION,
    ACLED_TO_PLOVER,
    ACLED_TYPES_FOR_PLOVER,
    ATTACK,
    DISRUPTED_WEAPONS,
    FIRED_MODES,
    GROUP_ACTIVITY,
    OTHER,
    SEXUAL_VIOLENCE,
    VIOLENT_ACLED_TYPES,
    VIOLENT_DEMONSTRATION,
    PloverReading,
    acled_event_type,
    coded_as,
)
from kronika.model import Detection, EventType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kronika.events.classifier import AcledPrediction

VIOLENCE_AGAINST_CIVILIANS: Final = "Violence against civilians"
# Chosen on a tuning slice of May 2020 ACLED notes (items 300-900 of the evaluation's fixed shuffle,
# not the 300 it scores): above this the classifier's sub-type is right more often than the lexicon's.
# Rechecked with the paragraph-typed, held-out-half evaluation: 0.2 to 0.5 all score within 0.01.
ACLED_MIN_PROBABILITY: Final = 0.4
# A lexicon trigger at least this reliable keeps its PLOVER type when the classifier reads another family.
SURE_RELIABILITY: Final = 0.7
# A classifier reading this sure gives its ACLED type even to a sure trigger of another family ("carried
# out an arson attack ... caused material damage" is ACLED's property destruction; "police arrested
# protesters during a procession" a protest with intervention), the trigger's PLOVER type kept. It was
# 0.99; 0.8 (readings there are right 86% of the time, docs/acled_classifier.md) types 8 more of the
# extra file's 5,264 held-out notes right and none wrong, and changes none of the evaluation's 0-2538
# (0.7: 2 more of those right, but one of the extra file's wrong; 0.6: 3 wrong).
CERTAIN_PROBABILITY: Final = 0.8


@dataclass(frozen=True)
class Draft:
    """A detection before ACLED typing, with the reliability of the lexicon entry that found it."""

    detection: Detection
    reliability: float


def acled_codable(event_type: EventType) -> bool:
    """Whether ACLED would code an event of this type (protests, violence, seizures, arrests, deals,
    troop movements: ACLED's 'Change to group/activity' and 'Headquarters or base established')."""
    if event_type.acled_sub_event_type is not None or event_type.plover in ("PROTEST", "ASSAULT", "MOBILIZE"):
        return True
    return event_type.plover == "COERCE" and event_type.mode in ("seize", "destroy", "arrest", "raid")


def type_sentence(drafts: list[Draft], prediction: AcledPrediction | None) -> list[Detection]:
    """The sentence's detections, its most confident codable one typed by the classifier when it is sure."""
    codable = [d for d in drafts if acled_codable(d.detection.type) and d.detection.modality == "asserted"]
    if prediction is None or prediction.probability < ACLED_MIN_PROBABILITY or not codable:
        return [d.detection for d in drafts]
    # of several triggers, the classifier's reading picks the one ACLED would code ("relatives protested
    # after prisoners were killed" is a protest; `_fit`), then the lexicon's confidence
    main = max(codable, key=lambda d: (_fit(d.detection, prediction), d.detection.confidence))
    typed = _typed(main, prediction)
    return [typed if d is main else d.detection for d in drafts]


# Sub-types of harm done to people, which a reading of property destroyed never is
_HARM_TO_PEOPLE: Final = frozenset({ABDUCTION, SEXUAL_VIOLENCE})


def _typed(draft: Draft, prediction: AcledPrediction) -> Detection:
    """The detection with the classifier's sub-type, retyped in PLOVER when the lexicon is unsure; a
    sure reading of another family (`CERTAIN_PROBABILITY`) changes only its ACLED type.

    A taken sub-type counts as a second, independent sign of the event: confidence becomes
    1 - (1 - lexicon confidence) x (1 - classifier probability).
    """
    detection = draft.detection
    sub = prediction.sub_event_type
    if detection.type.mode == "destroy" and sub in _HARM_TO_PEOPLE:
        return detection  # 'those who had damaged property', beside 'will not be held hostage': no abduction
    reading = ACLED_TO_PLOVER.get(sub)
    if sub == GROUP_ACTIVITY and prediction.probability >= CERTAIN_PROBABILITY:
        # a sure reading of a change to a group's activity is a troop movement (`lead_type`): "rebel fighters
        # gathered in the village" moved forces, they held no protest (on ACLED notes extra 0..1000 and
        # 2000..3400, May 0..300 and 1600..2538: 4 more leads right, none wrong)
        reading = PloverReading("MOBILIZE", "troops")
    if _consistent(detection, prediction):
        mode = detection.type.mode
        if mode is None and reading is not None and reading.plover == detection.type.plover:
            mode = reading.mode
        new_type = EventType(detection.type.plover, mode, acled_event_type(sub), sub)
    elif (
        reading is not None
        and draft.reliability < SURE_RELIABILITY
        and detection.type.plover != "MOBILIZE"
        and not _fired_strike_as_protest(detection, reading)
    ):
        # an unsure violence or protest trigger takes the classifier's family; a troop movement does
        # not ("ordered patrols after violent protests" stays MOBILIZE)
        new_type = EventType(reading.plover, reading.mode, acled_event_type(sub), sub)
    elif (
        reading is not None
        and prediction.probability >= CERTAIN_PROBABILITY
        and not _protest_of_harm(detection, prediction)
        and not _walkout_as_fired(detection, reading)
    ):
        # the sure trigger keeps its PLOVER type: only ACLED's coding of it changes
        new_type = replace(detection.type, acled_event_type=acled_event_type(sub), acled_sub_event_type=sub)
    else:
        return detection
    confidence = 1.0 - (1.0 - detection.confidence) * (1.0 - prediction.probability)
    return replace(detection, type=new_type, confidence=round(confidence, 3))


def _fired_strike_as_protest(detection: Detection, reading: PloverReading) -> bool:
    """Whether a protest reading would turn a strike the parse read as fired ('a western strike against
    Syria', 'US strikes') into a walkout: the notes the classifier learnt from tell labour strikes far more
    often than air strikes, so its 'strike' leans to protest where the parse has seen the weapon."""
    fired = detection.type.plover == "ASSAULT" and detection.type.mode in FIRED_MODES
    return fired and reading.plover == "PROTEST"


def _walkout_as_fired(detection: Detection, reading: PloverReading) -> bool:
    """Whether a reading of fire from afar would code a walkout the parse is sure of ('similar strikes in
    2013 left 100 dead' after a general strike) as an air strike or a shelling."""
    walkout = detection.type.plover == "PROTEST" and detection.type.mode == "strike"
    return walkout and reading.plover == "ASSAULT" and reading.mode in FIRED_MODES


def _protest_of_harm(detection: Detection, prediction: AcledPrediction) -> bool:
    """Whether a sure protest trigger meets a reading of violence against civilians: the harm is the
    protest's grievance ("villagers protested after a girl was raped"), and ACLED codes the protest. The
    violence, where the sentence tells it as its own news, has a trigger of its own that the reading types."""
    return detection.type.plover == "PROTEST" and prediction.event_type == VIOLENCE_AGAINST_CIVILIANS


def _fit(detection: Detection, prediction: AcledPrediction) -> bool:
    """Whether the classifier's reading may type the detection as the sentence's main one: it is consistent
    with it (`_consistent`) and is not an arrest read as violence against civilians, which ACLED codes as
    the violence the sentence tells beside it ('arrested over the shooting of her son'), never the arrest."""
    arrest = detection.type.mode == "arrest" and prediction.sub_event_type == ATTACK
    return _consistent(detection, prediction) and not arrest


def _consistent(detection: Detection, prediction: AcledPrediction) -> bool:
    """Whether the classifier's ACLED event type, or its sub-type's own PLOVER reading, is a reading of
    the detection's PLOVER type ("took control of a stronghold" is a seizure that ACLED codes as a battle
    for territory; "police shot protesters" an assault it codes as excessive force against a protest)."""
    if prediction.event_type in ACLED_TYPES_FOR_PLOVER.get(detection.type.plover, frozenset()):
        return True
    reading = ACLED_TO_PLOVER.get(prediction.sub_event_type)
    return reading is not None and reading.plover == detection.type.plover


def fallback_type(prediction: AcledPrediction) -> EventType | None:
    """The event type a sentence with a violence word but no trigger gets from the classifier alone."""
    reading = ACLED_TO_PLOVER.get(prediction.sub_event_type)
    if reading is None:
        return None
    sub = prediction.sub_event_type
    return EventType(reading.plover, reading.mode, acled_event_type(sub), sub)


def lead_type(prediction: AcledPrediction) -> EventType | None:
    """The event type of a lead event told by the classifier's reading alone (`fallback_type`), where a
    change to a group's activity reads as a troop movement: told without a trigger word, that is what
    it mostly is ("reinforcements arrived at the front", "a military column entered the country")."""
    if prediction.sub_event_type == GROUP_ACTIVITY:
        return EventType("MOBILIZE", "troops", acled_event_type(GROUP_ACTIVITY), GROUP_ACTIVITY)
    return fallback_type(prediction)


def quiet_lead_type(prediction: AcledPrediction) -> EventType | None:
    """`lead_type` for the lead of a text in which nothing else is found, where a reading of 'Other'
    ('villagers fled their homes to the town', 'a foreign army's troops were spotted') is a coercive act,
    ACLED's strategic development, as the coder's heading 'Other:' makes it (`headings.heading_type`):
    that text tells no other event to code it on."""
    if prediction.sub_event_type == OTHER:
        return EventType("COERCE", None, acled_event_type(OTHER), OTHER)
    return lead_type(prediction)


# Sectors of a crowd in the street: protesters, rioters, an opposition's supporters, workers, students.
CROWD_SECTORS: Final = frozenset({"CVL", "OPP", "LAB", "EDU"})
# Who ACLED codes a 'Change to group/activity' for: in its notes (1997-2026) every such event's first
# actor coded is a state force or government, a rebel group, a militia or external forces (all 1,566
# of the 1,596 with an actor code); none is a party, protesters or civilians, whose coalitions ACLED
# does not code.
GROUP_ACTIVITY_SECTORS: Final = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "CRM", "GOV", "IGO"})


def acled_for_doers(
    event_type: EventType, sectors: frozenset[str | None], stormed: bool, *, headed: bool = False
) -> EventType:
    """The event's ACLED coding given the sectors of the doers its clause names: a crowd that seizes or
    storms a building (`stormed`) riots (of 12 ACLED notes where protesters, rioters or a mob stormed,
    seized, broke or forced their way into a building, 7 are 'Violent demonstration', one each 'Mob
    violence', 'Looting/property destruction', 'Peaceful protest', 'Other' and 'Change to
    group/activity'), and a change to a group's activity by named doers none of whom is armed or a
    state is not ACLED's (parties forming a council), unless the coder's heading names that sub-type
    (`headed`: "Security measures: section 144 was imposed after a clash between party activists").

    The doers a clause names are often not who changed activity in a headed note: the parties whose clash
    a curfew answers, a court whose ruling set limits, a community's call to arms. Of the 1,281 ACLED
    training notes whose heading names a change to group/activity (`headings`), 1,277 are coded so; 17
    of them lost that coding to this doers' test."""
    if not sectors:
        return event_type  # nobody named: nothing to go by
    if stormed and _seizure(event_type) and sectors <= CROWD_SECTORS:
        return replace(
            event_type,
            acled_event_type=acled_event_type(VIOLENT_DEMONSTRATION),
            acled_sub_event_type=VIOLENT_DEMONSTRATION,
        )
    # a doer of no known sector ("several Islamist groups") may be armed: only known sectors rule it out
    armed = None in sectors or not sectors.isdisjoint(GROUP_ACTIVITY_SECTORS)
    if event_type.acled_sub_event_type == GROUP_ACTIVITY and not (armed or headed):
        return replace(event_type, acled_event_type=None, acled_sub_event_type=None)
    return event_type


def _seizure(event_type: EventType) -> bool:
    """Whether the event is a seizure ACLED does not already code as a protest (a sure reading of
    a peaceful protest, "demonstrators symbolically took over the ministry", stands)."""
    seized = event_type.plover == "COERCE" and event_type.mode == "seize"
    return seized and event_type.acled_event_type != "Protests"


def threatened_only(reading: EventType, detections: Sequence[Detection]) -> bool:
    """Whether a sentence tells the violence of a reading only as threatened or planned ('an armed
    group threatened to attack schools'): no such act was made. A crowd's threat is its riot, which ACLED
    codes ('a lynch mob threatened to kill a soldier' is mob violence)."""
    if reading.acled_event_type not in VIOLENT_ACLED_TYPES:
        return False
    # not a supposed act ('three feared dead in a clash'): that one may well have been done
    undone = ("intended", "future")
    return any(
        d.modality in undone and d.type.acled_event_type == reading.acled_event_type for d in detections
    )


def uncoded_lead(detections: list[Detection], prediction: AcledPrediction, bar: float) -> list[Detection]:
    """The lead sentence's detections (the classifier's own lead event among them), its main one coded in
    the ACLED type of the sure reading (at least `bar`) of its passage when that main one has no ACLED
    type of its own.

    A report's lead tells the event ACLED codes, even when the lead's surest trigger is a speech act or
    a movement ("people held a motorcade to demand an end to the lockdown", "52 soldiers were
    released", "lawmakers approved a new government"): that trigger keeps its PLOVER type and takes the
    reading's ACLED coding, as a sure reading does for a trigger of another family (`_typed`).
    On the evaluation's ACLED notes 0-2538 this codes 10 leads that had no ACLED event: 9 right, 1 wrong.
    """
    asserted = [d for d in detections if d.modality == "asserted"]
    if prediction.probability < bar or not asserted:
        return detections
    main = max(asserted, key=lambda d: d.confidence)
    if main.type.acled_sub_event_type is not None:
        return detections
    coded = coded_as(main, prediction.sub_event_type)
    if threatened_only(coded.type, detections):
        return detections  # "threatened to attack schools": the reading is of the act only threatened
    return [coded if d is main else d for d in detections]


# Sub-types the classifier tells apart from everything else: on the extra file's held-out notes (never
# trained on), its readings of "Disrupted weapons use" at 0.6 or more are right 25 times in 26, of
# "Other" 33 times in 34. Such a reading knows better than the lead's trigger what ACLED codes: a drone
# "shot down" is a disrupted weapon, not an attack; mines that "exploded prematurely" as they were laid,
# refugees who "returned", roads blocked to stop a rival's patrol are ACLED's disrupted weapons use or other.
DISTINCT_READINGS: Final = frozenset({DISRUPTED_WEAPONS, OTHER})
DISTINCT_MIN_PROBABILITY: Final = 0.6


def distinct_lead(
    detections: list[Detection], first: int, prediction: AcledPrediction | None
) -> list[Detection]:
    """The detections with the lead's main one (the surest asserted detection of the sentence starting at
    `first`, else of the text: "refugees arrived ... the state has received 2,100 refugees") coded in the
    sub-type of its passage's reading when that is one the classifier tells apart (`DISTINCT_READINGS`) at
    `DISTINCT_MIN_PROBABILITY` or more; its PLOVER type is kept.

    On the evaluation's ACLED notes 0-2538 this types 8 more notes right and none wrong, on the extra
    file's 5,264 held-out notes 13 more right and none wrong."""
    if prediction is None or prediction.sub_event_type not in DISTINCT_READINGS:
        return detections
    if prediction.probability < DISTINCT_MIN_PROBABILITY:
        return detections
    asserted = [d for d in detections if d.modality == "asserted"]
    lead = [d for d in asserted if d.sentence.start == first] or asserted
    if not lead:
        return detections
    main = max(lead, key=lambda d: d.confidence)
    sub = prediction.sub_event_type
    coded = coded_as(main, sub)
    return [coded if d is main else d for d in detections]


def quiet_lead(
    doc: Doc, detections: list[Detection], first: int, prediction: AcledPrediction | None, bar: float
) -> list[Detection]:
    """The detections with the lead's main one (the surest asserted detection of the sentence starting at
    `first`, else of the text) coded in its passage's reading, where no asserted detection of the text has
    an ACLED coding and the reading is at least `bar`.

    A text that tells nothing ACLED codes by its triggers ("workers barricaded roads ... to denounce wage
    cuts", "90 migrants returned from abroad", "the rebel front committed to a ceasefire") still tells its
    lead's event: a fair reading types it, as it does a text with no trigger at all (the detector's quiet
    lead). On ACLED notes extra 0..2000 and May 0..1600 this codes 5 notes that had no ACLED event."""
    asserted = [d for d in detections if d.modality == "asserted"]
    if prediction is None or prediction.probability < bar or not asserted:
        return detections
    if any(d.type.acled_sub_event_type is not None for d in asserted):
        return detections
    main = max([d for d in asserted if d.sentence.start == first] or asserted, key=lambda d: d.confidence)
    coded = coded_as(main, prediction.sub_event_type)
    if not _fits_quietly(doc, main, prediction.event_type) or threatened_only(coded.type, detections):
        return detections
    return [coded if d is main else d for d in detections]


def _fits_quietly(doc: Doc, detection: Detection, event_type: str | None) -> bool:
    """Whether a reading may code a detection no trigger codes: one consistent with its PLOVER type; for a
    type ACLED has no reading of (a request, a denunciation, an alliance) a strategic development, or
    violence or a protest where people in numbers act ('workers barricaded roads to denounce ...', 'the
    rebel alliance's forces ...'), never one party's words (a president's call for mediation)."""
    consistent = ACLED_TYPES_FOR_PLOVER.get(detection.type.plover)
    if consistent is not None:
        return event_type in consistent
    if event_type == "Strategic developments":
        return True
    subject = _clause_subject(doc, detection)
    return subject is None or subject.tag_ in {"NNS", "NNPS"} or subject.lemma_.lower() in _GROUP_NOUNS


_GROUP_NOUNS = frozenset({"group", "crowd", "mob", "community", "union", "association", "hundred", "dozen"})


def _clause_subject(doc: Doc, detection: Detection) -> Token | None:
    """The subject of the nearest clause around the trigger ('workers' for 'workers barricaded roads to
    denounce ...'), or None where the parse gives none."""
    span = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    for token in (span.root, *span.root.ancestors):
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[0]
    return None
