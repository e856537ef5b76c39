"""An American state's abbreviation written without its full stop after a town or county ('Sullivan
County, Ind', 'Belfair, Wash'), as local pages often write it."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry

# a capitalised word of up to five letters: 'Ind', 'Wash', 'Calif' (never an all-capital postal code,
# which the gazetteer lists as written)
_BARE = re.compile(r"[A-Z][a-z]{1,4}")


def bare_state(gazetteer: Gazetteer, text: str) -> list[GeoEntry]:
    """The American state a word after a comma names by its abbreviation less the full stop ('Ind' is
    'Ind.', Indiana); none where the word is listed as written, or names a region or country in full
    ('Ohio', 'Iowa', 'Peru')."""
    word = text.strip().rstrip(",-").strip()
    if not _BARE.fullmatch(word) or gazetteer.abbreviations(word):
        return []
    if gazetteer.lookup(word, kind="admin1") or gazetteer.country(word) is not None:
        return []
    return [e for e in gazetteer.abbreviations(f"{word}.") if e.country == "USA"]
