"""A place as its country's map stood on the event's day: South Sudan's states before independence.

The gazetteer's regions are today's. Before 9 July 2011 South Sudan was Sudan's south, and coders file
events there under the three old southern provinces the ten states made up (Equatoria, Bahr el Ghazal,
Upper Nile), in Sudan. From 2023 conflict coders write some Middle Eastern and North African regions
under new names (ACLED's boundary update): 'Duhok' for Dahuk, 'Al Hasakeh' for Al-Hasakeh, 'Thi Qar'
for Thi-Qar, 'Al Nabatieh' for Nabatiye, 'Ciudad de Mexico' for Distrito Federal, 'Odesa' for Odessa,
and Nouakchott's three regions as one. Indonesia cut four provinces from Papua and West Papua in 2022; an
event before then lies in the province it was cut from (Wamena in Papua, Sorong in West Papua).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from kronika.geo.coded_areas import in_coded_area
from kronika.model import Place

SOUTH_SUDAN_INDEPENDENCE: Final = date(2011, 7, 9)
# South Sudan's states -> the old southern province of Sudan each lay in
OLD_PROVINCES: Final = {
    "Central Equatoria": "Equatoria",
    "Eastern Equatoria": "Equatoria",
    "Western Equatoria": "Equatoria",
    "Lakes": "Bahr el Ghazal",
    "Warrap": "Bahr el Ghazal",
    "Northern Bahr el Ghazal": "Bahr el Ghazal",
    "Western Bahr el Ghazal": "Bahr el Ghazal",
    "Upper Nile": "Upper Nile",
    "Jonglei": "Upper Nile",
    "Unity": "Upper Nile",
}

# From this day coders write these regions (country, name before) under the names after
RENAMED_FROM: Final = date(2023, 1, 1)
# (of the training notes dated from 2023 in each region, every one is filed under the new name, none
# under the old: Iraq's six 11, Dara 5, Al Nabatieh 13, Mexico's four 14)
RENAMED: Final = {
    ("IRQ", "Dahuk"): "Duhok",
    ("IRQ", "Thi-Qar"): "Thi Qar",
    ("IRQ", "Anbar"): "Al Anbar",
    ("IRQ", "Basrah"): "Al Basrah",
    ("IRQ", "Babylon"): "Babil",
    ("IRQ", "Missan"): "Maysan",
    ("IRQ", "Sala al-Din"): "Salah Al Din",
    ("SYR", "Dar'a"): "Dara",
    ("LBN", "Nabatiye"): "Al Nabatieh",
    ("MEX", "Distrito Federal"): "Ciudad de Mexico",
    ("MEX", "Michoacán"): "Michoacan de Ocampo",
    ("MEX", "Veracruz"): "Veracruz de Ignacio de la Llave",
    ("MEX", "Coahuila"): "Coahuila de Zaragoza",
    ("SYR", "Al-Hasakeh"): "Al Hasakeh",
    ("SYR", "As-Sweida"): "As Sweida",
    ("SYR", "Ar-Raqqa"): "Ar Raqqa",
    ("SYR", "Deir-ez-Zor"): "Deir ez Zor",
    ("JOR", "Aqaba"): "Al Aqabah",
    ("MRT", "Nouakchott-Ouest"): "Nouakchott",
    ("MRT", "Nouakchott Nord"): "Nouakchott",
    ("MRT", "Nouakchott Sud"): "Nouakchott",
    # the update's other new names: 'Al' before Arab regions, the local spelling of European ones; none of
    # the old names is written in a training note from 2023 on
    ("JOR", "Karak"): "Al Karak",
    ("KOR", "Seoul"): "Seoul Special City",
    ("KOR", "Gangwon-do"): "Gangwon",
    ("DEU", "Lower Saxony"): "Niedersachsen",
    ("DEU", "North Rhine-Westphalia"): "Nordrhein-Westfalen",
    ("ITA", "Apulia"): "Puglia",
    ("ITA", "Sicily"): "Sicilia",
    ("BEL", "Wallonia"): "Wallonie",
    ("HRV", "Vukovar-Srijem"): "Vukovar-Sirmium",
    ("SWE", "Stockholm"): "Stockholms",
    ("SWE", "Dalarna"): "Dalarnas",
    ("SWE", "Jönköping"): "Jonkopings",
    ("SWE", "Östergötland"): "Ostergotlands",
    ("SWE", "Västernorrlands län"): "Vasternorrlands",
    ("KEN", "Murang'a"): "Muranga",
    ("RUS", "Belgorod Oblast"): "Belgorod",
    ("UKR", "Kiev City"): "Kyiv City",
    ("UKR", "Kiev"): "Kyiv",
    ("UKR", "Odessa"): "Odesa",
    ("VEN", "Vargas"): "La Guaira",
}


# Indonesia's provinces cut from another in 2022 -> the province cut from and the day its law made it:
# South, Central and Highland Papua from Papua (25 July 2022), Southwest Papua from West Papua (8 December)
CUT_FROM: Final = {
    ("IDN", "South Papua"): ("Papua", date(2022, 7, 25)),
    ("IDN", "Central Papua"): ("Papua", date(2022, 7, 25)),
    ("IDN", "Highland Papua"): ("Papua", date(2022, 7, 25)),
    ("IDN", "Southwest Papua"): ("West Papua", date(2022, 12, 8)),
}


def as_of(place: Place | None, day: date | None) -> Place | None:
    """`place` under the country and first-level region it lay in on `day` (unchanged where no day is
    known or the map was today's); from RENAMED_FROM, under the region's new name; before a province was cut
    from another (CUT_FROM), under the one it was cut from; and in an area coders
    file as a region of its own (`geo/coded_areas.py`), under that region whatever the day."""
    return in_coded_area(_on_day(place, day))


def _on_day(place: Place | None, day: date | None) -> Place | None:
    """`place` under the country and region it lay in on `day`, as `as_of` says, before coded areas."""
    if place is None or day is None:
        return place
    if day >= RENAMED_FROM:
        return _renamed(place)
    cut = CUT_FROM.get((place.country or "", place.admin1 or ""))
    if cut is not None and day < cut[1]:
        return _under(place, cut[0])
    if place.country != "SSD" or day >= SOUTH_SUDAN_INDEPENDENCE:
        return place
    province = OLD_PROVINCES.get(place.admin1 or "")
    name = province if place.precision == "admin1" and province else place.name
    return replace(place, name=name, country="SDN", admin1=province)


def _under(place: Place, region: str) -> Place:
    """`place` filed under `region` (a region named as the place itself takes that name too)."""
    name = region if place.precision == "admin1" and place.name == place.admin1 else place.name
    return replace(place, name=name, admin1=region)


def _renamed(place: Place) -> Place:
    """`place` with its region under the name coders write from RENAMED_FROM (a region named as the
    place itself takes the new name too)."""
    new = RENAMED.get((place.country or "", place.admin1 or ""))
    return place if new is None else _under(place, new)
