"""A sentence whose only death is the gunman's own, told beside others it calls only shot ('shot his two
brothers before turning the gun on himself'), counts him one besides the dead the other sentences count."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        *rule(
            "the gunman is one of the dead besides the victims another sentence tells killed",
            (
                "A gunman shot three coworkers at a warehouse in Dover before he turned the rifle on "
                "himself. "
                "Two of the coworkers were found shot to death inside the office. "
                "A third coworker was hit in the thigh and should pull through.",
                3,
                1,
            ),
            (
                "A farmer shot his 3-year-old grandson dead before turning the gun on himself, deputies "
                "said. Inside the barn, a 3-year-old boy was found shot to death.",
                2,
                None,
            ),
            (
                "A trucker shot his two brothers before turning the gun on himself. "
                "One brother was shot to death in the kitchen and the other was hit in the arm.",
                2,
                1,
            ),
        ),
        *rule(
            "a count that takes the gunman in is kept",
            (
                "A rancher shot his brother and his nephew before turning the gun on himself. "
                "The three were found shot to death in the barn.",
                3,
                None,
            ),
            (
                "A farmer shot his 3-year-old grandson before turning the gun on himself, deputies said. "
                "Two people, including the gunman, were found shot to death.",
                2,
                None,
            ),
        ),
        *rule(
            "a death told by no act, or of the gunman by his own noun, may be his own and adds no one",
            (
                "A farmer shot his wife and her brother, wounding both, before turning the gun on himself. "
                "Deputies later found the farmer dead in his garage.",
                1,
                2,
            ),
            (
                "A farmer shot his wife and her brother before turning the gun on himself. "
                "The farmer was found shot to death in his garage.",
                1,
                2,
            ),
        ),
    ],
)
def test_a_gunmans_own_death_is_one_besides_his_victims(
    nlp: Language, text: str, killed: int | None, injured: int | None
) -> None:
    toll = story_toll(nlp, text, text[:8])
    assert (toll.fatalities, toll.injured) == (killed, injured)
