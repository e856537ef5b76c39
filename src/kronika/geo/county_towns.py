"""Towns an article names that lie in a county it names ('Lee County ... a Fort Myers club'): where in
the county its story happened."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import Chain, ChainName
from kronika.geo.local import autopsy_town, street_name
from kronika.geo.mailing import county_city
from kronika.geo.names import name_key
from kronika.geo.nearby import COUNTY_KM, distance_km
from kronika.geo.unlisted import town_part
from kronika.geo.zip_towns import office_entry, postal_county

_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_FROM_CHARS = 6
_OPENING_ARTICLE = re.compile(r"(?:A|An)\s+(?=[A-Z])")
# Two or more capitalised words (a person's given name and surname), then 'of' and the town.
_PERSON_OF = re.compile(r"(?:[A-Z][\w'’\-.]*\s+){2,}of\s+([A-Z].*)$")


def towns_in_county(
    gazetteer: Gazetteer,
    chains: Sequence[Chain],
    text: str,
    county: str,
    country: str,
    state: str | None = None,
) -> list[GeoEntry]:
    """Towns the article names that lie in a county of this name ('Lee County ... a Fort Myers club'),
    those of the county's `state` as read first (a 'DeKalb County' story's 'DeKalb police' is the
    county's force, not a sign of DeKalb, Illinois, beside Georgia's Lithonia), then most named, then first
    named. The county's state comes with the town: of the many Butler
    Counties, the one beside the Poplar Bluff the article names. A town within COUNTY_KM of the
    county's centre, in its state, counts as inside it (the gazetteer does not say which county a town
    lies in); a name written as a region ('Lee County', 'Florida') is not a town, nor is one the `text`
    writes as where the dead were sent for an autopsy (`geo/local.py`'s autopsy_town). A hospital's town
    still counts: the hurt are taken to one near the scene, which tells which of several counties it is."""
    counties = [e for e in gazetteer.lookup(county, kind="admin2", country=country) if e.lat is not None]
    votes: Counter[GeoEntry] = Counter()
    first: dict[GeoEntry, int] = {}
    for chain in chains if counties else ():
        name = _past_street(chain)
        if name.county or name.admin1_hint or name.district or name_key(name.text) == name_key(county):
            continue
        if autopsy_town(text, name.start, name.end):  # 'sent to Dallas for an autopsy': not the county's
            continue
        readings = whole_reading(name) + town_readings(name.text)
        states = _written_states(gazetteer, chain, name, country)
        # 'driven up from Elmvale': a hamlet someone came from, written so, is no sign of the scene
        hamlets = _FROM.search(text, max(0, name.start - _FROM_CHARS), name.start) is None
        towns = (t for r in readings for t in _towns(gazetteer, r, country, counties, hamlets))
        town = next((t for t in towns if not states or t.admin1 in states), None)
        if town is not None:
            votes[town] += 1
            first.setdefault(town, chain.start)
    return sorted(votes, key=lambda e: (state is not None and e.admin1 != state, -votes[e], first[e]))


def whole_reading(name: ChainName) -> tuple[str, ...]:
    """A town's name with the settlement word the chain split off ('Bessemer City', read as 'Bessemer'
    'city'): the lists hold some towns only under their whole name, which is then the first reading."""
    return (name.whole,) if name.settlement and name.whole != name.text else ()


def town_readings(text: str) -> tuple[str, ...]:
    """The ways a chain's name may be read as a town: as written, else without the article opening its
    sentence ('A Merritt Island man was charged': the pattern keeps a capitalised 'A'), else the words
    after a person's name and 'of' ('James Wesley Blazier of Brookhaven': the name runs on through 'of',
    as a place's does in 'Municipality of Allende')."""
    readings = [text]
    opened = _OPENING_ARTICLE.match(text)
    if opened:
        readings.append(text[opened.end() :])
    person = _PERSON_OF.match(text)
    if person:
        readings.append(person.group(1))
    return tuple(readings)


def _towns(
    gazetteer: Gazetteer, name: str, country: str, counties: list[GeoEntry], hamlets: bool
) -> list[GeoEntry]:
    """The towns of this name in the country that lie in one of the counties, else, where `hamlets`,
    the unlisted community one of the counties' post offices is named after (`county_offices`)."""
    listed = [t for t in gazetteer.lookup(name, kind="city", country=country) if inside_counties(t, counties)]
    return listed or (county_offices(gazetteer, name, counties) if hamlets else [])


def county_offices(gazetteer: Gazetteer, name: str, counties: list[GeoEntry]) -> list[GeoEntry]:
    """The community a post office of one of the counties is named after, where no list holds it: local
    news names a hamlet however it likes ('a Lakeview Heights girl', 'Ann Doe of Lakeview Heights'), and
    a post office of the very county the article names is a sure sign that the name is that hamlet's. A
    name the gazetteer knows as a region or a country is left to it, and a county that is read at its
    own town (`geo/mailing.py`'s county_city) keeps it."""
    town = town_part(name)  # 'Ann Doe of Lakeview Heights.': without the sentence's full stop
    if not town or gazetteer.lookup(town, kind="admin1") or gazetteer.country(town) is not None:
        return []
    # a county named after its town, or whose mail is mostly one city's, is that town's: a hamlet's
    # resident ('Ann Doe of X', two counties' victims' homes) tells less than the county's own town
    unheld = [c for c in counties if county_city(c.to_place(), gazetteer).precision != "city"]
    found = (office_entry(town, c.admin1) for c in unheld if postal_county(town, c.name, c.admin1))
    return [entry for entry in found if entry is not None]


def _written_states(gazetteer: Gazetteer, chain: Chain, name: ChainName, country: str) -> frozenset[str]:
    """The first-level regions the chain writes after its town's name ('York (Maine)'): a town of the
    name in another state is a namesake, however near a county of the name it lies (York, Pennsylvania)."""
    later = chain.names[chain.names.index(name) + 1 :]
    return frozenset(
        e.admin1 for n in later for e in gazetteer.lookup(n.text, kind="admin1", country=country) if e.admin1
    )


def _past_street(chain: Chain) -> ChainName:
    """The chain's first name, or its second where the first is the street an address opens with
    ('on Sandy Dam Lane in Walterboro')."""
    first = chain.names[0]
    if len(chain.names) > 1 and street_name(first.text, 0, len(first.text)):
        return chain.names[1]
    return first


def inside_counties(town: GeoEntry, counties: list[GeoEntry]) -> bool:
    """Whether a town lies within COUNTY_KM of one of the counties' centres, in the same state, or a ZIP
    code named after it lies in one of them (`geo/zip_towns.py`: a big county's far towns)."""
    if any(c.admin1 == town.admin1 and postal_county(town.name, c.name, c.admin1) for c in counties):
        return True
    return (
        town.lat is not None
        and town.lon is not None
        and any(
            c.admin1 == town.admin1
            and c.lat is not None
            and c.lon is not None
            and distance_km(town.lat, town.lon, c.lat, c.lon) <= COUNTY_KM
            for c in counties
        )
    )
