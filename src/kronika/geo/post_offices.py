"""Sri Lanka's post office towns and villages the lists lack, as places of their districts.

Notes on Sri Lanka place many events at a village or small town the city lists do not hold ('a protest
in Manampitiya', 'residents of Elapatha'), and such events fell back to the capital or to nothing.
lankapost (MIT) lists the country's 2,111 post offices, each with its district and province; of 237
training notes on Sri Lanka that name an unlisted post office town of one province, 216 are coded in
that province. Each post office whose name the country's index does not hold yet is added as a place
of its district's province, at the district's point (the package gives none of its own), so that it
tells the province rather than the spot. A main post office's town is read as a town of some size,
which tells a note's country on its own as our town table's towns do; a sub post office's village is
small. Names two provinces share are left out, as are countries' and regions' names ('Panama', a
village of Ampara). Where the package is not installed the gazetteer is built without them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from kronika.geo.build import GazetteerData
from kronika.geo.listed_towns import MIN_RIVAL_TOWN, POPULATION
from kronika.geo.names import name_key

PACKAGE = "lankapost"
DATA = "data/postal_codes.json"
ISO3 = "LKA"
MAIN_OFFICE = "Main Post Office"  # the other kind is a sub post office, a village's


@dataclass(frozen=True)
class PostOffice:
    """One post office's place: its name, its district and whether it is a main office."""

    name: str
    district: str
    main: bool


def load_offices() -> list[PostOffice] | None:
    """The package's post offices, or None where it is not installed."""
    try:
        text = resources.files(PACKAGE).joinpath(DATA).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    return [
        PostOffice(
            str(r["place_name"]).strip(),
            str(r["district_name"]).strip(),
            r["post_office_type"] == MAIN_OFFICE,
        )
        for r in json.loads(text)
        if r.get("place_name") and r.get("district_name")
    ]


def add_post_offices(data: GazetteerData) -> None:
    """Index each post office's place the country lacks at its district's point, in its province."""
    offices = load_offices()
    if offices is None:
        return
    by_key: dict[str, list[PostOffice]] = {}
    for office in offices:
        by_key.setdefault(name_key(office.name), []).append(office)
    for key, named in sorted(by_key.items()):
        districts = [_district_row(data, office.district) for office in named]
        provinces = {data.rows[i][3] for i in districts if i is not None}
        if not key or len(provinces) != 1 or _taken(data, key):
            continue
        district = next(i for i in districts if i is not None)
        _, _, _, admin1, lat, lon, _ = data.rows[district]
        people = POPULATION if any(office.main for office in named) else MIN_RIVAL_TOWN
        data.add((named[0].name, "city", ISO3, admin1, lat, lon, people), {key})


def _district_row(data: GazetteerData, district: str) -> int | None:
    """The index's row of the country's district of this name, with a point."""
    for i in data.index.get(name_key(district), []):
        _, kind, iso3, admin1, lat, _, _ = data.rows[i]
        if (kind, iso3) == ("admin2", ISO3) and admin1 and lat is not None:
            return i
    return None


def _taken(data: GazetteerData, key: str) -> bool:
    """Whether the key names a place of the country already, or a country or first-level region
    anywhere."""
    rows = [data.rows[i] for i in data.index.get(key, [])]
    return any(iso3 == ISO3 or kind in ("country", "admin1") for _, kind, iso3, *_ in rows)
