"""The fine-tuned transformer typer and its blend with the linear model: loading, calibration, typing."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from kronika.events.classifier import SUB_EVENT_TO_EVENT, SUB_EVENT_TYPES, AcledClassifier
from kronika.events.transformer import (
    META_FILE,
    MODEL_FILE,
    BlendedTyper,
    TransformerTyper,
    default_dir,
    read_meta,
)


@pytest.fixture(scope="module")
def transformer() -> TransformerTyper:
    return TransformerTyper.load()


@pytest.fixture(scope="module")
def blend(transformer: TransformerTyper) -> BlendedTyper:
    return BlendedTyper(AcledClassifier.load(), transformer)


def _write_meta(folder: Path, **changes: object) -> Path:
    """A metadata file like the shipped one, with some fields changed."""
    meta = {"format_version": 1, "labels": list(SUB_EVENT_TYPES), "temperature": 1.2, "max_tokens": 128}
    meta.update(changes)
    path = folder / META_FILE
    path.write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_metadata_is_read_with_its_label_order(tmp_path: Path) -> None:
    meta = read_meta(_write_meta(tmp_path))
    assert meta.labels == SUB_EVENT_TYPES
    assert (meta.temperature, meta.max_tokens) == (1.2, 128)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format_version": 2}, "model format 2"),
        ({"labels": [*SUB_EVENT_TYPES[:-1], "Picnic"]}, "Picnic"),
    ],
)
def test_metadata_of_another_format_or_vocabulary_is_refused(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        read_meta(_write_meta(tmp_path, **changes))


@pytest.mark.slow
def test_shipped_model_matches_the_linear_labels_and_is_small(transformer: TransformerTyper) -> None:
    assert transformer.labels == AcledClassifier.load().labels
    assert (default_dir() / MODEL_FILE).stat().st_size <= 25 * 2**20


@pytest.mark.slow
def test_shipped_model_reads_the_token_ids_alone() -> None:
    """The all-ones attention mask of an unpadded sentence is folded out (scripts/fold_minilm_mask.py)."""
    import onnxruntime

    session = onnxruntime.InferenceSession(
        str(default_dir() / MODEL_FILE), providers=["CPUExecutionProvider"]
    )
    assert [i.name for i in session.get_inputs()] == ["input_ids"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen kidnapped three road engineers outside the provincial capital.",
            {"Abduction/forced disappearance"},
        ),
        ("Nurses marched peacefully to the ministry to demand overdue wages.", {"Peaceful protest"}),
        ("A jet bombed an insurgent camp in the hills, killing six fighters.", {"Air/drone strike"}),
        ("Police arrested nine student leaders at their homes.", {"Arrests"}),
        ("A landmine blew up under a farm tractor, wounding its driver.", {"Remote explosive/landmine/IED"}),
        ("Army units and militants exchanged fire for hours near the dam.", {"Armed clash"}),
    ],
)
def test_clear_sentences_get_the_right_sub_type(
    transformer: TransformerTyper, blend: BlendedTyper, sentence: str, expected: set[str]
) -> None:
    for typer in (transformer, blend):
        (prediction,) = typer.predict([sentence])
        assert prediction.sub_event_type in expected
        assert prediction.event_type == SUB_EVENT_TO_EVENT[prediction.sub_event_type]
        assert 0.0 < prediction.probability <= 1.0


@pytest.mark.slow
def test_probabilities_are_calibrated_rows_independent_of_the_batch(transformer: TransformerTyper) -> None:
    """A sentence reads the same alone and among others (the int8 model scales activations per batch)."""
    texts = [
        "Protesters stormed the town hall.",
        "",
        "Shelling hit the market on the eastern edge of the city late on Tuesday, residents said.",
    ]
    together = transformer.predict_proba(texts)
    alone = np.vstack([transformer.predict_proba([t]) for t in texts])
    assert together.shape == (3, 25)
    assert np.allclose(together.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, alone, atol=1e-4)
    assert transformer.predict([]) == []


@pytest.mark.slow
def test_the_blend_is_the_mean_of_both_models_where_the_linear_one_is_unsure(
    transformer: TransformerTyper,
) -> None:
    linear = AcledClassifier.load()
    texts = [
        "Soldiers opened fire on a crowd of mourners.",
        "Villagers lynched a suspected thief.",
        "Hundreds of teachers marched peacefully through the city demanding higher pay.",
    ]
    alone = linear.predict_proba(texts)
    unsure = alone.max(axis=1) < 0.9
    assert unsure.any() and not unsure.all()  # the cases below test both branches
    blended = BlendedTyper(linear, transformer, weight=0.5, sure=0.9).predict_proba(texts)
    mean = (alone + transformer.predict_proba(texts)) / 2
    assert np.allclose(blended[unsure], mean[unsure], atol=1e-6)
    assert np.array_equal(blended[~unsure], alone[~unsure])


def test_a_blend_of_models_with_other_label_orders_is_refused(tmp_path: Path) -> None:
    class Reordered:
        labels = tuple(reversed(SUB_EVENT_TYPES))

    with pytest.raises(ValueError, match="order their labels"):
        BlendedTyper(AcledClassifier.load(), Reordered())  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("reads", [0, 1, 2])
def test_a_capped_blend_reads_only_the_first_unsure_texts(transformer: TransformerTyper, reads: int) -> None:
    linear = AcledClassifier.load()
    texts = [
        "Soldiers opened fire on a crowd of mourners.",
        "Unknown men set fire to a school at night.",
        "Police beat protesters with batons.",
    ]
    alone = linear.predict_proba(texts)
    assert (alone.max(axis=1) < 0.9).all()  # every text would be read without a cap
    capped = BlendedTyper(linear, transformer, sure=0.9, reads=reads).predict_proba(texts)
    full = BlendedTyper(linear, transformer, sure=0.9).predict_proba(texts)
    assert np.allclose(capped[:reads], full[:reads], atol=1e-6)
    assert np.array_equal(capped[reads:], alone[reads:])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("floors", "read"),
    [
        # no floor a blend cannot reach: every unsure text is read
        ([0.0, 0.0, 0.0], [True, True, True]),
        # a floor above what full agreement gives (half of 1 plus half the linear model's under 0.9):
        # that text keeps the linear reading
        ([0.0, 0.99, 0.0], [True, False, True]),
        ([0.96, 0.96, 0.96], [False, False, False]),
    ],
)
def test_a_text_whose_blend_cannot_reach_its_floor_keeps_the_linear_reading(
    transformer: TransformerTyper, floors: list[float], read: list[bool]
) -> None:
    linear = AcledClassifier.load()
    texts = [
        "Soldiers opened fire on a crowd of mourners.",
        "Unknown men set fire to a school at night.",
        "Police beat protesters with batons.",
    ]
    alone = linear.predict_proba(texts)
    assert (alone.max(axis=1) < 0.9).all()  # every text would be read without floors
    floored = BlendedTyper(linear, transformer, sure=0.9).predict_proba(texts, floors)
    full = BlendedTyper(linear, transformer, sure=0.9).predict_proba(texts)
    for row, was_read in enumerate(read):
        assert np.array_equal(floored[row], full[row] if was_read else alone[row])


@pytest.mark.slow
def test_a_text_passed_over_for_its_floor_still_counts_against_the_cap(transformer: TransformerTyper) -> None:
    linear = AcledClassifier.load()
    texts = ["Soldiers opened fire on a crowd of mourners.", "Police beat protesters with batons."]
    alone = linear.predict_proba(texts)
    capped = BlendedTyper(linear, transformer, sure=0.9, reads=1).predict_proba(texts, [0.99, 0.0])
    # the first text was the one read allowed: the second stays unread, as it would without floors
    assert np.array_equal(capped, alone)


@pytest.mark.parametrize(
    ("sentence", "bombing"),
    [
        # 'suicide' alone reads as a suicide bombing to both models: told with no bomb, it is none
        ("A mother and her son died Monday in an apparent murder-suicide, police said.", False),
        ("A suicide bomber blew himself up at an army checkpoint, killing five soldiers.", True),
    ],
)
def test_a_suicide_bombing_is_read_only_of_a_text_that_names_a_bomb(
    transformer: TransformerTyper, blend: BlendedTyper, sentence: str, bombing: bool
) -> None:
    for typer in (AcledClassifier.load(), transformer, blend):
        (prediction,) = typer.predict([sentence])
        assert (prediction.sub_event_type == "Suicide bomb") is bombing
