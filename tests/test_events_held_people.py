"""Specs for 'hold' as a detention (`events/held_people.py`): people held are detained; ground, gatherings,
power, views and things held, and 'hold off', 'held accountable', are no arrest."""

from __future__ import annotations

import pytest
from builders import asserted_only, detected
from spacy.language import Language


def _arrests(nlp: Language, text: str, word: str) -> list[str]:
    """The modes of the asserted COERCE detections whose trigger is `word` in one text."""
    return [
        str(d.type.mode)
        for d in asserted_only(detected(nlp, text))
        if d.trigger.text == word and d.type.plover == "COERCE"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The last hamlets held by the rebels fell to the army on Sunday.", "held"),
        ("A regional summit held in Lusaka last month ended early.", "held"),
        ("The opposition party held its congress in Tarvo on Monday.", "held"),
        ("The militia still holds a narrow strip of land along the river.", "holds"),
        ("The truce that had held since March collapsed in Tarvo.", "held"),
        ("Supporters held up a huge banner outside the stadium in Ghent.", "held"),
        ("The garrison has held off the attackers for two weeks.", "held"),
        ("The minister said the company would be held accountable for the spill.", "held"),
        ("Clan elders have held sway over the valley since the war.", "held"),
        ("The movement had lost most of the towns it once held.", "held"),
        ("She holds dual citizenship through her mother.", "holds"),
        ("A guard stood at the gate holding a rifle.", "holding"),
        ("I held my baby close as we walked towards the border.", "held"),
        ("One of the wounded men held a crutch on his lap.", "held"),
        ("The archive holds the stories of ten thousand families.", "holds"),
    ],
)
def test_holding_no_one_is_no_arrest(nlp: Language, text: str, word: str) -> None:
    """What is held is a place, a gathering, power, a view or a thing, or nothing: no detention."""
    assert _arrests(nlp, text, word) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police held six suspects overnight at the station in Kisumu.", "held"),
        ("Two reporters were held for three days in Goma before their release.", "held"),
        ("The militia holds dozens of captured soldiers in a school.", "holds"),
        ("He was held at a detention centre near the border for a week.", "held"),
        ("Two travellers were held up by villagers who feared they carried the virus.", "held"),
        ("Police held him close to the border for two days.", "held"),
    ],
)
def test_holding_people_is_a_detention(nlp: Language, text: str, word: str) -> None:
    """People held, by the verb's object, its passive subject or a participle: a detention (COERCE)."""
    assert _arrests(nlp, text, word) == ["arrest"]
