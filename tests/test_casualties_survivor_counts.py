"""How many survivors a story counts: an age set off after one person is no count of people, and others told
with gunshot wounds beside the dead lived, unless the story tells one of them died."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.findings import parse_findings
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "an age set off after one person is that person's age",
            ("His son, 8, and his wife, 27, were both injured in the shooting on Cedar Lane.", None, 2),
            (
                "A man was shot dead on Cedar Lane on Friday. "
                "His niece, 9, and her father, 41, were both wounded.",
                1,
                2,
            ),
        ),
        *rule(
            "a count set off after a plural still counts them",
            ("The victims, three men, were wounded on Cedar Lane.", None, 3),
        ),
        *rule(
            "others told with gunshot wounds beside the dead lived",
            ("A shooting on Cedar Lane killed a man and left two others with gunshot wounds.", 1, 2),
            ("Deputies found two men dead and three others with gunshot wounds at the farm.", 2, 3),
            # people the attack that killed someone 'also' left with wounds are others besides the dead
            (
                "The attack that killed a clerk also left her son, her brother and a neighbor with gunshot "
                "wounds, though each was expected to pull through.",
                1,
                3,
            ),
            ("The gunfire that killed a man on Cedar Lane also left two women with gunshot wounds.", 1, 2),
        ),
        *rule(
            "unless the story tells one of them died: the dead may count him already",
            (
                "Deputies found four men dead and two others with gunshot wounds at the farm. "
                "Both were flown to a hospital, where one of them died.",
                4,
                None,
            ),
        ),
    ],
)
def test_survivors_a_story_counts(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        *rule(
            "wounds borne by others beside the dead of the same sentence: they lived",
            ("Deputies found two men dead and three others with gunshot wounds at the farm.", "injured"),
        ),
        *rule(
            "wounds borne by others beside no death: they may be more of the dead",
            (
                'A man was in the hall with "severe head injuries" from a rifle shot, police said, and '
                "another man and a woman were found sprawled on the kitchen floor with rifle wounds to the "
                "chest.",
                "shot",
            ),
        ),
    ],
)
def test_what_wounds_borne_by_others_tell(nlp: Language, text: str, kind: str) -> None:
    sentence = next(iter(nlp(text).sents))
    wounds = [f for f in parse_findings(sentence) if sentence.doc[f.token].lower_ == "wounds"]
    assert [f.kind for f in wounds] == [kind]
