"""Specs for a regional convention: a protest read as peaceful or met with intervention whose paragraph
tells the crowd blocking roads is a violent demonstration where it is held in a country and year whose
coders code such blockades so (Kenya 2015-2018, Burkina Faso, Ethiopia, Sudan, Indonesia 2015-2019), and
stays as read elsewhere, in other years, or where the paragraph calls it peaceful."""

from __future__ import annotations

from datetime import date

import pytest
from builders import assert_sub_type, made_up_detection, rule

from kronika.events.blockade_regions import Years, blockade_countries, regional_blockade, tells_blockade
from kronika.events.taxonomy import (
    EXCESSIVE_FORCE,
    INTERVENTION,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        *rule(
            "the crowd blocking roads or putting up barricades is a blockade",
            ("Traders blocked the busy Kisumu-Busia highway to protest new levies.", True),
            ("Residents protested and barricaded the main road into the town.", True),
            ("The youths erected barricades near the market over the water shortage.", True),
            ("Farmers staged a sit-in outside the county offices, blocking the street.", True),
            ("Hundreds of fishermen blockaded the coastal road near Tanjung Emas over the new pier.", True),
            ("Villagers blockading the main road to the quarry demanded compensation for the dust.", True),
        ),
        *rule(
            "a protest that blocks no road, only slows traffic, or whose road the police blocked, is none",
            ("Teachers marched to the ministry to demand their pay arrears.", False),
            ("Police blocked the road to the stadium before the opposition rally.", False),
            ("Nurses held a rally; security forces blocked the streets around the hospital.", False),
            ("Miners rallied in Tolva; military units blocked the roads to the mine.", False),
            ("Residents protested the closure of the old bridge to lorries.", False),
            ("Students marched through the town centre, paralysing traffic for hours.", False),
        ),
    ],
)
def test_what_tells_a_blockade(paragraph: str, expected: bool) -> None:
    assert tells_blockade(paragraph) is expected


@pytest.mark.parametrize(
    ("country", "when", "read", "expected"),
    [
        *rule(
            "a blockade in a listed country and year is a violent demonstration",
            ("KEN", date(2017, 8, 10), PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION),
            ("BFA", date(2015, 3, 2), PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION),
            ("SDN", date(2013, 9, 25), INTERVENTION, VIOLENT_DEMONSTRATION),
            ("ETH", date(2020, 6, 30), INTERVENTION, VIOLENT_DEMONSTRATION),
            ("IDN", date(2015, 4, 7), PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION),
            ("IDN", date(2019, 10, 1), INTERVENTION, VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "elsewhere, in other years, or unplaced or undated, the protest stays as read",
            ("BGD", date(2017, 8, 10), PEACEFUL_PROTEST, PEACEFUL_PROTEST),
            ("USA", date(2017, 8, 10), INTERVENTION, INTERVENTION),
            ("KEN", date(2019, 11, 4), PEACEFUL_PROTEST, PEACEFUL_PROTEST),
            ("KEN", date(2013, 3, 5), PEACEFUL_PROTEST, PEACEFUL_PROTEST),
            ("IDN", date(2020, 5, 12), PEACEFUL_PROTEST, PEACEFUL_PROTEST),
            ("IDN", date(2014, 12, 31), PEACEFUL_PROTEST, PEACEFUL_PROTEST),
            (None, date(2017, 8, 10), PEACEFUL_PROTEST, PEACEFUL_PROTEST),
            ("KEN", None, PEACEFUL_PROTEST, PEACEFUL_PROTEST),
        ),
        *rule(
            "excessive force is left as read",
            ("KEN", date(2017, 8, 10), EXCESSIVE_FORCE, EXCESSIVE_FORCE),
        ),
    ],
)
def test_a_blockade_is_coded_by_its_country_and_year(
    country: str | None, when: date | None, read: str, expected: str
) -> None:
    sentence = "Boda boda riders blocked the road to protest the killing of a colleague."
    protest = made_up_detection(sentence, "protest", "PROTEST", read)
    out = regional_blockade(protest, sentence, country, when)
    assert_sub_type(out, expected)
    assert out.type.plover == "PROTEST"


def test_only_the_protests_paragraph_counts() -> None:
    text = "Workers protested over unpaid wages in the town.\nLast year, traders blocked the highway."
    sentence = text.split("\n")[0]
    protest = made_up_detection(sentence, "protested", "PROTEST", PEACEFUL_PROTEST, text=text)
    out = regional_blockade(protest, text, "KEN", date(2016, 2, 1))
    assert out.type.acled_sub_event_type == PEACEFUL_PROTEST


@pytest.mark.parametrize(
    ("paragraph", "trigger"),
    [
        *rule(
            "a blockade the paragraph calls peaceful stays as read",
            (
                "Parents held a peaceful protest in Kupang and blocked the road to the school for an hour.",
                "protest",
            ),
            ("Dozens of vendors peacefully blockaded the street in front of the market hall.", "blockaded"),
        ),
    ],
)
def test_a_peaceful_blockade_stays_as_read(paragraph: str, trigger: str) -> None:
    protest = made_up_detection(paragraph, trigger, "PROTEST", PEACEFUL_PROTEST)
    assert_sub_type(regional_blockade(protest, paragraph, "IDN", date(2016, 6, 1)), PEACEFUL_PROTEST)


def test_the_table_lists_the_countries_and_years_counted() -> None:
    assert blockade_countries() == {
        "KEN": Years(2015, 2018),
        "BFA": Years(1999, 2021),
        "ETH": Years(2019, 2021),
        "SDN": Years(2009, 2015),
        "IDN": Years(2015, 2019),
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "the protest's place decides",
            (
                "Traders in Eldoret blocked the Eldoret-Kitale road to protest new market fees.",
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Traders in Chittagong blocked the Dhaka-Chittagong highway to protest new market fees.",
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_the_pipeline_codes_a_blockade_by_where_and_when_it_was(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    (mention, *_) = pipeline.mentions(Article("t", text, published=date(2017, 5, 8)))
    assert (mention.type.plover, mention.type.acled_sub_event_type) == ("PROTEST", expected)
