"""Specs for training the realis model (`events/realis_train.py`): which features it weighs."""

from __future__ import annotations

from kronika.events.realis_train import MIN_WORD_COUNT, LabelledReading, _feature_names


def _reading(*names: str) -> LabelledReading:
    return LabelledReading({n: 1.0 for n in names}, real=True, sample="fresh")


def test_grammar_always_weighs_and_a_word_only_once_met_often_enough() -> None:
    often = [_reading("v_past", "lemma=shelled") for _ in range(MIN_WORD_COUNT)]
    rare = [_reading("modal", "lemma=parley") for _ in range(MIN_WORD_COUNT - 1)]
    assert _feature_names([*often, *rare]) == ["lemma=shelled", "modal", "v_past"]
