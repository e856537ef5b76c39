"""The headline's town for an American event read in a state its article never names.

A local story names its own state, in full or abbreviated after a town ('Clinton, Md.'), or its
station serves it ('WSMV', Nashville). A place the text reads in another state that the article never
names is most often a namesake of something local: a park named as a far city's quarter is ('2 shot at
Murfreesboro park' ... 'in Rogers Park', read as Chicago's), or a county named as a town elsewhere is
('Prince George's County', read as Prince George, Virginia). Where the headline names a town beside a
word of place (`geo/headline.py`) in a state the article does name, that town is where the news
happened; a sizeable town it or the page's site part names otherwise ('... - WMC Action News 5 -
Memphis, Tennessee', `geo/article.py`) is, where the place read lies beyond a station's reach of it.
In the study slice of the Gun Violence Archive's articles (2,100) these swaps give the archive's town
in 5 cases, the archive's state for its town in 1 more, and nowhere a place that was right before;
the site's town for a place within its reach was right in none of 3 ('Panola County' on a Memphis
page is Mississippi's). A place whose state the article names, or a headline town of an unnamed
state, is left as read (that looser swap was wrong in 53 of 60 cases: big cities' quarters read as
far towns), and so is one where only the station's own town is at hand (wrong in 17 of 25: a
namesake in the station's state, not its own town, is meant). Notes without a headline (ACLED's) are
never touched.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo.article import title_town
from kronika.geo.headline import headline_town
from kronika.geo.local import FAR_KM
from kronika.geo.nearby import distance_km
from kronika.model import Place

AMERICA = "USA"


def headline_state_town(
    place: Place, title: str | None, states: frozenset[str], station_state: str | None, gazetteer: Gazetteer
) -> Place:
    """The headline's town (else its site part's) in place of an American town or county read in a
    state that neither the article (`states`: those it writes) nor its station (`station_state`) names,
    where that town lies in a state one of them names; any other place as read."""
    if place.country != AMERICA or place.precision == "country" or place.admin1 is None:
        return place
    named = states | ({station_state} if station_state else set())
    if place.admin1 in named:
        return place
    scene = headline_town(gazetteer, title, AMERICA)
    if scene is not None and scene.admin1 != place.admin1 and scene.admin1 in named:
        return scene.to_place()
    # a town the headline names without a word of place, or the site's own, is only the page's area:
    # a place read within a station's reach may be its news ('Panola County' on a Memphis page)
    town = title_town(gazetteer, title, AMERICA)
    if town is None or town.admin1 == place.admin1 or town.admin1 not in named:
        return place
    return town.to_place() if _far(place, town.to_place()) else place


def _far(place: Place, town: Place) -> bool:
    """Whether the place lies more than FAR_KM from the town (both with coordinates)."""
    if None in (place.lat, place.lon, town.lat, town.lon):
        return False
    assert place.lat is not None and place.lon is not None and town.lat is not None and town.lon is not None
    return distance_km(place.lat, place.lon, town.lat, town.lon) > FAR_KM
