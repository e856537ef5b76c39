"""Specs for regions shown under the names conflict reports give them, and found by their other spellings."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer


@pytest.mark.parametrize(
    ("written", "country", "shown"),
    [
        pytest.param("Zaporizhia", "UKR", "Zaporizhia", id="zaporizhia"),
        pytest.param("Zaporizhia region", "UKR", "Zaporizhia", id="zaporizhia-typed"),
        pytest.param("Zaporizhzhia", "UKR", "Zaporizhia", id="zaporizhzhia"),
        pytest.param("Bangka-Belitung province", "IDN", "Bangka-Belitung", id="bangka-belitung"),
        pytest.param("Bangka Belitung Islands", "IDN", "Bangka-Belitung", id="bangka-belitung-islands"),
    ],
)
def test_a_region_is_shown_as_reports_name_it_whichever_spelling_is_written(
    gazetteer: Gazetteer, written: str, country: str, shown: str
) -> None:
    regions = gazetteer.lookup(written, kind="admin1", country=country)
    assert regions and regions[0].name == shown
