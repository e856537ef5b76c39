"""Specs for a bare 'strike' noun read as fired (`events/military_strikes.py`, `events/acled_typing.py`): a
weapon or a target makes it an attack, so do earlier sentences that fired weapons, and the classifier's
lean to labour strikes does not turn it back into a walkout."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.model import Article
from kronika.pipeline import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    """The PLOVER types of the mentions the pipeline reads from one article."""
    article = Article(id="t", text=text, published=date(2021, 3, 6))
    return {m.type.plover for m in pipeline.mentions(article)}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Smoke from mortar strikes drifted over the valley of Orsa.",
        "A western strike against Varnia killed four soldiers on Monday.",
        "Ships fired 40 cruise missiles at an airbase near Kolo. The strikes hit the runway.",
        "Forty people died in a strike on the rebel outpost of Dorsa on 7 April.",
        "Jets carried out air strikes on Dorsa on Friday. Kolo called its part in strikes a duty.",
        # named by what it hit, after warplanes struck it; or told by what it hit or harmed
        "Warplanes struck a crowded market in Dorsa. The toll from the market strike rose to 16 on Friday.",
        "A second strike hit a clinic in Dorsa an hour later.",
        "The strike killed four shepherds near Dorsa on Friday.",
        # a labour word in another clause of its sentence keeps no walkout
        "The strike hit a village near Dorsa at noon, a doctor at the clinic told reporters.",
    ],
)
def test_fired_strikes_are_attacks(pipeline: Pipeline, text: str) -> None:
    """A weapon, a target or weapons fired earlier in the article make the strike an attack."""
    types = _types(pipeline, text)
    assert "ASSAULT" in types and "PROTEST" not in types


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Lagos walked out over unpaid wages on Monday. The strike closed 300 schools.",
        "Dock workers began a strike in the port of Tema on Monday.",
        "Nurses in Tema held strikes over pay on Friday. Kolo called its part in strikes a duty.",
        # a strike hitting what a walkout hits
        "A bus strike hit commuters in Tema on Monday.",
    ],
)
def test_labour_strikes_stay_protests(pipeline: Pipeline, text: str) -> None:
    """Without a weapon fired or a target struck, a strike is a walkout."""
    types = _types(pipeline, text)
    assert "PROTEST" in types and "ASSAULT" not in types


@pytest.mark.slow
def test_a_strike_named_by_its_trade_stays_a_walkout_after_bombing(pipeline: Pipeline) -> None:
    """'The rail strike' names a trade, not what was hit: weapons fired earlier do not make it an attack."""
    article = Article(
        id="t", text="Jets bombed Dorsa on Friday. In Tema, the rail strike entered its third day."
    )
    strikes = [m.type.plover for m in pipeline.mentions(article) if m.trigger.text == "strike"]
    assert strikes == ["PROTEST"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # strikes told as like the walkout before them are walkouts, whatever harm they left
        ("Similar strikes in 2015 left more than 80 people dead.", ("PROTEST", "Peaceful protest")),
        ("Such strikes in 2016 left 12 people dead.", ("PROTEST", "Peaceful protest")),
    ],
)
def test_strikes_like_a_walkout_told_before_are_walkouts(
    pipeline: Pipeline, later: str, expected: tuple[str, str]
) -> None:
    text = f"A general strike called by the opposition shut shops across Tema on Sunday.\n\n{later}"
    strikes = [
        (m.type.plover, m.type.acled_sub_event_type)
        for m in pipeline.mentions(Article(id="t", text=text))
        if m.trigger.text == "strikes"
    ]
    assert strikes == [expected]
