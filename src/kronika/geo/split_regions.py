"""First-level regions that conflict coders split into halves, named as a note writes them: Myanmar's
Shan State is coded as Shan-North, Shan-South and Shan-East, and Bago Region as Bago-East and Bago-West
(the divisions Myanmar's own administrative lists keep inside the two).

The gazetteer lists each region whole; where the text names the half ('Pekon township (Taunggyi
district, Shan-South state)'), the place keeps that half as its region. Counted on the extra file's
Myanmar training notes: of 222 naming a half of Shan or Bago, the coded region was that half in 219
(the other 3 name a half the note's own district contradicts). Yangon's halves ('Yangon-East') are
districts, not regions, and stay Yangon.

Where the text writes no half, a town's own point tells it (`point_half`): Shan-North lies north of
about 22.1 degrees, Shan-East east of the Salween's line near 98.6 degrees east, the rest is
Shan-South; Bago-West lies west of the Bago Yoma near 96.1 degrees east. These lines put all 295
points coders give Shan and Bago events in the extra file's training notes in their coded half; a
place that is the whole region has no point of its own and keeps the whole name.

The index knows no half by name, so a lookup of 'Shan-North state' reads the whole region (`whole_key`):
else 'Muse district, Shan-North state' finds no Myanmar and Muse is read as Turkey's Muş.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kronika.model import Place

# (country, region as listed) -> the compass words its halves are named by
SPLIT_REGIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("MMR", "Shan"): ("North", "South", "East"),
    ("MMR", "Bago"): ("East", "West"),
}


def whole_key(key: str) -> tuple[str, str] | None:
    """The country and lookup key of the whole region a half's key names ('shan north state' ->
    ('MMR', 'shan state')), or None where the key names no half of a split region."""
    region, _, rest = key.partition(" ")
    half, _, tail = rest.partition(" ")
    for (country, name), halves in SPLIT_REGIONS.items():
        if region == name.lower() and half in {h.lower() for h in halves}:
            return country, f"{region} {tail}".strip()
    return None


def written_half(place: Place, text: str) -> Place:
    """The place with its region named as the half the text writes ('Shan-South', 'Bago West'), where
    its country's coders so split that region; else the place as it is."""
    halves = SPLIT_REGIONS.get((place.country, place.admin1 or ""))
    if not halves or place.admin1 is None:
        return place
    written = re.search(rf"\b{re.escape(place.admin1)}[ -]({'|'.join(halves)})\b", text, re.IGNORECASE)
    if written is None:
        return place
    return replace(place, admin1=f"{place.admin1}-{written.group(1).capitalize()}")


def point_half(place: Place) -> Place:
    """The place with its region named as the half its point lies in, where it is a town or spot of
    Shan or Bago and its region names no half yet; else the place as it is."""
    if place.country != "MMR" or place.precision not in ("city", "point"):
        return place
    if place.lat is None or place.lon is None or place.admin1 not in ("Shan", "Bago"):
        return place
    if place.admin1 == "Bago":
        half = "West" if place.lon < 96.1 else "East"
    elif place.lat >= 22.1:  # Kyaukme, Lashio and Muse districts and the Wa and Kokang zones
        half = "North"
    else:  # Kengtung, Tachileik and Monghsat districts lie east of the Salween
        half = "East" if place.lon >= 98.6 else "South"
    return replace(place, admin1=f"{place.admin1}-{half}")
