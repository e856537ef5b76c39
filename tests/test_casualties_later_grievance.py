"""Specs for a death a riot's clause tells as come after it ('stoned a man who later died'): the riot's own
toll, where a clause's death with no such word is the grievance the crowd rose over."""

from __future__ import annotations

import pytest
from builders import made_up_detection, whole_sentence
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import EventType

MOB = EventType("PROTEST", "riot", "Riots", "Mob violence")


@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        pytest.param(
            "A crowd hurled stones at a shopkeeper who later died in hospital in Khulna.",
            1,
            id="'who later died': the riot's own dead",
        ),
        pytest.param(
            "A mob beat a night guard who subsequently died at a clinic in Pabna.",
            1,
            id="'who subsequently died'",
        ),
        pytest.param(
            "Kin of a farmer who died in a bus collision blocked the highway and burned tyres in Pabna.",
            None,
            id="a clause's death with no word of after is the grievance",
        ),
    ],
)
def test_a_death_a_riot_tells_as_come_after_it(nlp: Language, sentence: str, fatalities: int | None) -> None:
    toll = count_casualties(nlp(sentence), whole_sentence(sentence, MOB))
    assert toll.fatalities == fatalities


@pytest.mark.parametrize(
    ("trigger", "fatalities"),
    [
        pytest.param(
            "killed", 5, id="the clash told in the 'after' clause is the event: its dead are its own"
        ),
        pytest.param("rioted", None, id="a riot after the clash: its dead set the riot off"),
    ],
)
def test_a_death_in_an_after_clause_is_the_toll_of_the_event_told_there(
    nlp: Language, trigger: str, fatalities: int | None
) -> None:
    sentence = "Youths rioted in Wajir after clashes between two clans killed five herders."
    detection = made_up_detection(
        sentence, trigger, "ASSAULT" if trigger == "killed" else "PROTEST", MOB.acled_sub_event_type
    )
    assert count_casualties(nlp(sentence), detection).fatalities == fatalities


def test_force_used_on_a_protest_counts_none_of_the_death_it_was_over(nlp: Language) -> None:
    sentence = "Seven people were shot during a protest in Larkin over the police killing of a teenager."
    detection = made_up_detection(sentence, "shot", "ASSAULT", "Excessive force against protesters")
    toll = count_casualties(nlp(sentence), detection)
    assert (toll.fatalities, toll.injured) == (None, 7)
