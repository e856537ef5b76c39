"""A sentence turning an article from its own incident to others: one setting it among a streak of
shootings, or tying it to another shooting; the sentences after it tell those others."""

from __future__ import annotations

import re

__all__ = ["roundup_turn"]

# a sentence setting the story's incident among others ("Lavardo's death follows a violent streak that
# includes a double homicide", "Friday's attack marks the fourth county homicide in two weeks"): the
# incidents it names, and the ones the sentences after it go on to tell, are those others
ROUNDUP_TURN = re.compile(
    r"^\W*(?:the|this|that|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:shooting|shootings|killing|slaying|homicide|attack|incident|death|violence|gunfire|case)\s+"
    # it follows another incident, not the quarrel it grew from ("The shooting followed an argument")
    r"(?:(?:follows|followed)\s+(?:[\w-]+\s+){0,4}?(?:shootings?|homicides?|killings?|slayings?|deaths?"
    r"|streak|spate|string|series|weekend)\b"
    r"|marks\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shooting|homicide|killing|incident)s?\s+in\s+(?:\w+\s+)?(?:days|weeks|hours)\b)",
    re.IGNORECASE,
)


# a sentence tying the story's incident to another one ("investigators believe the shooting is connected to
# an Easter Sunday shooting on the west side"): the sentences after it tell that other one, its own victims
# (GVA study: a Saturday drive-by's record had counted the Easter shooting's two hurt)
LINKED_TO = re.compile(
    r"\b(?:is|was|are|were|may\s+be|might\s+be|could\s+be|to\s+be)\s+(?:\w+ly\s+)?"
    r"(?:connected|linked|related|tied)\s+to\s+(?:an?|another)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:shooting|homicide|killing|slaying|attack)\b",
    re.IGNORECASE,
)


def roundup_turn(text: str) -> bool:
    """Whether the sentence sets the story's incident among others ('The shooting follows two fatal
    shootings') or ties it to another ('is connected to an Easter Sunday shooting'), whose tolls it and the
    sentences after it tell."""
    return ROUNDUP_TURN.match(text) is not None or LINKED_TO.search(text) is not None
