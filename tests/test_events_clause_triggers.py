"""Specs for verbs whose event is told by what they govern: premises targeted, a head of government
put in office, a charge that went off, a person striking a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.taxonomy import LOOTING
from kronika.model import Article, Detection


def _asserted(nlp: Language, text: str) -> list[Detection]:
    """The asserted detections of one sentence."""
    found = load_detector().detect(nlp(text), Article(id="t", text=text))
    return [d for d in found if d.modality == "asserted"]


def _kinds(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """The PLOVER types and modes of a sentence's asserted detections."""
    return {(d.type.plover, d.type.mode) for d in _asserted(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Groups of young men roamed the town centre on Friday, targeting shops and offices.",
        "Looters were seen targeting restaurants and banks near the station on Sunday night.",
        "Masked men targeted several businesses in the old market overnight.",
    ],
)
def test_targeting_premises_is_property_destruction(nlp: Language, text: str) -> None:
    """Targeting shops, offices or businesses is harm done to property (ACLED's looting/property
    destruction)."""
    found = [d for d in _asserted(nlp, text) if d.type.plover == "COERCE"]
    assert found and found[0].type.acled_sub_event_type == LOOTING


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen targeted a shop with a grenade on Sunday.",  # an attack told by its weapon
        "Unknown attackers targeted the owner of a bakery in the east of the city.",  # a person
        "Police targeted shops selling counterfeit medicine in a week-long sweep.",  # enforcement
        "The new levy targets businesses that import luxury cars.",  # a policy
    ],
)
def test_targeting_people_or_enforcement_is_no_property_destruction(nlp: Language, text: str) -> None:
    """Targeting with a weapon, targeting a person, and a policy's or the police's targeting of shops are
    no property destruction."""
    assert not any(d.type.acled_sub_event_type == LOOTING for d in _asserted(nlp, text))


def test_crowds_roaming_the_streets_did_the_targeting(nlp: Language) -> None:
    """'Crowds roaming the streets targeting shops': the crowds targeted them, not the streets."""
    text = "Witnesses described crowds roaming the streets targeting shops and offices."
    found = [d for d in _asserted(nlp, text) if d.type.plover == "COERCE"]
    assert found and any("crowds" in text[s.start : s.end].lower() for s in found[0].actor_spans)


@pytest.mark.parametrize(
    "text",
    [
        "Bowing to the protesters' demands, the king appointed an opposition leader prime minister.",
        "Under pressure from the street, the ruling party named Tomas Varga head of government on Monday.",
        "Giving in to the strikers' demands, the president appointed a new premier on Friday.",
    ],
)
def test_a_head_of_government_put_in_office_under_demands_is_a_concession(nlp: Language, text: str) -> None:
    """Filling a head office in answer to a demand or pressure the sentence tells gives in to a call for
    a change of leadership (PLOVER CONCEDE, mode leadership)."""
    assert ("CONCEDE", "leadership") in _kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The new premier, Ivan Petrov, was elected during an emergency meeting in a hotel.",
        "Lawmakers elected Anna Berg prime minister at a closed session on Friday.",
        "The assembly appointed the former finance minister as president of the transitional council.",
        "The ruling party named Tomas Varga head of government on Monday.",
    ],
)
def test_routinely_putting_a_head_of_government_in_office_concedes_nothing(nlp: Language, text: str) -> None:
    """An assembly electing a premier, or a party naming one, gives in to no one: no CONCEDE (PLOVER
    codes no routine election); the meeting it was held at stays a consultation."""
    kinds = _kinds(nlp, text)
    assert not any(plover == "CONCEDE" for plover, _ in kinds)


def test_the_meeting_that_elected_a_premier_is_a_consultation(nlp: Language) -> None:
    """The emergency meeting a premier was elected at is the event told: lawmakers met (CONSULT)."""
    text = "The new premier, Ivan Petrov, was elected during an emergency meeting in a hotel."
    assert ("CONSULT", "meet") in _kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Under pressure from donors, the board elected to postpone the vote.",  # chose to do something
        "Bowing to demands, the premier named her minister of culture.",  # a cabinet post, not the head
        "After weeks of pressure he was appointed head of the regional water office.",  # an office's head
        "The newly elected president met protesters to hear their demands.",  # a description, not news
    ],
)
def test_other_choices_and_posts_are_no_change_of_leadership(nlp: Language, text: str) -> None:
    """Choosing to act, filling a lesser post, or an adjective 'elected' tells no change of leadership,
    even under pressure."""
    assert ("CONCEDE", "leadership") not in _kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        (
            "He greeted friends after leaving prison, where he was serving a term for his role in the riot.",
            "riot",
        ),
        (
            "The activist, serving a prison term for the looting of a bank, was moved to another jail.",
            "looting",
        ),
        ("He has served two years of his sentence for his role in the release of a drug lord.", "release"),
        ("She remains in prison, serving a sentence for her role in the attack on the embassy.", "attack"),
    ],
)
def test_the_crime_a_prison_term_punishes_is_no_event_of_the_report(
    nlp: Language, text: str, recalled: str
) -> None:
    """'Serving a sentence for his role in the riot': the riot is an old act the sentence recalls."""
    assert not any(text[d.trigger.start : d.trigger.end] == recalled for d in _asserted(nlp, text))


def test_an_arrest_for_a_role_in_an_attack_still_tells_the_attack(nlp: Language) -> None:
    """Only a term or a conviction punishes an old act: an arrest for a role in an attack is news of both."""
    text = "Police arrested two men for their role in the bombing of a market on Friday."
    assert any(text[d.trigger.start : d.trigger.end] == "bombing" for d in _asserted(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2016, a crude bomb went off outside a guest house in Sylhet city where a visiting "
        "minister from Nepal was staying.",
        "Two grenades went off near the cattle market in Gitega on Tuesday, wounding four traders.",
        "An improvised explosive device went off under a fuel tanker on the road to Mandera.",
    ],
)
def test_a_charge_that_went_off_is_an_explosion(nlp: Language, text: str) -> None:
    """A bomb, grenade or other charge that went off exploded: an assault with explosives, which outranks
    the visit or the trade its sentence names as the setting."""
    found = _asserted(nlp, text)
    top = max(found, key=lambda d: d.confidence)
    assert (top.type.plover, top.type.mode) == ("ASSAULT", "explosives")
    assert top.trigger.text == "went off"


@pytest.mark.parametrize(
    "text",
    [
        "The fire alarm went off at the bank on Monday morning.",
        "The lights went off across the district during the storm.",
    ],
)
def test_an_alarm_that_went_off_is_no_explosion(nlp: Language, text: str) -> None:
    """Only a charge that goes off explodes: an alarm or the lights going off tell no assault."""
    assert not any(d.type.plover == "ASSAULT" for d in _asserted(nlp, text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("On 3 June 2021, a customs officer hit a bus driver at the checkpoint in Tolo district.", "hit"),
        ("A market guard slapped him outside the fish stalls in Kesso on Friday.", "slapped"),
        ("Two women were kicked by a village chief during the meeting in Mara.", "kicked"),
        ("On 2 March 2021, the police of Tolo hit several women of the Kesso fish market.", "hit"),
        ("Three traders were slapped by the police at the Mara bus stand.", "slapped"),
    ],
)
def test_a_person_striking_a_person_is_a_beating(nlp: Language, text: str, verb: str) -> None:
    """A person hitting, slapping or kicking a person (or one struck by a person) beat them: an assault,
    an attack until the classifier reads the sentence otherwise."""
    found = [d for d in _asserted(nlp, text) if d.trigger.text == verb]
    assert found and (found[0].type.plover, found[0].type.mode) == ("ASSAULT", "beat")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("A minibus hit two pedestrians on the Tolo highway on Sunday.", "hit"),  # a vehicle
        ("He was hit by a stray bullet near the market.", "hit"),  # a bullet
        ("Two mortar shells hit three villagers in Kesso.", "hit"),  # shells
        ("The drought has hit farmers in the north hardest.", "hit"),  # a plight
        ("The football match was kicked off by the mayor of Mara.", "kicked"),  # a particle
    ],
)
def test_things_hitting_people_are_no_beating(nlp: Language, text: str, verb: str) -> None:
    """Vehicles, bullets, shells and hardships hit people too, and a match is kicked off: no beating."""
    assert not any(d.trigger.text == verb and d.type.mode == "beat" for d in _asserted(nlp, text))
