"""Blanking the parts of a text a rule must not read, with every offset kept."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# A sentence or clause a coder's note ends with a full stop or a semicolon.
_CLAUSE = re.compile(r"[^.;]+[.;]?")


def blank(pattern: re.Pattern[str], text: str) -> str:
    """The text with whatever `pattern` finds replaced by spaces, so offsets into it still hold: a rule
    then searches the rest ('no property was damaged' blanked before looking for damage)."""
    return pattern.sub(lambda found: " " * len(found.group()), text)


def blank_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with each (start, end) span replaced by spaces, offsets kept."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def blank_clauses(text: str, drop: Callable[[str], bool], start: int = 0) -> str:
    """The text with each clause from `start` on (a run up to a full stop or semicolon) for which `drop`
    holds replaced by spaces, offsets kept."""
    spans = [found.span() for found in _CLAUSE.finditer(text, start) if drop(found.group())]
    return blank_spans(text, spans)
