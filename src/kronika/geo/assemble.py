"""The gazetteer's build order: every step that fills the index, in the order their rules rely on."""

from __future__ import annotations

from kronika.geo.build import (
    ABBREVIATION_TABLE,
    GazetteerData,
    add_abbreviations,
    add_cities,
    add_counties,
    add_more_abbreviations,
    add_region_populations,
    add_regions,
    add_short_town_keys,
    adopt_town_regions,
    load_cities,
    load_regions,
    state_names,
)
from kronika.geo.city_boroughs import place_in_boroughs
from kronika.geo.city_nicknames import add_city_nicknames
from kronika.geo.coder_villages import add_coder_villages
from kronika.geo.copied_towns import without_copied_people
from kronika.geo.countries import add_countries, country_infos
from kronika.geo.district_states import add_grouping_regions, districts_as_states
from kronika.geo.listed_districts import add_listed_districts
from kronika.geo.listed_towns import add_listed_towns
from kronika.geo.namesakes import add_namesake_towns
from kronika.geo.nearby import add_towns
from kronika.geo.post_offices import add_post_offices
from kronika.geo.town_regions import name_respelled_states, place_towns_in_regions
from kronika.geo.upazilas import add_upazilas
from kronika.geo.villages import add_villages


def build() -> GazetteerData:
    """Build the whole index from the installed packages (a few seconds; the result is cached)."""
    data = GazetteerData()
    infos = country_infos()
    iso3_of = {info.iso2: info.iso3 for info in infos}
    cities = districts_as_states(load_cities())  # Uganda's towns in their districts, as ACLED's admin1
    cities = without_copied_people(cities)  # Holly Springs, Mississippi, at the town, not a copy 386 km off
    states = state_names(cities)
    regions = load_regions(states)
    state_to_admin1 = add_regions(data, regions, states, iso3_of)
    name_respelled_states(data, cities, iso3_of, state_to_admin1)
    city_rows = add_cities(data, cities, iso3_of, state_to_admin1)
    add_villages(data, cities, iso3_of, state_to_admin1, city_rows)
    add_listed_towns(data, city_rows)
    add_coder_villages(data, city_rows)
    add_upazilas(data, city_rows)
    adopt_town_regions(data, city_rows)
    place_towns_in_regions(data, cities, iso3_of, city_rows)
    add_region_populations(data)
    add_grouping_regions(data, cities, iso3_of, state_to_admin1)  # with all their towns' people
    add_counties(data, cities, iso3_of, state_to_admin1)
    add_listed_districts(data, iso3_of)
    add_countries(data, infos, city_rows, regions)
    add_post_offices(data)  # after the districts and countries, whose names it must not take
    add_abbreviations(data, "USA", "data/us_states.tsv")
    add_more_abbreviations(data, ABBREVIATION_TABLE)
    add_short_town_keys(data)
    add_city_nicknames(data)
    add_namesake_towns(data)
    add_towns(data)
    place_in_boroughs(data)  # after the nearest-town rule, which it mends inside New York City
    _sort_tables(data)
    return data


def _sort_tables(data: GazetteerData) -> None:
    """Sort every table of the index by its keys.

    Steps fill the tables from sets, whose order follows the hash seed: sorted, the cached pickle is
    byte-identical on every worker (lookups only `get`, so no answer changes)."""
    data.index = dict(sorted(data.index.items()))
    data.demonyms = dict(sorted(data.demonyms.items()))
    data.countries = dict(sorted(data.countries.items()))
    data.capitals = dict(sorted(data.capitals.items()))
    data.abbreviations = dict(sorted(data.abbreviations.items()))
    data.more_abbreviations = dict(sorted(data.more_abbreviations.items()))
    data.towns = dict(sorted(data.towns.items()))
    data.namesakes = dict(sorted(data.namesakes.items()))
