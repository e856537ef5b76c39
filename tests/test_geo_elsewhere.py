"""A sentence that names no town but sets its event across its country, on a border or in some part of
it is placed in the country, not in the dateline's capital: the capital is where the reporter filed."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.geo.elsewhere import told_elsewhere
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "elsewhere"),
    [
        ("Soldiers killed 12 militants near the border with Mali on Friday.", True),
        ("Teachers went on strike across the country on Monday.", True),
        ("Rebels attacked two posts in the north of the country.", True),
        ("Farmers blocked roads in at least six regions on Tuesday.", True),
        ("Nationwide protests continued for a third day.", True),
        ("Troops killed 12 militants in a shootout in the northern Sinai Peninsula.", True),
        # a sentence that says nothing of where stays at the page's town
        ("Police arrested 12 traders on Friday.", False),
        ("The border guards' union held a meeting on Friday.", False),
    ],
)
def test_words_that_set_an_event_elsewhere(sentence: str, elsewhere: bool) -> None:
    assert told_elsewhere(sentence) is elsewhere


@pytest.mark.slow
@pytest.mark.parametrize(
    ("story", "place"),
    [
        ("Soldiers killed 12 militants near the border with Mali on Friday, the army said.", "Niger"),
        (
            "Soldiers killed 12 militants on Friday, the army said. Two soldiers died in the fighting.",
            "Niamey",
        ),
        (
            "The army said on Saturday that it had fought militants near the border with Mali. "
            "Two soldiers died in the fighting.",
            "Niger",
        ),
    ],
)
def test_a_capitals_dateline_does_not_place_an_event_set_elsewhere(
    pipeline: Pipeline, story: str, place: str
) -> None:
    text = f"NIAMEY, Niger (Reuters) - {story}"
    article = Article(id="t", text=text, published=date(2021, 3, 7))
    mentions = [m for group in pipeline.article_mentions([article]) for m in group]
    assert mentions
    assert {m.location.name if m.location else None for m in mentions} == {place}


@pytest.mark.slow
def test_a_page_without_a_dateline_keeps_its_leads_town(pipeline: Pipeline) -> None:
    """A lead's town tells where the story is, unlike a reporter's dateline: a later sentence set on the
    border stays there."""
    text = (
        "Soldiers killed 12 militants in Diffa on Friday.\n\nTwo soldiers died in fighting near the border."
    )
    article = Article(id="t", text=text, published=date(2021, 3, 7))
    mentions = [m for group in pipeline.article_mentions([article]) for m in group]
    assert {m.location.name if m.location else None for m in mentions} == {"Diffa"}


@pytest.mark.slow
def test_the_same_province_is_the_one_the_article_named_last(pipeline: Pipeline) -> None:
    """'In the same province' places an event where the article named a province before it, not at the
    dateline's capital."""
    text = (
        "BOGOTA, Colombia (AP) - Rebels attacked an army post in northeastern Colombia on Wednesday, the "
        "army said.\n\nThe attack in the town of Saravena, in Arauca province, came after talks resumed.\n\n"
        "In January, rebels kidnapped two engineers in the same province and freed them a week later."
    )
    article = Article(id="t", text=text, published=date(2023, 3, 30))
    mentions = [m for group in pipeline.article_mentions([article]) for m in group]
    kidnapping = next(m for m in mentions if m.trigger.text == "kidnapped")
    assert kidnapping.location is not None and kidnapping.location.admin1 == "Arauca"
