"""Specs for the town a place chain stands for: respelled names, villages, districts, upazilas and quarters,
possessives, sites and landmarks, a small town before a big city."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain, fronted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two taxis were torched in Green Point (City of Cape Town, Western Cape) overnight.", "Cape Town"),
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


def test_an_unknown_village_gives_way_to_the_respelled_town_it_lies_in(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Two clans fought in Ghulam Bux village in Kotdiji, Sindh.", 0, None)
    assert place is not None and place.entry.name == "Kot Diji"


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


def test_the_last_name_of_a_chain_is_its_container(gazetteer: Gazetteer) -> None:
    # a Russian Petrovskoye and a Russian town called Donetsk agree on Russia, but the chain means
    # Ukraine's Donetsk region, the only reading of its last name as a region
    place = best_chain(gazetteer, "Shells fell in the area of Petrovskoye, Donetsk, at dawn.", 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("UKR", "Donetsk")


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


def test_the_first_of_two_towns_after_between_is_the_place(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Warplanes struck a depot in the area between Homs and Tadmor.", 0, "SYR")
    assert place is not None and place.entry.name == "Homs"


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


def test_a_bracketed_district_places_the_unknown_village_before_it(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Shells hit a farm in Kharab (Amadiya) area of Dahuk on Friday.", 0, None)
    assert place is not None and place.entry.name == "Al ‘Amādīyah" and place.entry.admin1 == "Dahuk"


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
        # a village run into the unit's name before it: the district written last
        ("Police shot a robber at Mohonpur Jessore Sadar upazila on Friday.", "Jessore"),
        ("Rivals clashed at Char Kamal Sirajganj Sadar upazila on Monday.", "Sirajganj"),
        # a word of the unit's own name after the district's ('Adarsha Sadar')
        ("Rioters torched a bus in Comilla Adarsha Sadar upazila on Sunday.", "Comilla"),
    ],
)
def test_a_headquarters_sub_district_is_its_districts_town(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.kind) == (name, "city")


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


def test_a_name_opening_with_a_preposition_is_read_whole_where_the_lists_know_it(
    gazetteer: Gazetteer,
) -> None:
    place = best_chain(gazetteer, "At Tuhayat, shells fell on two villages.", 0, "YEM")
    assert place is not None and place.entry.name == "At Tuhayat"


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


@pytest.mark.parametrize("focus", ["IND", "BGD", None])
def test_a_unit_typed_by_another_countrys_word_is_not_respelled_as_a_district_of_the_focus(
    gazetteer: Gazetteer, focus: str | None
) -> None:
    # Karimganj is a district of Assam; 'upazila' says Bangladesh, which the lists hold no Karimganj for
    sentence = "Teachers formed a human chain in Karimganj upazila."
    found = best_chain(gazetteer, sentence, 0, focus)
    assert found is None or found.entry.country == "BGD"


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


def test_a_quarter_numbered_before_of_leaves_the_town_to_be_read(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Gunmen shot a shopkeeper in PD6 of Kandahar city.", 0, None)
    assert place is not None and (place.entry.name, place.entry.country) == ("Kandahār", "AFG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a two-letter name with its type word is a place: Mon's Ye, not the district's far seat
        ("On 3 March 2022, a grenade hit a shop in Ye town (Mawlamyine district, Mon state).", "Ye"),
        ("On 3 March 2022, fighters raided a camp in Ye township (Mawlamyine district, Mon state).", "Ye"),
        ("On 3 March 2022, traders rioted in Bo town, Southern Province.", "Bo"),
    ],
)
def test_a_two_letter_name_with_its_type_word_is_a_place(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.name == name


def test_a_two_letter_word_alone_is_no_place(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "On 3 March 2022, Ye said the Mawlamyine court was shut.", 0, None)
    assert place is None or place.entry.name != "Ye"
