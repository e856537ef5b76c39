"""Specs for broad lexicon words that name no event of their type in some uses (`events/loose_senses.py`):
a call that names something, words or rewards given, pictures released, an emergency nobody declared, harm
no one inflicted, a memory recalled, a question asked."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _plovers(nlp: Language, text: str) -> set[str]:
    """The PLOVER types of the asserted detections the default detector finds in one text."""
    return {d.type.plover for d in asserted_only(detected(nlp, text))}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The governor called the fire an accident.", "CONSULT"),
        ("Engineers are testing so-called smart fences at the port.", "CONSULT"),
        ("Defense lawyers called a neighbour who testified about the car.", "CONSULT"),
        ("The coach gave an interview to a local paper on Tuesday.", "AID"),
        ("The council offered a reward for news of the missing dog.", "AID"),
        ("Police released a sketch of the driver on Monday.", "RETREAT"),
        ("The photos, released on Monday by the ministry, show the flooded streets.", "RETREAT"),
        ("The summary released by the inspectors does not name the poison.", "RETREAT"),
        ("The agency released a survey of the flooded farms on Monday.", "RETREAT"),
        ("Both passengers were treated and released from the clinic.", "RETREAT"),
        ("A gas explosion wrecked a bakery in Lorne overnight.", "ASSAULT"),
        ("Five villagers died of cholera in Tembo last week.", "ASSAULT"),
        ("Three infants died from the cold in the tent camp.", "ASSAULT"),
        ("A cooking stove fire injured two children in the camp.", "ASSAULT"),
        ("The singer gave the crowd a lesson in patience.", "AID"),
        ("Given the cold, the market in Doran closed early on Friday.", "AID"),
        ("The plan looks risky, given the size of the debt.", "AID"),
        ("The mayor was accused of abusing his office to hire relatives.", "ASSAULT"),
        ("A retired teacher recalled the flood of 1987 in her memoir.", "SANCTION"),
        ('"Where were you that night?" asked the lawyer.', "REQUEST"),
        ("The ministry poured money into new rail lines this year.", "PROTEST"),
        ("The two men were seen to walk out of the bank at noon.", "PROTEST"),
    ],
)
def test_loose_readings_add_no_event(nlp: Language, text: str, unwanted: str) -> None:
    """The broad word's other sense is read as what it is, not as an event of the lexicon's type."""
    assert unwanted not in _plovers(nlp, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The premier called his Dutch counterpart on Monday about the border.", "CONSULT"),
        ("Rebels released twelve hostages near Kindu on Saturday.", "RETREAT"),
        ("The agency has given food and blankets to the flood victims in Doran.", "AID"),
        ("The opposition called for three days of strikes across the country.", "REQUEST"),
        ("Thousands of people poured into the streets of Tirana on Sunday.", "PROTEST"),
        ("The government declared a state of emergency in Kasai province.", "COERCE"),
        ("Moscow recalled its envoy from Riga on Friday.", "SANCTION"),
        ("The minister asked parliament to approve the budget.", "REQUEST"),
        ("A man died from gunshot wounds after the attack on the market.", "ASSAULT"),
    ],
)
def test_the_event_senses_stand(nlp: Language, text: str, wanted: str) -> None:
    """The same words in their event sense still tell the event."""
    assert wanted in _plovers(nlp, text)
