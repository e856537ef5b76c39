"""Specs for a gerund after a preposition of time ('after arresting him'): the doer of the verb it hangs on
did it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.arguments import arguments
from kronika.events.lexicon import TriggerEntry


def _doers(nlp: Language, text: str, trigger: str) -> list[str]:
    """The actor head words of the first token written `trigger`."""
    token = next(t for t in nlp(text) if t.text == trigger)
    entry = TriggerEntry("V", token.lemma_, (), "ASSAULT", None, None, 1.0)  # type: ignore[arg-type]
    return [a.text for a in arguments(token, entry)[0]]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the one who beat him arrested him first; the one who looted burned the houses after
        ("A police officer beat a trader in the market after arresting him.", "arresting", ["officer"]),
        ("The soldiers looted the shops before burning ten houses.", "burning", ["soldiers"]),
        # a passive verb's subject suffered its deed: the gerund names no doer of its own
        ("A trader was shot dead after attacking two guards.", "attacking", []),
    ],
)
def test_gerund_after_a_time_preposition(nlp: Language, text: str, trigger: str, expected: list[str]) -> None:
    """A subjectless gerund under 'after', 'before', 'while' or 'upon' shares its verb's subject."""
    assert _doers(nlp, text, trigger) == expected
