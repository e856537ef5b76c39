"""Specs for reading place chains from text: where a name ends, type words before and after it, brackets
and initials, what is no place (titles, units, a town's hall); the town and region a chain stands for are
in test_geo_chain_towns.py and test_geo_chain_regions.py."""

from __future__ import annotations

import pytest
from builders import chain_names

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import best_chain, find_chains


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Shells fell near Kamyanka, Donetsk. The monitors counted them.", ["Kamyanka", "Donetsk."]),
        ("Two men were hurt in Tacoma, Wash. on Monday.", ["Tacoma", "Wash."]),
        ("A fire broke out in Ft. Lauderdale, Fla. overnight.", ["Ft. Lauderdale", "Fla."]),
        ("She drove him to a house in Zela. They stayed two days.", ["Zela."]),
        ("The boy was found near Orla. Deputies came at once.", ["Orla."]),
        ("A man was shot in St. Albans on Friday.", ["St. Albans"]),
    ],
)
def test_a_full_stop_after_a_long_word_ends_the_name(text: str, chain: list[str]) -> None:
    assert chain in chain_names(text)


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
    assert [name] in chain_names(text)


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
    assert not any(name.split()[-1] in units for chain in chain_names(text) for name in chain)


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


def test_a_plural_region_word_keeps_two_names_apart() -> None:
    assert chain_names("Floods hit Kano and Kaduna states.")[-2:] == [["Kano"], ["Kaduna"]]


def test_a_suburb_after_its_big_city_is_a_chain_of_its_own() -> None:
    assert ["Wheat Ridge"] in chain_names("A man was shot in the Denver suburb of Wheat Ridge on Sunday.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Municipal workers in Kut e Abdollah protested over unpaid wages.", "Kut e Abdollah"),
        ("Fighting went on near Qala i Naw on Friday.", "Qala i Naw"),
    ],
)
def test_a_persian_joining_vowel_stays_inside_the_name(text: str, name: str) -> None:
    assert [name] in chain_names(text)


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
    assert names in chain_names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Jets struck a ridge near Sidakan (Soran) district of Erbil.", ["Sidakan", "Soran", "Erbil."]),
        ("Shells hit a farm in Kharab (Akre) area of Dahuk on Friday.", ["Kharab", "Akre", "Dahuk"]),
    ],
)
def test_a_bracketed_name_runs_on_through_a_type_word_after_the_bracket(text: str, names: list[str]) -> None:
    assert names in chain_names(text)


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Drones struck Al Jufra airbase (Al Jufrah) at dawn.", ["Al Jufra", "Al Jufrah"]),
        ("Gunmen attacked the Tal Tamr checkpoint (Al-Hasakeh) overnight.", ["Tal Tamr", "Al-Hasakeh"]),
        ("Rebels shelled Mitiga military base (Tripoli) on Friday.", ["Mitiga", "Tripoli"]),
    ],
)
def test_a_site_named_after_a_place_joins_the_region_bracketed_after_it(text: str, chain: list[str]) -> None:
    assert chain in chain_names(text)


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
    assert chain_names(text)[0] == names
    place = best_chain(gazetteer, text, 0, None)  # and it places the name as its small form would
    assert place is not None and place.chain.names[0].text == names[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A Bayport teen was hurt when a rifle went off.", ["Bayport"]),
        ("An Elmwood man was shot on Friday night.", ["Elmwood"]),
        ("A Glen Falls couple found the gun in a drawer.", ["Glen Falls"]),
        # no person after the name: the article may open the name itself ('A Coruña')
        ("A Coruña hosted the march on Sunday.", ["A Coruña"]),
    ],
)
def test_an_article_opening_the_sentence_before_a_towns_person_is_not_part_of_the_name(
    text: str, names: list[str]
) -> None:
    assert chain_names(text)[0] == names


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
    chains = chain_names(text)
    assert [name] in chains and not any(acronym in chain for chain in chains)


def test_a_bracketed_code_that_is_not_the_names_initials_stays_in_the_chain() -> None:
    assert ["CAMERON", "W.Va.", "AP"] in chain_names("CAMERON, W.Va. (AP) - A man was shot.")


@pytest.mark.parametrize(
    "text", ["On 3 Mar, in Pelwatte, farmers marched.", "On Nov 3, in Pelwatte, farmers marched."]
)
def test_a_month_written_short_is_no_place(text: str) -> None:
    assert not any(name in ("Mar", "Nov") for chain in chain_names(text) for name in chain)


@pytest.mark.parametrize(
    ("text", "chain", "after"),
    [
        ("In Harlow town (Dorset, Wessex), Awami men hit a rally.", ["Harlow", "Dorset", "Wessex"], "Awami"),
        ("In Carmel (Putnam, New York), Jubo League men beat him.", ["Carmel", "Putnam", "New York"], "Jubo"),
    ],
)
def test_a_bracket_listing_the_regions_closes_the_chain(text: str, chain: list[str], after: str) -> None:
    names = chain_names(text)
    assert chain in names and any(c[0].startswith(after) for c in names)


def test_a_bracket_of_one_name_still_runs_on_after_it() -> None:
    assert ["Kharab", "Akre", "Dahuk"] in chain_names("Shells hit a farm in Kharab (Akre), Dahuk on Friday.")


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
    assert chain_names(text) == chains


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot near 4th and Green late Friday.",
        "A man was shot near Green and 4th on Friday.",
        "Police of the 11th District found the victim.",
    ],
)
def test_a_name_beside_a_numbered_street_or_unit_is_no_place(text: str) -> None:
    assert chain_names(text) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Fifty people rallied outside City Hall in Marlow (Oklahoma) on Friday.", "Marlow"),
        ("Parents protested at the Town Hall in Dover, Delaware, over school closures.", "Dover"),
        ("Residents rallied outside the City Council in Rexburg (Idaho) against the mask rule.", "Rexburg"),
    ],
)
def test_a_towns_hall_or_council_is_no_place_of_its_own(text: str, town: str) -> None:
    names = [name for chain in chain_names(text) for name in chain]
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
    assert not any("ML" in chain for chain in chain_names(text))


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("On Friday, the Governor of Idaho in Boise (Idaho) called up the Guard.", ["Boise", "Idaho"]),
        ("On Friday, the Mayor of Texas in Austin, Texas, spoke.", ["Austin", "Texas"]),
    ],
)
def test_a_region_written_before_its_town_and_again_after_is_read_once(text: str, chain: list[str]) -> None:
    assert chain in [[name.rstrip(",.") for name in names] for names in chain_names(text)]


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
    ("text", "names"),
    [
        ("A bomb went off in the PD8 of Jalalabad city on Sunday.", ["PD8", "Jalalabad"]),
        ("Students rallied in Ward No-17 of Rangpur city on Monday.", ["Ward No-17", "Rangpur"]),
        ("Zone 4 of Mekele was calm.", ["Zone 4", "Mekele"]),
    ],
)
def test_a_numbered_quarter_is_no_name_of_the_town_after_of(text: str, names: list[str]) -> None:
    chains = chain_names(text)
    assert [names[-1]] in chains or names in chains
    assert not any(" of " in name for chain in chains for name in chain)


@pytest.mark.parametrize(
    "text",
    ["Students rallied at the University of Dhaka on Monday.", "Boats sank in the Gulf of Aden."],
)
def test_of_still_joins_a_name_that_bears_no_number(text: str) -> None:
    assert any(" of " in name for chain in chain_names(text) for name in chain)


def test_russian_named_after_stays_inside_the_name() -> None:
    text = "Shells fell near Posyolok imeni Lenina, Luhansk, on Tuesday."
    assert ["Posyolok imeni Lenina", "Luhansk"] in chain_names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The crash was just east of Pine Hollow.\n\nState troopers closed the road.", "Pine Hollow"),
        ("A man was hurt north of Birchfield\n\nState police found him.", "Birchfield"),
        ("Deputies searched south of Maplewood. State police helped.", "Maplewood"),
    ],
)
def test_a_type_word_after_a_sentence_end_or_paragraph_break_types_nothing(text: str, name: str) -> None:
    found = [n for chain in find_chains(text) for n in chain.names if n.text.rstrip(".") == name]
    assert found and not any(n.admin1_hint or n.unit or n.county for n in found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Fighting went on in Lakes state on Sunday.", "state"),
        ("Raids hit Unity State, officials said.", "state"),
    ],
)
def test_a_type_word_in_the_same_sentence_still_types_the_name(text: str, unit: str) -> None:
    assert any(n.unit == unit for chain in find_chains(text) for n in chain.names)
