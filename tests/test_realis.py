"""Specs for the realis model (`events/realis.py`): the grammar around a trigger tells a particular event that
took place from a general remark, a habit, a plan or a state; each mention and event carries that
probability."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from spacy.language import Language

from kronika.dedup.build import likeliest_realis
from kronika.events.realis import RealisModel, realis_features
from kronika.model import Article, Span
from kronika.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _trigger(text: str, word: str) -> Span:
    """The span of the first occurrence of `word` in `text`."""
    start = text.index(word)
    return Span(start, start + len(word), word)


def _features(nlp: Language, text: str, word: str) -> dict[str, float]:
    return realis_features(nlp(text), _trigger(text, word), 0.5, "ASSAULT")


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
        ("Rebels shelled Tarvik on 3 May.", "shelled", "type=ASSAULT"),
        ("Rebels shelled Tarvik on 3 May.", "shelled", "clause_date"),
        ("Rebels shelled the port of Tarvik in Norland.", "shelled", "clause_gpe"),
        ("Rebels shelled 12 villages in the valley.", "shelled", "clause_num"),
        ("Thousands fled during the war.", "war", "pobj_of=during"),
    ],
)
def test_a_reading_is_marked_by_the_grammar_around_its_trigger(
    nlp: Language, text: str, word: str, feature: str
) -> None:
    assert _features(nlp, text, word).get(feature) == 1.0


@pytest.mark.parametrize(
    ("text", "word", "feature"),
    [
        ("The militants said they would burn the village.", "burn", "modal"),
        ("The union vowed to strike on Monday.", "strike", "to_inf"),
        ("The union vowed to strike on Monday.", "strike", "under_want"),
    ],
)
def test_a_threat_is_not_doubted_for_being_told_as_a_plan(
    nlp: Language, text: str, word: str, feature: str
) -> None:
    """The same mark counts against any other reading of the clause, never against a threat."""
    doc = nlp(text)
    assert realis_features(doc, _trigger(text, word), 0.5, "ASSAULT").get(feature) == 1.0
    assert feature not in realis_features(doc, _trigger(text, word), 0.5, "THREATEN")


@pytest.mark.parametrize(
    ("particular", "general"),
    [
        (
            ("Police arrested twelve protesters in Tarvik on Monday.", "arrested", "COERCE"),
            ("Police often arrest protesters who block roads.", "arrest", "COERCE"),
        ),
        (
            ("Rebels shelled the port of Tarvik on Friday, officials said.", "shelled", "ASSAULT"),
            ("Rebels could shell the port if talks fail.", "shell", "ASSAULT"),
        ),
        (
            ("The government of Norland has imposed sanctions on Tarvik's banks.", "imposed", "SANCTION"),
            ("Governments impose sanctions when diplomacy fails.", "impose", "SANCTION"),
        ),
    ],
)
def test_a_particular_event_is_likelier_real_than_a_general_remark(
    nlp: Language, particular: tuple[str, str, str], general: tuple[str, str, str]
) -> None:
    model = RealisModel.load()
    told, said = (
        model.probability(nlp(text), _trigger(text, word), 0.5, plover)
        for text, word, plover in (particular, general)
    )
    assert 0.0 < said < told < 1.0


def test_a_mention_carries_its_realis_beside_its_type_confidence(pipeline: Pipeline) -> None:
    text = "Rebels shelled the port of Tarvik on Friday, officials said."
    article = Article(id="a1", text=text, published=date(2021, 3, 8))
    scored = pipeline.mentions(article)
    bare = dataclasses.replace(pipeline, realis=None).mentions(article)
    assert scored and [m.confidence for m in scored] == [m.confidence for m in bare]
    assert all(m.realis is not None and 0.0 < m.realis < 1.0 for m in scored)
    assert all(m.realis is None for m in bare)


@pytest.mark.parametrize(
    ("tellings", "merged"), [((0.2, 0.7), 0.7), ((None, 0.4), 0.4), ((None, None), None)]
)
def test_an_event_is_as_likely_real_as_its_likeliest_telling(
    tellings: tuple[float | None, float | None], merged: float | None
) -> None:
    assert likeliest_realis(tellings) == merged
