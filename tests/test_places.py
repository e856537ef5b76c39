"""Specs for the places stage: where each event happened (what it reads of a whole article, its dateline,
focus country and place-name chains: test_places_article.py; American local news: test_places_local.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country
from kronika.geo.resolve import resolve_name
from kronika.model import Actor, Article, ArticleContext, Place, Span
from kronika.places import locate


def run_locate(
    nlp: Language, gazetteer: Gazetteer, text: str, sentence: str, trigger: str, focus: str | None = "KGZ"
) -> Place | None:
    """Locate the event of one sentence in a small article written for the test."""
    ctx = ArticleContext(Article("t", text), focus_country=focus, dateline=find_dateline(text, gazetteer))
    return locate(nlp(text), made_up_detection(sentence, trigger, "PROTEST", text=text), ctx, gazetteer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "name", "admin1", "precision"),
    [
        ("Hundreds of demonstrators rallied in Bishkek on Monday.", "rallied", "Bishkek", "Bishkek", "city"),
        (
            "Police dispersed a crowd outside the capital on Sunday.",  # Bishkek is a region of its own
            "dispersed",
            "Chuy",
            "Chuy",
            "admin1",
        ),
        (
            "Armed men stormed a copper mine in the northern Talas region.",
            "stormed",
            "Talas",
            "Talas",
            "admin1",
        ),
        ("Workers walked out at a coal pit in Naryn region last week.", "walked", "Naryn", "Naryn", "admin1"),
        (
            "Shops stayed shut on Bishkek's streets after the looting.",
            "looting",
            "Bishkek",
            "Bishkek",
            "city",
        ),
        ("Farmers blocked a road near Talas on Friday.", "blocked", "Talas", "Talas", "city"),
        ("Riot police clashed with students in Osh.", "clashed", "Osh", "Osh", "city"),
    ],
)
def test_event_in_the_sentence(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, name: str, admin1: str, precision: str
) -> None:
    text = f"Kyrgyzstan faced a new wave of unrest.\n\n{sentence}"
    place = run_locate(nlp, gazetteer, text, sentence, trigger)
    assert place is not None
    assert (place.name, place.country, place.admin1, place.precision) == (name, "KGZ", admin1, precision)
    assert place.lat is not None and place.lon is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Unrest grew, drawing worried comments from Russia and China.", "Unrest"),
        ("Moscow's troops reinforced their base outside the capital.", "reinforced"),
        (
            "The violence spread beyond the capital, prompting alarm between Kazakhstan and Uzbekistan.",
            "spread",
        ),
    ],
)
def test_other_countries_named_are_not_the_place(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str
) -> None:
    text = f"Kyrgyzstan faced a new wave of unrest.\n\n{sentence}"
    place = run_locate(nlp, gazetteer, text, sentence, trigger)
    assert place is not None and place.country == "KGZ"


@pytest.mark.slow
def test_statement_abroad_is_not_put_in_the_capital(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = "Washington urged all parties to show restraint."
    text = f"Kyrgyzstan faced a new wave of unrest.\n\n{sentence}"
    place = run_locate(nlp, gazetteer, text, sentence, "urged")
    assert place is None or place.precision != "city" or place.name != "Bishkek"


@pytest.mark.slow
def test_falls_back_to_earlier_sentence_of_the_paragraph(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Kyrgyzstan faced unrest.\n\nCrowds gathered in Naryn on Monday. Later they set fire to a car."
    place = run_locate(nlp, gazetteer, text, "Later they set fire to a car.", "set fire")
    assert place is not None and (place.name, place.precision) == ("Naryn", "city")


@pytest.mark.slow
def test_falls_back_to_the_dateline_then_the_country(nlp: Language, gazetteer: Gazetteer) -> None:
    dated = "OSH, Kyrgyzstan (Reuters) - Students marched peacefully on Monday."
    place = run_locate(nlp, gazetteer, dated, "Students marched peacefully on Monday.", "marched")
    assert place is not None and (place.name, place.country) == ("Osh", "KGZ")
    plain = "Students marched peacefully on Monday."
    place = run_locate(nlp, gazetteer, plain, plain, "marched")
    assert place is not None and (place.country, place.precision) == ("KGZ", "country")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "focus", "name", "admin1"),
    [
        ("KYIV — Riot police fired tear gas at striking miners in the town of Pokrovsk on Tuesday.", "fired",
         "UKR", "Pokrovsk", "Donetsk"),
        ("MOSCOW — Police detained 40 people at a rally in Khabarovsk on Saturday.", "detained", "RUS",
         "Khabarovsk", "Khabarovsk Krai"),
        ("NAIROBI — Gunmen killed three herders near Lodwar on Sunday, police said.", "killed", "KEN",
         "Lodwar", "Turkana"),
    ],
)  # fmt: skip
def test_a_wire_dateline_does_not_override_the_town_the_text_names(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, focus: str, name: str, admin1: str
) -> None:
    # a report filed from a capital tells of towns across its country, however far; only a local
    # newsroom's far town with no namesake nearby gives way to its dateline (test_places_local.py)
    place = run_locate(nlp, gazetteer, text, text.split("— ")[1], trigger, focus)
    assert place is not None and (place.name, place.admin1, place.precision) == (name, admin1, "city")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "focus", "name"),
    [
        ("Students clashed with guards at Kisumu Polytechnic on Monday.", None, "Kisumu"),
        ("Kenyan nurses went on strike at Kisumu Polytechnic.", "KEN", "Kisumu"),
    ],
)
def test_a_note_naming_only_the_body_an_event_was_at_is_placed_in_its_town(
    nlp: Language, gazetteer: Gazetteer, text: str, focus: str | None, name: str
) -> None:
    place = run_locate(nlp, gazetteer, text, text, "clashed" if "clashed" in text else "strike", focus)
    assert place is not None and (place.name, place.country) == (name, "KEN")


@pytest.mark.slow
def test_the_place_a_note_is_coded_at_outranks_the_village_it_names(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Gunmen attacked the hamlet of Wendou near Ouahigouya (coded as Kaya at geoprecision 2) at dawn."
    place = run_locate(nlp, gazetteer, text, text, "attacked", None)
    assert place is not None and (place.name, place.country) == ("Kaya", "BFA")


@pytest.mark.slow
def test_a_body_abroad_does_not_outweigh_the_articles_country(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Students clashed with guards at Kisumu Polytechnic on Monday."
    place = run_locate(nlp, gazetteer, text, text, "clashed", "KGZ")
    assert place is not None and (place.country, place.precision) == ("KGZ", "country")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "focus", "name"),
    [
        pytest.param(
            "Riot police detained drivers at a rally in Rostov-on-Don on Friday.",
            "detained",
            "RUS",
            "Rostov-on-Don",
            id="hyphened-name-read-whole",
        ),
        pytest.param(
            "Fighters attacked a checkpoint close to Ghazni city on Monday.",
            "attacked",
            "AFG",
            "Ghazni",
            id="close-to",
        ),
        pytest.param(
            "Rival factions clashed across the western part of Al Bab city on Tuesday.",
            "clashed",
            "SYR",
            "Al Bāb",
            id="part-of-a-town-is-in-it",
        ),
    ],
)
def test_a_town_is_read_whole_and_near_or_in_part_of_it(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, focus: str, name: str
) -> None:
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus)
    assert place is not None and place.name == name and place.precision == "city"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("plover", "country", "precision"),
    [("REQUEST", "USA", "country"), ("PROTEST", "KGZ", "city")],
)
def test_a_foreign_statement_is_placed_in_the_speakers_country(
    nlp: Language, gazetteer: Gazetteer, plover: str, country: str, precision: str
) -> None:
    text = "BISHKEK — Crowds filled the square again.\n\nThe United States urged all sides to stay calm."
    sentence = "The United States urged all sides to stay calm."
    actor = text.index("The United States")
    detection = replace(
        made_up_detection(sentence, "urged", plover, text=text),
        actor_spans=(Span(actor, actor + 17, "The United States"),),
    )
    ctx = ArticleContext(Article("t", text), focus_country="KGZ", dateline=find_dateline(text, gazetteer))
    place = locate(nlp(text), detection, ctx, gazetteer)
    assert place is not None and (place.country, place.precision) == (country, precision)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("speaker", "country", "precision"),
    [
        (Actor("Ivan Petrov", "the Kremlin's spokesman", "RUS", "GOV"), "RUS", "country"),
        (Actor("General Staff", "the general staff", "RUS", "MIL"), "RUS", "country"),
        # a foreign aid group or party may speak where it works; the country's own officials speak at home
        (Actor("Relief Agency", "a relief agency", "RUS", "NGO"), "KGZ", "city"),
        (Actor("Interior Ministry", "the interior ministry", "KGZ", "GOV"), "KGZ", "city"),
    ],
)
def test_a_foreign_officials_words_are_placed_in_his_country_when_the_sentence_names_no_place(
    nlp: Language, gazetteer: Gazetteer, speaker: Actor, country: str, precision: str
) -> None:
    sentence = "His spokesman told reporters they were deeply worried."
    text = f"BISHKEK — Crowds filled the square again.\n\n{sentence}"
    detection = made_up_detection(sentence, "worried", "ACCUSE", text=text)
    ctx = ArticleContext(Article("t", text), focus_country="KGZ", dateline=find_dateline(text, gazetteer))
    place = locate(nlp(text), detection, ctx, gazetteer, (speaker,))
    assert place is not None and (place.country, place.precision) == (country, precision)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "precision"),
    [
        ("Looters then attacked shops beyond the capital.", "attacked", "country"),
        ("Looters then attacked shops in the capital.", "attacked", "city"),
    ],
)
def test_a_fallback_never_picks_the_place_the_sentence_ruled_out(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, precision: str
) -> None:
    text = f"BISHKEK - Crowds gathered in Bishkek on Monday.\n\n{sentence}"
    place = run_locate(nlp, gazetteer, text, sentence, trigger)
    assert place is not None and (place.country, place.precision) == ("KGZ", precision)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Assam has a town and a district of each name; only Bangladesh has upazilas
        ("Students of a high school in Karimganj upazila blocked a road on Sunday.", "blocked"),
        ("Villagers in Karimganj upazila protested against a land grab.", "protested"),
    ],
)
def test_a_unit_only_one_country_has_is_never_read_abroad(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == "BGD"
    place = run_locate(nlp, gazetteer, text, text, trigger, "BGD")
    assert place is None or place.country == "BGD"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "admin1"),
    [
        ("A roadside bomb wounded two soldiers in Karak area in Dar'a on Sunday.", "wounded", "Dar'a"),
        ("Gunmen attacked a checkpoint near Karak in Dar'a governorate.", "attacked", "Dar'a"),
    ],
)
def test_a_chain_places_its_own_name_in_its_country(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, admin1: str
) -> None:
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus=None)
    assert place is not None and (place.country, place.admin1) == ("SYR", admin1)  # not Karak, Jordan


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # a town written as a landmark lies beside the district, not in it
        (
            "Air strikes hit targets across Sirwah district, west of Marib city (Marib), on Monday.",
            "strikes",
            "Sirwah",
        ),
        # a region named on its own is placed at its seat, under the region's name
        ("Houthi reinforcements arrived at the fronts in Hajjah governorate.", "arrived", "Hajjah"),
    ],
)
def test_a_district_or_region_named_in_the_sentence_is_kept(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, name: str
) -> None:
    place = run_locate(nlp, gazetteer, text, text, trigger, focus="YEM")
    assert place is not None and place.name == name and place.precision == "admin1"


@pytest.mark.slow
def test_a_place_before_the_subject_outranks_one_named_after_the_verb(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "On 3 May 2020, in Puno city, residents staged a protest against travellers who were "
        "stranded in Lima."
    )
    place = run_locate(nlp, gazetteer, text, text, "protest", focus="PER")
    assert place is not None and place.name == "Puno"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        (
            "A man was hacked during a clash between two party groups. They fought over a fishing pond "
            "at a colony in Chittagong on Tuesday.",
            "Chittagong",
            "admin1",
        ),
        # a later sentence placing something abroad does not move the event out of its country
        (
            "A man was hacked during a clash between two party groups. Their leader had fled to Kolkata.",
            "Bangladesh",
            "country",
        ),
    ],
)
def test_a_sentence_naming_no_place_takes_the_place_a_later_sentence_of_its_note_names(
    nlp: Language, gazetteer: Gazetteer, text: str, name: str, precision: str
) -> None:
    sentence = text.split(". ")[0] + "."
    place = run_locate(nlp, gazetteer, text, sentence, "hacked", focus="BGD")
    assert place is not None and (place.name, place.precision) == (name, precision)


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Jhenidah", "Jhenaidah"),  # a district spelled all but alike
        ("Munishganj", "Munshiganj"),
        ("Bazipur", None),  # a village named nearly like a district (Gazipur) is not that district
        ("Pirpur", None),  # nor one a letter or two short of it (Pirojpur)
    ],
)
def test_a_name_spelled_all_but_like_a_district_of_the_focus_country_is_that_district(
    gazetteer: Gazetteer, name: str, found: str | None
) -> None:
    entry = resolve_name(gazetteer, name, "BGD")
    assert (entry.name if entry else None) == found
