"""Specs for the station a page's copyright line credits (kept by the cleaner as the article's source): it
tells the story's market before the headline's site part does, which may name a station carrying it."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.call_signs import carried_story, page_station, station_town


@pytest.mark.parametrize(
    ("title", "text", "source", "town"),
    [
        pytest.param("Teen shot - KSLA News 12 Shreveport", "A teen was shot.", "WAFB", "Baton Rouge",
                     id="the-credit-before-the-site-part"),
        pytest.param("Boy hurt - WTVM.com-Columbus, GA", "A boy was hurt.", "WTOC", "Savannah",
                     id="the-credit-before-a-carriers-sign"),
        pytest.param("Boy hurt - KSLA News 12 Shreveport", "(WMC) - A boy was hurt.", "WAFB", "Memphis",
                     id="the-texts-own-credit-first"),
        pytest.param("Teen shot - KSLA News 12 Shreveport", "A teen was shot.", None, "Shreveport",
                     id="no-credit-the-site-part"),
        pytest.param("Teen shot - KSLA News 12 Shreveport", "A teen was shot.", "Nexstar Broadcasting",
                     "Shreveport", id="a-credit-naming-no-station"),
    ],
)  # fmt: skip
def test_the_credited_station_is_read_before_the_headlines(
    gazetteer: Gazetteer, title: str, text: str, source: str | None, town: str
) -> None:
    entry = station_town(gazetteer, page_station(title, text, source))
    assert entry is not None and entry.name == town


@pytest.mark.parametrize(
    ("title", "source", "carried"),
    [
        pytest.param("Teen shot - KSLA News 12 Shreveport", "WAFB", True, id="another-towns-credit"),
        pytest.param("Teen shot - KSLA News 12 Shreveport", "KSLA", False, id="its-own-credit"),
        pytest.param("Teen shot - KSLA News 12 Shreveport", None, False, id="no-credit"),
    ],
)  # fmt: skip
def test_a_page_crediting_another_towns_station_carries_its_story(
    title: str, source: str | None, carried: bool
) -> None:
    assert carried_story(title, "A teen was shot.", source) is carried
