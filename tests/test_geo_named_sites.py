"""Specs for the town of a site named after no town: a university ('Moi University students rioted':
Eldoret) or a refugee camp ('a refugee shot inside Ifo camp': Dadaab); and for the table of sites and
theatres that gives it."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.named_sites import NamedSite, line_town, read_sites, site_over_its_name, site_town
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


@pytest.mark.parametrize(
    ("sentence", "town", "admin1"),
    [
        ("Moi University students rioted over fees.", "Eldoret", "Uasin Gishu"),
        ("Students of MAASAI Mara University blocked the road.", "Narok", "Narok"),
        # another name of the same university
        ("JKUAT students took to the streets on Monday.", "Juja", "Kiambu"),
        # a name that is a region's elsewhere (Tanzania's Pwani) is the university's town
        ("Pwani University students clashed with police.", "Kilifi", "Kilifi"),
        ("Oromo students were beaten at Wollo University.", "Dessie", "Amhara"),
        # a refugee camp named alone, or by its town and the camp's word
        ("Gunmen shot a Somali refugee inside Ifo camp.", "Dadaab", "Garissa"),
        ("A teacher was kidnapped in Hagadera on Monday.", "Dadaab", "Garissa"),
        ("Refugees from two countries clashed in the Kakuma refugee camp.", "Kakuma", "Turkana"),
        # Bangladesh's and Sri Lanka's universities named after a person or the country
        ("Two student groups clashed at Jahangirnagar University.", "Savar", "Dhaka"),
        ("Students of Bangladesh Agricultural University formed a human chain.", "Mymensingh", "Mymensingh"),
        ("Students of Ruhuna University boycotted lectures.", "Matara", "Southern"),
        # a city's landmark named alone
        ("Teachers on strike marched through Uhuru Park on Tuesday.", "Nairobi", "Nairobi"),
        ("Rival supporters threw stones outside the KICC.", "Nairobi", "Nairobi"),
        ("Nurses of Kenyatta National Hospital downed tools over pay.", "Nairobi", "Nairobi"),
        ("Council workers gathered at Treasury Square over unpaid wages.", "Mombasa", "Mombasa"),
        # a lake whose events coders place at its fishing town
        ("Raiders shot two fishermen on Lake Turkana at dawn.", "Kalokol", "Turkana"),
        # an area no list holds as a unit, at the town coders place it at: a region since split, massifs
        ("Militiamen on horseback burned a market in Darfur.", "El Fasher", "North Darfur"),
        ("Army planes dropped barrels on villages of east Jebel Marra.", "El Fasher", "North Darfur"),
        # a compass word making a state of the area's name, where the parser left the state unread
        ("Tribesmen fought over pasture in Sudans South Darfur State.", "South Darfur", "South Darfur"),
        ("Shelling in the Nuba Mountains wounded a herder.", "Kadugli", "South Kordofan"),
        # a camp named after no town, or after a town or country elsewhere
        ("Militiamen beat two women near Dereig camp.", "Nyala", "South Darfur"),
        ("A boy from Naivasha camp was shot while herding goats.", "El Fasher", "North Darfur"),
        ("Soldiers killed three suspected militants in the Boni Forest.", "Ijara", "Garissa"),
        ("Police exchanged fire with a land militia on Mt. Elgon.", "Kapsokwony", "Bungoma"),
        # a militia known only on one mountain, named alone
        ("Two SLDF suspects were shot dead by police.", "Kapsokwony", "Bungoma"),
    ],
)
def test_a_site_named_after_no_town_places_the_event_at_its_town(
    gazetteer: Gazetteer, sentence: str, town: str, admin1: str
) -> None:
    place = site_town(sentence, gazetteer)
    assert place is not None and (place.name, place.admin1) == (town, admin1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Students of Kisii University boycotted classes.",  # named after its town: not this table's
        "Students boycotted classes over fees.",
        "Gunmen shot a refugee inside the camp.",
        # an area's name opening a body's name names the body, which may sit anywhere
        "Police detained members of the Darfur Students Association at a hall.",
        "The Darfur Regional Authority condemned the killing of a chief.",
    ],
)
def test_no_town_for_a_site_none_of_the_table(gazetteer: Gazetteer, sentence: str) -> None:
    assert site_town(sentence, gazetteer) is None


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "site\tKEN\tMoi University;MU\tEldoret\tUasin Gishu\n",
            NamedSite("site", "KEN", ("Moi University", "MU"), "Eldoret", "Uasin Gishu"),
        ),
        # a theatre's line gives the countries a note may be filed in too
        (
            "theatre\tSSD\tLRA;Lord's Resistance Army\tYambio\tWestern Equatoria\tSDN,SSD\n",
            NamedSite(
                "theatre",
                "SSD",
                ("LRA", "Lord's Resistance Army"),
                "Yambio",
                "Western Equatoria",
                frozenset({"SDN", "SSD"}),
            ),
        ),
    ],
)
def test_a_table_line_gives_its_kind_country_names_town_region_and_lands(line: str, read: NamedSite) -> None:
    assert read_sites(line) == (read,)


@pytest.mark.parametrize(
    "line",
    [
        "place\tKEN\tMoi University\tEldoret\tUasin Gishu\n",  # no kind of the table's
        "site\tKEN\tMoi University\tEldoret\tUasin Gishu\tKEN\n",  # lands on a site's line
        "theatre\tSSD\tMurle\tPibor\tJonglei\n",  # a theatre's line without its lands
    ],
)
def test_a_line_of_no_kind_or_with_lands_out_of_place_is_refused(line: str) -> None:
    with pytest.raises(ValueError, match="named_sites"):
        read_sites(line)


def test_the_kinds_are_read_apart() -> None:
    table = "site\tKEN\tMoi University\tEldoret\tUasin Gishu\ntheatre\tSSD\tMurle\tPibor\tJonglei\tSSD\n"
    assert [line.names for line in read_sites(table, kind="theatre")] == [("Murle",)]
    assert [line.names for line in read_sites(table, kind="site")] == [("Moi University",)]


def test_every_shipped_line_has_a_listed_town_in_its_region(gazetteer: Gazetteer) -> None:
    for line in read_sites():
        assert line_town(line, gazetteer) is not None, line


def test_every_shipped_site_is_found_by_its_first_name(gazetteer: Gazetteer) -> None:
    for site in read_sites(kind="site"):
        assert site_town(site.names[0], gazetteer) is not None, site


@pytest.mark.parametrize(
    ("sentence", "read", "town"),
    [
        # a town read from a word of the site's own name
        (
            "Students of Carmichael College brought out a procession.",
            Place("Carmichael", "USA", "California", 38.6, -121.3, "city"),
            "Rangpur",
        ),
        (
            "Activists of a hall of Jahangirnagar University clashed.",
            Place("Jahangirnagar", "BGD", "Sylhet", 25.2, 91.4, "city"),
            "Savar",
        ),
        # a place no finer than the site's own country
        (
            "Students of Begum Rokeya University blocked a road.",
            Place("Bangladesh", "BGD", "Dhaka", 23.7, 90.4, "country"),
            "Rangpur",
        ),
        (
            "Government troops shelled rebel positions in Sudan's Darfur region.",
            Place("Sudan", "SDN", "Khartoum", 15.55, 32.53, "country"),
            "El Fasher",
        ),
        # a camp named after a country, read as that country
        (
            "Gunmen robbed women of the Rwanda camp on their farms.",
            Place("Rwanda", "RWA", "Kigali", -1.95, 30.06, "country"),
            "Tawila",
        ),
    ],
)
def test_a_place_read_from_the_sites_name_or_its_country_gives_way_to_its_town(
    gazetteer: Gazetteer, sentence: str, read: Place, town: str
) -> None:
    assert site_over_its_name(read, sentence, gazetteer).name == town


def test_a_town_the_sentence_names_beside_the_site_stays(gazetteer: Gazetteer) -> None:
    rajshahi = Place("Rajshahi", "BGD", "Rajshahi", 24.37, 88.6, "city")
    sentence = "Students of Jahangirnagar University rallied in Rajshahi."
    assert site_over_its_name(rajshahi, sentence, gazetteer) == rajshahi


def test_a_venue_places_the_event_over_a_country_its_cause_names(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = (
        "Members of a youth forum held a rally in front of Chittagong Press Club, "
        "highlighting the plight of Uyghurs in China."
    )
    ctx = ArticleContext(Article("t", sentence), focus_country="CHN")
    detection = made_up_detection(sentence, "rally", "PROTEST", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.admin1) == ("BGD", "Chittagong")
