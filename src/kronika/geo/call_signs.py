"""A local station's call sign on its page ('KMOV.com', '(WANE)', 'WMC-TV'): the station's home town.

An American station's page credits the station in its noise: the site's name, a credit after the
dateline, the station's own web address. A station reports its own market, so where the story names no
town of its own, the station's town (`data/call_signs.tsv`) is the best guess there is. The story's own
text comes before the headline's site part: a page that carries another station's story credits that
station in the text ('... - WALB.com' over a story credited to Memphis's WMC).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.article import ArticlePlaces
from kronika.geo.nearby import COUNTY_KM, entries_km
from kronika.tables import shipped_text, table_rows

TABLE = "data/call_signs.tsv"
# a sign as written: alone or with its band ('WMC-TV', 'KCMO 710'), run into its brand or channel
# ('WMCActionNews5', 'KCTV5'), or as its web address in small letters ('kmov.com', 'wsbtv.com')
_SIGN = re.compile(r"(?<![\w.@/])(?P<sign>[KW][A-Z]{2,3})(?=-(?:TV|DT|FM|AM)\b|\b|\d|[A-Z][a-z])")
_ADDRESS = re.compile(r"(?<![\w.@-])(?P<sign>[kw][a-z]{2,3})(?:tv)?\.com\b")


@dataclass(frozen=True)
class Station:
    """One station of the table: its call sign and the town and state it serves from."""

    sign: str
    town: str
    state: str


def read_call_signs(text: str | None = None) -> dict[str, Station]:
    """The table's stations by call sign; `text` stands in for the shipped table in tests."""
    rows = table_rows(shipped_text(TABLE) if text is None else text)
    return {row[0]: Station(row[0], row[1], row[2]) for row in rows if len(row) == 3}


@cache
def _stations() -> dict[str, Station]:
    """The shipped table, read once."""
    return read_call_signs()


def page_station(title: str | None, text: str, source: str | None = None) -> Station | None:
    """The first known station the text credits, else the outlet its copyright line credits (`source`,
    kept by the cleaner: `kronika/credits.py`), else the first the headline does; None where none names
    one of the table's stations."""
    for written in (text, source or "", title or ""):
        for match in sorted([*_SIGN.finditer(written), *_ADDRESS.finditer(written)], key=lambda m: m.start()):
            station = _stations().get(match.group("sign").upper())
            if station is not None:
                return station
    return None


def carried_story(title: str | None, text: str, source: str | None = None) -> bool:
    """Whether the page carries another station's story: its text or copyright line (`source`) credits a
    station of another town than the one its headline's site part names ('... - KSLA News 12 Shreveport'
    over 'Copyright 2016 WAFB', a Baton Rouge station's story), so the site part's town is the carrier's,
    not the story's."""
    own = page_station(None, title or "")
    credited = page_station(None, text, source)
    if own is None or credited is None:
        return False
    return (own.town, own.state) != (credited.town, credited.state)


def station_town(
    gazetteer: Gazetteer, station: Station | None, places: ArticlePlaces | None = None
) -> GeoEntry | None:
    """The home town of the station the page credits (`page_station`), the biggest of its name in the
    station's state; None where the page credits no known station, or where the story's own `places` say
    it lies beyond the studio: a county it names ('HALIFAX CO. (WSLS 10)' from a Roanoke station), or
    only states other than the station's."""
    if station is None:
        return None
    towns = [
        e for e in gazetteer.lookup(station.town, kind="city", country="USA") if e.admin1 == station.state
    ]
    if not towns or (places is not None and _placed_beyond(gazetteer, places, towns[0])):
        return None
    return towns[0]


def _placed_beyond(gazetteer: Gazetteer, places: ArticlePlaces, town: GeoEntry) -> bool:
    """Whether the article names a county the station's town does not lie in ('Orange County' on an
    Orlando station's page does not move the story), or states and not the town's."""
    counties = {name.text for chain in places.chains for name in chain.names if name.county}
    if any(not _holds(gazetteer, county, town) for county in counties):
        return True
    return bool(places.hinted and town.admin1 not in places.hinted)


def _holds(gazetteer: Gazetteer, county: str, town: GeoEntry) -> bool:
    """Whether a county of that name in the town's state has the town within COUNTY_KM of its centre."""
    return any(
        e.admin1 == town.admin1 and e.lat is not None and entries_km(e, town) <= COUNTY_KM
        for e in gazetteer.lookup(county, kind="admin2", country="USA")
    )
