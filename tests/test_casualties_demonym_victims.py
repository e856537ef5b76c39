"""A victim named by his people alone ('killing a Palestinian'), which the parse may tag an adjective, is one
person killed."""

from __future__ import annotations

import pytest
from builders import story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("On 4 May 2024, jets struck a flat in Rafah, killing a Palestinian and injuring 3 children.", 1),
        ("On 9 June 2023, gunmen fired on a bus near Idlib, killing a Syrian and wounding two.", 1),
        ("On 2 July 2024, a drone struck a car near Tyre, killing a Lebanese and injuring his son.", 1),
    ],
)
def test_one_of_a_people_killed_is_one_dead(nlp: Language, text: str, fatalities: int) -> None:
    assert story_toll(nlp, text).fatalities == fatalities


def test_a_people_word_before_a_noun_is_no_victim_of_its_own(nlp: Language) -> None:
    """'a Palestinian man' is the man, one person, not two."""
    text = "On 4 May 2024, soldiers shot a Palestinian man near Jenin, killing him."
    assert story_toll(nlp, text).fatalities == 1
