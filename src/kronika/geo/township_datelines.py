"""A dateline naming an American township ('STAR TOWNSHIP, Mich. (AP) —', 'HAMILTON TWP., N.J. —').

No list holds townships as towns, so such a dateline gave no place and the story fell to the state its
lead names ('in northern Michigan'). The township lies in a county of the dateline's state: where the
story names exactly one there ('The Antrim County sheriff's department'), the dateline is read as that
county (an address-keyed record files a township's event under its county or the county's city); else
at the post office named after the township's bare name in that state ('FRANKLIN TOWNSHIP, Mich.':
Franklin); else as the township itself, by its full name ('Hamilton Township', which records give as the
township's own locality) and without coordinates. In the Gun Violence Archive's study slice (2,100 pages)
four pages open with a township's dateline: two were read only as their state, one as 'Hamilton Twp.',
and the fourth's dateline stands alone on its line, which cleaning drops; the first three now read the
archive's place.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.mailing import county_city
from kronika.geo.story_county import story_county
from kronika.geo.unlisted import written_region
from kronika.geo.zip_towns import has_post_office, zip_town
from kronika.model import Place

# 'STAR TOWNSHIP', 'HAMILTON TWP.': the township word closing a dateline's run of capitals
_TOWNSHIP = re.compile(r"^(?P<name>[A-Z][A-Z'.\-]*(?:\s+[A-Z][A-Z'.\-]*){0,2})\s+(?:TOWNSHIP|TWP\.?)$")


def township_dateline(gazetteer: Gazetteer, city: str, where: str | None, text: str) -> Place | None:
    """The place of a dateline whose `city` names a township and whose `where` an American state: the
    one county of that state `text` names (read as its city where the county's post offices are mostly
    named after one, `geo/mailing.py`), else the post office named after the township's bare name, else
    the township by its full name. None for any other dateline."""
    match = _TOWNSHIP.match(city.strip())
    region = written_region(gazetteer, where) if match and where else None
    if match is None or region is None or region.country != LOCAL_NEWS_COUNTRY or region.admin1 is None:
        return None
    name = match.group("name").title()
    county = story_county(gazetteer, text, frozenset({region.admin1}), None)
    if county is not None and county.admin1 == region.admin1:
        return county_city(county.to_place(), gazetteer)
    if has_post_office(name, region.admin1):
        return zip_town(Place(name, region.country, region.admin1, None, None, "city"))
    return Place(f"{name} Township", region.country, region.admin1, None, None, "city")
