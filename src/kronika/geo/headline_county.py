"""The town of a county a headline names, for a story whose text names the county alone."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.county_towns import inside_counties
from kronika.geo.headline import title_cues


def headline_county_town(
    gazetteer: Gazetteer, title: str | None, county: str, country: str, state: str | None
) -> GeoEntry | None:
    """The listed town of a county of this name that the headline names beside a word of place ('Two
    shot in Lakeview', 'Lakeview shooting') or as the home of the people in the news ('Lakeview teen
    sought'), where the text names the county alone: the headline gives the scene the body leaves at
    its sheriff's beat. Only the county of the state it was read in (`state`) counts."""
    counties = [
        e
        for e in gazetteer.lookup(county, kind="admin2", country=country)
        if e.lat is not None and e.admin1 == state
    ]
    if not counties or not title:
        return None
    for _, names in title_cues(title):
        for name in names:
            towns = [
                t
                for t in gazetteer.lookup(name, kind="city", country=country)
                if inside_counties(t, counties)
            ]
            if towns:
                return towns[0]
    return None
