"""Specs for a page's one town written with its state's postal code ('Greencastle PA', 'TEXARKANA, TX'),
the place of an American page whose sentences name no town the other readings find."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.coded_towns import coded_town
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the code picks the state of a name several states share
        ("Funds for the Lane family TEXARKANA, TX for the bills.", ("Texarkana", "Texas")),
        ("Funds for the Lane family Texarkana, AR for the bills.", ("Texarkana", "Arkansas")),
        ("A viewing at the chapel in Greencastle PA on Friday.", ("Greencastle", "Pennsylvania")),
        ("Greencastle, IN (46135) Partly cloudy with a high of 54.", ("Greencastle", "Indiana")),
        # the longest run of words before the code that names a town of that state
        ("Friends of Greencastle PA gathered.", ("Greencastle", "Pennsylvania")),
        # the same town written twice is still one town
        ("Visit us in Greencastle, PA. Mail goes to Greencastle PA too.", ("Greencastle", "Pennsylvania")),
        # two different towns: a page of other stories' towns names no one town
        ("Stories from Hopkinsville, KY and from Greencastle, PA this week.", None),
        # a name the code's state does not list: no town
        ("The family moved from Greencastle, TX last year.", None),
        # a code that is also a word, without a comma: 'IN' is no Indiana here
        ("HE WAS SHOT IN DENVER ON FRIDAY.", None),
        # ... but after a comma it is the state's code
        ("Greencastle, IN (46135) Partly cloudy today.", ("Greencastle", "Indiana")),
        # a code in small letters is too often a word to read
        ("i am from greencastle pa and loved him.", None),
        # a code run on into a word is no code
        ("The Greencastle PAC met on Monday.", None),
        # no code at all
        ("A man was shot on Main Street on Friday night.", None),
    ],
)
def test_a_town_written_with_its_states_postal_code(
    gazetteer: Gazetteer, text: str, town: tuple[str, str] | None
) -> None:
    found = coded_town(gazetteer, text)
    assert (found.name, found.admin1) == town if found is not None else town is None


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        # a fundraising page that names its town only with the state's code
        (
            "Help the Lane family",
            "We are raising money for the Lane family. Their son was shot on Friday and died.\n\n"
            "A memorial service will be held at the Baker chapel in Greencastle PA on Monday.",
            ("Greencastle", "Pennsylvania"),
        ),
    ],
)
def test_a_page_naming_its_town_only_with_a_postal_code_is_placed_there(
    pipeline: Pipeline, title: str, text: str, place: tuple[str, str]
) -> None:
    article = Article("coded-town", text, title=title)
    events = [m for mentions in pipeline.article_mentions([article]) for m in mentions]
    assert events
    assert {(e.location.name, e.location.admin1) for e in events if e.location} == {place}
