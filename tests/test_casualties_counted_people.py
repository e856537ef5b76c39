"""Who a count names: a toll told of adults, boys, officers or students, one more victim told by age after
'another', a headline's victims named with their town or by a spelled-out age, and a suspect wounded, count
as a toll told of people does; victims told one by one, shot or hurt, add up."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language
from spacy.tokens import Doc

from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import StatedCount, text_counts
from kronika.casualties.phrases import introduced_victim
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        *rule(
            "a count of the hurt may name who they were by any word for people",
            ("Girl killed in drive-by on Oak Street; 2 adults hurt", {("killed", 1), ("injured", 2)}),
            ("3 dead, 2 officers injured in standoff", {("killed", 3), ("injured", 2)}),
            ("Four students hospitalized after campus shooting", {("injured", 4)}),
            ("Two boys wounded outside a corner store", {("injured", 2)}),
        ),
        *rule(
            "a headline's victims may be named with their town before the noun",
            ("Four Elmwood teens shot while leaving party", {("shot", 4)}),
            ("3 Oak Park men shot outside bar", {("shot", 3)}),
        ),
        *rule(
            "a headline's victim told by an age spelled out dies as one told in figures",
            ("Three-year-old fatally shot in Elmwood", {("killed", 1)}),
            ("Two-year-old dies after shooting at home", {("killed", 1)}),
        ),
        *rule(
            "a suspect or gunman shot is among the headline's victims",
            ("Elmwood officer, suspect wounded in exchange of gunfire", {("injured", 2)}),
            ("Gunman killed after standoff with deputies", {("killed", 1)}),
        ),
        *rule("a suspect held is no victim", ("Suspect in Elm Street shooting arrested", set())),
        *rule(
            "a number that counts someone's children is still no toll",
            ("Father of 4 boys killed in crash", set()),
        ),
    ],
)
def test_a_count_names_people_by_any_word_for_them(text: str, counts: set[tuple[str, int]]) -> None:
    assert set(text_counts(text)) == {StatedCount(*pair) for pair in counts}


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        *rule(
            "one more victim told by age is one person",
            ("another 16-year-old boy", 1),
            ("Another 16 - year - old boy", 1),
            ("another 9-month-old", 1),
        ),
        *rule("a victim told by age alone is one person, as before", ("a 20-year-old man", 1)),
    ],
)
def test_another_victim_told_by_age_is_one_person(phrase: str, count: int) -> None:
    assert parse_count(phrase) == count


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a victim told after the dead as 'another' and by age lived",
            (
                "A teen was shot dead on Birch Lane on Monday night. "
                "Another 13-year-old boy was hit in his calf.",
                1,
                1,
            ),
            (
                "A woman was shot dead outside a bakery on Friday. "
                "Officers found another 30-year-old woman who had been shot in the arm.",
                1,
                1,
            ),
        ),
    ],
)
def test_another_victim_told_by_age_is_hurt_besides_the_dead(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "victims introduced one by one add up, those told as hurt or 'also shot' too",
            (
                "An 8-year-old girl was shot through the wrist late Sunday on Birch Lane. "
                "A 57-year-old woman was also shot in her hand.",
                None,
                2,
            ),
            (
                "A 22-year-old man was wounded on Birch Lane on Friday. A 27-year-old woman was injured.",
                None,
                2,
            ),
        ),
        *rule(
            "bare others hit beside a victim number at least those 'including' counts",
            (
                "The bullets hit a cook and others, including two waitresses, police said on Friday.",
                None,
                3,
            ),
            (
                "The gunfire struck the driver and several others, including three teens, on Saturday.",
                None,
                4,
            ),
        ),
        *rule(
            "one victim told twice is one",
            (
                "A 22-year-old man was shot on Birch Lane on Friday. "
                "The 22-year-old man was wounded in his thigh.",
                None,
                1,
            ),
            (
                "ELMWOOD, Ore. - A 3-year-old girl who was hurt on Friday in a shooting is home. "
                "Officers said a 3 yr old was shot during a drive-by.",
                None,
                1,
            ),
            # a word the parse hangs before the victim's article is not part of who he is
            (
                "A 4-year-old boy was shot dead on Birch Lane on Tuesday. "
                "Dispatchers took a call at 3 a.m. about a 4-year-old who was shot. "
                "Officers found the boy with a wound to the chest.",
                1,
                None,
            ),
            (
                "A 6-year-old girl was shot on Birch Lane on Friday. Police said only a 6-year-old was hurt.",
                None,
                1,
            ),
        ),
    ],
)
def test_victims_told_one_by_one_add_up(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
def test_a_dateline_the_parse_hangs_on_a_victim_is_not_part_of_who_she_is(nlp: Language) -> None:
    """'ELMWOOD, Ore. - A 4-year-old girl': the victim told one by one is the 4-year-old girl, whom a later
    sentence may name again without the dateline."""
    words = ["ELMWOOD", ",", "Ore.", "-", "A", "4", "-", "year", "-", "old", "girl", "was", "hurt", "."]
    spaces = [False, True, True, True, True, False, False, False, False, True, True, True, False, False]
    heads = [10, 0, 0, 10, 10, 7, 7, 9, 9, 10, 12, 12, 12, 12]
    deps = ["npadvmod", "punct", "appos", "punct", "det", "nummod", "punct", "npadvmod", "punct", "amod",
            "nsubjpass", "auxpass", "ROOT", "punct"]  # fmt: skip
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "NOUN", "AUX",
           "VERB", "PUNCT"]  # fmt: skip
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    assert introduced_victim(doc[10]) == "4-year-old girl"
