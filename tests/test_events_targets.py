"""Specs for the targets a trigger records: businesses told by their premises, a holding's owner, a seat's
body, no vague remainder."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.model import Article


def _targets(nlp: Language, text: str, trigger: str) -> list[str]:
    """The target spans of the detection on `trigger` in our own one-sentence article."""
    detections = load_detector().detect(nlp(text), Article(id="a", text=text))
    (found,) = [d for d in detections if d.trigger.text.startswith(trigger)]
    return [s.text for s in found.target_spans]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # premises of trade stand for the businesses harmed; 'other organizations' adds no one
        (
            "Gangs roamed the town on Friday targeting businesses and other organizations.",
            "targeting",
            ["businesses"],
        ),
        ("Looters targeted banks and other institutions in the city.", "targeted", ["banks"]),
        # a holding stands for its owner, a seat for the body it is named for
        ("A court on Monday reversed the opposition leader's conviction.", "reversed", ["opposition leader"]),
        ("Rioters seized the parliament building on Monday.", "seized", ["parliament"]),
        ("Rioters seized government buildings in the capital.", "seized", ["government"]),
        ("A mining firm said its mine had been seized by bandits.", "seized", ["its"]),
        # a seat after a preposition is the scene, not who was acted on
        ("Police detained the mayor at the party's headquarters.", "detained", ["mayor"]),
        # a noun a question asks about is no one in particular; people told plainly are
        ("The mayor would not say how many residents had been detained.", "detained", []),
        ("The mayor said police had detained many residents.", "detained", ["many residents"]),
        # 'other' ones of a named kind are a kind of their own, recorded
        (
            "Rioters targeted banks and other businesses in the city.",
            "targeted",
            ["banks", "other businesses"],
        ),
    ],
)
def test_targets_name_who_was_acted_on(nlp: Language, text: str, trigger: str, expected: list[str]) -> None:
    """A trigger's targets are who or what an analyst codes as acted on."""
    assert _targets(nlp, text, trigger) == expected
