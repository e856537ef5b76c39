"""Spec: a coder's note's toll summed from its parts: a total told as confirmed or coded 'at least', two
counts of the dead joined after a clause, and the other side's dead in the answer to the attack besides the
attack's own."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.note_counts import note_deaths


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        *rule(
            "two counts of the dead joined after a clause add up",
            (
                "On 6 June, hunters clashed with militants near Kolo, four militants and one hunter were "
                "killed.",
                [5],
            ),
            ("Gunmen ambushed a patrol; one policeman and two civilians killed in the attack.", [3]),
            ("A clash near Bura resulting in 25 rebels and 6 military fatalities.", [31]),
        ),
        *rule(
            "not the killers' counts before their victim, nor things",
            ("On 6 June, 3 gunmen and 2 accomplices killed a man near Kolo.", []),
            ("Raiders torched houses in 2 villages and 3 people killed.", []),
        ),
    ],
)
def test_the_dead_two_joined_counts_tell(text: str, counts: list[int]) -> None:
    assert list(note_deaths(text)) == counts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "a total told as confirmed, or coded 'at least'",
            (
                "On 6 June 2024, a drone struck a car in Rafah, killing 2 people. On the same day, a jet "
                "struck a shop in Rafah, also killing 2 people. Total confirmed fatalities is at least 4.",
                4,
            ),
            (
                "On 6 June 2024, fighters fired mortars at troops near Jabalya. The army said 2 soldiers "
                "were killed in the fighting. Fatalities coded at least 4.",
                4,
            ),
        ),
        *rule(
            "the other side's dead in the answer to the attack count besides the attack's",
            (
                "On 6 June 2024, militants attacked the army base near Dara, killing one soldier. Twelve "
                "militants were killed when soldiers repulsed the assault.",
                13,
            ),
            (
                "On 6 June 2024, 2 soldiers were killed in an ambush by militants near Kolo. The soldiers "
                "attacked back and killed 3 militants.",
                5,
            ),
        ),
        *rule(
            "not a killing in retaliation, often an incident coded apart",
            (
                "On 6 June 2024, militia attacked travellers near Kolo, killing two. In retaliation, "
                "residents killed three herders.",
                3,
            ),
        ),
    ],
)
def test_a_notes_toll_from_its_parts(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note, note[:20]).fatalities == fatalities
