"""First-level regions that conflict coders split into halves, named as a note writes them: Myanmar's
Shan State is coded as Shan-North, Shan-South and Shan-East, and Bago Region as Bago-East and Bago-West
(the divisions Myanmar's own administrative lists keep inside the two).

The gazetteer lists each region whole; where the text names the half ('Pekon township (Taunggyi
district, Shan-South state)'), the place keeps that half as its region. Counted on the extra file's
Myanmar training notes: of 222 naming a half of Shan or Bago, the coded region was that half in 219
(the other 3 name a half the note's own district contradicts). Yangon's halves ('Yangon-East') are
districts, not regions, and stay Yangon.
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
