"""Specs for the offline gazetteer: name lookups, region aliases, countries, demonyms and capitals."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.admin2 import county_display
from kronika.geo.build import GazetteerData, add_short_town_keys, loose_region_key
from kronika.geo.names import (
    display_region,
    honorific_short_key,
    name_key,
    particle_variants,
    saint_spellings,
    spelled_variants,
    strip_region_type,
    without_number,
)
from kronika.model import Place


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("BISHKEK", "bishkek"),
        ("Bishkek’s", "bishkeks"),
        ("São Paulo", "sao paulo"),
        ("the United States", "united states"),
    ],
)
def test_name_key_ignores_case_accents_and_article(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Bishkek Shaary", "Bishkek"),
        ("Naryn Region", "Naryn"),
        ("Chuyskaya oblast'", "Chuyskaya"),
        ("Free State", "Free State"),
        ("Asturias [Asturies]", "Asturias"),  # a bracketed other spelling or code is no part of the name
        ("Kalmar län [SE-08]", "Kalmar län"),
    ],
)
def test_display_region_strips_type_words(name: str, plain: str) -> None:
    assert display_region(name) == plain


def test_strip_region_type_never_empties() -> None:
    assert strip_region_type("naryn region") == "naryn"
    assert strip_region_type("region") == "region"


@pytest.mark.parametrize(
    ("query", "kind", "admin1", "lat", "lon"),
    [
        ("Naryn region", "admin1", "Naryn", 41.4, 76.0),
        ("Bishkek Shaary", "admin1", "Bishkek", 42.9, 74.6),
        ("talas REGION", "admin1", "Talas", 42.4, 72.1),
        ("Chuy", "admin1", "Chuy", 42.7, 75.2),
    ],
)
def test_region_lookup_answers_plain_names(
    gazetteer: Gazetteer, query: str, kind: str, admin1: str, lat: float, lon: float
) -> None:
    hits = [e for e in gazetteer.lookup(query) if e.country == "KGZ"]
    assert hits and hits[0].kind == kind and hits[0].admin1 == admin1
    assert hits[0].lat == pytest.approx(lat, abs=0.2) and hits[0].lon == pytest.approx(lon, abs=0.2)


def test_bishkek_city_has_region_name_as_admin1(gazetteer: Gazetteer) -> None:
    city = gazetteer.lookup("Bishkek", kind="city")[0]
    assert (city.country, city.admin1) == ("KGZ", "Bishkek")
    assert (city.lat, city.lon) == pytest.approx((42.87, 74.59), abs=0.05)


def test_talas_answers_region_city_and_others(gazetteer: Gazetteer) -> None:
    hits = {(e.kind, e.country) for e in gazetteer.lookup("Talas")}
    assert {("admin1", "KGZ"), ("city", "KGZ"), ("city", "TUR")} <= hits
    assert {e.country for e in gazetteer.fuzzy("Tallas")} >= {"KGZ"}


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Russia", "RUS"), ("the United States", "USA"), ("US", "USA"), ("Britain", "GBR"), ("KGZ", "KGZ"),
     ("Kyrgyz", "KGZ"), ("Russian", "RUS"), ("Ivory Coast", "CIV"), ("KG", "KGZ")],
)  # fmt: skip
def test_country_by_name_code_or_demonym(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    found = gazetteer.country(text)
    assert found is not None and found.country == iso3 and found.kind == "country"


@pytest.mark.parametrize(
    ("iso3", "capital"), [("KGZ", "Bishkek"), ("KAZ", "Astana"), ("UKR", "Kyiv"), ("FRA", "Paris")]
)
def test_capitals(gazetteer: Gazetteer, iso3: str, capital: str) -> None:
    found = gazetteer.capital(iso3)
    assert found is not None and found.name == capital and found.country == iso3


def test_country_centre_is_its_capital(gazetteer: Gazetteer) -> None:
    country = gazetteer.country("KGZ")
    assert country is not None and (country.lat, country.lon) == pytest.approx((42.87, 74.59), abs=0.05)


@pytest.mark.parametrize("written", ["AL district", "An District", "al-district"])
def test_an_article_before_a_bare_type_word_is_no_region(gazetteer: Gazetteer, written: str) -> None:
    # 'AL district units' are the Awami League's; without its 'al' only a type word would be left
    assert gazetteer.lookup(written) == []


def test_unknown_name_gives_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Qqzzxv") == [] and gazetteer.country("Qqzzxv") is None


@pytest.mark.slow
def test_build_into_fresh_cache_dir_then_reload(tmp_path: Path) -> None:
    built = Gazetteer.load(cache_dir=tmp_path)
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    assert Gazetteer.load(cache_dir=tmp_path).lookup("Osh") == built.lookup("Osh")
    _build_in_fresh_process(tmp_path / "other", hash_seed="7")
    (first,) = tmp_path.glob("gazetteer-*.pickle")
    (second,) = (tmp_path / "other").glob("gazetteer-*.pickle")
    assert first.read_bytes() == second.read_bytes()  # the same cache on every worker, whatever its hash seed


def _build_in_fresh_process(cache_dir: Path, hash_seed: str) -> None:
    """Build the index into `cache_dir` in a new interpreter whose string hashes follow `hash_seed`."""
    script = "import sys, pathlib, kronika.gazetteer as g; g.Gazetteer.load(pathlib.Path(sys.argv[1]))"
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-c", script, str(cache_dir)], check=True, env=environment)


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Kaduna State", "Kaduna"),
        ("Antioquia Department", "Antioquia"),
        ("Khulna Division", "Khulna"),
        ("Federal District", "Federal District"),
        ("Diyarbakır", "Diyarbakir"),
        ("Western Visayas (Region VI)", "Western Visayas"),
    ],
)
def test_display_region_drops_type_words_marks_and_numbers(name: str, plain: str) -> None:
    assert display_region(name) == plain


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("Murang'A", "Murang'a"),  # the city list's title-casing slip
        ("Jema'A", "Jema'a"),
        ("Grand'Anse", "Grand'Anse"),  # a name that goes on past one letter stays as written
        ("Val d'Oise", "Val d'Oise"),
        ("N'Djamena", "N'Djamena"),
    ],
)
def test_display_region_lowers_a_lone_capital_after_an_inner_apostrophe(name: str, plain: str) -> None:
    assert display_region(name) == plain


@pytest.mark.parametrize(
    ("written", "state"),
    [("Wash.", "Washington"), ("N.C.", "North Carolina"), ("TX", "Texas"), ("W.Va.", "West Virginia")],
)
def test_us_state_abbreviations(gazetteer: Gazetteer, written: str, state: str) -> None:
    entry = gazetteer.abbreviation(written)
    assert entry is not None and (entry.name, entry.country, entry.kind) == (state, "USA", "admin1")


@pytest.mark.parametrize("written", ["La", "Main", "in"])
def test_words_that_are_not_abbreviations(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.abbreviation(written) is None


@pytest.mark.parametrize(
    ("written", "iso3", "region"),
    [
        ("Beyrouth", "LBN", "Beirut"),
        ("Idlib", "SYR", "Idleb"),
        ("Dayr az Zawr", "SYR", "Deir-ez-Zor"),
        ("Shabeellaha Hoose", "SOM", "Lower Shabelle"),
        ("Saladin", "IRQ", "Sala al-Din"),
        ("Babil", "IRQ", "Babylon"),
        ("Distrito Nacional (Santo Domingo)", "DOM", "Distrito Nacional"),
        # shown under the names conflict coders give them
        ("Omsk", "RUS", "Omsk Oblast"),
        ("Krasnodar", "RUS", "Krasnodar Krai"),
        ("Dagestan", "RUS", "Republic of Dagestan"),
        ("Amara", "ETH", "Amhara"),
        ("Benishangul-Gumuz", "ETH", "Benshangul/Gumuz"),
        ("Tharaka - Nithi", "KEN", "Tharaka-Nithi"),
        ("Elgeyo/Marakwet", "KEN", "Elgeyo-Marakwet"),
        ("Southern District", "ISR", "HaDarom"),
        ("Cordillera", "PHL", "Cordillera Administrative Region"),
        # Libya's districts under Libya's own romanisation
        ("Az Zawiyah", "LBY", "Azzawya"),
        ("Zawiya", "LBY", "Azzawya"),
    ],
)
def test_regions_answer_english_and_local_spellings(
    gazetteer: Gazetteer, written: str, iso3: str, region: str
) -> None:
    found = gazetteer.lookup(written, kind="admin1", country=iso3)
    assert [e.name for e in found] == [region]


@pytest.mark.parametrize(
    ("town", "iso3", "region"),
    [
        ("Santo Domingo", "DOM", "Distrito Nacional"),
        # a town is shown in its region's coded name too
        ("Beersheba", "ISR", "HaDarom"),
        ("Gonder", "ETH", "Amhara"),
        ("Novosibirsk", "RUS", "Novosibirsk Oblast"),
    ],
)
def test_a_town_stays_in_the_region_its_towns_are_listed_under(
    gazetteer: Gazetteer, town: str, iso3: str, region: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=iso3)[0].admin1 == region


def test_a_compass_word_is_not_looked_up_as_a_region(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("North", kind="admin1", country="LBN") == []


@pytest.mark.parametrize(
    ("place", "admin1", "town"),
    [("East Flatbush", "New York", "Brooklyn"), ("Cleveland Heights", "Ohio", "Cleveland")],
)
def test_a_neighbourhood_belongs_to_its_town(
    gazetteer: Gazetteer, place: str, admin1: str, town: str
) -> None:
    entry = next(e for e in gazetteer.lookup(place, kind="city") if e.admin1 == admin1)
    assert gazetteer.town_of(entry.to_place()).name == town


@pytest.mark.parametrize("place", ["Brooklyn", "Bishkek", "Osh"])
def test_a_big_city_stays_itself(gazetteer: Gazetteer, place: str) -> None:
    entry = gazetteer.lookup(place, kind="city")[0]
    assert gazetteer.town_of(entry.to_place()) == entry.to_place()


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Province of Nueva Ecija", "Nueva Ecija"),
        ("Sujawal District", "Sujawal"),
        ("Partido de Zárate", "Zárate"),
        ("Boma (city)", "Boma"),
        ("Halifax County", "Halifax County"),
        ("Heraklion Regional Unit", "Heraklion"),  # Greece's second level, never said so in reports
    ],
)
def test_county_display_drops_source_words_but_keeps_english_ones(written: str, shown: str) -> None:
    assert county_display(written) == shown


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Pulwama district", "IND", "Jammu and Kashmir"),
        ("Nueva Ecija", "PHL", "Central Luzon"),
        ("Halifax County", "USA", "Virginia"),
    ],
)
def test_districts_and_counties_are_second_level_regions(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    found = [e for e in gazetteer.lookup(name) if e.country == country and e.admin1 == admin1]
    assert found and found[0].kind == "admin2" and found[0].lat is not None
    place = found[0].to_place()
    assert place.precision == "admin1" and place.admin1 == admin1  # the contract has no second level


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("Ft. Lauderdale", "Fort Lauderdale", "USA"),
        ("Mt. Oliver", "Mount Oliver", "USA"),
        ("Cabanatuan", "Cabanatuan City", "PHL"),
        ("Qamishli", "Al Qāmishlī", "SYR"),
        ("Diyarbakır", "Diyarbakir", "TUR"),
        ("San Pablo de Huitzo", "San Pablo Huitzo", "MEX"),  # 'de' written inside the name
    ],
)
def test_town_spellings_abbreviated_or_without_article_or_city(
    gazetteer: Gazetteer, written: str, name: str, country: str
) -> None:
    assert name in [e.name for e in gazetteer.lookup(written) if e.country == country]


@pytest.mark.parametrize(
    ("written", "name", "country", "admin1"),
    [
        ("St. Paul", "Saint Paul", "USA", "Minnesota"),  # though Alberta has a 'St. Paul' as written
        ("St. Charles", "Saint Charles", "USA", "Missouri"),  # though Illinois has a 'St. Charles'
        ("St. George", "Saint George", "USA", "Utah"),  # though Ontario has a 'St. George'
        ("Saint Paul", "St. Paul", "CAN", "Alberta"),
        ("Ste. Genevieve", "Sainte Genevieve", "USA", "Missouri"),
        ("St Louis", "Saint Louis", "USA", "Missouri"),
    ],
)
def test_a_saints_name_answers_every_town_of_every_spelling(
    gazetteer: Gazetteer, written: str, name: str, country: str, admin1: str
) -> None:
    found = [(e.name, e.admin1) for e in gazetteer.lookup(written) if e.country == country]
    assert (name, admin1) in found


@pytest.mark.parametrize(
    ("key", "spellings"),
    [
        ("st paul", ["saint paul", "ste paul", "sainte paul"]),
        ("sainte marie", ["st marie", "saint marie", "ste marie"]),
        ("stanton", []),  # a name that only opens with the letters
        ("saint", []),  # the word alone is no saint's name
    ],
)
def test_a_saints_name_is_spelled_every_way(key: str, spellings: list[str]) -> None:
    assert saint_spellings(key) == spellings


def test_a_short_name_never_takes_a_region_or_country_name(gazetteer: Gazetteer) -> None:
    assert all(e.kind == "admin1" for e in gazetteer.lookup("Kansas"))  # not Kansas City
    assert all(e.kind != "city" or e.country != "MEX" for e in gazetteer.lookup("Mexico"))


@pytest.mark.parametrize(("name", "not_iso3"), [("Bay", "USA"), ("Ara", "FRA")])
def test_nicknames_and_acronyms_are_not_region_names(gazetteer: Gazetteer, name: str, not_iso3: str) -> None:
    assert not [e for e in gazetteer.lookup(name, kind="admin1") if e.country == not_iso3]


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [("East Java", "IDN", "East Java"), ("Dahuk", "IRQ", "Dahuk"), ("Nord-Kivu", "COD", "Nord-Kivu")],
)
def test_provinces_are_first_level_where_a_grouping_holds_them(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    assert [e.admin1 for e in gazetteer.lookup(name, kind="admin1", country=country)] == [admin1]


def test_cities_carry_the_admin1_name_of_their_region_row(gazetteer: Gazetteer) -> None:
    surabaya = gazetteer.lookup("Surabaya", kind="city", country="IDN")[0]
    assert gazetteer.lookup(surabaya.admin1 or "", kind="admin1", country="IDN")


@pytest.mark.parametrize(
    ("written", "regions", "name"),
    [("Quamishli", {"Al-Hasakeh"}, "Al Qāmishlī"), ("Shahdadkot", {"Sindh"}, "Shahdad Kot")],
)
def test_fuzzy_town_searches_only_the_named_regions(
    gazetteer: Gazetteer, written: str, regions: set[str | None], name: str
) -> None:
    country = "SYR" if "Al-Hasakeh" in regions else "PAK"
    assert [e.name for e in gazetteer.fuzzy_town(written, country, regions, 0.8)][:1] == [name]
    assert gazetteer.fuzzy_town(written, country, {"Nowhere"}, 0.8) == []


@pytest.mark.parametrize(
    ("town", "country", "region", "listed"),
    [("Nablus", "PSE", "West Bank", "Qalqilya"), ("Prizren", "XKX", "Prizren", None)],
)
def test_towns_regions_become_admin1_where_the_listed_ones_match_none(
    gazetteer: Gazetteer, town: str, country: str, region: str, listed: str | None
) -> None:
    assert gazetteer.lookup(town, kind="city", country=country)[0].admin1 == region
    assert gazetteer.lookup(region, kind="admin1", country=country)
    if listed:  # a governorate is now a district of the region its nearest town is in
        assert {e.admin1 for e in gazetteer.lookup(listed, kind="admin2", country=country)} == {region}


@pytest.mark.parametrize(
    ("key", "short"),
    [
        ("pachuca de soto", "pachuca"),
        ("jaboatao dos guararapes", "jaboatao"),
        ("ciudad de mexico", None),  # too generic an opening word
        ("san juan de los lagos", None),
        ("pachuca", None),
    ],
)
def test_honorific_short_key(key: str, short: str | None) -> None:
    assert honorific_short_key(key) == short


@pytest.mark.parametrize(
    ("key", "bare"), [("zolote 4", "zolote"), ("mine 22", None), ("route 66 north", None), ("zolote", None)]
)
def test_without_number(key: str, bare: str | None) -> None:
    assert without_number(key) == bare


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [("Pachuca", "Pachuca de Soto", "MEX"), ("Acapulco", "Acapulco de Juárez", "MEX")],
)
def test_a_town_is_found_without_its_honorific_part(
    gazetteer: Gazetteer, written: str, name: str, country: str
) -> None:
    assert gazetteer.lookup(written)[0].name == name and gazetteer.lookup(written)[0].country == country


def test_a_numbered_quarter_is_found_as_its_town(gazetteer: Gazetteer) -> None:
    assert [e.name for e in gazetteer.lookup("Zolote-4") if e.country == "UKR"][:1] == ["Zolote"]


def test_a_state_is_never_shadowed_by_a_town_named_after_it(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Hidalgo")[0].kind == "admin1"  # not Hidalgo del Parral


@pytest.mark.parametrize(
    ("written", "iso3", "admin1"),
    [
        ("Sevastopol", "UKR", "Sevastopol"),
        ("Caracas", "VEN", "Distrito Capital"),
        ("Mukalla", "YEM", "Hadramawt"),
        ("Havana", "CUB", "Habana"),  # ACLED's Spanish name of the capital province
    ],
)
def test_towns_take_the_conflict_reporting_region_name(
    gazetteer: Gazetteer, written: str, iso3: str, admin1: str
) -> None:
    assert [e.admin1 for e in gazetteer.lookup(written) if e.country == iso3 and e.kind == "city"][:1] == [
        admin1
    ]


@pytest.mark.parametrize(
    ("written", "town", "admin1"),
    [
        ("Idleb city", "Idlib", "Idleb"),  # the region's spelling, the town's own is another
        ("Diwaniya city", "Ad Dīwānīyah", "Qadissiya"),  # the region's spelling, without its final h
        ("Puno city", "Puno", "Puno"),
    ],
)
def test_a_region_name_written_as_a_city_is_its_namesake_town(
    gazetteer: Gazetteer, written: str, town: str, admin1: str
) -> None:
    found = gazetteer.lookup(written)
    assert (found[0].kind, found[0].name, found[0].admin1) == ("city", town, admin1)


@pytest.mark.parametrize(("written", "region"), [("Nabatiyeh", "Nabatiye"), ("Sweideh", "As-Sweida")])
def test_a_levantine_final_eh_finds_the_region_spelled_otherwise(
    gazetteer: Gazetteer, written: str, region: str
) -> None:
    assert [(e.kind, e.name) for e in gazetteer.lookup(written)][:1] == [("admin1", region)]


@pytest.mark.parametrize("written", ["Idleb", "Qadissiya"])
def test_a_bare_region_name_stays_the_region(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.lookup(written)[0].kind == "admin1"  # 'Kansafra in Idleb' is the governorate


@pytest.mark.parametrize("written", ["Abia city", "Guangdong city", "Lazio city"])
def test_a_region_unlike_its_towns_has_no_namesake(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.lookup(written) == []  # not Aba, Guanlong nor Anzio


@pytest.mark.parametrize(
    ("key", "variants"),
    [
        ("diwaniya", ["diwaniyah"]),
        ("ar raqqah", ["ar raqqa"]),
        ("zahleh", ["zahle", "zahla", "zahlah"]),  # the Levantine -eh
        ("hama", []),  # too short to respell
        ("kyiv", []),
    ],
)
def test_an_arabic_final_a_is_respelled_with_or_without_h(key: str, variants: list[str]) -> None:
    assert spelled_variants(key) == variants


def test_a_town_known_by_its_short_name_keeps_the_district_named_after_it(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Cintalapa")
    assert found[0].name == "Cintalapa" and found[0].kind == "admin2"  # the municipality
    assert "Cintalapa de Figueroa" in [e.name for e in found if e.kind == "city"]  # and its seat


@pytest.mark.parametrize(
    ("iso3", "region", "shown"),
    [
        ("USA", "District of Columbia", ("Washington", "city")),  # a region that is one city is that city
        ("VEN", "Distrito Capital", ("Caracas", "city")),
        ("SYR", "Aleppo", ("Aleppo", "admin1")),  # a province around its main town stays a province
        ("KGZ", "Talas", ("Talas", "admin1")),
    ],
)
def test_a_region_that_is_one_city_is_shown_as_that_city(
    gazetteer: Gazetteer, iso3: str, region: str, shown: tuple[str, str]
) -> None:
    place = gazetteer.lookup(region, kind="admin1", country=iso3)[0].to_place()
    found = gazetteer.city_of_region(place)
    assert (found.name, found.precision) == shown


@pytest.mark.parametrize("written", ["D.C.", "DC"])
def test_dc_is_the_district_of_columbia(gazetteer: Gazetteer, written: str) -> None:
    assert gazetteer.lookup(written)[0].admin1 == "District of Columbia"


@pytest.mark.parametrize(
    ("key", "loose"),
    [
        ("southern darfur", "south darfur"),
        ("western bahr el ghazal", "west bahr al ghazal"),
        ("lakes", "lakes"),
    ],
)
def test_a_loose_region_key_makes_compass_adjectives_and_articles_one(key: str, loose: str) -> None:
    assert loose_region_key(key) == loose


@pytest.mark.parametrize(
    ("town", "country", "region"),
    [
        ("Gereida", "SDN", "South Darfur"),
        ("Nyala", "SDN", "South Darfur"),
        ("Wau", "SSD", "Western Bahr el Ghazal"),
    ],
)
def test_towns_lie_in_the_region_the_region_list_names_however_the_city_list_spells_it(
    gazetteer: Gazetteer, town: str, country: str, region: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=country)[0].admin1 == region


@pytest.mark.parametrize(
    ("town", "country", "admin1"),
    [
        pytest.param("Skopje", "MKD", "City of Skopje", id="no-listed-region-matches"),
        pytest.param("Beroroha", "MDG", "Atsimo Andrefana", id="towns-regions-adopted"),
    ],
)
def test_a_towns_region_no_listed_region_matches_takes_our_tables_name(
    gazetteer: Gazetteer, town: str, country: str, admin1: str
) -> None:
    assert gazetteer.lookup(town, kind="city", country=country)[0].admin1 == admin1


@pytest.mark.parametrize(
    ("key", "variants"),
    [
        ("lasalle", ["la salle"]),
        ("la salle", ["lasalle"]),
        ("de kalb county", ["dekalb county"]),
        ("duquoin", ["du quoin"]),
        ("delhi", []),  # 'Delhi' is no 'De Lhi': the rest is too short to be a name
        ("dallas", []),  # no particle
    ],
)
def test_an_opening_particle_is_written_joined_or_apart(key: str, variants: list[str]) -> None:
    assert particle_variants(key) == variants


@pytest.mark.parametrize(
    ("written", "name", "state"),
    [
        ("LaSalle", "La Salle", "Colorado"),
        ("DuQuoin", "Du Quoin", "Illinois"),
        ("De Kalb County", "DeKalb County", "Georgia"),
    ],
)
def test_a_place_is_found_under_its_particle_written_either_way(
    gazetteer: Gazetteer, written: str, name: str, state: str
) -> None:
    found = gazetteer.lookup(written, country="USA")
    assert (name, state) in [(e.name, e.admin1) for e in found]


def test_a_town_of_the_name_as_written_is_not_respelled(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Lamesa", kind="city", country="USA")
    assert [(e.name, e.admin1) for e in found] == [("Lamesa", "Texas")]  # not La Mesa, California


@pytest.mark.parametrize("written", ["South Side", "West Side", "north side"])
def test_a_compass_side_is_a_part_of_a_city_not_a_town(gazetteer: Gazetteer, written: str) -> None:
    assert not gazetteer.lookup(written, kind="city")


def test_a_town_written_in_one_word_stays_a_town(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Southside", kind="city", country="USA")


@pytest.mark.parametrize(
    ("name", "iso3", "admin1"),
    [("Noakhali", "BGD", "Chittagong"), ("Barguna", "BGD", "Barisal"), ("Monaragala", "LKA", "Uva")],
)
def test_a_district_the_region_list_names_under_its_region_is_a_district_there(
    gazetteer: Gazetteer, name: str, iso3: str, admin1: str
) -> None:
    found = gazetteer.lookup(name, kind="admin2", country=iso3)
    assert [e.admin1 for e in found] == [admin1]


def test_a_division_listed_under_another_spelling_than_its_district_is_not_split(
    gazetteer: Gazetteer,
) -> None:
    assert not gazetteer.lookup("Patuakhali", kind="admin1", country="BGD")
    assert [e.name for e in gazetteer.lookup("Barishal", kind="admin1")] == ["Barisal"]


def _short_names(rows: list[tuple[str, str, int]]) -> dict[str, list[str]]:
    """The names each key answers after short town keys are added, for made-up rows (name, kind, people)."""
    data = GazetteerData()
    for name, kind, people in rows:
        data.add((name, kind, "PHL", "Region A", 14.0, 121.0, people), {name.lower()})
    add_short_town_keys(data)
    return {key: [data.rows[i][0] for i in ids] for key, ids in data.index.items()}


@pytest.mark.parametrize(
    ("rows", "short", "names"),
    [
        # a city of 900,000 written 'X City' is 'X' too, beside a hamlet of that spelling
        ([("Pelora City", "city", 900_000), ("Pelora", "city", 3_000)], "pelora", ["Pelora City", "Pelora"]),
        # a province of the name keeps it: 'Tamsi' is the province, whatever the city's size
        ([("Tamsi City", "city", 300_000), ("Tamsi", "admin2", 1_000_000)], "tamsi", ["Tamsi"]),
        # a town of a tenth of the city's size or more is a rival: 'Dorvo' stays that town
        ([("Dorvo City", "city", 300_000), ("Dorvo", "city", 40_000)], "dorvo", ["Dorvo"]),
        # a city under MIN_SHORTENED_CITY people does not take a name others bear
        ([("Ralun City", "city", 60_000), ("Ralun", "city", 500)], "ralun", ["Ralun"]),
        # a short name nothing else bears goes to the city whatever its size
        ([("Vessa City", "city", 20_000)], "vessa", ["Vessa City"]),
    ],
)
def test_a_city_written_x_city_is_known_as_x_beside_hamlets_only(
    rows: list[tuple[str, str, int]], short: str, names: list[str]
) -> None:
    assert _short_names(rows)[short] == names


@pytest.mark.parametrize(
    ("written", "name", "admin1"),
    [
        ("Caloocan", "Caloocan City", "National Capital Region"),  # not Caraga's village Caloc-an
        ("Bacolod", "Bacolod City", "Western Visayas"),
        ("Tarlac", "Tarlac", "Central Luzon"),  # the province
    ],
)
def test_a_big_citys_short_name_reads_the_city_first(
    gazetteer: Gazetteer, written: str, name: str, admin1: str
) -> None:
    found = gazetteer.lookup(written, country="PHL")
    assert (found[0].name, found[0].admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("name", "admin1", "point", "people"),
    [
        # a point names one entry: Illinois's Springfield, not the bigger one of Missouri
        ("Springfield", "Illinois", True, 114394),
        ("Greencastle", "Pennsylvania", True, 4043),
        # without a point, the towns of the name in the place's state
        ("Greencastle", "Pennsylvania", False, 4043),
        ("Springfield", "Oregon", False, 60870),
    ],
)
def test_a_places_population_is_its_own_entrys(
    gazetteer: Gazetteer, name: str, admin1: str, point: bool, people: int
) -> None:
    entry = next(e for e in gazetteer.lookup(name, kind="city", country="USA") if e.admin1 == admin1)
    place = entry.to_place() if point else replace(entry.to_place(), lat=None, lon=None)
    assert gazetteer.population(place) == people


def test_a_place_the_lists_lack_has_no_population(gazetteer: Gazetteer) -> None:
    place = Place("Zzyzxville", "USA", "Nevada", None, None, "city")
    assert gazetteer.population(place) is None
    assert gazetteer.population(replace(place, lat=35.1, lon=-116.1)) is None
