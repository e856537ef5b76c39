"""Specs for a past event a report commemorates: the occasion of its protest, no event nor violence of it."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.events.commemorated import commemorated, peaceful_remembrance

RIOT = "Violent demonstration"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the object of a commemorating verb, the event after a noun of memory, and one coordinated with it
        ("Students marched to commemorate the 1998 riot.", "riot", True),
        ("Hundreds gathered on the anniversary of the massacre.", "massacre", True),
        ("Widows rallied to mourn the killings and the bombing of the market.", "bombing", True),
        # an event the crowd took part in or that struck it is no occasion
        ("Clashes marked the protest in the capital.", "protest", False),
        ("Students who commemorated their teacher clashed with police.", "clashed", False),
    ],
)
def test_a_commemorated_event_is_the_occasion(nlp: Language, text: str, word: str, expected: bool) -> None:
    """What a report commemorates is a past event, named as the occasion of another."""
    (token,) = [t for t in nlp(text) if t.text == word]
    assert commemorated(token) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only violence told is the riot commemorated, with all it did
        ("Students held a rally to commemorate the 1998 riot, which killed six people.", "Peaceful protest"),
        ("Students held a rally on the anniversary of the massacre.", "Peaceful protest"),
        # a word of violence below the one commemorated lies in what is remembered too
        ("Students held a rally to mourn the bombing that wounded nine traders.", "Peaceful protest"),
        # violence of the crowd's own, in the same sentence or another, makes it a riot still
        ("Students held a rally to commemorate the 1998 riot and threw stones at police.", RIOT),
        ("Students held a rally to commemorate the 1998 riot. Later they burned tyres.", RIOT),
        ("Students held a violent rally in the capital.", RIOT),
    ],
)
def test_a_riot_told_by_what_it_commemorates_is_peaceful(nlp: Language, text: str, expected: str) -> None:
    """A protest coded as a riot only for the violence it remembers is a peaceful protest."""
    rally = made_up_detection(text.split(".")[0] + ".", "rally", "PROTEST", RIOT, text=text)
    (out,) = peaceful_remembrance(nlp(text), [rally])
    assert out.type.acled_sub_event_type == expected
    assert out.type.plover == "PROTEST"
