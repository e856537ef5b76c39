"""Specs for the one short English name each country goes by, in actors and in exports alike."""

from __future__ import annotations

import pytest

from kronika.actors.lexicon import ActorLexicon
from kronika.exports.common import country_name
from kronika.geo.countries import country_names


@pytest.mark.parametrize(
    ("iso3", "name"),
    [
        ("KGZ", "Kyrgyzstan"),
        ("USA", "United States"),
        ("RUS", "Russia"),
        ("COD", "DR Congo"),
        ("CZE", "Czech Republic"),  # not pycountry's 'Czechia'
        ("FSM", "Micronesia"),  # not 'Micronesia, Federated States of'
        ("XKX", "Kosovo"),  # a code pycountry does not list
    ],
)
def test_a_country_goes_by_one_short_name(iso3: str, name: str) -> None:
    """The gazetteer's table names the country; an actor standing for it and an exported row agree."""
    assert country_names()[iso3] == name
    assert ActorLexicon.load().country_name(iso3) == name
    assert country_name(iso3) == name


def test_an_unknown_code_is_kept_as_written() -> None:
    """A code no table lists is shown as it is rather than dropped."""
    assert ActorLexicon.load().country_name("ZZZ") == "ZZZ"
    assert country_name("ZZZ") == "ZZZ"
