"""What each country calls its first-level regions (ISO 3166-2's types: 'state', 'province', 'region'),
to read a region named with its type word in the countries that call their regions so."""

from __future__ import annotations

from functools import cache

import pycountry

from kronika.gazetteer import GeoEntry
from kronika.geo.names import display_region, name_key


def typed_regions(entries: list[GeoEntry], word: str) -> list[GeoEntry]:
    """The readings of a region name written with its type word `word` ('Lakes state'), without the
    first-level regions that are called by another word: South Sudan's states hold a Lakes state, while
    Côte d'Ivoire's Lacs (Lakes) is a district. All readings where none, or each, is called so."""
    if not word:
        return entries
    regions = [e for e in entries if e.kind == "admin1"]
    called = [e for e in regions if word.lower() in region_types(e)]
    if not called or len(called) == len(regions):
        return entries
    return [e for e in entries if e.kind != "admin1" or e in called]


def region_types(region: GeoEntry) -> frozenset[str]:
    """The words a first-level region is called by: its own ISO 3166-2 type where the list names it
    so (Australia's Northern Territory is a territory), else those of its country's first level."""
    named, level = _first_level(region.country)
    own = named.get(name_key(region.admin1 or region.name))
    return frozenset({own}) if own else level


@cache
def _first_level(iso3: str) -> tuple[dict[str, str], frozenset[str]]:
    """A country's first-level regions' type words by name key, and all of them: the last word of each
    ISO 3166-2 type, lower-cased ('Regional state' is a state, 'Autonomous district' a district)."""
    country = pycountry.countries.get(alpha_3=iso3)
    units = pycountry.subdivisions.get(country_code=country.alpha_2) if country is not None else None
    named = {
        name_key(display_region(unit.name)): unit.type.split()[-1].lower()
        for unit in units or []
        if unit.parent_code is None
    }
    return named, frozenset(named.values())


# Countries whose second-level units English calls counties, which ISO 3166-2's first level does not show:
# American and Canadian counties, South Sudan's (and, before 2011, southern Sudan's), Uganda's, China's
# xian, Poland's powiaty, Romania's judete.
_SECOND_LEVEL_COUNTIES = frozenset({"USA", "CAN", "SSD", "SDN", "UGA", "CHN", "POL", "ROU"})


def calls_counties(iso3: str) -> bool:
    """Whether English calls some unit of the country a county: its first level per ISO 3166-2 (Kenya's,
    Liberia's, Hungary's), or its second (South Sudan's, America's). Serbia's okrugs and Turkey's ilçes
    are districts, so 'Bor County' is never theirs."""
    return iso3 in _SECOND_LEVEL_COUNTIES or "county" in _all_types(iso3)


@cache
def _all_types(iso3: str) -> frozenset[str]:
    """The last words of every ISO 3166-2 type of the country's units, lower-cased."""
    country = pycountry.countries.get(alpha_3=iso3)
    units = pycountry.subdivisions.get(country_code=country.alpha_2) if country is not None else None
    return frozenset(unit.type.split()[-1].lower() for unit in units or [])
