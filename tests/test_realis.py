"""Specs for the realis model (`events/realis.py`): the grammar around a trigger tells a particular event that
took place from a general remark, a habit, a plan or a state, and a mention's confidence is weighed by it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from spacy.language import Language

from kronika.events.realis import RealisModel, realis_features
from kronika.model import Article, Span
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _trigger(text: str, word: str) -> Span:
    """The span of the first occurrence of `word` in `text`."""
    start = text.index(word)
    return Span(start, start + len(word), word)


def _features(nlp: Language, text: str, word: str) -> dict[str, float]:
    return realis_features(nlp(text), _trigger(text, word), 0.5)


@pytest.mark.parametrize(
    ("text", "word", "feature"),
    [
        ("The army has seized the airport in Tarvik.", "seized", "perfect"),
        ("The council could ban the march next week.", "ban", "modal"),
        ("The mayor plans to ban the march.", "ban", "under_want"),
        ("Governments impose sanctions to punish rivals.", "impose", "subj_bare_plural"),
        ("Police often beat suspects in custody.", "beat", "habit_adv"),
        ("Police did not beat the suspects.", "beat", "neg"),
        ("Sanctions are a blunt tool.", "Sanctions", "n_bare"),
        ("If the rebels attack, the town will fall.", "attack", "cond"),
        ("Rebels shelled Tarvik on 3 May.", "shelled", "ent=DATE"),
        ("Rebels shelled Tarvik on 3 May.", "shelled", "v_past"),
    ],
)
def test_a_reading_is_marked_by_the_grammar_around_its_trigger(
    nlp: Language, text: str, word: str, feature: str
) -> None:
    assert _features(nlp, text, word).get(feature) == 1.0


@pytest.mark.parametrize(
    ("particular", "general"),
    [
        (
            ("Police arrested twelve protesters in Tarvik on Monday.", "arrested"),
            ("Police often arrest protesters who block roads.", "arrest"),
        ),
        (
            ("Rebels shelled the port of Tarvik on Friday, officials said.", "shelled"),
            ("Rebels could shell the port if talks fail.", "shell"),
        ),
        (
            ("The government of Norland has imposed sanctions on Tarvik's banks.", "imposed"),
            ("Governments impose sanctions when diplomacy fails.", "impose"),
        ),
    ],
)
def test_a_particular_event_is_likelier_real_than_a_general_remark(
    nlp: Language, particular: tuple[str, str], general: tuple[str, str]
) -> None:
    model = RealisModel.load()
    told, said = (
        model.probability(nlp(text), _trigger(text, word), 0.5) for text, word in (particular, general)
    )
    assert 0.0 < said < told < 1.0


def test_a_mention_is_as_confident_as_its_type_times_its_realis(pipeline: Pipeline) -> None:
    text = "Rebels shelled the port of Tarvik on Friday, officials said."
    article = Article(id="a1", text=text, published=date(2021, 3, 8))
    weighed = pipeline.mentions(article)
    bare = dataclasses.replace(pipeline, realis=None).mentions(article)
    assert weighed and [m.trigger for m in weighed] == [m.trigger for m in bare]
    assert all(0.0 < w.confidence < b.confidence for w, b in zip(weighed, bare, strict=True))
