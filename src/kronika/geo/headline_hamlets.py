"""Towns no list holds that a headline names as the scene or the home of its news, by their post office.

Such headlines: 'One teen killed in Aynor', 'Lingle man accused of shooting', 'In tiny Tyrone, Mo., half
the town was killed'.

For a page whose text places its news nowhere, the headline's town is the best word left
(`geo/page_place.py`); where the gazetteer lacks that town, `geo/headline.py` finds nothing. An American
post office of the name stands in for the list: the town is read in the state the headline writes beside
it (at its post office's point where that state has one), else in the one state with a post office of
that name (a name several states share is left unread), at its ZIP codes' point (`geo/zip_towns.py`).
Only the whole run of capitalised words beside the word of place is tried: a part of a longer one ('in
Boss Nightclub', 'Bourbon Street shooting') is a venue's or a street's name, whatever post office shares
a word of it.
"""

from __future__ import annotations

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.chains import ChainName, find_chains
from kronika.geo.headline import title_cues
from kronika.geo.local import ends_in_street_word, street_name
from kronika.geo.unlisted import unlisted_town, written_region
from kronika.geo.zip_towns import post_office_states
from kronika.model import Place


def headline_hamlet(gazetteer: Gazetteer, title: str | None, country: str) -> Place | None:
    """The unlisted American town a headline names with its state ('Tyrone, Mo.'), else beside a word of
    place or of people ('in Aynor', 'Aynor shooting', 'Aynor man') where one state alone has a post office
    of that name; None for any other headline, and where `country` is not the United States (whose post
    offices these are)."""
    if not title or country != LOCAL_NEWS_COUNTRY:
        return None
    return _with_state(gazetteer, title) or _lone_office(gazetteer, title)


def _with_state(gazetteer: Gazetteer, title: str) -> Place | None:
    """A town the headline writes before its state ('In tiny Tyrone, Mo.') that the gazetteer lacks there,
    at its post office's point where the state has one of its name, else without coordinates (as
    `geo/unlisted.py` reads such a pair in the text)."""
    for chain in find_chains(title):
        names = chain.names
        # the pair as a place is written, with a comma: 'Victims of the Texas party' names no town
        if len(names) != 2 or not _bare(names[0]) or title[names[0].end : names[1].start].strip() != ",":
            continue
        region = written_region(gazetteer, names[1].text)
        if region is None or region.country != LOCAL_NEWS_COUNTRY:
            continue
        town = unlisted_town(gazetteer, names[0].text, region)
        if town is not None:
            return town
    return None


def _lone_office(gazetteer: Gazetteer, title: str) -> Place | None:
    """The first whole name beside a word of place, else of people, that no listed American place bears
    and that one state alone has a post office of, as a town of that state."""
    for start, names in title_cues(title):
        whole = names[0] if names else ""
        if not whole or gazetteer.lookup(whole, country=LOCAL_NEWS_COUNTRY):
            continue
        # a street's name, or the street word a number cut off ('W. 33rd Street shooting')
        if street_name(title, start, start + len(whole)) or ends_in_street_word(whole):
            continue
        states = post_office_states(whole)
        region = gazetteer.abbreviation(next(iter(states))) if len(states) == 1 else None
        town = unlisted_town(gazetteer, whole, region) if region is not None else None
        if town is not None and town.lat is not None:
            return town
    return None


def _bare(name: ChainName) -> bool:
    """Whether a chain name is written as a bare name, not as a county, district, region or agency."""
    return not (name.county or name.district or name.admin1_hint or name.agency)
