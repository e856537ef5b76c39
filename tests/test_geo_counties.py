"""Specs for a name typed 'County': read only in countries whose units English calls counties, so that a
South Sudanese county named alone is South Sudan's, not a Serbian okrug or a Greek village."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen shot dead a herder in Makol village of Bor County on Sunday.", "Jonglei"),
        ("Raiders attacked a cattle camp in Bor county, killing three.", "Jonglei"),
        ("Youths clashed over grazing land in Twic East County on Monday.", "Jonglei"),
        ("Armed men attacked Malek village in Pigi County, killing four people.", "Jonglei"),
    ],
)
def test_a_county_named_alone_is_read_where_counties_are(pipeline: Pipeline, text: str, admin1: str) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2016, 6, 23)))
    assert mentions
    location = mentions[0].location
    assert location is not None and (location.country, location.admin1) == ("SSD", admin1)
