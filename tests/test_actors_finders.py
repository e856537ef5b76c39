"""Those who found the bodies ('police found the bodies of five men') are not who killed them; the doers
of what was fired ('fired dozens of rockets') still are the subject's."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Police found the bodies of five men in a ravine near Tarn on Sunday.", "Police"),
        ("Soldiers recovered the bodies of six herders near Vella on Monday.", "Military"),
    ],
)
def test_the_finders_of_bodies_did_not_kill(pipeline: Pipeline, text: str, absent: str) -> None:
    mentions = pipeline.mentions(Article(id="t", text=text, published=date(2023, 5, 22)))
    harm = [m for m in mentions if m.type.plover == "ASSAULT"]
    assert harm
    assert all(absent not in [a.name for a in m.actors] for m in harm)
