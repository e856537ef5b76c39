"""Specs for the region, state and country of a place chain: compass words, a region standing alone or
written as part of another ('(Menaka, Gao)'), parishes, municipalities, a country named earlier."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain


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


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Kenya's old Eastern Province, which the lists lack, is not Sri Lanka's or Saudi Arabia's
        ("Traders marched in Marsabit town in Eastern Province on Monday.", "KEN", "Marsabit"),
        # 'North' is Sri Lanka's Northern Province, not Hong Kong's North district
        ("Fishermen rallied in Jaffna (Jaffna, North) on Sunday.", "LKA", "Northern"),
        # 'West' is the region's first word, not the small Texan town of West
        ("In Nekemte town, West wellega zone, farmers protested.", "ETH", "Oromia"),
    ],
)
def test_a_bare_compass_name_reads_only_where_the_chains_other_names_do(
    gazetteer: Gazetteer, text: str, country: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == (country, admin1)


def test_a_compass_name_beside_unknown_names_keeps_its_readings(gazetteer: Gazetteer) -> None:
    place = best_chain(gazetteer, "Residents of Xqzvilla town, Eastern, marched.", 0, "LKA")
    assert place is not None and (place.entry.country, place.entry.kind) == ("LKA", "admin1")


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


def test_a_village_is_never_the_province_of_its_name(gazetteer: Gazetteer) -> None:
    text = "A mine exploded in Kandal village, Ou Chrov district of Banteay Meanchey, Cambodia."
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and place.entry.admin1 == "Banteay Meanchey"  # not Kandal province


def test_a_big_town_last_in_a_chain_is_not_outweighed_by_a_tiny_region_of_its_name(
    gazetteer: Gazetteer,
) -> None:
    place = best_chain(gazetteer, "The girl was shot near Annunciation Road, Boston, at night.", 0, "USA")
    assert place is not None and place.entry.country == "USA"


@pytest.mark.parametrize("written", ["Southeast", "Northeast", "North-West"])
def test_a_compass_word_alone_is_no_region(gazetteer: Gazetteer, written: str) -> None:
    assert all(e.kind != "admin1" for e in gazetteer.lookup(written))


def test_a_first_level_region_last_in_a_chain_holds_it_though_a_town_elsewhere_is_bigger(
    gazetteer: Gazetteer,
) -> None:
    # Libya has a town Al Jawf bigger than the people the lists hold in Yemen's Al Jawf governorate
    place = best_chain(gazetteer, "Fighters clashed at Wadi Qarn (Al Hazm, Al Jawf) at dawn.", 0, None)
    assert place is not None and (place.entry.country, place.entry.admin1) == ("YEM", "Al Jawf")


def test_a_district_named_after_two_places_keeps_its_chain_in_its_own_country(gazetteer: Gazetteer) -> None:
    # read as two names, the district's second half left the region to Saudi Arabia's Al Jawf
    place = best_chain(
        gazetteer, "Fighters clashed in Al Jadair area (Khabb wa ash Shaaf, Al Jawf).", 0, None
    )
    assert place is not None and (place.entry.country, place.entry.admin1) == ("YEM", "Al Jawf")


def test_a_village_named_as_one_lies_wherever_the_articles_country_does(gazetteer: Gazetteer) -> None:
    # the article reads as Israeli (its forces act), the village lies in the West Bank
    text = "Israeli troops razed a water tank near the village of Tayasir, east of Tubas."
    place = best_chain(gazetteer, text, 0, "ISR")
    assert place is not None and (place.entry.country, place.entry.admin1) == ("PSE", "West Bank")


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
    ("text", "name", "admin1"),
    [
        ("Police beat a reporter in Nabire city, Papua province, on Monday.", "Nabire", "Papua"),
        ("Students were assaulted in Batam city, Riau Islands province.", "Batam", "Riau Islands"),
        # the lists file Sorong under Southwest Papua, cut from West Papua in 2022; notes keep West Papua
        ("Dock workers marched in Sorong city, West Papua province, on Tuesday.", "Sorong", "West Papua"),
        ("Fishermen blocked a jetty in Waisai, West Papua, over fuel quotas.", "Waisai", "West Papua"),
    ],
)
def test_a_town_filed_under_a_kin_of_the_region_written_lies_in_the_region_written(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is not None and (place.entry.name, place.entry.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A riot broke out in Medan city, South Sumatra province.", "Medan"),
        # Southwest Papua and Central Papua were both cut from others, neither from the other
        ("Dock workers marched in Sorong city, Central Papua province.", "Sorong"),
    ],
)
def test_regions_sharing_a_word_are_no_kin(gazetteer: Gazetteer, text: str, name: str) -> None:
    place = best_chain(gazetteer, text, 0, None)
    assert place is None or place.entry.name != name


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
