"""A report filed in one city about a region elsewhere ('LAGOS (Reuters) - ... in northern Kano state')
places what its sentences leave unplaced in that region, not in the city it was filed from; a lead in
the dateline's own region, or American local news, keeps the dateline's town."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _places(pipeline: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    """The (name, admin1) of every mention's place in an article of `text`."""
    article = Article(id="t", text=text, published=date(2023, 8, 2))
    mentions = [m for group in pipeline.article_mentions([article]) for m in group]
    assert mentions
    return {(m.location.name, m.location.admin1) if m.location else (None, None) for m in mentions}


def test_a_region_the_lead_names_places_the_story(pipeline: Pipeline) -> None:
    text = (
        "LAGOS (Reuters) - Gunmen killed 14 villagers in the northwestern state of Zamfara on Tuesday, "
        "officials said.\n\nPolice arrested 12 suspects on Wednesday, a spokesman said."
    )
    assert _places(pipeline, text) == {("Zamfara", "Zamfara")}


def test_a_lead_in_the_datelines_own_region_keeps_its_town(pipeline: Pipeline) -> None:
    text = (
        "LAGOS (Reuters) - Gunmen killed 14 people in Lagos state on Tuesday, officials said.\n\n"
        "Police arrested 12 suspects on Wednesday, a spokesman said."
    )
    assert ("Lagos", "Lagos") in _places(pipeline, text)
