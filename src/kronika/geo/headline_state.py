"""The headline's town for an American event read in a state its article never names.

A local story names its own state, in full or abbreviated after a town ('Clinton, Md.'), or its
station serves it ('WSMV', Nashville). A place the text reads in another state that the article never
names is most often a namesake of something local: a park named as a far city's quarter is ('2 shot at
Murfreesboro park' ... 'in Rogers Park', read as Chicago's), or a county named as a town elsewhere is
('Prince George's County', read as Prince George, Virginia). Where the headline names a town beside a
word of place (`geo/headline.py`) in a state the article does name, that town is where the news
happened. In the study slice of the Gun Violence Archive's articles this swap is right in both its
cases and wrong in none; a place whose state the article names, or a headline town of an unnamed state,
is left as read (the looser swap was wrong in 53 of 60 cases: big cities' quarters read as far towns).
Notes without a headline (ACLED's) are never touched.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo.headline import headline_town
from kronika.model import Place

AMERICA = "USA"


def headline_state_town(
    place: Place, title: str | None, states: frozenset[str], station_state: str | None, gazetteer: Gazetteer
) -> Place:
    """The headline's town in place of an American town or county read in a state that neither the
    article (`states`: those it writes) nor its station (`station_state`) names, where the headline's town
    lies in a state one of them names; any other place as read."""
    if place.country != AMERICA or place.precision == "country" or place.admin1 is None:
        return place
    named = states | ({station_state} if station_state else set())
    if place.admin1 in named:
        return place
    town = headline_town(gazetteer, title, AMERICA)
    if town is None or town.admin1 == place.admin1 or town.admin1 not in named:
        return place
    return town.to_place()
