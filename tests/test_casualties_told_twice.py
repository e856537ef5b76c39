"""One victim told twice in one sentence by the same words (a headline run into the lead, a caption
repeated, a caption's copy told shot beside the story's words telling him dead) is one person hit, not two."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language
from spacy.tokens import Doc

from kronika.casualties.finding import Finding
from kronika.casualties.told_twice import without_repeats
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a headline run into the lead names the victim again: one person",
            (
                "Charges in accidental shooting of 11-year-old girl A neighbor was charged after an "
                "11-year-old girl was accidentally shot with his rifle. The girl died at the hospital.",
                1,
                None,
            ),
            (
                "Arrest made in shooting of 15-year-old boy Detectives say a 15-year-old boy was shot "
                "outside a gas station in Millbrook by a man arrested Monday.",
                None,
                1,
            ),
        ),
        *rule(
            "a caption repeated after a photo credit names the same man",
            (
                "Staff Photo A man died Monday night after being shot behind a bakery on the... "
                "Image 2 of 7 A man died Monday night after being shot behind a bakery on Elm Street.",
                1,
                None,
            ),
        ),
        *rule(
            "a doer told twice to have shot himself is one person",
            (
                "A hunter accidentally shot himself in the calf at a range in Elmwood and then shot himself "
                "in the hand while trying to clear the rifle.",
                None,
                1,
            ),
            ("She shot herself in the knee and shot herself in the foot while cleaning a rifle.", None, 1),
        ),
        *rule(
            "a victim told besides, or by other words, is someone else",
            (
                "A 12-year-old girl was shot in the elbow and another 12-year-old girl was hit in the knee.",
                None,
                2,
            ),
            (
                "A 38-year-old driver was shot in the calf and a 19-year-old man was grazed in the arm.",
                None,
                2,
            ),
            ("One man was shot in the leg and one man was shot in the arm.", None, 2),
        ),
    ],
)
def test_a_victim_told_twice_by_the_same_words_is_one(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


def _parsed(nlp: Language, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A one-sentence doc with the parse given, as a page's run-on caption may be parsed."""
    return Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[1] + [0] * (len(words) - 1)
    )


# "14 Lens Studio A man was shot and a man died": a caption's credit, its number hung on the noun, run into
# the caption's copy of the story, then the story's own words
CREDITED = (
    ["14", "Lens", "Studio", "A", "man", "was", "shot", "and", "a", "man", "died"],
    [4, 2, 4, 4, 6, 6, 6, 6, 9, 10, 6],
    ["nummod", "compound", "compound", "det", "nsubjpass", "auxpass", "ROOT", "cc", "det", "nsubj", "conj"],
    ["NUM", "PROPN", "PROPN", "DET", "NOUN", "AUX", "VERB", "CCONJ", "DET", "NOUN", "VERB"],
)
# "A woman died and a man was shot": two people, named by other words
TWO_PEOPLE = (
    ["A", "woman", "died", "and", "a", "man", "was", "shot"],
    [1, 2, 2, 2, 5, 7, 7, 2],
    ["det", "nsubj", "ROOT", "cc", "det", "nsubjpass", "auxpass", "conj"],
    ["DET", "NOUN", "VERB", "CCONJ", "DET", "NOUN", "AUX", "VERB"],
)


@pytest.mark.parametrize(
    ("parse", "findings", "kept"),
    [
        *rule(
            "a man told shot by the words of the dead man is the dead man again, a credit's number no count",
            (
                CREDITED,
                [Finding("shot", 1, 6, 4), Finding("killed", 1, 10, 9)],
                [Finding("killed", 1, 10, 9)],
            ),
        ),
        *rule(
            "the dead told 'shot to death' in the one mention, or someone named by other words, is kept",
            (
                CREDITED,
                [Finding("shot", 1, 6, 4), Finding("killed", 1, 6, 4)],
                [Finding("shot", 1, 6, 4), Finding("killed", 1, 6, 4)],
            ),
            (
                TWO_PEOPLE,
                [Finding("killed", 1, 2, 1), Finding("shot", 1, 7, 5)],
                [Finding("killed", 1, 2, 1), Finding("shot", 1, 7, 5)],
            ),
        ),
    ],
)
def test_a_victim_told_shot_by_the_words_of_the_dead_is_the_dead(
    nlp: Language,
    parse: tuple[list[str], list[int], list[str], list[str]],
    findings: list[Finding],
    kept: list[Finding],
) -> None:
    assert without_repeats(_parsed(nlp, *parse), findings) == kept
