"""Specs for what the places stage reads of a whole article: its dateline, the country it is about, and
chains of place names."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import asked, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.article import credit_line, elsewhere
from kronika.geo.chains import best_chain, find_chains
from kronika.geo.county_towns import towns_in_county
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country
from kronika.model import Article, ArticleContext, Detection, EventType, Span
from kronika.places import locate

# Each case: an article's opening, and the name, region, country and precision of its dateline's place (None:
# not asked of that case).
DATELINES = [
    *rule(
        "a dateline is read as a city",
        ("BISHKEK — Protesters took over the parliament.", ("Bishkek", None, "KGZ", "city")),
        (
            "BISHKEK, Kyrgyzstan (Reuters) - Protesters took over the parliament.",
            ("Bishkek", None, "KGZ", "city"),
        ),
        ("Oct 7th 2020 ALMATY Police detained dozens.", ("Almaty", None, "KAZ", "city")),
        ("Front page\n\nPARIS (AFP) -- Strikers blocked the ring road.", ("Paris", None, "FRA", "city")),
    ),
    *rule(
        "a US dateline is read in its state",
        ("Updated 9:40 PM\n\nPORTLAND, Maine (AP) — Two men were hurt.", ("Portland", "Maine", "USA", None)),
        (
            "Watch video\n\n(03-04) 11:02 PST OAKLAND -- A woman was shot.",
            ("Oakland", "California", "USA", None),
        ),
        ("SPRINGFIELD, Ill. — A man was shot.", ("Springfield", "Illinois", "USA", None)),
        (
            "GREENCASTLE, FRANKLIN COUNTY, Pa. -- A man was shot.",
            ("Greencastle", "Pennsylvania", "USA", None),
        ),
        ("CONEJOS COUNTY, Colo. (KXYZ) – A man was shot.", ("Conejos County", "Colorado", "USA", None)),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_dateline_names_the_articles_place(
    gazetteer: Gazetteer, text: str, expected: tuple[str, str | None, str, str | None]
) -> None:
    place = find_dateline(text, gazetteer)
    assert place is not None
    read = (place.name, place.admin1, place.country, place.precision)
    assert asked(read, expected) == expected


@pytest.mark.parametrize("text", ["Protesters took over the parliament.", "THE END - nothing here."])
def test_no_dateline(gazetteer: Gazetteer, text: str) -> None:
    assert find_dateline(text, gazetteer) is None


FOCUS = [
    *rule(
        "the country most named and acted in",
        ("Kyrgyz police detained activists in Bishkek. Russia said it was watching.", "KGZ"),
        ("Thousands marched in Minsk. Belarusian police made arrests. Lithuania voiced support.", "BLR"),
    ),
    *rule(
        "focus country from region names alone",
        ("Herders clashed with farmers in Lafia (Nasarawa) on Friday.", "NGA"),
        ("Teachers marched in Cusco, Cusco region, demanding back pay.", "PER"),
    ),
    *rule(
        "local news naming no country is focused by its town",
        ("Tacoma police said two men were hurt when shots were fired outside a bar.", "USA"),
        ("Nobody was hurt when a car backfired outside the mall.", None),
        (
            "Houston police said a man was shot. Officers of the Central Patrol Division searched the block,"
            " and the Patrol Division closed the streets. A Patrol Division sergeant found the gun.",
            "USA",
        ),
    ),
    *rule(
        "focus discounts currencies nationalities and ambiguous names",
        ("Shopkeepers in Tyre protested as the US dollar rose again.", "LBN"),
        ("Turkish troops shelled villages in the countryside of Aleppo.", "SYR"),
        ("Deputies said Santa Cruz officers shot a man near Watsonville.", "USA"),
    ),
    *rule(
        "a unit only one country has sets the focus",
        ("Rival groups clashed in Sreepur upazila, Magura, on Monday.", "BGD"),  # not Romania's Măgura
        ("A trader was beaten at a market in Tala upazila.", "BGD"),
        ("India's border guards shot a cattle trader in Satkhira Sadar upazila.", "BGD"),
    ),
    *rule(
        "a country owning what follows counts as its nationality",
        ("India's border guards shot two farmers in Rajshahi.", "BGD"),  # whose guards, not where
        ("Iran's navy seized a tanker off Basra.", "IRQ"),
        ("Gunmen stormed a checkpoint in Syria's Idlib province.", "SYR"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "iso3"), FOCUS)
def test_the_focus_country_is_the_one_the_article_is_about(
    nlp: Language, gazetteer: Gazetteer, text: str, iso3: str | None
) -> None:
    assert focus_country(nlp(text), gazetteer) == iso3


@pytest.mark.slow
@pytest.mark.shared
def test_seed_article(nlp: Language, gazetteer: Gazetteer, shared_data: Path) -> None:
    text = (shared_data / "moscowtimes_2020-10-06.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    focus = focus_country(doc, gazetteer)
    assert focus == "KGZ"
    ctx = ArticleContext(Article("seed", text), focus_country=focus, dateline=find_dateline(text, gazetteer))
    expected = {"reversed": ("Bishkek", "city"), "ceased": ("Talas", "admin1"), "beefed": ("Chuy", "admin1")}
    for sent in doc.sents:
        for token in sent:
            if token.text in expected:
                det = Detection(
                    Span(sent.start_char, sent.end_char, sent.text),
                    Span(token.idx, token.idx + len(token), token.text),
                    EventType("X"),
                    1.0,
                )
                place = locate(doc, det, ctx, gazetteer)
                assert place is not None and place.country == "KGZ"
                assert (place.name, place.precision) == expected[token.text]


CHAINS = [
    *rule(
        "nested place names resolve to the most specific known",
        ("Farm workers blocked a highway near Ensenada (Baja California) on Monday.", "Ensenada",
         "Baja California", "MEX", "city"),
        ("Gunmen killed two traders in Makurdi, Benue, overnight.", "Makurdi", "Benue", "NGA", "city"),
        ("Soldiers raided a hamlet called Xyzzyville (Unknownshire, Kaduna State).", "Kaduna",
         "Kaduna", "NGA", "admin1"),
        ("A man was shot dead in Springfield, Mo., on Saturday.", "Springfield", "Missouri", "USA", "city"),
    ),
    *rule(
        "a chain reads its names as places inside the later ones",
        ("Dockers marched in San Antonio, Valparaiso, on Friday.", "San Antonio",
         "Valparaíso", "CHL", "city"),
        ("A farmer was shot near Mansura in Ar-Raqqa on Monday.", "Al Manşūrah", "Ar-Raqqa", "SYR", "city"),
        ("Militants ambushed a patrol in Pulwama district (J&K) on Tuesday.", "Pulwama",
         "Jammu and Kashmir", "IND", "admin2"),
        ("Soldiers patrolled Quamishli city in al-Hasakeh province.", "Al Qāmishlī",
         "Al-Hasakeh", "SYR", "city"),
        ("Gunmen killed a trader in Bassa LGA, Plateau, overnight.", "Bassa", "Plateau", "NGA", "city"),
        ("Weavers protested in Chennai (TN) on Monday.", "Chennai", "Tamil Nadu", "IND", "city"),
        ("A man was shot in Memphis, TN, on Sunday.", "Memphis", "Tennessee", "USA", "city"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "admin1", "country", "kind"), CHAINS)
def test_a_chain_of_place_names_resolves_to_the_most_specific_known(
    gazetteer: Gazetteer, text: str, name: str, admin1: str, country: str, kind: str
) -> None:
    found = best_chain(gazetteer, text, 0, None)
    assert found is not None
    assert (found.entry.name, found.entry.admin1, found.entry.country, found.entry.kind) == (
        name,
        admin1,
        country,
        kind,
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers of the Yakima Police Department found a wounded man.", "Yakima"),
        ("Deputies of the Brazos County Sheriff's Office fired at a car.", "Brazos"),
    ],
)
def test_an_agency_after_a_place_name_is_not_part_of_it(text: str, name: str) -> None:
    assert name in [n.text for chain in find_chains(text) for n in chain.names]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # a bare dateline is the namesake the article's other places lie beside
        ("WOODLAWN — A boy was shot on a porch, Chicago police said.", "Woodlawn", "Illinois"),
        ("PEMBERTON — A man was shot at his home near Mount Holly, N.J.", "Pemberton", "New Jersey"),
        # a dateline read whole may be a county; a label's last word may not
        ("NEW YORK (AP) — A man was shot on a subway platform.", "New York County", "New York"),
    ],
)
def test_a_bare_dateline_is_read_in_the_articles_context(
    gazetteer: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = find_dateline(text, gazetteer)
    assert place is not None and (place.name, place.admin1) == (name, admin1)


@pytest.mark.parametrize(
    "text",
    [
        "PREVIOUS STORY: Police have arrested a teenager in a shooting.",
        "STORY HIGHLIGHTS - A man was shot on Sunday.",
    ],
)
def test_a_label_over_a_story_is_no_county_dateline(gazetteer: Gazetteer, text: str) -> None:
    place = find_dateline(text, gazetteer)
    assert place is None or place.precision == "city"


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        (
            "A man was shot.\n\nStaff writer Ann J. Lee in Fort Wayne contributed to this report.",
            "Fort Wayne",
            True,
        ),
        ("A man was shot.\n\nAP writers contributed to this report from Fort Wayne.", "Fort Wayne", True),
        ("A man was shot.\n\nKim Ode in Fort Wayne contributed reporting.", "Fort Wayne", True),
        # a cause that 'contributed to' the shooting credits no one
        ("Drinking in Fort Wayne contributed to the shooting, police said.", "Fort Wayne", False),
        ("A man was shot in Fort Wayne.\n\nAP contributed to this report.", "Fort Wayne", False),
    ],
)
def test_a_credit_line_names_a_newsroom_not_the_scene(text: str, name: str, credit: bool) -> None:
    start = text.index(name)
    assert credit_line(text, start) is credit
    chain = next(c for c in find_chains(text) if c.start <= start < c.end)
    assert elsewhere(text, chain) is credit


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("A man was shot in Marion County. Deputies were called to a home in Salem.", ["Salem"]),
        # where the dead are sent for an autopsy is no town of the county's story
        ("A man was shot in Marion County. His body was sent to Salem for an autopsy.", []),
    ],
)
def test_a_county_s_town_is_not_where_its_dead_were_sent(
    gazetteer: Gazetteer, text: str, towns: list[str]
) -> None:
    found = towns_in_county(gazetteer, find_chains(text), text, "Marion County", "USA", "Oregon")
    assert [t.name for t in found] == towns
