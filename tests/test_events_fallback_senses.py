"""Specs for the classifier's fallback event of a sentence with a violence word and no trigger: never read
on a word the parse reads in another sense ('shot to fame', 'fought the charges'), while a word of harm
done still tells its harm ('the wounded were taken to hospital')."""

from __future__ import annotations

from datetime import date

import pytest
from builders import types_told_after

from kronika.pipeline import Pipeline

LEAD = "The festival opened in Tarn on Friday."


def _told(pipeline: Pipeline, sentence: str) -> list[str]:
    """The PLOVER types of the mentions read from `sentence`, told after a lead that tells no violence."""
    return types_told_after(pipeline, LEAD, sentence, date(2021, 4, 2))


@pytest.mark.parametrize(
    "sentence",
    [
        "The singer was shot to fame by a viral video filmed in Tarn.",
        "The clash of cultures in Tarn was the theme of the festival.",
        "The minister fought the charges in court for two years.",
    ],
)
def test_a_word_read_in_another_sense_tells_no_event(pipeline: Pipeline, sentence: str) -> None:
    assert _told(pipeline, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot two men in Tarn on Friday.",
        "A clash of rival gangs in Tarn left two dead on Friday.",
    ],
)
def test_the_violent_sense_still_tells_its_event(pipeline: Pipeline, sentence: str) -> None:
    assert "ASSAULT" in _told(pipeline, sentence)
