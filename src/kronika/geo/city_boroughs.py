"""New York City's quarters in their own boroughs, and its neighbours' towns left out of the city."""

from __future__ import annotations

from kronika.geo.build import GazetteerData
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.tables import shipped_text, table_rows

TABLE = "data/nyc_boroughs.tsv"
COUNTRY, STATE, CITY = "USA", "New York", "New York City"
# A listed quarter lies this near its borough's point (Tottenville, at Staten Island's far end, lies some
# 10 km from it); a town of the name farther off is another place ('Inwood' of Nassau County, 26 km from
# Manhattan's point, is no quarter of Manhattan's).
BOROUGH_KM = 16.0


def read_boroughs(text: str | None = None) -> dict[str, tuple[str, ...]]:
    """Each listed quarter's name key -> the boroughs listing it (`text` stands in for the shipped table in
    tests); columns: borough, quarter."""
    quarters: dict[str, tuple[str, ...]] = {}
    for borough, quarter in table_rows(shipped_text(TABLE) if text is None else text):
        key = name_key(quarter.strip())
        quarters[key] = (*quarters.get(key, ()), borough.strip())
    return quarters


def place_in_boroughs(data: GazetteerData, text: str | None = None) -> None:
    """Each New York quarter the table lists, filed under its borough as the town it belongs to (the nearest
    big place need not be its borough: 'East New York' lies nearer Queens's point than Brooklyn's, and
    'Washington Heights' nearer the Bronx's than Manhattan's, `nearby.add_towns`); and a town the table
    does not list, that the nearest-big-place rule filed under the city or one of its quarters, filed
    under none: the city has a border that distance cannot see, and Yonkers, Mount Vernon or Valley Stream,
    however near the Bronx or Jamaica, are towns of their own."""
    quarters = read_boroughs(text)
    rows = {b: _row(data, b) for named in quarters.values() for b in named}
    boroughs = {b: i for b, i in rows.items() if i is not None}
    placed: dict[int, int] = {}
    for i, row in enumerate(data.rows):
        if row[1] != "city" or row[2:4] != (COUNTRY, STATE) or row[4] is None or row[5] is None:
            continue
        near = [
            (distance_km(row[4], row[5], data.rows[j][4] or 0.0, data.rows[j][5] or 0.0), j)
            for b in quarters.get(name_key(row[0]), ())
            if (j := boroughs.get(b)) is not None and j != i
        ]
        near = [(km, j) for km, j in near if km <= BOROUGH_KM]
        if near:
            placed[i] = min(near)[1]
    city = _row(data, CITY)
    inside = {*placed, *boroughs.values(), *([city] if city is not None else [])}
    for i, town in list(data.towns.items()):
        if i not in placed and town in inside:
            del data.towns[i]
    data.towns.update(placed)


def _row(data: GazetteerData, name: str) -> int | None:
    """The biggest New York town row of that name, if any."""
    rows = [
        i
        for i in data.index.get(name_key(name), [])
        if data.rows[i][1] == "city" and data.rows[i][2:4] == (COUNTRY, STATE) and data.rows[i][4] is not None
    ]
    return max(rows, key=lambda i: data.rows[i][6], default=None)
