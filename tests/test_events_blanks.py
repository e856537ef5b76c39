"""Blanking text a rule must not read keeps every offset of the rest."""

import re

import pytest

from kronika.events.blanks import blank, blank_clauses, blank_spans


@pytest.mark.parametrize(
    ("pattern", "text", "hidden"),
    [
        (r"no shops? (?:was|were) damaged", "Crowds marched; no shop was damaged.", "no shop was damaged"),
        (
            r"\bunclear whether [^.]*",
            "Two died. It is unclear whether they were armed.",
            "unclear whether they were armed",
        ),
        (r"looted", "Nothing here matches.", ""),
    ],
)
def test_blank_replaces_what_the_pattern_finds_with_as_many_spaces(
    pattern: str, text: str, hidden: str
) -> None:
    blanked = blank(re.compile(pattern), text)
    assert blanked == (text.replace(hidden, " " * len(hidden)) if hidden else text)
    assert len(blanked) == len(text)


def test_blank_spans_blanks_each_span_and_keeps_the_rest_in_place() -> None:
    text = "after police fired tear gas last week, the march went on"
    blanked = blank_spans(text, [(0, 37)])
    assert blanked == " " * 37 + ", the march went on"
    assert blanked.index("march") == text.index("march")


@pytest.mark.parametrize(
    ("text", "start", "kept"),
    [
        (
            "Nurses marched. Guards watched; nobody moved. They left.",
            0,
            "Nurses marched.                 nobody moved. They left.",
        ),
        ("Guards watched. Guards watched again.", 15, "Guards watched.                      "),
        ("Nothing here.", 0, "Nothing here."),
    ],
)
def test_blank_clauses_blanks_each_clause_the_test_drops_from_start_on(
    text: str, start: int, kept: str
) -> None:
    blanked = blank_clauses(text, lambda clause: "Guards" in clause, start)
    assert blanked == kept
    assert len(blanked) == len(text)
