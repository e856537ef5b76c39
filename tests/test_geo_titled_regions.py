"""Specs for a first-level region written after its type word and 'of' ('the northern state of
Guanajuato'): the region, as 'Guanajuato state' is, not its namesake town, nor a town spelt like the
country's adjective before it."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Gunmen shot dead nine men at a bar in the northern state of Guanajuato on Sunday.", "admin1"),
        ("Gunmen shot dead nine men at a bar in the Mexican state of Guanajuato on Sunday.", "admin1"),
        ("Gunmen shot dead nine men at a bar in the state of Guanajuato on Sunday.", "admin1"),
        # the town is the town, however the region around it shares its name
        ("Gunmen shot dead nine men at a bar in the city of Guanajuato on Sunday.", "city"),
    ],
)
def test_a_region_written_after_its_type_word_and_of_is_the_region(
    pipeline: Pipeline, text: str, precision: str
) -> None:
    (mention,) = pipeline.mentions(Article("t", text, published=date(2021, 4, 2)))
    place = mention.location
    assert place is not None
    assert (place.country, place.admin1, place.name, place.precision) == (
        "MEX",
        "Guanajuato",
        "Guanajuato",
        precision,
    )
