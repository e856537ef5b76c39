"""Specs for the rule detector's ranking: the lead event first."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language

from kronika.events.follow_up_weights import FOLLOW_UP_FACTOR, opens_with_pronoun, weigh_by_discourse
from kronika.events.taxonomy import acled_event_type
from kronika.model import Article, Detection, EventType, Span
from kronika.pipeline import Pipeline

# --- ranking: the lead event first ---------------------------------------------------------------


def _top(nlp: Language, text: str) -> Detection:
    """The detection the detector is surest of."""
    return max(asserted_only(detected(nlp, text)), key=lambda d: d.confidence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen attacked a market in the north on Monday. They were arrested two days later.", "ASSAULT"),
        ("Workers rallied outside the ministry on Friday. They were detained by police.", "PROTEST"),
        ("The rebels announced they will free the hostages seized last year.", "AGREE"),
    ],
)
def test_lead_event_outranks_follow_up_and_description(nlp: Language, text: str, expected: str) -> None:
    """A short text's first event beats a later or back-referring sentence and a noun's description."""
    assert _top(nlp, text).type.plover == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency dispatched inspectors to the reactor site.", ("ACCUSE", "investigate")),
        ("The minister defended the right of nurses to strike.", ("SUPPORT", "defend")),
        ("Dozens of prisoners began a hunger strike on Sunday.", ("PROTEST", "hunger")),
        ("The army declared martial law in the province.", ("COERCE", "martial-law")),
        ("Villagers set alight two suspected cattle thieves near the market.", ("COERCE", "destroy")),
        # 'ablaze' and 'afire' hang under 'set' as 'alight' does; the crowd's arson outranks its protest
        ("Angry villagers set ablaze two shops of the accused trader in Tamok.", ("COERCE", "destroy")),
        ("Residents set afire a lorry of the contractor, then staged a protest.", ("COERCE", "destroy")),
        ("Unknown men set the party office afire on Sunday night.", ("COERCE", "destroy")),
        # a baton charge is a beating, not a legal charge
        ("Police baton charged shopkeepers in Patna for opening during the lockdown.", ("ASSAULT", "beat")),
        ("Officers baton-charged vendors at the bus stand in Ranchi on Monday.", ("ASSAULT", "beat")),
        # a lathi (a police cane) charge too, the hyphened word read as part of the verb, not its subject
        ("Police lathi-charged a crowd of job seekers outside the office in Gaya.", ("ASSAULT", "beat")),
        ("Officers resorted to a lathi-charge at the station in Gaya on Monday.", ("ASSAULT", "beat")),
    ],
)
def test_multiword_triggers(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    """Phrases whose words together name the event, verbs with objects and nouns with modifiers."""
    top = _top(nlp, text)
    assert (top.type.plover, top.type.mode) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister telephoned his Turkish counterpart on Sunday.", ("CONSULT", "phone")),
        ("The rebel army declared a unilateral ceasefire on Friday.", ("RETREAT", None)),
        ("Troops lifted the blockade of the port on Tuesday.", ("RETREAT", "withdraw")),
        ("The navy reimposed a blockade on the coast.", ("COERCE", None)),
        ("Militias violated the truce overnight.", ("ASSAULT", None)),
        ("The government suspended aid to the province.", ("SANCTION", "suspend")),
        ("The foreign ministry protested that its border had been violated.", ("ACCUSE", "disapprove")),
        ("The charity delivered forty tonnes of food to the flooded villages.", ("AID", "humanitarian")),
        ("Saboteurs blew up a railway bridge near the capital.", ("COERCE", "destroy")),
        ("The commission sent experts to the region to investigate the killings.", ("ACCUSE", "investigate")),
        # concern said about another's doings is mild disapproval
        ("The embassy expressed concern over the mass arrests in Tamok.", ("ACCUSE", "disapprove")),
        ("Ankara voiced concern about the new border fence.", ("ACCUSE", "disapprove")),
    ],
)
def test_codebook_verbs(nlp: Language, text: str, expected: tuple[str, str | None]) -> None:
    """PLOVER codebook verbs: calls, truces, easing or imposing blockades, aid, verbal protest."""
    top = _top(nlp, text)
    assert (top.type.plover, top.type.mode) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union said it would blockade the port unless wages rise.", ("THREATEN", None)),
        ("The gang will burn the crops if the farmers do not pay.", ("THREATEN", "coerce")),
        ("The government announced it would cut aid to the region.", ("SANCTION", "suspend")),
        ("The ambassador said the rebels must free the hostages.", ("REQUEST", None)),
        ("Insurgents tried to assassinate the provincial governor.", ("ASSAULT", "assassinate")),
        ("The court decided to pardon the jailed journalist.", ("CONCEDE", "release")),
        ("The ministry said it would not meet the strikers' demands.", ("REJECT", "refuse")),
        ("The two delegations failed to reach an agreement.", ("REJECT", "refuse")),
        ("The country will give the region a loan of ten million, its ministry said.", ("AGREE", None)),
    ],
)
def test_stated_intentions(nlp: Language, text: str, expected: tuple[str, str | None]) -> None:
    """Announced or conditional hostile acts are threats, reported obligations demands, refusals REJECT."""
    top = _top(nlp, text)
    assert (top.type.plover, top.type.mode) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police said the protesters would march again.",
        "The rebels decided to attack the town.",
        "The envoy did not meet the minister.",
    ],
)
def test_predictions_and_plans_stay_unasserted(nlp: Language, text: str) -> None:
    """Another's prediction, a decision to fight and a meeting that did not happen are no events."""
    assert asserted_only(detected(nlp, text)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They were arrested later.", True),
        ("It, too, was burned.", True),
        ("Police arrested two men.", False),
    ],
)
def test_back_referring_sentences(sentence: str, expected: bool) -> None:
    """A sentence that opens with a pronoun points back to an event told before it."""
    assert opens_with_pronoun(sentence) is expected


def _found(start: int, sub: str, confidence: float) -> Detection:
    """A made-up asserted detection in the sentence starting at `start`, typed with ACLED sub-type `sub`."""
    sentence = Span(start, start + 10, "x" * 10)
    event_type = EventType("ASSAULT", None, acled_event_type(sub), sub)
    return Detection(sentence=sentence, trigger=sentence, type=event_type, confidence=confidence)


def _uncoded(start: int, confidence: float) -> Detection:
    """A made-up asserted troop movement in the sentence starting at `start`, with no ACLED coding."""
    sentence = Span(start, start + 10, "x" * 10)
    event_type = EventType("MOBILIZE", "troops", None, None)
    return Detection(sentence=sentence, trigger=sentence, type=event_type, confidence=confidence)


@pytest.mark.parametrize(
    ("found", "reading", "top"),
    [
        # the lead clash agrees with the paragraph's reading: a later, surer seizure is capped below it
        ([_found(0, "Armed clash", 0.8), _found(20, "Disrupted weapons use", 0.95)], "Armed clash", 0),
        # the first sentence has no event of the reading's type: the first one that has leads
        (
            [_found(0, "Arrests", 0.5), _found(20, "Armed clash", 0.7), _found(40, "Arrests", 0.99)],
            "Armed clash",
            1,
        ),
        # no sure reading: the first sentence's own codable event leads
        ([_found(0, "Armed clash", 0.8), _found(20, "Arrests", 0.95)], None, 0),
        # a sure reading no sentence agrees with (a coding rule retyped the lead): the lead holds
        ([_found(0, "Armed clash", 0.8), _found(20, "Arrests", 0.95)], "Peaceful protest", 0),
        ([_found(0, "Looting/property destruction", 0.8), _found(20, "Arrests", 0.95)], "Attack", 0),
        # ... but a lead with no ACLED coding of its own does not: confidence alone ranks
        ([_uncoded(0, 0.8), _found(20, "Arrests", 0.95)], "Attack", 1),
    ],
)
def test_follow_ups_are_capped_below_the_event_the_reading_confirms(
    found: list[Detection], reading: str | None, top: int
) -> None:
    """The first event of the classifier's reading of the lead paragraph (with no sure reading, the first
    sentence's codable event) outranks every later one."""
    weighed = weigh_by_discourse(found, 0, reading)
    best = max(range(len(weighed)), key=lambda i: weighed[i].confidence)
    assert best == top
    assert all(w.confidence <= f.confidence for w, f in zip(weighed, found, strict=True))
    if reading is not None and top == 0:
        assert weighed[1].confidence == round(found[0].confidence * FOLLOW_UP_FACTOR, 3)


def _spoken(start: int, confidence: float) -> Detection:
    """A made-up asserted demand in the sentence starting at `start`: a speech act ACLED does not code."""
    sentence = Span(start, start + 10, "x" * 10)
    demand = EventType("REQUEST", None, None, None)
    return Detection(sentence=sentence, trigger=sentence, type=demand, confidence=confidence)


@pytest.mark.parametrize(
    ("found", "reading", "weak", "top"),
    [
        # a weak reading only the later weapons seizure has: the lead's own clash leads
        (
            [_found(0, "Government regains territory", 0.5), _found(20, "Disrupted weapons use", 0.7)],
            "Disrupted weapons use",
            True,
            0,
        ),
        # ... a sure one takes the lead to the sentence it reads
        (
            [_found(0, "Government regains territory", 0.5), _found(20, "Disrupted weapons use", 0.7)],
            "Disrupted weapons use",
            False,
            1,
        ),
        # a weak reading the lead sentence agrees with: that event leads as before
        (
            [_found(0, "Armed clash", 0.5), _found(20, "Attack", 0.6), _found(40, "Armed clash", 0.9)],
            "Armed clash",
            True,
            0,
        ),
        # a weak reading after a lead ACLED codes nothing of (a demand): the later event still leads
        ([_spoken(0, 0.8), _found(20, "Arrests", 0.95)], "Arrests", True, 1),
    ],
)
def test_a_weak_reading_does_not_move_the_lead_to_a_later_sentence(
    found: list[Detection], reading: str, weak: bool, top: int
) -> None:
    """'Troops retook the town after a clash. They recovered rifles left behind.': a reading under the bar
    at which it makes an event of its own, that only the later sentence's event agrees with, leaves the
    first sentence's codable event the lead, and the later one capped below it."""
    weighed = weigh_by_discourse(found, 0, reading, weak=weak)
    best = max(range(len(weighed)), key=lambda i: weighed[i].confidence)
    assert best == top
    if weak and top == 0:
        assert weighed[1].confidence == round(found[0].confidence * FOLLOW_UP_FACTOR, 3)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paragraph is read, weakly, as the weapons the second sentence says were recovered
        (
            "On 17 March 2019, FARDC troops recovered territory after fighting the ADF near Oicha "
            "(Beni, Nord-Kivu), leaving 9 ADF fighters and 3 soldiers dead. The army "
            "recovered rifles and crude bombs left behind by the ADF.",
            "Government regains territory",
        ),
        (
            "On 9 October 2018, troops clashed with Mai-Mai militiamen at Kikuku (Rutshuru, Nord-Kivu), "
            "killing 3 of them. The army recovered 5 rifles and ammunition abandoned by the militia.",
            "Armed clash",
        ),
    ],
)
def test_weapons_recovered_after_a_fight_do_not_lead(pipeline: Pipeline, text: str, expected: str) -> None:
    """A note whose first sentence tells a fight and whose second the arms found after it is coded as
    the fight, however the classifier reads the paragraph."""
    best = max(pipeline.mentions(Article("t", text)), key=lambda m: m.confidence)
    assert best.type.acled_sub_event_type == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A shoot-out broke out between soldiers and smugglers near the border.",
        "A shootout broke out between soldiers and smugglers near the border.",
        "Soldiers exchanged fire with smugglers near the border on Monday.",
        "A fierce gunfight took place between soldiers and smugglers.",
    ],
)
def test_exchanges_of_fire_are_armed_clashes(nlp: Language, text: str) -> None:
    """A shoot-out, gunfight or exchange of fire is a battle between two armed sides."""
    top = _top(nlp, text)
    assert (top.type.plover, top.type.acled_sub_event_type) == ("ASSAULT", "Armed clash")


@pytest.mark.parametrize(
    "text", ["Early morning shooting wounds four", "Weekend shooting injures two in Maple Park"]
)
def test_a_headline_shooting_read_as_a_compound_is_still_an_event(nlp: Language, text: str) -> None:
    """'Shooting wounds four' parses as a noun phrase; the shooting is the headline's news."""
    assert any(d.type.plover == "ASSAULT" for d in asserted_only(detected(nlp, text)))
