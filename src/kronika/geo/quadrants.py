"""Washington's quadrant addresses ('the 1200 block of Pennsylvania Avenue NW'): the capital's streets.

Every street address of the District of Columbia ends in its quadrant, so the capital's own paper and
stations write the scene as 'the 2800 block of Stanton Road SE' and name no town: the city is the
reader's own. Such a story fell back to the country. A few other American cities number quadrants in
some of their streets, but their stories name the city (a dateline, its police), so a quadrant address
is read as Washington's only where nothing placed the story finer than the country.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.local import STREET_TYPE  # a street's type as addresses write it ('Avenue', 'Ave.')
from kronika.model import Place

# a house number or block, the street's name (a letter, a number or words: 'F Street', '14th Street',
# 'Good Hope Road'), its type, then the quadrant in capitals
_QUADRANT_ADDRESS = re.compile(
    rf"\b\d+\s+(?:block\s+of\s+)?(?:[A-Z0-9][\w.'’]*\s+){{1,3}}{STREET_TYPE}\s+(?:NW|NE|SE|SW)\b"
)


def quadrant_address(text: str) -> bool:
    """Whether the text writes a street address ending in a quadrant ('300 block of Ridge Road SE')."""
    return _QUADRANT_ADDRESS.search(text) is not None


def quadrant_city(place: Place, text: str, gazetteer: Gazetteer) -> Place:
    """Washington for an American story placed only at the country whose text writes a quadrant
    address; any other place as it is."""
    if place.precision != "country" or place.country != LOCAL_NEWS_COUNTRY or not quadrant_address(text):
        return place
    capital = gazetteer.capital(LOCAL_NEWS_COUNTRY)
    return capital.to_place() if capital is not None else place
