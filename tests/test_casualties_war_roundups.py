"""A war report's round-up turning to a strike in another town ('In Varna, a drone strike on a depot killed
four', 'In Varna alone, 12 were killed'), to fire sent back in answer ('fired rockets in response'), or to a
blast a day or hours later, or to troops sent in answer fighting the attackers, tells that attack: its toll
is its own, not the lead's lent to it."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Article, Casualties
from kronika.pipeline import Pipeline

PORT = "In the port city of Varna, a drone strike damaged a silo and injured two workers."
VALLEY = "In the occupied Vella Valley, enemy troops killed two farmers during a raid."
RAID = "Armed men on motorbikes killed nine villagers in a raid on Kolo on Tuesday, officials said.\n\n"
LEAD = "A barrage of missiles killed at least 30 people across the country on Monday, officials said.\n\n"

CASES = [
    *rule(
        "a strike told in another town keeps its own toll",
        (LEAD + "In Varna, a drone strike on a depot killed four.", "In Varna", Casualties(4, None)),
        (LEAD + "In Stara Zagora, an attack on a rail yard wounded six.", "In Stara", Casualties(None, 6)),
        (LEAD + PORT, "In the port", Casualties(None, 2)),
    ),
    *rule(
        "and so does a region's attack told first by the region, its doer's word before it",
        (LEAD + "In the eastern Varna region, enemy shelling killed a 67-year-old man in a village.",
         "In the eastern", Casualties(1, None)),
    ),
    *rule(
        "and the lead's toll is not the other town's",
        (LEAD + PORT, "A barrage", Casualties(30, None)),
    ),
    *rule(
        "a war's whole toll is no story's",
        (LEAD + "The war has killed tens of thousands of people and displaced millions.", "A barrage",
         Casualties(30, None)),
    ),
    *rule(
        "nor is a count of hundreds or more killed 'since' the war's start",
        (LEAD + "More than 9,000 civilians have since been killed, the ministry says.", "A barrage",
         Casualties(30, None)),
    ),
    *rule(
        "an attack by armed men told first by its place is that place's own, its own toll",
        (LEAD + VALLEY, "In the occupied", Casualties(2, None)),
        (LEAD + VALLEY, "A barrage", Casualties(30, None)),
    ),
    *rule(
        "drones shot down are no one shot",
        (LEAD + "The air force said it had shot down 74 drones and four missiles.", "A barrage",
         Casualties(30, None)),
    ),
    *rule(
        "a blast told a day later keeps its own toll",
        (LEAD + "A day later, radios used by the militia exploded in three towns, killing at least 20.",
         "A day later", Casualties(20, None)),
    ),
    *rule(
        "and so does a strike or blast told hours later, but not a gunman's fire or a victim's death",
        (LEAD + "Hours later, the militia fired rockets at the port, killing two children.", "Hours later",
         Casualties(2, None)),
        (LEAD + "A few hours later, a car bomb exploded outside a hotel in Varna, wounding 11.",
         "A few hours", Casualties(None, 11)),
        (LEAD + "Hours later, the militia fired rockets at the port, killing two children.", "A barrage",
         Casualties(30, None)),
        ("A gunman killed three people at a bar on Monday.\n\nHours later, a fourth victim died at the "
         "hospital.", "A gunman", Casualties(4, None)),
    ),
    *rule(
        "a town's part of the toll, told 'alone', is that town's own",
        (LEAD + "In Varna alone, 12 people were killed when a missile hit a school.", "In Varna",
         Casualties(12, None)),
        (LEAD + "In Stara Zagora alone, a strike on a market wounded nine.", "In Stara", Casualties(None, 9)),
    ),
    *rule(
        "fire sent back in answer is the other side's attack, with its own toll",
        (LEAD + "The militia said it had fired rockets at army posts in response. Two soldiers were hurt.",
         "The militia", Casualties(None, 2)),
        (LEAD + "In retaliation, the army shelled two villages, killing five.", "In retaliation",
         Casualties(5, None)),
    ),
    *rule(
        "and the lead's toll is not its answer's",
        (LEAD + "The militia said it had fired rockets at army posts in response. Two soldiers were hurt.",
         "A barrage", Casualties(30, None)),
    ),
    *rule(
        "troops sent in answer who fight the attackers fight a battle of its own, with its own toll",
        (RAID + "Soldiers sent to the area clashed with the raiders, killing five. Two soldiers were hurt.",
         "Soldiers sent", Casualties(5, 2)),
        (RAID + "Troops who rushed to the village repelled the raiders, killing three of them.", "Troops who",
         Casualties(3, None)),
        (RAID + "Soldiers sent to the area clashed with the raiders, killing five. Two soldiers were hurt.",
         "Armed men", Casualties(9, None)),
    ),
    *rule(
        "the lead keeps the story's toll",
        (LEAD + "In Varna, a drone strike on a depot killed four.", "A barrage", Casualties(30, None)),
    ),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sentence_with", "expected"), CASES)
def test_a_strike_told_in_another_town_is_its_own_story(
    nlp: Language, text: str, sentence_with: str, expected: Casualties
) -> None:
    assert story_toll(nlp, text, sentence_with) == expected


@pytest.mark.slow
def test_drones_shot_down_counted_as_a_part_are_no_one_hurt(pipeline: Pipeline) -> None:
    """'Shot down 40 of the 46 drones', parsed with 'down' as an adverb: no record counts 40 hurt."""
    text = (
        "Drones hit the port of Varna overnight, damaging grain stores and injuring four dock workers, the "
        "governor said on Monday.\n\nThe air force said its air defences shot down 40 of the 46 drones "
        "launched overnight, mostly over the Varna region."
    )
    events = pipeline.extract_articles([Article(id="d", text=text, published=date(2023, 7, 24))])
    assert {e.casualties.injured for e in events if e.type.plover == "ASSAULT"} == {4}
