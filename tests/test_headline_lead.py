"""Specs for headline_lead: a page whose text tells nothing of the attack its headline reports is read
under its headline."""

from __future__ import annotations

import pytest

from kronika.clean import clean
from kronika.clean.headline_lead import headline_led, tells_attack
from kronika.model import Article, RawDocument

FURNITURE = (
    "Partly cloudy this evening with light winds from the west and a low near forty degrees.\n\n"
    "Our station has joined forces with the most trusted radio stations in the valley to bring you "
    "the best of local news, sports and traffic every morning."
)
STORY = (
    "A man, 19, was shot in the hip outside a laundromat on Maple Avenue late Tuesday, "
    "police said.\n\nMedics took him to a hospital and he should recover."
)


def _article(content: str, title: str | None) -> Article:
    doc = RawDocument(id="t", origin="t.txt", content=content, kind="text", title=title)
    result = clean(doc)
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("text", "tells"),
    [
        ("Two brothers were wounded in a drive-by on Oak Street.", True),
        ("The homicide remains under investigation.", True),
        ("Gunfire rang out shortly after midnight.", True),
        ("A teen died at the scene.", True),
        ("Light rain is expected through the weekend.", False),
        ("The shoe store on Main Street closed for good.", False),
    ],
)
def test_tells_attack(text: str, tells: bool) -> None:
    assert tells_attack(text) is tells


@pytest.mark.parametrize(
    "title",
    [
        "Four shot at house party in Millbrook",
        "Four shot at house party in Millbrook - Valley News 7 | Weather, sports and traffic",
        "Teen dies after accidental shooting at home",
    ],
)
def test_a_body_of_site_furniture_is_read_under_a_headline_on_an_attack(title: str) -> None:
    article = _article(FURNITURE, title)
    headline = title.split(" - ")[0]
    assert article.text.startswith(f"{headline}.\n\n")
    assert article.text.endswith(FURNITURE)


@pytest.mark.parametrize(
    ("content", "title"),
    [
        (STORY, "Man shot outside gas station"),  # the body tells the attack itself
        (FURNITURE, "Valley council approves new budget"),  # the headline tells no attack
        (FURNITURE, None),
    ],
)
def test_a_body_telling_the_attack_or_a_headline_telling_none_is_left_as_it_is(
    content: str, title: str | None
) -> None:
    assert _article(content, title).text == content


@pytest.mark.parametrize(
    ("parts", "led"),
    [
        (
            ["Boy charged in fatal shooting", "WXYZ TV, Springfield news and weather"],
            "Boy charged in fatal shooting.",
        ),
        (
            ["Man shot", "Two killed in crash on Route 9"],
            "Two killed in crash on Route 9.",
        ),  # too short to lead
        (["Man shot in the leg?"], "Man shot in the leg?"),  # ends like a sentence already
    ],
)
def test_the_longest_part_telling_an_attack_leads(parts: list[str], led: str) -> None:
    assert headline_led("Weather and traffic.", parts) == f"{led}\n\nWeather and traffic."


def test_a_headline_part_too_short_to_say_anything_does_not_lead() -> None:
    assert headline_led("Weather and traffic.", ["Man shot", "WXYZ"]) == "Weather and traffic."
