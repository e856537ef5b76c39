"""Casualty counts: what a sentence says about killed and injured people, and what is not a count."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kronika.casualties import count_casualties, parse_count
from kronika.model import Casualties, Detection, EventType, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("700", 700),
        ("1,200", 1200),
        ("one", 1),
        ("twenty-three", 23),
        ("two hundred", 200),
        ("a dozen", 12),
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("several", 3),
        ("almost 700", 700),
        ("more than 20", 20),
        ("at least 5", 5),
        ("up to 10", 10),
        ("a man", 1),
        ("two people", 2),
        ("a teenager", 1),
        ("a woman", 1),
        ("the 31-year-old", 1),
        ("no one", 0),
        ("11.5-year", None),
        ("7 p.m.", None),
        ("555-123-4567", None),
        ("protesters", None),
    ],
)
def test_parse_count(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


def whole_sentence(text: str) -> Detection:
    """A detection covering the whole text, triggered on its first word."""
    return Detection(Span(0, len(text), text), Span(0, 1, text[0]), EventType("ASSAULT"), 1.0)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        ("Clashes after the poll left nearly 600 injured and one dead.", 1, 600),
        ("Militants raided the market, killing 4.", 4, None),
        ("Three villagers were killed when the bridge was shelled.", 3, None),
        ("Two dead after a riot in the port.", 2, None),
        ("A man was shot dead near the station on Sunday.", 1, None),
        ("Two people were wounded by stray bullets.", None, 2),
        ("The attack left three dead and five injured.", 3, 5),
        ("The cyclist died at the scene.", 1, None),
        ("A soldier was killed at the checkpoint.", 1, None),
        ("He sustained injuries to his arm.", None, 1),
        ("The victim was pronounced dead at the clinic.", 1, None),
        ("A student was fatally shot outside the school.", 1, None),
        ("Officers shot and killed a man holding a rifle.", 1, None),
        ("Six teens were shot at the park.", None, 6),
        ("Police said it was a non-fatal shooting.", 0, None),
        ("Nobody was hurt in the blaze.", None, 0),
        ("Our staff were not hurt, the firm said.", None, 0),
        ("Four police officers and two civilians were killed in the ambush.", 6, None),
        ("The raid killed a dozen herders and wounded dozens more.", 12, 12),
        ("The death toll rose to 15 overnight.", 15, None),
        ("Hundreds marched in the capital. [size=around 400]", None, None),
        ("A judge overturned her 7.5-year sentence.", None, None),
        ("The 58-year-old waved to a crowd on Route 66 in 2019.", None, None),
        ("Call 555-123-4567 after 6 p.m. with tips.", None, None),
    ],
)
def test_count_casualties(nlp: Language, sentence: str, fatalities: int | None, injured: int | None) -> None:
    assert count_casualties(nlp(sentence), whole_sentence(sentence)) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.shared
def test_seed_unrest_sentence_counts_one_dead_and_about_700_hurt(nlp: Language, shared_data: Path) -> None:
    text = (shared_data / "moscowtimes_2020-10-06.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    sentence = next(s for s in doc.sents if "hurt" in s.text and "dead" in s.text)
    detection = Detection(
        Span(sentence.start_char, sentence.end_char, sentence.text),
        Span(sentence.start_char, sentence.start_char + 1, sentence.text[0]),
        EventType("PROTEST"),
        1.0,
    )
    assert count_casualties(doc, detection) == Casualties(fatalities=1, injured=700)
