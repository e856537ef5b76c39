"""Spec: dead a coder's note counts where the parse loses them: a count whose dead are named by two groups'
initials joined by a slash, a headline's bare singular victim, people told dead only by a pointer back to
those the note told taken, and a count beside a clause telling someone's background 'since' a year."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.note_counts import note_deaths
from kronika.casualties.seized import seized_dead
from kronika.casualties.tallies import without_background


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        *rule(
            "a count with its verb, its dead named by initials joined by a slash",
            ("78 AB/IS fighters were killed.", [78]),
            ("Twelve KRF/UDM militants were reportedly killed.", [12]),
        ),
        *rule(
            "a headline's bare singular victim is one dead",
            ("Residents lynch man accused of stealing", [1]),
            ("Mob lynches woman involved in a land dispute", [1]),
        ),
        *rule(
            "not a part of a counted group, nor a threat, nor a plural with no count",
            ("Two of the AB/IS fighters were killed.", []),
            ("Villagers threatened to kill man accused of theft", []),
            ("Raiders kill herders near Lodo", []),
        ),
    ],
)
def test_the_dead_a_terse_note_counts(text: str, counts: list[int]) -> None:
    assert list(note_deaths(text)) == counts


@pytest.mark.parametrize(
    ("texts", "dead"),
    [
        *rule(
            "people told taken, then dead by a pointer back to them",
            (["Gunmen abducted 9 soldiers near Varno.", "They later killed them near a roundabout."], 9),
            (
                ["Soldiers arrested six herders at Kofra, those arrested were subsequently found dead."],
                6,
            ),
            (
                [
                    "Two men posing as police arrested the two.",
                    "The bodies of the arrested were found the next day.",
                ],
                2,
            ),
            (
                [
                    "A group attacked two youths with machetes in Lodo.",
                    "The victims died of their injuries later.",
                ],
                2,
            ),
        ),
        *rule(
            "no death told by a pointer, or none told after the taking",
            (["Gunmen abducted 9 soldiers near Varno.", "They were released two days later."], None),
            (["They later killed them near Varno.", "Gunmen abducted 9 soldiers near Varno."], None),
            (["Police arrested 4 suspects near Varno."], None),
        ),
    ],
)
def test_the_dead_told_by_a_pointer_to_the_taken(texts: list[str], dead: int | None) -> None:
    assert seized_dead(texts) == dead


@pytest.mark.parametrize(
    ("text", "left"),
    [
        *rule(
            "a clause telling since when someone has done something is left out",
            (
                "46 militants were killed, including a commander, responsible for raids on Varno since 2023.",
                "46 militants were killed, including a commander.",
            ),
        ),
        *rule(
            "not a count's own clause",
            (
                "Since March 2019, 8 people have been killed near Kofra.",
                "Since March 2019, 8 people have been killed near Kofra.",
            ),
        ),
    ],
)
def test_a_background_clause_since_a_year(text: str, left: str) -> None:
    assert without_background(text) == left


@pytest.mark.slow
@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "people told taken, then dead by a pointer back to them",
            (
                "On 4 May 2020, gunmen abducted 9 soldiers from a checkpoint in Varno. They later killed "
                "them and left the corpses beside the market.",
                9,
            ),
        ),
        *rule(
            "a count beside a clause telling someone's background since a year",
            (
                "On 20 May 2025, troops attacked militants and engaged them in a clash near Kofra village. "
                "46 militants were killed, including a commander, responsible for raids on Varno since 2023.",
                46,
            ),
        ),
    ],
)
def test_a_notes_toll_told_past_the_parse(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note, note[:20]).fatalities == fatalities
