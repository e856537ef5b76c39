"""Victims the parse splits up: a list of subjects whose 'and' hangs on its later items ('the girl, her uncle
and a man were hit') counts everyone, and so does a list the parse hangs 'with gunshot wounds' on the last
item of; a verb joined to another with a singular auxiliary of its own ('... and the 17-year-old was
pronounced dead') tells of its own subject, not of the plural subject above; a phrase the parse hangs on a
bare participle besides its own subject, with nothing joining the two ('three cousins wanted in a late-night
shooting that left a woman dead and a trooper injured'), is not among its victims."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a list of subjects before a plural verb counts everyone in it",
            ("Police said the boy, his aunt and a neighbor were hit by bullets fired from a car.", None, 3),
            # one person named twice, before a singular verb, is one person
            ("The boy, a student at Elm High, was hit in the leg on Maple Street.", None, 1),
            # a dateline the parse takes for a subject ends on a dash, not a comma: it is no victim
            (
                "ELM CREEK, Oregon (KXRT 4) — A retired teacher and her 9-month-old grandson were found dead "
                "in a truck in Elm Creek in an apparent murder-suicide.",
                2,
                None,
            ),
            (
                "BIRCH FALLS, Idaho (KBTV) — A young father and his 2-year-old daughter were found dead in a "
                "pickup in an apparent murder-suicide.",
                2,
                None,
            ),
        ),
        *rule(
            "a list left with wounds bears them all",
            (
                "The attack on Maple Street left his 9-year-old son, her brother and a neighbor "
                "with gunshot wounds.",
                None,
                3,
            ),
            # each item with a 'with' of its own bears only its own: the beating's injuries are one man's
            (
                "Medics tended one man with a bullet wound and another man with injuries from a beating.",
                None,
                1,
            ),
            # a victim the parse joins to the wound before him is no list of people with it
            (
                "Medics treated one victim with a bullet injury and a 2nd victim "
                "with injuries after a fistfight.",
                None,
                1,
            ),
        ),
        *rule(
            "a joined verb with its own singular auxiliary tells of its own subject",
            (
                "Two teens were shot on Maple Street on Monday. "
                "Both victims were taken to hospitals and the 16-year-old was later pronounced dead.",
                1,
                1,
            ),
            (
                "Three men were shot outside a bar. "
                "The men were rushed to a hospital and the oldest man was pronounced dead.",
                1,
                2,
            ),
            # a verb sharing its plural subject tells of everyone the subject names
            ("Two teens were shot on Maple Street and were later pronounced dead.", 2, None),
        ),
        *rule(
            "a stray subject the parse hangs on a bare participle is not among its victims",
            # the wanted men are hung on 'injured' too; the 'and' joining the trooper is the relative clause's
            (
                "Officers in Millbrook are seeking two brothers wanted in connection with a shooting on Oak "
                "Street that left one man dead and a sheriff's deputy injured.",
                1,
                1,
            ),
            (
                "Troopers are searching for three cousins wanted in connection with a late-night shooting "
                "that left one woman dead and a police officer injured.",
                1,
                1,
            ),
        ),
    ],
)
def test_victims_split_between_subjects(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)
