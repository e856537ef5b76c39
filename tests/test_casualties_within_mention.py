"""Counting inside one mention: one person named by two roles, and a death that only might have been."""

from __future__ import annotations

import pytest
from builders import detection_on
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import Casualties

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # two roles under one article are one person, dateline or none
        (
            "PORTLAND, Maine (AP) — A longtime former teacher and coach for the city schools died at his "
            "home when a rifle went off, police said.",
            1,
            None,
        ),
        ("The owner and operator of the store was shot on Friday.", None, 1),
        # people, kin, a plural verb or an article of its own make two or more
        ("A man and woman died in the shooting on Friday.", 2, None),
        ("A mother and daughter died on Friday.", 2, None),
        ("The driver and passenger were shot on Friday.", None, 2),
        ("A clerk and two customers were shot on Friday.", None, 3),
    ],
)
def test_nouns_joined_under_one_article_may_name_one_person(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(text), detection_on(text, text[:12])) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # a death that never came to pass, told of someone or anyone
        (
            "A boy was shot in the leg on Friday. The chief said the quarrel didn't rise to a level to where "
            "someone was killed.",
            None,
            1,
        ),
        ("A man was wounded on Elm Street before anyone was killed, police said.", None, 1),
        ("A woman was shot on Friday. Neighbors asked whether somebody was killed.", None, 1),
        # someone reported outright was hurt
        ("Police said someone was shot on Elm Street on Friday.", None, 1),
        ("Police said someone was killed on Elm Street on Friday.", 1, None),
    ],
)
def test_no_one_in_particular_in_what_might_have_been_is_no_victim(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(text), detection_on(text, text[:12])) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # 'others' besides the one aimed at, not besides the dead: everyone hit less the dead lived
        (
            "A total of five people were shot on Friday. Three were pronounced dead. Gunmen aimed at one man "
            "in particular. The other four victims were apparently shot by accident, police say.",
            3,
            2,
        ),
        # 'others' as many as all the hit stated are besides the dead
        ("A gunman aimed at one man, who died. The other four victims were shot by accident.", 1, 4),
        ("A man was killed and three others wounded on Friday. Police said four people were shot.", 1, 3),
    ],
)
def test_the_hurt_are_held_within_everyone_hit(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(text), detection_on(text, text[:12])) == Casualties(fatalities, injured)
