"""Blanking the parts of a text a rule must not read, with every offset kept."""

from __future__ import annotations

import re
from collections.abc import Sequence


def blank(pattern: re.Pattern[str], text: str) -> str:
    """The text with whatever `pattern` finds replaced by spaces, so offsets into it still hold: a rule
    then searches the rest ('no property was damaged' blanked before looking for damage)."""
    return pattern.sub(lambda found: " " * len(found.group()), text)


def blank_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with each (start, end) span replaced by spaces, offsets kept."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
