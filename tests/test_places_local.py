"""Specs for placing American local news: the town of its lead, dateline, headline or scene, counties and the
towns in them, neighbourhoods, streets, states, surnames that are no town."""

from __future__ import annotations

import pytest
from builders import rule
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer
from kronika.geo.local import neighbourhood_of
from kronika.geo.resolve import resolve_name
from kronika.geo.title_towns import title_town
from kronika.model import Place


@pytest.mark.slow
def test_local_news_without_place_in_the_sentence_gets_the_town_of_the_lead(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Teen wounded in Spokane shooting\n\nSpokane police said a 16-year-old was hit in the leg.\n\n"
        "Officers found shell casings near the corner. Nobody has been arrested."
    )
    place = run_locate(nlp, gazetteer, text, "Nobody has been arrested.", "arrested", focus="USA")
    assert place is not None and (place.name, place.admin1) == ("Spokane", "Washington")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence", "trigger", "focus", "name", "admin1"),
    [
        (
            "Gunmen fired on a checkpoint near a village in Idleb on Friday.",
            "Gunmen fired on a checkpoint near a village in Idleb on Friday.",
            "fired",
            "SYR",
            "Idleb",
            "Idleb",
        ),
        (
            "An Iowa man was shot at a gas station late on Saturday, deputies said.",
            "An Iowa man was shot at a gas station late on Saturday, deputies said.",
            "shot",
            "USA",
            "Iowa",
            "Iowa",
        ),
        (
            "A standoff at an Arkansas home left a deputy wounded, Pope County Sheriff Ed Cole said.",
            "A standoff at an Arkansas home left a deputy wounded, Pope County Sheriff Ed Cole said.",
            "wounded",
            "USA",
            "Pope County",
            "Arkansas",
        ),
        (
            "CHICAGO — Two men were wounded in a shooting in Austin on Sunday, police said.",
            "CHICAGO — Two men were wounded in a shooting in Austin on Sunday, police said.",
            "wounded",
            "USA",
            "Chicago",
            "Illinois",
        ),
    ],
)
def test_regions_spellings_states_and_local_neighbourhoods(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, trigger: str, focus: str, name: str,
    admin1: str,
) -> None:  # fmt: skip
    place = run_locate(nlp, gazetteer, text, sentence, trigger, focus)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies arrested Tyler, 31, at a house on Elm Street on a murder warrant.",
        "Police charged Tyler, 22, with murder over the shooting at a house on Elm Street.",
    ],
)
def test_a_surname_is_not_the_place(nlp: Language, gazetteer: Gazetteer, sentence: str) -> None:
    text = f"DALLAS — A man was shot dead overnight.\n\n{sentence}"
    place = run_locate(nlp, gazetteer, text, sentence, "murder", focus="USA")
    assert place is not None and place.name == "Dallas"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("dateline", "town", "admin1"),
    [
        ("TODD COUNTY, Ky. —", "Elkton", "Kentucky"),
        ("CHARLESTON COUNTY, S.C. (WXYZ) --", "Charleston", "South Carolina"),
    ],
)
def test_a_county_datelines_story_told_without_a_place_is_placed_in_the_town_it_names(
    nlp: Language, gazetteer: Gazetteer, dateline: str, town: str, admin1: str
) -> None:
    sentence = "The boy was hurt when the gun went off, deputies said."
    text = (
        f"{dateline} A man was arrested on Thursday.\n\n"
        f"Deputies answered a call about gunfire at a house in {town} around noon.\n\n{sentence}"
    )
    place = run_locate(nlp, gazetteer, text, sentence, "hurt", focus="USA")
    assert place is not None and (place.name, place.admin1) == (town, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence", "trigger", "name"),
    [
        (
            "Tulare County deputies arrested two men after a shooting in Three Rivers.",
            "Tulare County deputies arrested two men after a shooting in Three Rivers.",
            "shooting",
            "Three Rivers",
        ),
        (
            "Tourists watched dolphins off Charleston on Sunday. Colleton County deputies said two men "
            "surrendered after a shooting on Monday. It happened at a home on Pine Hollow Lane in "
            "Walterboro.",
            "Colleton County deputies said two men surrendered after a shooting on Monday.",
            "shooting",
            "Walterboro",  # the county's town, though named after its street
        ),
        (
            "Cincinnati police said a boy was shot in Madisonville on Friday.",
            "Cincinnati police said a boy was shot in Madisonville on Friday.",
            "shot",
            "Cincinnati",
        ),
        (
            "A Port Orange teenager was shot at his home on Sunday.",
            "A Port Orange teenager was shot at his home on Sunday.",
            "shot",
            "Port Orange",
        ),
    ],
)
def test_local_news_places_the_event_in_its_town(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, trigger: str, name: str
) -> None:
    place = run_locate(nlp, gazetteer, text, sentence, trigger, focus="USA")
    assert place is not None and (place.name, place.country, place.precision) == (name, "USA", "city")


SCENES = [
    *rule(
        "a town in the body beats the dateline of its sentence",
        ("FORT LAUDERDALE (WXYZ) – Two men were shot in Pompano Beach late on Sunday.", "Pompano Beach"),
        ("CALHOUN COUNTY, Miss. (WXYZ) — A man was shot dead at a farm outside Pittsboro.", "Pittsboro"),
        # a body naming no town leaves the dateline to stand
        ("FORT LAUDERDALE (WXYZ) – Two men were shot outside a bar late on Sunday.", "Fort Lauderdale"),
        # a nearby town named only as a modifier is still where it happened
        ("EVERETT, Wash. - A Lake Stevens man was shot by his neighbour on Friday.", "Lake Stevens"),
        ("FARMINGTON, N.M. (AP) – A Flora Vista girl was wounded when she was shot.", "Flora Vista"),
        # a namesake far from the dateline is not the town meant
        ("FARMINGTON, N.M. (AP) – A Springfield man was shot at a gas station.", "Farmington"),
    ),
    *rule(
        "a hospitals town named in the sentence is not the scene",
        (
            "SPRINGFIELD, Ill. (WXYZ) — A boy who was shot at a farm was flown to Saint Francis Hospital in "
            "Peoria, Ill.",
            "Springfield",
        ),
        (
            "SPRINGFIELD, Ill. (WXYZ) — A boy who was shot at a farm was taken to a Jacksonville hospital.",
            "Springfield",
        ),
        # the town itself is still read where the sentence names it as the scene too
        (
            "SPRINGFIELD, Ill. (WXYZ) — A boy was shot in Jacksonville and taken to a hospital.",
            "Jacksonville",
        ),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), SCENES)
def test_local_news_is_placed_in_the_town_of_its_scene(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str
) -> None:
    place = run_locate(nlp, gazetteer, text, text, "shot", focus="USA")
    assert place is not None and (place.name, place.precision) == (name, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the town picks which of many Butler Counties is meant
        (
            "A man was shot in Butler County on Friday night, and he was taken to a Poplar Bluff hospital.",
            "Poplar Bluff",
            "Missouri",
        ),
        (
            "A woman was shot in Lee County early Monday. The bar lies on the edge of Fort Myers.",
            "Fort Myers",
            "Florida",
        ),
        # the county's short name beside its force is the county, not DeKalb, Illinois: the town named
        # in the county as read (Georgia's, the biggest) places the story
        (
            "A boy was shot in DeKalb County on Wednesday. DeKalb police said the kids picked up a pistol "
            "behind a shed. It happened near a home in Lithonia.",
            "Lithonia",
            "Georgia",
        ),
    ],
)
def test_a_county_gives_way_to_a_town_of_it_the_article_names(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    sentence = text.split(". ")[0] if ". " in text else text
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="USA")
    assert place is not None and (place.name, place.admin1, place.precision) == (name, admin1, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "A boy was shot and badly hurt in Woodruff County on Sunday. Deputies said it happened at a "
            "farm in the Pine Ridge Community, west of Cotton Plant.",
            "Cotton Plant",
            "Arkansas",
        ),
        (
            "A hunter was shot in Box Elder County on Tuesday. Deputies found him at a cabin about 18 miles "
            "north of Snowville.",
            "Snowville",
            "Utah",
        ),
        # a street the scene is a bearing from is no town
        (
            "A man was shot in Pima County on Monday. It happened at a house just north of East Sunrise "
            "Drive.",
            "Tucson",  # the county's city, as a metropolitan county is read
            "Arizona",
        ),
        # a town the scene is no bearing from, nor in, is not the scene
        (
            "A hunter was shot in Box Elder County on Tuesday. His brother had driven up from Snowville.",
            "Box Elder County",
            "Utah",
        ),
    ],
)
def test_a_county_gives_way_to_the_unlisted_town_its_scene_lies_a_bearing_from(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    sentence = text.split(". ")[0] + "."
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="USA")
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.slow
def test_a_county_stays_when_the_article_names_no_town_in_it(nlp: Language, gazetteer: Gazetteer) -> None:
    # a rural county's ZIP codes name many small towns: it stays the county (a metropolitan one most of
    # whose ZIP codes are its city's is read at that city, tests/test_geo_mailing.py)
    text = "A teenager was shot in Gallia County on Friday, the sheriff said."
    place = run_locate(nlp, gazetteer, text, text, "shot", focus="USA")
    assert place is not None and (place.name, place.precision) == ("Gallia County", "admin1")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Teen hurt in shooting - WXYZ - Richmond, VA News", "Richmond"),
        ("Man arrested after shooting at Rocky Mount park :: WXYZ.com", "Rocky Mount"),
        ("Family Friend Arrested - KXYZ.com | Tucson, Arizona", "Tucson"),
        # a site named for its town's news
        ("Teen dead in overnight shooting - WXYZ.com | Knoxville News, Weather & Sports", "Knoxville"),
        ("Boy shot on porch | Tulsa News", "Tulsa"),
        ("Toddler hurt in weekend shooting", None),
        # a lone state's name is the state, not a town named after it elsewhere (Delaware, Ohio)
        ("Two hurt at Delaware courthouse", None),
        ("Two hurt at Delaware courthouse - WXYZ - Richmond, VA News", "Richmond"),
        (None, None),
    ],
)
def test_a_headline_or_station_names_the_town_of_a_page_that_names_none(
    gazetteer: Gazetteer, title: str | None, name: str | None
) -> None:
    town = title_town(gazetteer, title, "USA")
    assert (town.name if town else None) == name


@pytest.mark.parametrize(
    ("title", "state"),
    [
        # the state before the site's 'News' stays with its town: Georgia's Columbus, not Ohio's
        ("Man hurt at motel - WXYZ.com-Columbus, GA News Weather & Sports", "Georgia"),
        ("Man hurt at motel - WXYZ News 9 Columbus, Georgia News Weather & Sports", "Georgia"),
        ("Man hurt at motel - WXYZ.com, Columbus News", "Ohio"),  # no state: the biggest of the name
    ],
)
def test_a_site_parts_state_before_its_news_stays_with_its_town(
    gazetteer: Gazetteer, title: str, state: str
) -> None:
    town = title_town(gazetteer, title, "USA")
    assert town is not None and (town.name, town.admin1) == ("Columbus", state)


@pytest.mark.slow
def test_a_later_paragraph_naming_no_place_goes_on_in_the_leads_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Two men were shot outside a bar in Pompano Beach on Sunday night.\n\n"
        "One of them died at a hospital on Monday, a spokesman said.\n\n"
        "Fort Lauderdale police said they were helping. Fort Lauderdale officers searched the area."
    )
    sentence = "One of them died at a hospital on Monday, a spokesman said."
    place = run_locate(nlp, gazetteer, text, sentence, "died", focus="USA")
    assert place is not None and (place.name, place.precision) == ("Pompano Beach", "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence", "name"),
    [
        # a town read only as a person's home, written after the article opening the sentence, is the
        # page's town where the story names no other
        (
            "A Hutchinson teen was charged on Monday.\n\n"
            "The boy fired a rifle that hit his cousin, officers said.",
            "The boy fired a rifle that hit his cousin, officers said.",
            "Hutchinson",
        ),
        # and gives way to the town the story places the shooting in
        (
            "A Louisville man was charged on Monday after a shooting in Ozark.\n\n"
            "The man fired a rifle that hit his cousin, officers said.",
            "The man fired a rifle that hit his cousin, officers said.",
            "Ozark",
        ),
    ],
)
def test_a_persons_home_town_after_an_opening_article_is_the_page_town_only_where_none_other(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, name: str
) -> None:
    place = run_locate(nlp, gazetteer, text, sentence, "fired", focus="USA")
    assert place is not None and place.name == name


CHICAGO = Place("Chicago", "USA", "Illinois", 41.85, -87.65, "city")


SOUTH_CHICAGO = Place("South Chicago", "USA", "Illinois", 41.74, -87.55, "city")


SPRINGFIELD_IL = Place("Springfield", "USA", "Illinois", 39.80, -89.64, "city")


AUSTIN_IN = Place("Austin", "USA", "Indiana", 38.76, -85.81, "city")


@pytest.mark.parametrize(
    ("place", "sentence", "town", "expected"),
    [
        (SOUTH_CHICAGO, "Two men were shot in the South Chicago neighborhood.", CHICAGO, CHICAGO),
        (SOUTH_CHICAGO, "Two men were shot in South Chicago.", CHICAGO, SOUTH_CHICAGO),  # said as a town
        (SOUTH_CHICAGO, "Two men were shot in the South Chicago area.", None, SOUTH_CHICAGO),  # no town
        # a far town is no part of the article's town
        (SPRINGFIELD_IL, "A man was shot in the Springfield area.", CHICAGO, SPRINGFIELD_IL),
        # written as a neighbourhood, a far namesake is still a part of the article's town
        (AUSTIN_IN, "A woman was shot in the Austin neighborhood on Friday.", CHICAGO, CHICAGO),
        (AUSTIN_IN, "A woman was shot in the Austin neighbourhood on Friday.", CHICAGO, CHICAGO),
        (AUSTIN_IN, "A woman was shot in the Austin area on Friday.", CHICAGO, AUSTIN_IN),
        (AUSTIN_IN, "A woman was shot in Austin on Friday.", CHICAGO, AUSTIN_IN),
    ],
)
def test_a_neighbourhood_stands_for_the_articles_town(
    place: Place, sentence: str, town: Place | None, expected: Place
) -> None:
    assert neighbourhood_of(place, sentence, town) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence", "trigger", "name", "admin1"),
    [
        # a dateline naming a part of a city stands for the city
        (
            "WOODLAWN — A boy was shot on a porch, Chicago police said.",
            "A boy was shot",
            "shot",
            "Chicago",
            "Illinois",
        ),
        # a far namesake of a part of the article's town is that part
        (
            "Four men were shot at a party in Brooklyn. The party was held in Brownsville.",
            "The party was held in Brownsville.",
            "held",
            "Brooklyn",
            "New York",
        ),
        # an address, a hospital and a city named for its part are not where it happened
        (
            "A man was shot in Abilene. It happened in the 700 block of Grape Street.",
            "It happened in the 700 block of Grape Street.",
            "happened",
            "Abilene",
            "Texas",
        ),
        (
            "KOKOMO, Ind. — Four people were shot outside a bar.\n\n"
            "Two were flown to a hospital in Indianapolis. Police have not said why it happened.",
            "Police have not said why it happened.",
            "happened",
            "Kokomo",
            "Indiana",
        ),
        # a far town's namesake in the dateline's state, not the dateline's city
        (
            "SEATTLE — A man was shot in Arlington on Friday.",
            "A man was shot",
            "shot",
            "Arlington",
            "Washington",
        ),
    ],
)
def test_local_news_reads_its_towns_in_context(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, trigger: str, name: str, admin1: str
) -> None:
    place = run_locate(nlp, gazetteer, text, sentence, trigger, focus="USA")
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a neighbourhood beside a big city stands for that city...
        ("Three men were shot on Tuesday night in East Flatbush. Police seek a gunman.", "Brooklyn"),
        # ...but a town the article writes as a municipality keeps its name
        ("A man was shot at a motel in the Denver suburb of Wheat Ridge on Sunday.", "Wheat Ridge"),
        ("A man was shot at a motel in Wheat Ridge on Sunday, the City of Wheat Ridge said.", "Wheat Ridge"),
        # its own police or dateline is not enough where the story names the big city beside it
        (
            "A man was shot at a motel in Wheat Ridge on Sunday, Wheat Ridge police told Denver reporters.",
            "Denver",
        ),
        # nor where it names no big city: a story that tells only of the town is about the town
        ("A man was shot at a motel in Wheat Ridge on Sunday, Wheat Ridge police said.", "Wheat Ridge"),
    ],
)
def test_a_town_written_as_a_municipality_is_not_folded_into_the_big_city(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str
) -> None:
    sentence = next(s for s in (text.split(". ")[0], text) if "shot" in s)
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="USA")
    assert place is not None and place.name == name


@pytest.mark.slow
def test_a_lone_state_name_is_the_state_not_a_namesake_village(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "A young Iowa graduate was shot dead by accident. No charges were filed against her brother."
    sentence = "No charges were filed against her brother."
    place = run_locate(nlp, gazetteer, text, sentence, "charges", focus="USA")
    assert place is None or place.admin1 != "Louisiana"


@pytest.mark.slow
def test_an_event_in_dc_is_placed_in_washington(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Gunmen in a passing car wounded four men in Northeast D.C. on Sunday night."
    place = run_locate(nlp, gazetteer, text, text, "wounded", focus="USA")
    assert place is not None and (place.name, place.admin1) == ("Washington", "District of Columbia")


@pytest.mark.slow
def test_a_street_first_in_a_chain_is_not_the_place(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "DETROIT - A teenager was shot Sunday in the 15300 block of Riverview near West McNichols."
    place = run_locate(nlp, gazetteer, text, text, "shot", focus="USA")
    assert place is not None and place.name == "Detroit"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Northwest DC", "District of Columbia"), ("East Hollywood", "Hollywood"), ("East Wadesboro", None)],
)
def test_a_quarter_named_by_its_direction_is_read_as_its_big_place(
    gazetteer: Gazetteer, text: str, name: str | None
) -> None:
    entry = resolve_name(gazetteer, text, "USA")
    assert (entry.name if entry else None) == name  # a small town's name after a direction is not read


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("Gunmen shot a nurse in Frontera on Friday. It was the third attack in Centla.", "Tabasco"),
        ("Gunmen shot a nurse in Frontera on Friday. Police in Monclova searched for them.", "Coahuila"),
    ],
)
def test_a_town_of_a_name_found_in_several_states_is_the_one_the_other_places_stand_beside(
    nlp: Language, gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    sentence = text.split(". ")[0] + "."
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="MEX")
    assert place is not None and place.name == "Frontera" and place.admin1 == admin1


@pytest.mark.slow
def test_a_neighbourhood_named_for_a_far_town_is_part_of_the_city_whose_police_speak(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "A teenager was shot in the Austin neighborhood on Saturday."
    text = f"{sentence} Neighbors in the Austin neighborhood held a vigil. Chicago police are investigating."
    place = run_locate(nlp, gazetteer, text, sentence, "shot", focus="USA")
    assert place is not None and (place.name, place.admin1) == ("Chicago", "Illinois")


@pytest.mark.slow
def test_the_surname_of_someone_named_in_full_is_not_the_articles_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "Martinez said he heard a pop before he fell."
    text = (
        "State Rep. Dale Martinez was struck by a falling bullet during New Year's Eve fireworks. "
        f"{sentence} Martinez, 40, was flown to a trauma unit."
    )
    place = run_locate(nlp, gazetteer, text, sentence, "fell", focus="USA")
    assert place is None or place.name != "Martinez"


@pytest.mark.slow
def test_a_hospital_in_a_city_written_with_its_quarter_is_the_scene(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "On 3 May 2024, aircraft struck the yard of a hospital in Gaza - Remal (Gaza City, Gaza Strip)."
    place = run_locate(nlp, gazetteer, text, text, "struck", focus="PSE")
    assert place is not None and (place.name, place.admin1) == ("Gaza", "Gaza Strip")
