"""Specs for the ACLED sub-event classifier: featurizer stability, note cleaning, the shipped model."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.acled_typing import acled_codable
from kronika.events.classifier import (
    DIM,
    SUB_EVENT_TO_EVENT,
    SUB_EVENT_TYPES,
    WORD_DIM,
    AcledClassifier,
    AcledPrediction,
    default_model_path,
    featurize,
    hash_counts,
    normalize,
    word_hashes,
)
from kronika.events.passages import MAX_PASSAGE_CHARS, passages
from kronika.events.train import (
    Note,
    Settings,
    clean_note,
    features,
    first_sentence,
    fit_linear,
    held_out_month_note,
    month_held_out,
    reliability,
    share,
    strip_date_clause,
    style_shift,
)
from kronika.model import Article, EventType

ACLED_EVENT_TYPES = {
    "Battles",
    "Explosions/Remote violence",
    "Protests",
    "Riots",
    "Strategic developments",
    "Violence against civilians",
}


@pytest.fixture(scope="module")
def classifier() -> AcledClassifier:
    """The model shipped in kronika/data, loaded once."""
    return AcledClassifier.load()


def test_taxonomy_has_acleds_25_sub_types_in_six_event_types() -> None:
    assert len(SUB_EVENT_TYPES) == 25
    assert set(SUB_EVENT_TO_EVENT.values()) == ACLED_EVENT_TYPES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police  FIRED\ttear gas in 2020", "police fired tear gas in 0000"),
        ("  Two   killed ", "two killed"),
    ],
)
def test_normalize_lowercases_masks_digits_and_collapses_space(text: str, expected: str) -> None:
    assert normalize(text) == expected


# Fixed bucket ids: a change of hash function or salt (Python's hash()) would break the shipped model.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("police fired", [34438, 100372, 78952]),
        ("a", [53931]),
    ],
)
def test_word_hashes_are_fixed(text: str, expected: list[int]) -> None:
    assert word_hashes(text) == expected


def test_char_hashes_are_fixed() -> None:
    counts = hash_counts(["riot"])
    char_buckets = [int(i) for i in counts.index if i >= WORD_DIM]
    assert char_buckets == CHAR_BUCKETS_OF_RIOT


CHAR_BUCKETS_OF_RIOT = [141156, 152121, 170073, 211051, 236491, 265385, 304962, 368796, 369752]


def test_featurizer_is_stable_across_processes() -> None:
    code = (
        "from kronika.events.classifier import hash_counts;"
        "c = hash_counts(['Gunmen abducted two aid workers']);"
        "print(list(map(int, c.index)))"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True) for _ in "ab"
    ]
    here = [int(i) for i in hash_counts(["Gunmen abducted two aid workers"]).index]
    assert runs[0].stdout == runs[1].stdout == f"{here}\n"


def test_features_are_normalized_per_block() -> None:
    batch = featurize(["Protesters marched in the capital", ""], np.ones(DIM, np.float32))
    first = batch.doc == 0
    for block in (batch.index < WORD_DIM, batch.index >= WORD_DIM):
        assert np.isclose(np.sum(batch.value[first & block] ** 2), 1.0, atol=1e-5)
    assert not np.any(batch.doc == 1) or np.all(batch.index[batch.doc == 1] >= WORD_DIM)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("On 3 June 2021, farmers rallied in the square. [size=dozens]", "Farmers rallied in the square."),
        ("On or about 12 March 2019 soldiers clashed with rebels.", "Soldiers clashed with rebels."),
        ("Around 5 May 2018 (month of), a mine exploded near a road.", "A mine exploded near a road."),
        ("Villagers blocked a road near the dam.", "Villagers blocked a road near the dam."),
    ],
)
def test_strip_date_clause(note: str, expected: str) -> None:
    assert strip_date_clause(clean_note(note)) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("A man was shot (coded separately). [size=no report]", "A man was shot."),
        ("Rebels attacked a post. 9 fatalities split up between 3 events.", "Rebels attacked a post."),
    ],
)
def test_clean_note_removes_coder_artefacts(note: str, expected: str) -> None:
    assert clean_note(note) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled the town. Two died.", "Troops shelled the town."),
        ("On 1 May 2020, crowds gathered. Police watched.", "Crowds gathered."),
    ],
)
def test_style_shift_keeps_first_sentence_without_date(text: str, expected: str) -> None:
    assert style_shift(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops shelled the town. 2 died.", "Troops shelled the town."),
        ("Men fired at the U.S. embassy.", "Men fired at the U.S. embassy."),
        ("One sentence only", "One sentence only"),
    ],
)
def test_first_sentence(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


@pytest.mark.slow
def test_shipped_model_loads_and_is_small() -> None:
    """Its load time is measured in benchmarks/load_speed.py, not here."""
    model = AcledClassifier.load()
    assert model.labels == SUB_EVENT_TYPES
    assert default_model_path().stat().st_size <= 25 * 2**20


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police fired tear gas and rubber bullets to disperse protesters demanding the president quit.",
            {"Excessive force against protesters", "Protest with intervention"},
        ),
        (
            "Hundreds of teachers marched peacefully through the city demanding higher pay.",
            {"Peaceful protest"},
        ),
        (
            "An airstrike hit a village in the north of the province, killing four people.",
            {"Air/drone strike"},
        ),
        (
            "Gunmen abducted two aid workers on the road to the border town.",
            {"Abduction/forced disappearance"},
        ),
        ("Police arrested 12 opposition activists in the capital.", {"Arrests"}),
        (
            "A roadside bomb exploded as a military convoy passed, wounding three soldiers.",
            {"Remote explosive/landmine/IED"},
        ),
        ("Rebels and government troops fought for hours near the airport.", {"Armed clash"}),
        (
            "Rioters torched cars and threw stones at police after the election result.",
            {"Violent demonstration"},
        ),
    ],
)
def test_clear_sentences_get_the_right_sub_type(
    classifier: AcledClassifier, sentence: str, expected: set[str]
) -> None:
    (prediction,) = classifier.predict([sentence])
    assert prediction.sub_event_type in expected
    assert prediction.event_type == SUB_EVENT_TO_EVENT[prediction.sub_event_type]
    assert 0.0 < prediction.probability <= 1.0


@pytest.mark.slow
def test_predictions_are_deterministic_and_batch_independent(classifier: AcledClassifier) -> None:
    texts = ["Protesters seized the parliament building.", "", "Shelling hit the market.", "x" * 3]
    together = classifier.predict_proba(texts)
    alone = np.vstack([classifier.predict_proba([t]) for t in texts])
    assert together.shape == (4, 25)
    assert np.allclose(together.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, alone, atol=1e-6)
    assert np.array_equal(together, classifier.predict_proba(texts))
    assert classifier.predict([]) == []


def test_load_missing_model_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="acled"):
        AcledClassifier.load(tmp_path / "acled_none.npz")


def _constant_model(favourite: str, margin: float) -> AcledClassifier:
    """A model that ignores the text: one type's bias is `margin` above all others."""
    bias = np.zeros(len(SUB_EVENT_TYPES), np.float32)
    bias[SUB_EVENT_TYPES.index(favourite)] = margin
    weights = np.zeros((DIM, len(SUB_EVENT_TYPES)), np.float16)
    return AcledClassifier(weights, bias, np.ones(DIM, np.float32), SUB_EVENT_TYPES, 1.0)


@pytest.mark.parametrize(
    ("margin", "gold", "low", "accuracy"),
    [
        (10.0, ["Arrests", "Arrests"], 0.95, 1.0),  # softmax top prob ~0.999
        (10.0, ["Arrests", "Attack"], 0.95, 0.5),
        (0.0, ["Arrests", "Attack", "Grenade", "Other"], 0.0, 0.0),  # uniform: 1/25 each
    ],
)
def test_reliability_bins_count_top_probability_against_gold(
    margin: float, gold: list[str], low: float, accuracy: float
) -> None:
    texts = [f"Villagers reported incident number {i}." for i in range(len(gold))]
    (only,) = reliability(_constant_model("Arrests", margin), texts, gold)
    assert (only.low, only.n, only.accuracy) == (low, len(gold), accuracy)
    assert only.low <= only.mean_probability < only.high


@pytest.mark.parametrize(
    "note",
    ["Rebels attacked a checkpoint near the river.", "Students marched to the ministry.", ""],
)
def test_split_share_is_fixed_by_text_and_salt(note: str) -> None:
    assert share(note, "test") == share(note, "test")
    assert 0.0 <= share(note, "test") < 1.0
    assert share(note, "test") != share(note, "val")


@pytest.mark.parametrize(
    "note",
    ["Rebels attacked a checkpoint near the river.", "Students marched to the ministry."],
)
def test_month_split_is_a_fixed_hash_of_the_cleaned_note(note: str) -> None:
    """A May 2020 note is held out by its text alone; coder tags do not move it to the other side."""
    assert held_out_month_note(note) == month_held_out(note)
    assert held_out_month_note(note + " [size=no report]") == held_out_month_note(note)


# --- typing in the detector: passages, which trigger the classifier types ---------------------------


PARAGRAPHS = "A1. A2. A3.\n\nB1. B2."  # sentences at (0, 3), (4, 7), (8, 11), (13, 16), (17, 20)


@pytest.mark.parametrize(
    ("leads", "expected"),
    [
        # a paragraph lead reads on to the end of its paragraph; the next paragraph is not included
        ([True, False, False, True, False], ["A1. A2. A3.", "A2.", "A3.", "B1. B2.", "B2."]),
        # a sentence that does not open a paragraph is typed alone
        ([False, False, False, False, False], ["A1.", "A2.", "A3.", "B1.", "B2."]),
        ([True, False, True, True, True], ["A1. A2.", "A2.", "A3.", "B1.", "B2."]),
    ],
)
def test_passages_join_a_paragraph_lead_with_its_paragraph(leads: list[bool], expected: list[str]) -> None:
    spans = [(0, 3), (4, 7), (8, 11), (13, 16), (17, 20)]
    assert passages(PARAGRAPHS, spans, leads) == expected


def test_passages_stop_at_the_length_cap() -> None:
    sentence = "Protesters marched again. "
    repeats = MAX_PASSAGE_CHARS // len(sentence) + 5
    text = sentence * repeats
    spans = [(i * len(sentence), (i + 1) * len(sentence) - 1) for i in range(repeats)]
    (lead, *_rest) = passages(text, spans, [True] + [False] * (repeats - 1))
    assert len(sentence) <= len(lead) <= MAX_PASSAGE_CHARS


@pytest.mark.parametrize(
    ("event_type", "codable"),
    [
        (EventType("PROTEST", "demonstrate"), True),
        (EventType("MOBILIZE", "troops"), True),  # ACLED: change to group/activity, base established
        (EventType("COERCE", "arrest"), True),
        (EventType("COERCE", "ban"), False),
        (EventType("REQUEST", None), False),
        (EventType("RETREAT", "resign"), False),
    ],
)
def test_acled_codable_types(event_type: EventType, codable: bool) -> None:
    assert acled_codable(event_type) is codable


@dataclass(frozen=True)
class _KeywordTyper:
    """A stand-in classifier: 'dispersed' anywhere in the text reads as a protest with intervention."""

    probability: float = 0.9

    def predict(self, texts: Sequence[str], floors: Sequence[float] | None = None) -> list[AcledPrediction]:
        subs = ["Protest with intervention" if "dispersed" in t else "Peaceful protest" for t in texts]
        return [AcledPrediction(SUB_EVENT_TO_EVENT[s], s, self.probability) for s in subs]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paragraph's later sentence says what the police did: the lead is typed with it
        (
            "Teachers marched to the ministry on Monday. Police later dispersed them.",
            "Protest with intervention",
        ),
        # another paragraph is not the lead's context
        (
            "Teachers marched to the ministry on Monday.\n\nPolice dispersed a crowd elsewhere.",
            "Peaceful protest",
        ),
    ],
)
def test_a_paragraph_lead_is_typed_with_its_paragraph(nlp: Language, text: str, expected: str) -> None:
    detector = load_detector(_KeywordTyper())
    lead = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.sentence.start == 0]
    assert max(lead, key=lambda d: d.confidence).type.acled_sub_event_type == expected


@pytest.mark.slow
def test_the_classifier_types_the_trigger_it_reads_as(nlp: Language) -> None:
    """Of an arrest and a march in one sentence, a protest reading types the (less sure) march."""
    text = "Police arrested five students as hundreds marched to the ministry."
    detector = load_detector(_KeywordTyper())
    typed = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.type.acled_sub_event_type]
    assert "Peaceful protest" in {d.type.acled_sub_event_type for d in typed}
    assert max(typed, key=lambda d: d.confidence).type.plover == "PROTEST"


@pytest.mark.parametrize("model", ["svc", "sgd"])
def test_fit_linear_gives_one_column_per_sub_type_and_weighs_month_notes(model: str) -> None:
    pytest.importorskip("sklearn")
    docs = [
        Note("Police arrested four traders in the market.", "Arrests", month=True),
        Note("Students marched peacefully to the ministry.", "Peaceful protest"),
        Note("Police detained two journalists at the border.", "Arrests"),
        Note("Nurses rallied outside the hospital for pay.", "Peaceful protest", month=True),
    ]
    texts = [d.text for d in docs]
    idf = np.ones(DIM, np.float32)
    weights, bias = fit_linear(features(texts, idf), docs, Settings(model=model, month_weight=4.0))
    assert weights.shape == (DIM, len(SUB_EVENT_TYPES))
    unseen = [i for i, s in enumerate(SUB_EVENT_TYPES) if s not in ("Arrests", "Peaceful protest")]
    assert (bias[unseen] == -30.0).all()  # a type never seen in training is never predicted
    model_ = AcledClassifier(weights, bias, idf, SUB_EVENT_TYPES, 1.0)
    assert [p.sub_event_type for p in model_.predict(texts)] == [d.sub_event_type for d in docs]


def test_fit_linear_rejects_an_unknown_model() -> None:
    pytest.importorskip("sklearn")
    docs = [Note("Police arrested four traders.", "Arrests"), Note("Students marched.", "Peaceful protest")]
    x = features([d.text for d in docs], np.ones(DIM, np.float32))
    with pytest.raises(ValueError, match="unknown model"):
        fit_linear(x, docs, Settings(model="forest"))
