"""Indonesia's regencies and cities (kabupaten, kota) under the English names reports write them by.

reverse_geocode files an Indonesian town under its regency or city as Indonesians write it: 'Kabupaten
Bone', 'Kabupaten Luwu Timur', 'Kota Magelang'. Coders' notes name the same unit in English and without
its type word, the compass word first: 'Bone regency', 'East Luwu regency', 'West Bangka regency'.
"""

from __future__ import annotations

import re

# The type word the source opens an Indonesian second-level region with.
_TYPE = re.compile(r"^(?:kabupaten|kota)\s+(?=\S)", re.IGNORECASE)
# Compass words that close a regency's name, longest first, and what English writes before the name.
_COMPASS = (
    ("barat daya", "Southwest"),
    ("timur laut", "Northeast"),
    ("tenggara", "Southeast"),
    ("utara", "North"),
    ("selatan", "South"),
    ("timur", "East"),
    ("barat", "West"),
    ("tengah", "Central"),
)
_ISLANDS = re.compile(r"^kepulauan\s+", re.IGNORECASE)


def is_regency(written: str) -> bool:
    """Whether a county name is an Indonesian regency's or city's ('Kabupaten Bone', 'Kota Bogor')."""
    return bool(_TYPE.match(written.strip()))


def regency_names(written: str) -> list[str]:
    """The names reports write a regency by, the source's own without its type word first:
    'Kabupaten Luwu Timur' -> ['Luwu Timur', 'East Luwu']; 'Kabupaten Kepulauan Aru' -> ['Kepulauan
    Aru', 'Aru Islands']; a county of no Indonesian type word -> []."""
    if not is_regency(written):
        return []
    own = _TYPE.sub("", written.strip())
    names = [own]
    for local, english in _COMPASS:
        if own.lower().endswith(" " + local):
            names.append(f"{english} {own[: -len(local) - 1]}")
            break
    if _ISLANDS.match(own):
        names.append(f"{_ISLANDS.sub('', own)} Islands")
    return names
