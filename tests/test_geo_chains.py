"""Specs for place chains: where a name ends, type words before and after it, landmarks and lone towns,
and a region a note writes as part of another ('(Menaka, Gao)')."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain, find_chains, fronted


def _names(text: str) -> list[list[str]]:
    """The names of each chain of a text."""
    return [[n.text for n in chain.names] for chain in find_chains(text)]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Shells fell near Kamyanka, Donetsk. The monitors counted them.", ["Kamyanka", "Donetsk."]),
        ("Two men were hurt in Tacoma, Wash. on Monday.", ["Tacoma", "Wash."]),
        ("A fire broke out in Ft. Lauderdale, Fla. overnight.", ["Ft. Lauderdale", "Fla."]),
    ],
)
def test_a_full_stop_after_a_long_word_ends_the_name(text: str, chain: list[str]) -> None:
    assert chain in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A standoff at an Arkansas home left a deputy wounded.", "Arkansas"),
        ("An Ohio man was shot at an Elkhart gas station.", "Elkhart"),
        ("Shells fell on an-Nabk overnight.", "an-Nabk"),
        ("Protesters gathered in an Nasiriyah.", "an Nasiriyah."),
    ],
)
def test_an_is_the_arabic_article_only_before_an_n(text: str, name: str) -> None:
    assert [name] in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers from the Patrol Division responded to the call.",
        "Detectives of the Central Patrol Division and the Special Operations Division searched the house.",
        "The Homicide Division is investigating.",
    ],
)
def test_a_unit_named_by_its_work_is_no_place(text: str) -> None:
    units = {"Patrol", "Operations", "Homicide"}
    assert not any(name.split()[-1] in units for chain in _names(text) for name in chain)


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in Harlow County.",
        "A man was shot in Harlow County on Monday.",
        "A man was shot in Harlow Co. on Monday.",
        "Deputies with the Harlow Co. Sheriff's Office said a man was shot.",
    ],
)
def test_a_county_word_is_a_county_at_a_full_stop_too(text: str) -> None:
    chain = find_chains(text)[-1]
    assert chain.names[0].text == "Harlow" and chain.names[0].county


def test_a_type_word_before_of_is_not_part_of_the_name() -> None:
    chain = find_chains("Food was handed out in the Municipality of Allende, Chihuahua.")[-1]
    assert chain.names[0].text == "Allende" and chain.names[0].district


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A car was set alight in Sea Point (City of Cape Town, Western Cape).", "Cape Town"),
        ("Food was handed out in the Municipality of Allende, Chihuahua.", "Allende"),
        ("Protesters gathered in Pachuca, Hidalgo, on Friday.", "Pachuca de Soto"),
    ],
)
def test_chains_resolve_to_their_town(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name


def test_a_landmark_gives_way_to_the_place_placed_by_it(gazetteer: Gazetteer) -> None:
    text = "Air raids hit Sirwah district west of Marib city (Marib)."
    place = best_chain(gazetteer, text, 0, "YEM")
    assert place is not None and place.entry.name == "Sirwah"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Monitors heard two explosions near Sentianivka.", "Sentianivka"),  # one place on earth
        ("Members of the Sentianivka council met.", None),  # 'of' does not place it
    ],
)
def test_a_small_town_of_a_unique_name_stands_alone_where_no_country_is_named(
    gazetteer: Gazetteer, text: str, found: str | None
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert (place.entry.name if place else None) == found


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        ("Farmers were beaten in Mwanza village (Nkhotakota, Central) on Friday.", "MWI", "Central"),
        ("A market was looted in Winneba, Central at dawn.", "GHA", "Central"),
    ],
)
def test_a_compass_word_after_a_place_is_its_countrys_region(
    gazetteer: Gazetteer, text: str, country: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == (country, admin1)


def test_a_lone_compass_word_is_no_region(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Voters queued in Central on Friday.", 0, None)
    assert place is None or place.entry.kind != "admin1"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Rebels burned huts in Mwenga territory (Sud-Kivu) last week.", "Sud-Kivu"),
        ("Teachers marched in Kuje (Kuje LGA, Federal Capital Territory).", "Federal Capital Territory"),
    ],
)
def test_a_territory_joins_its_region_and_a_region_may_end_in_its_type_word(
    gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.admin1 == admin1


@pytest.mark.parametrize(
    "text",
    [
        "Residents banged pots in a quarter of Barinas, Barinas state, at night.",
        "Residents banged pots in Barinas, Barinas state, at night.",
    ],
)
def test_a_name_written_before_its_own_region_is_the_town(gazetteer: Gazetteer, text: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.kind, place.entry.name) == ("city", "Barinas")


def test_a_region_named_after_nothing_later_stays_the_region(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Shells fell on Mansura in Ar-Raqqa.", 0, None)
    assert place is not None and place.entry.admin1 == "Ar-Raqqa"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        pytest.param(
            "Gunmen raided a herders' camp near Anderamboukane (Menaka, Gao).",
            ("city", "Andéranboukan", "Gao"),
            id="town-in-the-older-region",
        ),
        pytest.param(
            "Two soldiers were ambushed at an unspecified spot in the Menaka Region (Menaka, Gao).",
            ("admin2", "Ménaka", "Gao"),
            id="region-written-as-a-district",
        ),
        pytest.param(
            "Gunmen raided a herders' camp near Anderamboukane (Menaka).",
            ("city", "Andéranboukan", "Ménaka"),
            id="no-older-region-written",
        ),
    ],
)
def test_a_region_written_as_part_of_another_places_the_event_in_the_other(
    gazetteer: Gazetteer, text: str, read: tuple[str, str, str]
) -> None:
    place = best_chain(gazetteer, text, 0, "MLI")
    assert place is not None and (place.entry.kind, place.entry.name, place.entry.admin1) == read


def test_an_unknown_village_gives_way_to_the_respelled_town_it_lies_in(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Two clans fought in Ghulam Bux village in Kotdiji, Sindh.", 0, None)
    assert place is not None and place.entry.name == "Kot Diji"


def test_a_village_is_never_the_province_of_its_name(gazetteer: Gazetteer) -> None:
    text = "A mine exploded in Kandal village, Ou Chrov district of Banteay Meanchey, Cambodia."
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.admin1 == "Banteay Meanchey"  # not Kandal province


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a small far-off namesake before a big city is a part of that city the gazetteer lacks
        ("A boy was hurt on Friday in Madisonville, Cincinnati police said.", "Cincinnati"),
        # a list of big cities is no town and its part
        ("Marches were held in Dayton, Cincinnati and Toledo.", "Dayton"),
        # a suburb beside the city keeps its own name
        ("A man was shot in Wheat Ridge, Denver police said.", "Wheat Ridge"),
        # and a far-off bigger namesake gives way to the one beside the city
        ("A man was shot in Riverview, Detroit police said.", "Riverview"),
        # a name the chain calls a town is a town of its own, wherever the district after it is named from
        ("Gunmen raided Marion town (Columbus, Ohio) on Friday.", "Marion"),
    ],
)
def test_a_small_town_named_before_a_big_city_is_a_part_of_it(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and place.entry.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Teachers marched in Diwaniya city on Sunday.", "Ad Dīwānīyah"),  # the town, not its governorate
        ("Farmers rallied in Kohgiluyeh and Boyer-Ahmad province.", "Kohgiluyeh and Buyer Ahmad"),
        ("Troops dug in near the town of Khiam in the Marjayoun District.", "Marjayoun"),
        # a region the lists call otherwise ('Baalbek-Hermel') is seated in the town it is named after
        ("A rocket was fired opposite the Baalbek Governorate building.", "Baalbek"),
        # 'Mueang' (Thai: town) opens the name of a province's town district
        ("A bomb was defused in Mueang Phetchabun district of Phetchabun, Thailand.", "Phetchabun"),
        # a town the lists hold only as its district: 'city' still makes a place of it
        ("Graduates protested in Nassriya city on Monday.", "Nassriya"),
    ],
)
def test_type_words_make_a_place_of_a_name(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name


def test_a_plural_region_word_keeps_two_names_apart() -> None:
    assert _names("Floods hit Kano and Kaduna states.")[-2:] == [["Kano"], ["Kaduna"]]


def test_a_suburb_after_its_big_city_is_a_chain_of_its_own() -> None:
    assert ["Wheat Ridge"] in _names("A man was shot in the Denver suburb of Wheat Ridge on Sunday.")


def test_the_last_name_of_a_chain_is_its_container(gazetteer: Gazetteer) -> None:
    # a Russian Petrovskoye and a Russian town called Donetsk agree on Russia, but the chain means
    # Ukraine's Donetsk region, the only reading of its last name as a region
    place = best_chain(gazetteer, "Shells fell in the area of Petrovskoye, Donetsk, at dawn.", 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("UKR", "Donetsk")


def test_a_big_town_last_in_a_chain_is_not_outweighed_by_a_tiny_region_of_its_name(
    gazetteer: Gazetteer,
) -> None:
    place = best_chain(gazetteer, "The girl was shot near Annunciation Road, Boston, at night.", 0, "USA")
    assert place is not None and place.entry.country == "USA"


@pytest.mark.parametrize("written", ["Southeast", "Northeast", "North-West"])
def test_a_compass_word_alone_is_no_region(gazetteer: Gazetteer, written: str) -> None:
    assert all(e.kind != "admin1" for e in gazetteer.lookup(written))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an unknown village, then a town spelled run together, then its district's town
        ("Two clans fought in Ghulam Bux village in Kotdiji (Khairpur, Sindh).", "Kot Diji"),
        # a quarter of a town is not a far-off town spelled a little like it
        ("Two mobs clashed in Kotwali Nagar, Pratapgarh (UP) over land.", "Pratāpgarh"),
    ],
)
def test_a_name_before_a_known_town_is_respelled_only_when_nearly_alike(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, "IND" if "UP" in text else "PAK")
    assert place is not None and place.entry.name == name


def test_a_first_level_region_last_in_a_chain_holds_it_though_a_town_elsewhere_is_bigger(
    gazetteer: Gazetteer,
) -> None:
    # Libya has a town Al Jawf bigger than the people the lists hold in Yemen's Al Jawf governorate
    place = best_chain(gazetteer, "Fighters clashed at Wadi Qarn (Al Hazm, Al Jawf) at dawn.", 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("YEM", "Al Jawf")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters blocked the main road in Beirut's Hamra area on Tuesday.", "Beirut"),
        ("Shops were looted in Kabul’s old quarter.", "Kabul"),
    ],
)
def test_a_possessive_town_is_the_place_whose_unlisted_part_follows(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Municipal workers in Kut e Abdollah protested over unpaid wages.", "Kut e Abdollah"),
        ("Fighting went on near Qala i Naw on Friday.", "Qala i Naw"),
    ],
)
def test_a_persian_joining_vowel_stays_inside_the_name(text: str, name: str) -> None:
    assert [name] in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tribesmen clashed near a camp (Khabb wa ash Shaaf, Al Jawf) at dawn.",
            ["Khabb wa ash Shaaf", "Al Jawf"],
        ),
        ("Shelling hit farms in Jabal wa Sahil district, the sources said.", ["Jabal wa Sahil"]),
    ],
)
def test_arabic_and_inside_a_district_name_stays_inside_it(text: str, names: list[str]) -> None:
    assert names in _names(text)


def test_a_district_named_after_two_places_keeps_its_chain_in_its_own_country(gazetteer: Gazetteer) -> None:
    # read as two names, the district's second half left the region to Saudi Arabia's Al Jawf
    place = best_chain(
        gazetteer, "Fighters clashed in Al Jadair area (Khabb wa ash Shaaf, Al Jawf).", 0, None
    )
    assert place is not None and (place.entry.country, place.entry.admin1) == ("YEM", "Al Jawf")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police on the island of Kalymnos found a cache of explosives.", "Kálymnos"),
        ("Shells fell on the village of Sentianivka overnight.", "Sentianivka"),
        ("The mayor of Sentianivka resigned.", None),  # 'of' after an office does not place it
    ],
)
def test_a_unique_name_after_village_of_or_island_of_is_placed(
    gazetteer: Gazetteer, text: str, found: str | None
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert (place.entry.name if place else None) == found


def test_a_village_named_as_one_lies_wherever_the_articles_country_does(gazetteer: Gazetteer) -> None:
    # the article reads as Israeli (its forces act), the village lies in the West Bank
    text = "Israeli forces demolished a shed in the village of Tayasir, east of Tubas."
    place = best_chain(gazetteer, text, 0, "ISR")
    assert place is not None and (place.entry.country, place.entry.admin1) == ("PSE", "West Bank")


def test_the_first_of_two_towns_after_between_is_the_place(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Warplanes struck a depot in the area between Homs and Tadmor.", 0, "SYR")
    assert place is not None and place.entry.name == "Homs"


def test_towns_written_as_municipalities_in_a_state_lie_in_that_state(gazetteer: Gazetteer) -> None:
    text = "Taxi drivers blocked roads near Etla and San Francisco Telixtlahuaca municipalities in Oaxaca."
    place = best_chain(gazetteer, text, 0, "MEX")
    assert place is not None and place.entry.name == "San Francisco Telixtlahuaca" and place.support == 2


def test_a_name_written_as_a_municipality_is_never_the_state_of_that_name(gazetteer: Gazetteer) -> None:
    text = "Security forces shot a man in a quarter of Petare, Sucre municipality in Caracas."
    place = best_chain(gazetteer, text, 0, "VEN")
    assert place is not None and place.entry.admin1 != "Sucre"  # the state of Sucre lies 300 km east


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        pytest.param("Protesters gathered at a crossroads in Bekaa on Friday.", "Bekaa", "LBN", id="bekaa"),
        pytest.param("Gunmen fired on a checkpoint on a road in Quneitra.", "Quneitra", "SYR", id="quneitra"),
    ],
)
def test_a_region_named_in_one_country_only_stands_alone_where_no_country_is_known(
    gazetteer: Gazetteer, text: str, region: str, country: str
) -> None:
    found = best_chain(gazetteer, text, 0, None)
    assert found is not None and (found.entry.country, found.entry.admin1) == (country, region)


def test_a_region_stands_alone_only_after_in_near_or_at(gazetteer: Gazetteer) -> None:
    assert best_chain(gazetteer, "Bekaa farmers sold their crops early.", 0, None) is None


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param(
            "Gunmen raided a farm in the southern countryside of Quneitra.", "Quneitra", id="countryside"
        ),
        pytest.param("A drone struck a depot on the outskirts of Quneitra.", "Quneitra", id="outskirts"),
        pytest.param("Shells fell in the vicinity of Quneitra overnight.", "Quneitra", id="vicinity"),
        pytest.param("Shells fell close to Quneitra overnight.", "Quneitra", id="close-to"),
        pytest.param("Rival factions clashed in the northern part of Quneitra.", "Quneitra", id="part-of"),
        pytest.param("The mayor of Quneitra resigned.", None, id="not-land-around"),
    ],
)
def test_a_region_stands_alone_after_the_land_around_it(
    gazetteer: Gazetteer, text: str, region: str | None
) -> None:
    found = best_chain(gazetteer, text, 0, None)
    assert (found.entry.admin1 if found else None) == region


@pytest.mark.parametrize(
    ("text", "focus", "admin1"),
    [
        pytest.param("The forces of India shelled posts in Uri.", "IND", "Jammu and Kashmir", id="town"),
        pytest.param("The forces of Azerbaijan held Goyali, Gadabay.", "AZE", "Gadabay", id="region"),
    ],
)
def test_a_place_inside_a_country_outranks_a_country_named_earlier(
    gazetteer: Gazetteer, text: str, focus: str, admin1: str
) -> None:
    found = best_chain(gazetteer, text, 0, focus)
    assert found is not None and found.entry.kind != "country" and found.entry.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "is_fronted"),
    [
        pytest.param("On 3 May 2020, in Puno city, farmers marched.", True, id="after-date-with-type-word"),
        pytest.param("Late on Sunday, in Tacna, farmers marched.", True, id="after-a-time"),
        pytest.param("Farmers marched in Tacna, waving flags.", False, id="after-the-verb"),
        pytest.param("On 3 May 2020, in Puno farmers marched.", False, id="no-comma"),
    ],
)
def test_a_place_before_the_subject_sets_the_scene(gazetteer: Gazetteer, text: str, is_fronted: bool) -> None:
    found = best_chain(gazetteer, text, 0, "PER")
    assert found is not None and fronted(found, text, 0) is is_fronted


@pytest.mark.parametrize(
    ("text", "focus", "country", "admin1"),
    [
        pytest.param(
            "A guard was shot in Montego Bay, Saint James Parish.", "JAM", "JAM", "Saint James", id="jamaica"
        ),
        pytest.param(
            "A guard was shot in Convent, St. James Parish.", "USA", "USA", "Louisiana", id="louisiana"
        ),
    ],
)
def test_a_parish_is_a_first_level_region_where_the_country_has_them_so(
    gazetteer: Gazetteer, text: str, focus: str, country: str, admin1: str
) -> None:
    found = best_chain(gazetteer, text, 0, focus)
    assert found is not None and (found.entry.country, found.entry.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jets struck a ridge near Sidakan (Soran) district of Erbil.", ["Sidakan", "Soran", "Erbil."]),
        ("Shells hit a farm in Kharab (Akre) area of Dahuk on Friday.", ["Kharab", "Akre", "Dahuk"]),
    ],
)
def test_a_bracketed_name_runs_on_through_a_type_word_after_the_bracket(text: str, names: list[str]) -> None:
    assert names in _names(text)


def test_a_bracketed_district_places_the_unknown_village_before_it(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Shells hit a farm in Kharab (Amadiya) area of Dahuk on Friday.", 0, None)
    assert place is not None and place.entry.name == "Al ‘Amādīyah" and place.entry.admin1 == "Dahuk"


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Drones struck Al Jufra airbase (Al Jufrah) at dawn.", ["Al Jufra", "Al Jufrah"]),
        ("Gunmen attacked the Tal Tamr checkpoint (Al-Hasakeh) overnight.", ["Tal Tamr", "Al-Hasakeh"]),
        ("Rebels shelled Mitiga military base (Tripoli) on Friday.", ["Mitiga", "Tripoli"]),
    ],
)
def test_a_site_named_after_a_place_joins_the_region_bracketed_after_it(text: str, chain: list[str]) -> None:
    assert chain in _names(text)


def test_a_region_bracketed_after_an_unlisted_site_places_it(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Shells hit Qasr Bin airbase (An Nuqat al Khams) on Monday.", 0, None)
    assert place is not None and place.entry.name == "An Nuqat al Khams"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # Bari is Italy's city and district and Somalia's region: Bosaso, respelled, lies in Somalia's
        ("Gunmen raided a farm in Dhuudo village (Bossaso, Bari) at night.", "Bosaso", "SOM"),
        ("Clan fighters met at a well near Xeeraale (Bossaso, Bari).", "Bosaso", "SOM"),
    ],
)
def test_a_respelled_town_before_a_region_of_several_countries_picks_the_country(
    gazetteer: Gazetteer, text: str, name: str, country: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.country) == (name, country)


def test_a_town_before_its_own_region_needs_no_respelling(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Students marched in Altamura, Bari on Monday.", 0, None)
    assert place is not None and place.entry.country == "ITA"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Two shops were burnt at Kalipur village (Sadar upazila, Sirajganj) on Monday.", "Rajshahi"),
        ("Rival groups clashed in Bhatpara (Raiganj upazila, Sirajganj) at night.", "Rajshahi"),
        ("A man was hacked at Nayapara village in Sadar upazila of Habiganj on Friday.", "Sylhet"),
    ],
)
def test_an_upazila_joins_the_district_written_after_it(gazetteer: Gazetteer, text: str, admin1: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("BGD", admin1)


def test_an_upazila_is_bangladeshi_whatever_towns_abroad_share_its_name(gazetteer: Gazetteer) -> None:
    assert any(e.country != "BGD" for e in gazetteer.lookup("Sadar"))
    assert best_chain(gazetteer, "Two men were hurt at a market in Sadar upazila on Monday.", 0, None) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refugees marched at a camp in Teknaf (Cox's Bazar) on Sunday.", "Cox’s Bāzār"),
        ("A bus was torched in Nalbonia village (Cox’s Bazar) at dawn.", "Cox’s Bāzār"),
    ],
)
def test_a_place_named_with_a_possessive_is_read_whole(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.admin1) == (name, "Chittagong")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A bomb went off at Jessore Sadar upazila's bus stand on Monday.", "Jessore"),
        ("Gunmen shot a trader in Sirajganj Sadar upazila on Friday.", "Sirajganj"),
    ],
)
def test_a_headquarters_sub_district_is_its_districts_town(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.kind) == (name, "city")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("In Natore, a bus was torched at dawn.", ["Natore"]),
        ("At Kushtia, two men were stabbed.", ["Kushtia"]),
        ("Near Sylhet, a bridge was blown up.", ["Sylhet"]),
    ],
)
def test_a_capitalised_preposition_opening_the_sentence_is_not_part_of_the_name(
    gazetteer: Gazetteer, text: str, names: list[str]
) -> None:
    assert _names(text)[0] == names
    place = best_chain(gazetteer, text, 0, None)  # and it places the name as its small form would
    assert place is not None and place.chain.names[0].text == names[0]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("Rivals beat a Union Parishad (UP) member in Kushtia.", "Union Parishad", "UP"),
        ("Police said Awami League (AL) men clashed in Sylhet.", "Awami League", "AL"),
    ],
)
def test_bracketed_initials_abbreviate_the_name_before_them_and_are_no_place(
    text: str, name: str, acronym: str
) -> None:
    chains = _names(text)
    assert [name] in chains and not any(acronym in chain for chain in chains)


def test_a_bracketed_code_that_is_not_the_names_initials_stays_in_the_chain() -> None:
    assert ["CAMERON", "W.Va.", "AP"] in _names("CAMERON, W.Va. (AP) - A man was shot.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Students blocked the highway in front of the campus (Lalmonirhat) on Monday.", "Lalmonirhat"),
        ("Workers rallied at the press club (Pabna) on Friday.", "Pābna"),
        ("Teachers rallied at the Natore press club on Friday.", None),  # no bracket, no locative
        # the headquarters word written small inside the bracket: the district's own unit
        ("Rivals clashed at Dadpur union (Noakhali sadar), ahead of the polls.", "Noakhali"),
        ("Rivals clashed at Dadpur union (Noakhali sader) on Monday.", "Noakhali"),
    ],
)
def test_a_place_bracketed_after_a_site_is_where_the_site_lies(
    gazetteer: Gazetteer, text: str, found: str | None
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert (place.entry.name if place else None) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A protest was staged in Pelwatte town, Hambantota, on Friday.", "Hambantota"),
        ("On 3 Mar, in Galgamuwa (Weerawila, Polonnaruwa), farmers marched.", "Polonnaruwa"),
    ],
)
def test_the_one_known_name_of_a_chain_found_in_one_country_only_stands_for_it(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.country) == (name, "LKA")


@pytest.mark.parametrize(
    "text", ["On 3 Mar, in Pelwatte, farmers marched.", "On Nov 3, in Pelwatte, farmers marched."]
)
def test_a_month_written_short_is_no_place(text: str) -> None:
    assert not any(name in ("Mar", "Nov") for chain in _names(text) for name in chain)


def test_a_name_opening_with_a_preposition_is_read_whole_where_the_lists_know_it(
    gazetteer: Gazetteer,
) -> None:
    place = best_chain(gazetteer, "At Tuhayat, shells fell on two villages.", 0, "YEM")
    assert place is not None and place.entry.name == "At Tuhayat"


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Police beat a reporter in Nabire city, Papua province, on Monday.", "Nabire", "Papua"),
        ("Students were assaulted in Batam city, Riau Islands province.", "Batam", "Riau Islands"),
    ],
)
def test_a_town_filed_under_a_kin_of_the_region_written_lies_in_the_region_written(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.admin1) == (name, admin1)


def test_regions_sharing_a_word_are_no_kin(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "A riot broke out in Medan city, South Sumatra province.", 0, None)
    assert place is None or place.entry.name != "Medan"


@pytest.mark.parametrize(
    ("text", "chain", "after"),
    [
        ("In Harlow town (Dorset, Wessex), Awami men hit a rally.", ["Harlow", "Dorset", "Wessex"], "Awami"),
        ("In Carmel (Putnam, New York), Jubo League men beat him.", ["Carmel", "Putnam", "New York"], "Jubo"),
    ],
)
def test_a_bracket_listing_the_regions_closes_the_chain(text: str, chain: list[str], after: str) -> None:
    names = _names(text)
    assert chain in names and any(c[0].startswith(after) for c in names)


def test_a_bracket_of_one_name_still_runs_on_after_it() -> None:
    assert ["Kharab", "Akre", "Dahuk"] in _names("Shells hit a farm in Kharab (Akre), Dahuk on Friday.")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Students marched in Dhaka - Northfield (Northfield) on Monday.", [False, True, True]),
        ("Students marched in Dhaka - Northfield (Dhaka) on Monday.", [False, True, False]),
        ("A bus was torched on the Kushtia - Meherpur highway.", [False, True]),
    ],
)
def test_a_name_after_a_city_and_a_spaced_dash_is_its_quarter(text: str, parts: list[bool]) -> None:
    chain = find_chains(text)[-1]
    assert [n.part for n in chain.names] == parts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Students clashed with police in Dhaka - Mirpur (Mirpur) on Monday.", "Dhaka"),
        ("Teachers rallied in Dhaka - Northfield (Dhaka), demanding pay.", "Dhaka"),
        # a bracket after the quarter names a finer quarter, never a town elsewhere (New Market, Virginia)
        ("Students clashed in Dhaka - Dhanmondi (New Market) on Monday.", "Dhaka"),
        ("Gunmen attacked a checkpoint in Mogadishu - Hodan (Banadir).", "Mogadishu"),
        ("Students rallied at a junction in Matara - Kotuwegoda, Southern.", "Matara"),
    ],
)
def test_a_city_written_with_its_quarter_is_the_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name and place.entry.kind == "city"


@pytest.mark.parametrize(
    "text",
    [
        "Guards fired on farmers in the Jessore district's Kashipur village.",
        "Two groups clashed in Kushtia upazila’s Mirpara union.",
    ],
)
def test_a_type_word_owning_what_follows_still_types_the_name(text: str) -> None:
    chain = find_chains(text)[1]
    assert chain.names[0].district


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rioters vandalised a party office in Nalbonia upazila (Jhalokathi).", "Jhalokati"),
        ("Guards shot two traders in the Lalmonirhaat district on Monday.", "Lalmonirhat"),
    ],
)
def test_a_district_spelled_all_but_alike_is_read_where_the_chain_holds_a_district(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, "BGD")
    assert place is not None and place.entry.name == name and place.entry.kind == "admin2"


def test_a_city_quarter_is_never_respelled_as_a_district(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Students rallied on the Dhaka - Barisal highway, Barisal city.", 0, "BGD")
    assert place is None or place.entry.name != "Barisal" or place.entry.kind != "admin2"


def test_of_towns_sharing_a_name_in_one_region_the_one_beside_the_next_name_is_meant(
    gazetteer: Gazetteer,
) -> None:
    # two Shibganjs lie in Rajshahi division; the bigger is by Bogra, the other beside Nawabganj
    place = best_chain(gazetteer, "A van was set alight in Shibganj (Nawabganj, Rajshahi).", 0, "BGD")
    assert place is not None and place.entry.name == "Shibganj" and place.entry.lon is not None
    assert place.entry.lon < 88.5


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 9 May, nurses rallied in Monroe (Washington) against pay cuts.", "Washington"),
        ("On 4 June, about 40 people marched in Lexington (Mississippi).", "Mississippi"),
        ("On 2 May, farmers gathered in Morrison (Colorado) to protest.", "Colorado"),
        ("On 8 May, hundreds protested in Spokane (Washington).", "Washington"),
    ],
)
def test_a_state_written_after_a_town_is_the_state_not_a_county_of_its_name_elsewhere(
    gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("USA", admin1)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A man was shot in Blairsville, Indiana County, on Friday.", "Blairsville", "Pennsylvania"),
        ("A teenager was wounded in Saltsburg, Indiana County.", "Indiana County", "Pennsylvania"),
        ("Deputies found a woman shot in Columbus, Colorado County.", "Columbus", "Texas"),
    ],
)
def test_a_state_written_as_a_county_is_the_county_of_that_name_not_the_state(
    gazetteer: Gazetteer, text: str, name: str | None, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, "USA")
    assert place is not None and (place.entry.country, place.entry.admin1) == ("USA", admin1)
    assert name is None or place.entry.name == name


@pytest.mark.parametrize("focus", ["IND", "BGD", None])
def test_a_unit_typed_by_another_countrys_word_is_not_respelled_as_a_district_of_the_focus(
    gazetteer: Gazetteer, focus: str | None
) -> None:
    # Karimganj is a district of Assam; 'upazila' says Bangladesh, which the lists hold no Karimganj for
    sentence = "Teachers formed a human chain in Karimganj upazila."
    found = best_chain(gazetteer, sentence, 0, focus)
    assert found is None or found.entry.country == "BGD"


@pytest.mark.parametrize(
    ("text", "chains"),
    [
        ("A homicide, said Justice of the Peace Ann Wells on Friday.", [["Peace Ann Wells"]]),
        ("Judge Tom Reed set bond at $5,000.", []),
        ("Sheriff Dale Hines said the boy was hurt.", []),
        ("Mayor Bill Jackson of Dayton spoke on Monday.", [["Dayton"]]),
        ("The Governor of Kano State visited the victims.", [["Kano"]]),
    ],
)
def test_a_title_of_office_opens_no_place(text: str, chains: list[list[str]]) -> None:
    assert _names(text) == chains


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot near 4th and Green late Friday.",
        "A man was shot near Green and 4th on Friday.",
        "Police of the 11th District found the victim.",
    ],
)
def test_a_name_beside_a_numbered_street_or_unit_is_no_place(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a township written with its capitalised type word is named after its seat town
        ("A bomb went off in Kin village (Tabayin Township, Shwebo District, Sagaing Region).", "Depayin"),
        ("Troops shelled a hamlet in Gangaw Township (Gangaw District, Magway Region).", "Gangaw"),
    ],
)
def test_a_township_outside_america_is_placed_at_its_seat_town(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name


def test_a_county_word_is_never_its_namesake_town(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Deputies shot a man in Pierce County, Washington.", 0, None)
    assert place is not None and place.entry.kind == "admin2"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Fifty people rallied outside City Hall in Marlow (Oklahoma) on Friday.", "Marlow"),
        ("Parents protested at the Town Hall in Dover, Delaware, over school closures.", "Dover"),
        ("Residents rallied outside the City Council in Rexburg (Idaho) against the mask rule.", "Rexburg"),
    ],
)
def test_a_towns_hall_or_council_is_no_place_of_its_own(text: str, town: str) -> None:
    names = [name for chain in _names(text) for name in chain]
    assert town in names
    assert not any(name.split()[-1] in {"Hall", "Council"} for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, members of CPI (ML) Liberation blocked a highway.",
        "Cadres of the Purba Banglar Communist Party (ML) were arrested on Sunday.",
        "Activists of the National Liberation Front (ML) marched on Friday.",
    ],
)
def test_a_partys_bracketed_letters_are_no_place(text: str) -> None:
    assert not any("ML" in chain for chain in _names(text))


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("On Friday, the Governor of Idaho in Boise (Idaho) called up the Guard.", ["Boise", "Idaho"]),
        ("On Friday, the Mayor of Texas in Austin, Texas, spoke.", ["Austin", "Texas"]),
    ],
)
def test_a_region_written_before_its_town_and_again_after_is_read_once(text: str, chain: list[str]) -> None:
    assert chain in [[name.rstrip(",.") for name in names] for names in _names(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a compass word alone in brackets picks a part of the village before it
        ("Troops burned houses in Kone Gyi village (coded as Kone Gyi (North)) on Monday.", "North"),
        ("rebels shelled the Hlaing (South-East) quarter at night.", "South-East"),
    ],
)
def test_a_compass_word_alone_in_brackets_is_no_place(text: str, word: str) -> None:
    names = [n.text for c in find_chains(text) for n in c.names]
    assert word not in names and names[-1] in ("Kone Gyi", "Hlaing")


def test_a_compass_word_in_a_longer_bracket_is_still_read() -> None:
    chains = find_chains("fighters met in Garoua (North, Cameroon) on Monday.")
    assert [[n.text for n in c.names] for c in chains] == [["Garoua", "North", "Cameroon"]]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels and police clashed in Tembagapura district, Mimika regency, Papua province.",
        "Rebels fired on a post at Banti village in Tembagapura district, Mimika regency, Papua province.",
    ],
)
def test_a_town_before_a_regency_is_that_town_not_the_regencys_far_seat(
    gazetteer: Gazetteer, text: str
) -> None:
    place = best_chain(gazetteer, text, 0, "IDN")
    assert place is not None and place.entry.name == "Tembagapura"


def test_a_small_town_before_a_big_city_is_still_read_as_part_of_it(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "A man was shot in Madisonville, Cincinnati, Ohio on Friday.", 0, "USA")
    assert place is not None and place.entry.name == "Cincinnati"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A bomb went off in the PD8 of Jalalabad city on Sunday.", ["PD8", "Jalalabad"]),
        ("Students rallied in Ward No-17 of Rangpur city on Monday.", ["Ward No-17", "Rangpur"]),
        ("Zone 4 of Mekele was calm.", ["Zone 4", "Mekele"]),
    ],
)
def test_a_numbered_quarter_is_no_name_of_the_town_after_of(text: str, names: list[str]) -> None:
    chains = _names(text)
    assert [names[-1]] in chains or names in chains
    assert not any(" of " in name for chain in chains for name in chain)


@pytest.mark.parametrize(
    "text",
    ["Students rallied at the University of Dhaka on Monday.", "Boats sank in the Gulf of Aden."],
)
def test_of_still_joins_a_name_that_bears_no_number(text: str) -> None:
    assert any(" of " in name for chain in _names(text) for name in chain)


def test_russian_named_after_stays_inside_the_name() -> None:
    text = "Shells fell near Posyolok imeni Lenina, Luhansk, on Tuesday."
    assert ["Posyolok imeni Lenina", "Luhansk"] in _names(text)


def test_a_quarter_numbered_before_of_leaves_the_town_to_be_read(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Gunmen shot a shopkeeper in PD6 of Kandahar city.", 0, None)
    assert place is not None and (place.entry.name, place.entry.country) == ("Kandahār", "AFG")
