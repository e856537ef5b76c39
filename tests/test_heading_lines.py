"""Specs for the lines that head, list or frame a text rather than report in it: they give no event."""

from __future__ import annotations

import pytest
from builders import detected
from spacy.language import Language

from kronika.events.heading_lines import reports_nothing

_STORY = "Gunmen opened fire on a crowded market in Alderby on Tuesday, killing three people, police said."
_LATER = "The attackers fled on motorbikes before soldiers arrived, a local official told reporters."


def _verdict(nlp: Language, line: str, after: str = _LATER) -> bool:
    """Whether `line`, set between the story's first sentence and `after`, reports nothing."""
    text = f"{_STORY}\n{line}\n{after}"
    return reports_nothing(nlp(text), len(_STORY) + 1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # crossheads, with or without a word tagged as a verb among the lines around them
        ("Market bombs", True),
        ("Calls for calm", True),
        ("Collapsed truce", True),
        ("'Stay calm'", True),
        # wiki markup headings and list items without a verb
        ("== Attacks ==", True),
        ("=== Alderby ===", True),
        ("* 2012 Alderby market bombing", True),
        ("*2012-05-03, Sergeant Tom Vale, Alderby Police, Bomb Squad, Eastern District", True),
        # site chrome, as the cleaner drops it from a page
        ("Share this video", True),
        ("You can sign up to receive our newsletter directly here.", True),
        # sentences that report, and a list item with its verb
        ("Two more people were wounded in a second blast near the bus station.", False),
        ("* Two more people were wounded in a second blast near the bus station", False),
        ("Police said the attack was over.", False),
    ],
)
def test_a_line_of_its_own_that_heads_or_lists_reports_nothing(
    nlp: Language, line: str, expected: bool
) -> None:
    """A crosshead, a markup heading, a verbless list item or site chrome on a line of its own reports
    nothing; a sentence does."""
    assert _verdict(nlp, line) is expected


@pytest.mark.slow
def test_a_hard_wrapped_line_is_no_heading(nlp: Language) -> None:
    """A short line without a stop whose next line carries it on in lower case is part of a sentence."""
    assert not _verdict(nlp, "A second bomb exploded at", "the bus station an hour later, police said.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first line is the headline, which tells the main event even without a verb
        ("Market bombing in Alderby\nPolice said the town was quiet.", False),
        ("Shooting at Alderby market", False),
        # a markup heading is none, even first
        ("== Attacks ==\nPolice said the town was quiet.", True),
    ],
)
def test_the_first_line_is_the_headline(nlp: Language, text: str, expected: bool) -> None:
    """The text's first line is read as its headline or lead, whatever its form, unless it is markup."""
    assert reports_nothing(nlp(text), 0, first=True) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "heading",
    ["Car bombings", "== Bombings ==", "* 2012 Alderby market bombing", "'Stop the attacks'"],
)
def test_a_heading_gives_no_event_but_the_story_does(nlp: Language, heading: str) -> None:
    """The detector finds the story's attack and nothing on the heading's line."""
    text = f"{_STORY}\n{heading}\n{_LATER}"
    found = detected(nlp, text)
    assert any(d.type.plover == "ASSAULT" and d.sentence.start == 0 for d in found)
    line = (len(_STORY) + 1, len(_STORY) + 1 + len(heading))
    assert not [d for d in found if line[0] <= d.trigger.start < line[1]]


@pytest.mark.slow
def test_a_headline_alone_still_tells_its_event(nlp: Language) -> None:
    """A verbless headline on the first line keeps its event."""
    found = detected(nlp, f"Alderby market bombing\n{_LATER}")
    assert any(d.type.plover == "ASSAULT" and d.trigger.start < len("Alderby market bombing") for d in found)
