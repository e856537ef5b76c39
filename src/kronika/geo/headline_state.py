"""The headline's town for an American event read in a state its article never names.

A local story names its own state, in full or abbreviated after a town ('Clinton, Md.'), or its station
serves it ('WSMV', Nashville). A place the text reads in another state that the article never names is
most often a namesake of something local: a park named as a far city's quarter is ('2 shot at
Murfreesboro park' ... 'in Rogers Park', read as Chicago's), or a county named as a town elsewhere is
('Prince George's County', read as Prince George, Virginia). Where the headline names a town beside a
word of place (`geo/headline.py`), or else names one in its own words (`geo/title_towns.py`: a sizeable
town, or a town by its own police, 'Alder Creek police seek driver'), in a state the article does name,
that town is where the news happened: so in both such cases of the Gun Violence Archive's study slice
(2,100 articles), and in neither of its 2 in the check slice (600) was the swap wrong (one the archive's
town by name before and after, one the archive's town neither before nor after). The headline's other
towns add one study case (a city's quarter read as a namesake far away, under 'X police ...': now the
archive's town) and change no other archive figure. A place whose state the article names, or a headline
town of an unnamed state, is left as read (that looser swap was wrong in 53 of 60 study cases: big
cities' quarters read as far towns). The page's site part ('... - WMC Action News 5 - Memphis,
Tennessee') is no such cue: its town, for a place read far beyond its reach, was right in 3 study cases
but wrong in 1 of 2 check cases; and the station's own town was wrong in 17 of 25 (a namesake in the
station's state, not its own town, is meant). Notes without a headline (ACLED's) are never touched.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo.headline import headline_town
from kronika.geo.title_towns import title_town
from kronika.model import Place

AMERICA = "USA"


def headline_state_town(
    place: Place, title: str | None, states: frozenset[str], station_state: str | None, gazetteer: Gazetteer
) -> Place:
    """The headline's town in place of an American town or county read in a state that neither the
    article (`states`: those it writes) nor its station (`station_state`) names, where the headline's
    town lies in a state one of them names; any other place as read."""
    if place.country != AMERICA or place.precision == "country" or place.admin1 is None:
        return place
    named = states | ({station_state} if station_state else set())
    if place.admin1 in named:
        return place
    # a headline naming its town without a word of place ('Alder Creek police seek driver') names it too
    town = headline_town(gazetteer, title, AMERICA) or title_town(gazetteer, title, AMERICA, site=False)
    if town is None or town.admin1 == place.admin1 or town.admin1 not in named:
        return place
    return town.to_place()
