"""A page whose text tells nothing of the attack its headline reports: the headline leads the text."""

from __future__ import annotations

import re
from collections.abc import Sequence

# words by which a report tells an attack or its harm; a page's text with none of them is site furniture
# (a weather box, a radio station's blurb, a comment thread, another story) under a headline on a shooting
ATTACK_WORD = re.compile(
    r"\b(?:shot|shots|shoot(?:s|ing|ings|er|ers)?|gunfire|gunshots?|gunm[ae]n|kill(?:s|ed|ing|ings|er)?"
    r"|wound(?:s|ed)?|murder(?:s|ed|er)?|homicides?|slain|slaying|stabb(?:ed|ing)|dead|deadly|died|dies"
    r"|death|fatal(?:ly)?|injur(?:y|ies|ed)|opened\s+fire)\b",
    re.IGNORECASE,
)


def tells_attack(text: str) -> bool:
    """Whether the text has a word of an attack or its harm ('shot', 'killed', 'wounded', 'homicide')."""
    return ATTACK_WORD.search(text) is not None


def headline_led(text: str, headline_parts: Sequence[str]) -> str:
    """The text, led by the headline as its first paragraph where the headline tells an attack and the
    text tells none ('Five shot during party' over a weather box and a station's blurb): the page's story
    is then in its headline alone, whose sentence the pipeline reads as it would a lead's. Of the parts of
    a headline ('Boy charged in fatal shooting - WXYZ TV, Springfield news & weather') the longest telling
    an attack leads, not the site's name."""
    telling = [p.strip() for p in headline_parts if tells_attack(p) and len(p.split()) >= MIN_WORDS]
    if not telling or tells_attack(text):
        return text
    return f"{_stopped(max(telling, key=len))}\n\n{text}"


MIN_WORDS = 3  # a part of a headline that leads must say something ('Teen shot', alone, is a label)
_SENTENCE_END = re.compile(r"""[.!?]["'”’»)\]]*$""")


def _stopped(line: str) -> str:
    """A line ending in a full stop unless it ends like a sentence already."""
    return line if _SENTENCE_END.search(line) else f"{line}."
