"""Specs for a page carrying another station's story: its text credits a station of another town than the
one its headline's site part names, so the site part's town is the carrier's, not the story's, and only
the headline's own words are read for a town."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.call_signs import carried_story
from kronika.geo.title_towns import title_town

SITE = "Teen wounded on porch - KSLA News 12 Shreveport, Louisiana Local Headlines & Traffic"


@pytest.mark.parametrize(
    ("title", "text", "carried"),
    [
        pytest.param(
            SITE, "Deputies said the boy was hurt. Check back with WAFB for updates.", True, id="other-town"
        ),
        pytest.param(SITE, "Deputies told KSLA News 12 the boy was hurt.", False, id="own-station"),
        pytest.param(SITE, "Deputies said the boy was hurt.", False, id="no-credit"),
        pytest.param("Boy hurt in shooting", "Check back with WAFB for updates.", False, id="no-site-part"),
        pytest.param(None, "Check back with WAFB for updates.", False, id="no-headline"),
    ],
)
def test_a_page_carries_a_story_its_text_credits_to_another_towns_station(
    title: str | None, text: str, carried: bool
) -> None:
    assert carried_story(title, text) is carried


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "site", "town"),
    [
        pytest.param(SITE, True, "Shreveport", id="site-part-read"),
        pytest.param(SITE, False, None, id="site-part-left-out"),
        pytest.param(
            "Boy hurt in Shreveport shooting - KSLA News 12", False, "Shreveport", id="own-words-read"
        ),
    ],
)
def test_the_site_part_is_read_only_where_asked(
    gazetteer: Gazetteer, title: str, site: bool, town: str | None
) -> None:
    found = title_town(gazetteer, title, "USA", site=site)
    assert (found.name if found else None) == town
