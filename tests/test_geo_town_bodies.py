"""Specs for the town a body is named after, as the place of an event held at it ('clashed at Kisumu
Polytechnic') or done by its people ('the Buttala Pradeshiya Sabha chairman': Buttala)."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.town_bodies import TownBody, member_town, read_town_bodies, venue_town
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate


def _venue(nlp: Language, gazetteer: Gazetteer, text: str) -> Place | None:
    """The venue town of a text's first sentence, with no focus country."""
    return venue_town(next(iter(nlp(text).sents)), gazetteer, None)


def _member(nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None) -> Place | None:
    """The member town of a one-sentence text."""
    return member_town(nlp(text)[:], gazetteer, focus)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Students clashed with guards at Kisumu Polytechnic on Monday.", "Kisumu"),
        ("Nurses went on strike at the Malakal Teaching Hospital over unpaid wages.", "Malakal"),
        ("Strike:At El Fasher Teaching Hospital, cleaners stopped work.", "El Fasher"),
        # spaCy tags the county alone as a group, the body's word after it: the jail is the town's
        ("Inmates rioted at Kapoeta North jail over lack of food.", "Kapoeta"),
        ("Warders at Torit jail beat two inmates.", "Torit"),
        # a body's own people act at it, and a note often names no other place
        ("Students of Kisumu Polytechnic boycotted classes over fees.", "Kisumu"),
        ("Lecturers from the Jaffna University staged a sit-in over salaries.", "Jaffna"),
        ("Police fired tear gas at students near Rajshahi University on Sunday.", "Rajshahi"),
        # the town-first order of 'University of X', and the name cut at the body's word
        ("Students at the University of Nairobi boycotted lectures.", "Nairobi"),
        (
            "On 3 March 2012, students of Khulna University of Engineering and Technology (KUET) protested.",
            "Khulna",
        ),
    ],
)
def test_an_event_at_a_body_named_after_a_town_is_placed_in_that_town(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str
) -> None:
    place = _venue(nlp, gazetteer, text)
    assert place is not None and place.name == town


@pytest.mark.parametrize(
    "text",
    [
        "The wounded were taken to Kisumu Polytechnic for treatment.",  # brought there, not hurt there
        "Thousands gathered in Freedom Square to protest.",  # a square is no body named after a town
    ],
)
def test_no_town_from_a_body_the_event_is_not_at(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    assert _venue(nlp, gazetteer, text) is None


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # a town's office or bus stand, where protests gather; spaCy may tag it a place, not a body
        ("A protest was held outside the Jaffna District Secretariat by students.", "Northern"),
        ("Vendors staged a sit-in in front of the Jaffna Bus Stand on Friday.", "Northern"),
        ("Three-wheel drivers staged a protest at the Kandy Bus Stand on 2 May over fuel prices.", "Central"),
        # Sri Lanka's own office: its small town is sought there though the note names no country
        ("Flood victims protested at Aranayaka Divisional Secretariat over housing.", "Sabaragamuwa"),
    ],
)
def test_a_protest_at_a_towns_office_or_stand_is_placed_in_that_town(
    nlp: Language, gazetteer: Gazetteer, text: str, admin1: str
) -> None:
    place = _venue(nlp, gazetteer, text)
    assert place is not None and (place.country, place.admin1) == ("LKA", admin1)


@pytest.mark.parametrize(
    ("text", "focus", "name", "admin1"),
    [
        # a campus is the named university's, and the university is named after its town
        ("Students of Rajshahi University rallied in the university campus.", "BGD", "Rajshahi", "Rajshahi"),
        ("Chittagong University students were beaten inside the campus.", "BGD", "Chittagong", "Chittagong"),
        ("Teachers of the University of Dhaka formed a human chain on campus.", "BGD", "Dhaka", "Dhaka"),
        # a local body stands for the town it is named after, a province's council for the province
        ("The Buttala Pradeshiya Sabha chairman scuffled with traffic police.", "LKA", "Buttala", "Uva"),
        ("Workers of the Katunayake Free Trade Zone walked out over wages.", None, "Katunayaka", "Western"),
        ("Reporters held a rally on Khulna Press Club premises.", "BGD", "Khulna", "Khulna"),
        # the body's words in any case, and a city's corporation or a party's chapter named after its town
        ("Weavers gathered outside the Khulna press club on Sunday.", None, "Khulna", "Khulna"),
        ("Sweepers of the Salem Corporation stopped work over unpaid wages.", "IND", "Salem", "Tamil Nadu"),
        ("Traders rallied against the Corporation of Madurai over a levy.", None, "Madurai", "Tamil Nadu"),
        ("The party's Multan chapter took out a rally against load-shedding.", None, "Multan", "Punjab"),
        # the fewest words that make a name: the Municipal Corporation's town, no 'Corporation' of two words
        ("Cleaners of the Indore Municipal Corporation went on strike.", None, "Indore", "Madhya Pradesh"),
        # a body whose name opens with its town, the town not just before the body's word
        ("Drivers of the Pune Metropolitan Transport Corporation struck work.", None, "Pune", "Maharashtra"),
        ("Staff of the Lucknow Development Authority held a sit-in.", None, "Lucknow", "Uttar Pradesh"),
        # a state's unit of a national party stands for its state
        ("The Goa Pradesh Congress Committee led a march.", "IND", "Goa", "Goa"),
        ("A candidate for the Northern Provincial Council was shot at.", "LKA", "Northern", "Northern"),
        # an elected official stands for the county or constituency named before the title; a title only
        # one country has ('MCA', a Kenyan ward's member) seeks its ward there where the note names none
        ("Unknown men torched the offices of the Homa Bay Governor.", None, "Homa Bay", "Homa Bay"),
        ("Gunmen shot at the car of the Wajir West MP near the market.", "KEN", "Wajir West", "Wajir"),
        ("A candidate for the Ikinu MCA seat went missing on Tuesday.", None, "Ikinu", "Kiambu"),
        # a Kenyan county's government stands for its county, as its governor does
        ("Traders protested a levy set by the Kwale County Government.", None, "Kwale", "Kwale"),
        # a university, college or court whose people act, whatever the words tying them to the event
        ("Students of the University of Eldoret marched on Monday.", "KEN", "Eldoret", "Uasin Gishu"),
        ("Kisii Teachers College students blocked the highway over fees.", "KEN", "Kisii", "Kisii"),
        ("Lawyers gathered in front of the Kassala District Court.", "SDN", "Kassala", "Kassala"),
        # a campus named after its town, not after its university
        ("Students of the college’s Eldama Ravine campus rioted.", "KEN", "Eldama Ravine", "Baringo"),
        # the campus of a university named after its town, not a town called 'University' (Florida)
        ("Police stormed the Kassala University campus and beat students.", None, "Kassala", "Kassala"),
        ("Two student groups fought on the Sylhet MC College campus.", None, "Sylhet", "Sylhet"),
        # the campus's university comes before a local body, a local body before any other body
        (
            "Katunayake Free Trade Zone workers and Rajshahi University students met on campus.",
            None,
            "Rajshahi",
            "Rajshahi",
        ),
        (
            "Katunayake Free Trade Zone workers and Rajshahi University students met in town.",
            None,
            "Katunayaka",
            "Western",
        ),
    ],
)
def test_a_body_whose_people_act_places_the_event_in_the_place_it_is_named_after(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None, name: str, admin1: str
) -> None:
    place = _member(nlp, gazetteer, text, focus)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("Students of the National University held a rally in the university campus.", "BGD"),  # no town
        ("A candidate for the Northern Provincial Council was shot at.", None),  # Northern of which country?
        ("The National Press Club condemned the arrest.", "BGD"),  # named after no place
        ("Workers of the Katunayake Free Trade Zone walked out over wages.", "BGD"),  # a zone abroad
        ("Students of the University of Nairobi demonstrated.", "UGA"),  # a university abroad
        ("The chairman was attacked by unknown men.", "LKA"),
        # a title after a party's or a people's name, or after a word of rank, names no place
        ("Supporters of the ODM MP blocked the road.", "KEN"),
        ("The Former Senator was attacked by unknown men.", None),
        ("A Kenyan MP was barred from travelling abroad.", None),
        # a hospital named after a university or a town is where the hurt were taken, not whose people act
        ("The boy was taken to University of Eldoret Hospital after he was shot.", "KEN"),
        ("A fifth victim died while being rushed to Kisii University Medical Center.", "KEN"),
    ],
)
def test_no_body_named_after_a_town_or_one_abroad_places_nothing(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None
) -> None:
    assert _member(nlp, gazetteer, text, focus) is None


@pytest.mark.parametrize(
    ("table", "body"),
    [
        ("University\tvenue, member\n", TownBody("University", frozenset({"venue", "member"}), None)),
        ("# a comment\nKachcheri\tvenue\tLKA\n", TownBody("Kachcheri", frozenset({"venue"}), "LKA")),
        ("Divisional Secretariat\t\tLKA\n", TownBody("Divisional Secretariat", frozenset(), "LKA")),
    ],
)
def test_a_table_line_gives_a_bodys_words_readings_and_one_country(table: str, body: TownBody) -> None:
    assert read_town_bodies(table) == (body,)


def test_the_shipped_table_names_only_known_readings() -> None:
    readings = {r for body in read_town_bodies() for r in body.readings}
    assert readings == {"venue", "campus", "member", "member of", "local", "region"}


@pytest.mark.slow
def test_a_note_naming_only_a_village_council_is_placed_in_its_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    sentence = "A scuffle broke out between the Buttala Pradeshiya Sabha chairman and two policemen."
    ctx = ArticleContext(Article("t", sentence), focus_country="LKA")
    detection = made_up_detection(sentence, "scuffle", "FIGHT", text=sentence)
    place = locate(nlp(sentence), detection, ctx, gazetteer)
    assert place is not None and (place.name, place.country, place.admin1) == ("Buttala", "LKA", "Uva")


@pytest.mark.parametrize(
    ("text", "town", "admin1"),
    [
        # an Indian district's office, named after its town
        ("Farmers staged a dharna in front of the Madurai Collectorate on Monday.", "Madurai", "Tamil Nadu"),
        ("Teachers held a sit-in at the Nellore District Collectorate.", "Nellore", "Andhra Pradesh"),
    ],
)
def test_a_protest_at_a_district_collectorate_is_placed_in_its_town(
    nlp: Language, gazetteer: Gazetteer, text: str, town: str, admin1: str
) -> None:
    place = _venue(nlp, gazetteer, text)
    assert place is not None and (place.name, place.country, place.admin1) == (town, "IND", admin1)


@pytest.mark.parametrize(
    "text",
    [
        "The International Criminal Court issued arrest warrants on Thursday.",
        "The Supreme Court struck down the law on Monday.",
    ],
)
def test_a_body_named_by_its_reach_names_no_town(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    """'The International Criminal Court' is named by its reach: no 'International City', nor a town
    the bare 'The' would find."""
    assert member_town(nlp(text)[:], gazetteer, None) is None
