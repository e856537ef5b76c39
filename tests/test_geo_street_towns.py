"""A country's name right after a street address is a town of that name where the text settles on one;
elsewhere, and away from an address, a country stays the country."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule

from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "after a street address, a country's name is the town of the state the story writes",
            (
                "KOKOMO, Ind. — A man was shot Sunday night outside a bar on Main Street in Peru, police "
                "said.",
                ("Peru", "USA"),
            ),
        ),
        *rule(
            "a namesake the text does not settle on is left to the county the story names",
            (
                "A man was shot Sunday night outside a bar on Main Street in Lebanon, the Warren County "
                "Sheriff's Office said.",
                ("Lebanon", "USA"),
            ),
        ),
        *rule(
            "away from an address, or outside American local news, the country stays",
            ("Protesters marched along Hamra Street in Lebanon on Sunday.", ("Lebanon", "LBN")),
            ("Thousands marched through Kingston, Jamaica, on Sunday.", ("Kingston", "JAM")),
        ),
    ],
)
def test_a_country_after_a_street_address(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    events = pipeline.extract_articles([Article(id="street", text=text, published=date(2016, 10, 31))])
    places = {(e.location.name, e.location.country) for e in events if e.location is not None}
    assert expected in places
