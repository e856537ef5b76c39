"""The evaluation's scoring helpers on hand-made cases: weighted F1, distances, actor kinds, old PLOVER names,
dates, size tags, names and places, country codes, fixed samples."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.evaluation.common import sample
from kronika.evaluation.scoring import (
    actor_kind_matches,
    gold_plover,
    gva_place_names,
    haversine_km,
    is_country_code,
    parse_acled_date,
    parse_gva_date,
    same_name,
    strip_size_tags,
    weighted_f1,
)
from kronika.model import Actor


@pytest.mark.parametrize(
    ("truth", "predicted", "expected"),
    [
        (["a", "b", "b"], ["a", "b", "b"], 1.0),
        (["a", "a", "b"], ["b", "b", "a"], 0.0),
        (["a", "a", "b"], ["a", "b", "b"], 2 / 3),  # both labels at P/R 1 and 1/2
        (["a", "a"], ["a", "none"], 2 / 3),  # a label only predicted weighs nothing but costs recall
        (["a", "a", "a", "b"], ["a", "a", "a", "a"], 0.75 * (6 / 7)),  # a: P 3/4 R 1 -> 6/7; b: 0
    ],
)
def test_weighted_f1_weights_each_true_label_by_its_support(
    truth: list[str], predicted: list[str], expected: float
) -> None:
    assert weighted_f1(truth, predicted) == pytest.approx(expected)


def test_weighted_f1_agrees_with_sklearn() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    truth = list("aabbbcccdd") * 3
    predicted = list("abbbccdcaa") + list("aabbbcccdd") + list("dddbbccaab")
    assert weighted_f1(truth, predicted) == pytest.approx(
        metrics.f1_score(truth, predicted, average="weighted", zero_division=0)
    )


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((42.87, 74.59), (42.87, 74.59), 0.0),
        ((0.0, 0.0), (1.0, 0.0), 111.195),  # one degree of a great circle
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.56),  # London - Paris
        ((0.0, 179.5), (0.0, -179.5), 111.195),  # across the antimeridian
    ],
)
def test_haversine_gives_great_circle_kilometres(
    a: tuple[float, float], b: tuple[float, float], km: float
) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.5)


@pytest.mark.parametrize(
    ("inter1", "sectors", "expected"),
    [
        (1, ["COP"], True),
        (1, ["CVL"], False),
        (2, ["REB"], True),
        (3, ["PTY"], True),
        (3, ["CRM"], True),  # gangs and cartels are political militias to ACLED
        (4, ["UAF"], True),
        (5, ["OPP"], True),
        (6, ["CVL", "GOV"], True),  # any actor may match
        (6, ["LAB"], True),
        (7, ["CVL"], True),
        (7, ["OPP"], False),
        (8, ["IGO"], True),
        (8, [None], False),
        (0, ["GOV"], False),  # no actor coded
        (6, [], False),
    ],
)
def test_actor_kind_matches_inter1_against_sectors(
    inter1: int, sectors: list[str | None], expected: bool
) -> None:
    actors = [Actor(f"x{i}", "x", None, s) for i, s in enumerate(sectors)]
    assert actor_kind_matches(inter1, actors) is expected


@pytest.mark.parametrize(
    ("gold", "today"),
    [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("INVESTIGATE", "ACCUSE"),
        ("PROTEST", "PROTEST"),
        ("agree", "AGREE"),
    ],
)
def test_gold_plover_maps_old_names_to_todays(gold: str, today: str) -> None:
    assert gold_plover(gold) == today


@pytest.mark.parametrize(
    ("text", "day"),
    [("9-May-20", date(2020, 5, 9)), ("30-Apr-20", date(2020, 4, 30)), ("2020-05-09", date(2020, 5, 9))],
)
def test_parse_acled_date(text: str, day: date) -> None:
    assert parse_acled_date(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("January 27, 2014", date(2014, 1, 27)),
        ("February 6, 2014", date(2014, 2, 6)),
        (" March 31, 2015 ", date(2015, 3, 31)),
    ],
)
def test_parse_gva_date(text: str, day: date) -> None:
    assert parse_gva_date(text) == day


@pytest.mark.parametrize(
    ("notes", "clean"),
    [
        ("Farmers marched in Kano. [size=around 200]", "Farmers marched in Kano."),
        ("Farmers marched. [size=no report] Police watched.", "Farmers marched. Police watched."),
        ("No tag here.", "No tag here."),
    ],
)
def test_strip_size_tags(notes: str, clean: str) -> None:
    assert strip_size_tags(notes) == clean


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Sanaa", "sanaa", True),
        ("Sétif", "Setif", True),
        ("Rif  Dimashq", "Rif Dimashq", True),
        ("Osh", "Osh City", False),
        (None, "Osh", False),
    ],
)
def test_same_name_ignores_case_accents_and_spacing_only(a: str | None, b: str, expected: bool) -> None:
    assert same_name(a, b) is expected


@pytest.mark.parametrize(
    ("gold", "accepted"),
    [
        ("Rocky Mount", {"rocky mount"}),
        ("Brown (county)", {"brown", "brown county"}),
        ("Chicago (Englewood)", {"chicago"}),
    ],
)
def test_gva_place_names_strip_brackets_honestly(gold: str, accepted: set[str]) -> None:
    assert gva_place_names(gold) == accepted


@pytest.mark.parametrize(("code", "expected"), [("USA", True), ("PSE", True), ("IGO", False), ("JAP", False)])
def test_is_country_code(code: str, expected: bool) -> None:
    assert is_country_code(code) is expected


def test_sample_is_fixed_and_a_smaller_limit_is_a_prefix() -> None:
    items = list(range(100))
    assert sample(items, 10) == sample(items, 10)
    assert sample(items, 30)[:10] == sample(items, 10)
    assert sorted(sample(items, 500)) == items


def test_sample_skip_gives_the_next_disjoint_slice() -> None:
    items = list(range(100))
    assert sample(items, 10, skip=10) == sample(items, 20)[10:]
    assert not set(sample(items, 10)) & set(sample(items, 10, skip=10))
