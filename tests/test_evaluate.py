"""The development evaluation: its data sets scored on hand-made predictions, the report, and one end-to-end
run (its scoring helpers: test_evaluation_scoring.py; the seed checklist: test_evaluation_seed.py)."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from builders import write_acled_notes

from kronika.evaluate import (
    DATASETS,
    EvaluationReport,
    Failure,
    MetricRow,
    evaluate_pipeline,
    failure_examples,
)
from kronika.evaluation.acled import AcledItem, evaluate_acled, evaluate_acled_extra, score_acled
from kronika.evaluation.gva import GvaItem, score_gva
from kronika.evaluation.plover import PloverItem, score_plover
from kronika.evaluation.report import DatasetResult
from kronika.evaluation.scoring import gva_locality
from kronika.events.train import held_out_extra_note, held_out_month_note
from kronika.model import (
    Actor,
    Article,
    Casualties,
    Event,
    EventDate,
    EventMention,
    EventType,
    Evidence,
    Place,
    Span,
)

OSH = Place("Osh", "KGZ", "Osh", 40.53, 72.80, "city")


UNKNOWN = Casualties()


def mention(
    plover: str = "PROTEST",
    acled: tuple[str | None, str | None] = ("Protests", "Peaceful protest"),
    day: date | None = date(2021, 3, 2),
    place: Place | None = OSH,
    actors: tuple[Actor, ...] = (Actor("Teachers", "teachers", "KGZ", "EDU"),),
    casualties: Casualties = UNKNOWN,
    confidence: float = 0.8,
    text: str = "Teachers rallied in Osh on Tuesday over unpaid wages.",
) -> EventMention:
    """A hand-made mention with sensible defaults."""
    return EventMention(
        article_id="a1",
        type=EventType(plover, None, acled[0], acled[1]),
        date=EventDate(day, "day" if day else None, "test"),
        location=place,
        actors=actors,
        targets=(),
        casualties=casualties,
        evidence=Evidence("a1", text, 0, len(text)),
        trigger=Span(9, 16, "rallied"),
        historical=False,
        confidence=confidence,
    )


def event(m: EventMention, historical: bool = False) -> Event:
    """A one-mention event."""
    return Event(
        id="e-" + m.evidence.text[:8],
        articles=("a1",),
        type=m.type,
        date=m.date,
        location=m.location,
        actors=m.actors,
        targets=m.targets,
        casualties=m.casualties,
        evidence=(m.evidence,),
        historical=historical,
        confidence=m.confidence,
        mentions=(m,),
    )


ACLED_ITEM = AcledItem(
    "KGZ1",
    "On 2 March 2021, teachers rallied in Osh.",
    date(2021, 3, 2),
    "Protests",
    "Peaceful protest",
    "Osh",
    40.52,
    72.79,
    0,
    6,
)


# --- data sets on hand-made predictions ----------------------------------------------------------


def rows_by_metric(result: DatasetResult) -> dict[str, float | None]:
    """The result's figures by metric name, leaving out the reliability bins."""
    return {row.metric: row.value for row in result.rows if row.note != "reliability"}


def test_a_right_acled_mention_scores_one_on_every_metric() -> None:
    figures = rows_by_metric(score_acled([ACLED_ITEM], [mention()]))
    assert set(figures.values()) == {1.0}
    assert len(figures) == 8


@pytest.mark.parametrize(
    ("prediction", "metric", "kind"),
    [
        (mention(acled=("Riots", "Mob violence")), "event_type accuracy", "wrong event type"),
        (mention(day=None), "date exact", "date missing"),
        (mention(day=date(2021, 3, 1)), "date exact", "date wrong"),
        (
            mention(place=Place("Bishkek", "KGZ", "Bishkek", 42.87, 74.59, "city")),
            "admin1 exact",
            "admin1 wrong",
        ),
        (
            mention(place=Place("Osh", "KGZ", "Osh", 40.8, 72.8, "city")),
            "location within 25 km",
            "location wrong",
        ),
        (mention(casualties=Casualties(fatalities=2)), "fatalities exact", "fatalities wrong"),
        (
            mention(actors=(Actor("Police", "police", "KGZ", "COP"),)),
            "actor kind (inter1)",
            "actor kind wrong",
        ),
    ],
)
def test_each_acled_metric_fails_alone(prediction: EventMention, metric: str, kind: str) -> None:
    result = score_acled([ACLED_ITEM], [prediction])
    failed = {m for m, v in rows_by_metric(result).items() if v != 1.0}
    assert metric in failed
    assert kind in {f.kind for f in result.failures}


def test_no_acled_mention_is_wrong_everywhere_but_one_failure() -> None:
    result = score_acled([ACLED_ITEM], [None])
    assert set(rows_by_metric(result).values()) == {0.0}
    assert [f.kind for f in result.failures] == ["no event"]


def test_unknown_fatalities_count_as_zero_for_acled() -> None:
    assert (
        rows_by_metric(score_acled([ACLED_ITEM], [mention(casualties=Casualties())]))["fatalities exact"]
        == 1.0
    )


GVA_ITEM = GvaItem(
    "g1",
    "100",
    None,
    "A man was shot in Brown County.",
    date(2014, 1, 28),
    date(2014, 1, 27),
    "Brown (county)",
    1,
    2,
)


@pytest.mark.parametrize(
    ("place", "killed", "injured", "day", "expected"),
    [
        (
            Place("Brown County", "USA", "Wisconsin", None, None, "admin1"),
            1,
            2,
            date(2014, 1, 27),
            {
                "date exact": 1.0,
                "city/county": 1.0,
                "killed and injured": 1.0,
                "killed exact": 1.0,
                "injured exact": 1.0,
            },
        ),
        (
            Place("Green Bay", "USA", "Wisconsin", 44.5, -88.0, "city"),
            1,
            None,
            date(2014, 1, 28),
            {
                "date exact": 0.0,
                "city/county": 0.0,
                "killed and injured": 0.0,
                "killed exact": 1.0,
                "injured exact": 0.0,
            },
        ),
    ],
)
def test_gva_scores_date_place_and_counts(
    place: Place, killed: int, injured: int | None, day: date, expected: dict[str, float]
) -> None:
    m = mention("ASSAULT", (None, None), day, place, (), Casualties(killed, injured))
    figures = rows_by_metric(score_gva([GVA_ITEM], [event(m)]))
    assert {k: figures[k] for k in expected} == expected
    assert figures["baseline: date = publication day"] == 0.0


def records(*tolls: tuple[str, int | None, bool]) -> list[Event]:
    """An article's records: (PLOVER type, killed, background?) each."""
    return [
        event(
            mention(
                kind, (None, None), date(2014, 1, 27), None, (), Casualties(killed, None), text=f"{i}: {kind}"
            ),
            old,
        )
        for i, (kind, killed, old) in enumerate(tolls)
    ]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param(
            records(("ASSAULT", 1, False), ("ACCUSE", None, False)), 1.0, id="the shooting alone counts"
        ),
        pytest.param(
            records(("ASSAULT", 1, False), ("ACCUSE", 1, False)), 0.0, id="a probe restating it counts twice"
        ),
        pytest.param(records(("ASSAULT", 1, False), ("ASSAULT", 3, True)), 1.0, id="background is left out"),
        pytest.param(records(), 0.0, id="no record counts no one"),
    ],
)
def test_gva_adds_up_the_killed_of_an_articles_news_records(told: list[Event], expected: float) -> None:
    pick = max(told, key=lambda e: e.casualties.fatalities or 0, default=None)
    figures = rows_by_metric(score_gva([GVA_ITEM], [pick], frozenset(), [told]))
    assert figures["killed added up over the article's records"] == expected


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        (Place("Humble", "USA", "Texas", None, None, "city"), 1.0),  # the city, as before
        (Place("Atascocita", "USA", "Texas", None, None, "city"), 1.0),  # the locality, in the state
        (Place("Atascocita", "USA", "Georgia", None, None, "city"), 0.0),  # a namesake elsewhere
        (Place("Harris County", "USA", "Texas", None, None, "admin1"), 0.0),
    ],
)
def test_gva_accepts_the_bracketed_locality_in_the_incidents_state(place: Place, expected: float) -> None:
    item = replace(GVA_ITEM, city_or_county="Humble (Atascocita)", state="Texas")
    m = mention("ASSAULT", (None, None), date(2014, 1, 27), place, (), Casualties(1, 2))
    assert rows_by_metric(score_gva([item], [event(m)]))["city/county"] == expected


@pytest.mark.parametrize(
    ("gold", "locality"),
    [("Humble (Atascocita)", "atascocita"), ("Brown (county)", None), ("Rocky Mount", None)],
)
def test_gva_locality_is_the_bracketed_name_unless_it_says_county(gold: str, locality: str | None) -> None:
    assert gva_locality(gold) == locality


PLOVER_ITEM = PloverItem("p1", "Kenya asked Uganda to reopen the border.", date(2000, 1, 1), "REQUEST", "KEN")


@pytest.mark.parametrize(
    ("prediction", "type_ok", "country_ok"),
    [
        (mention("REQUEST", actors=(Actor("Kenya", "Kenya", "KEN", "GOV"),)), 1.0, 1.0),
        (mention("REQUEST", actors=(Actor("Uganda", "Uganda", "UGA", "GOV"),)), 1.0, 0.0),
        (mention("ACCUSE", actors=(Actor("Kenya", "Kenya", "KEN", "GOV"),)), 0.0, 1.0),
        (None, 0.0, 0.0),
    ],
)
def test_plover_scores_type_and_actor_country(
    prediction: EventMention | None, type_ok: float, country_ok: float
) -> None:
    figures = rows_by_metric(score_plover([PLOVER_ITEM], [prediction]))
    assert (figures["type accuracy"], figures["actor country"]) == (type_ok, country_ok)


def test_plover_skips_actor_country_for_organisations() -> None:
    igo = PloverItem("p2", "The UN sent food.", date(2000, 1, 1), "AID", "IGO")
    assert "actor country" not in rows_by_metric(score_plover([igo], [mention("AID")]))


# --- the report -----------------------------------------------------------------------------------


def test_failure_examples_group_by_kind_commonest_first_with_first_example() -> None:
    failures = [
        Failure("acled", "no event", "x1", "a"),
        Failure("acled", "date wrong", "x2", "b"),
        Failure("acled", "date wrong", "x3", "c"),
        Failure("gva", "no event", "g1", "d"),
    ]
    groups = failure_examples(failures)
    assert [(g.dataset, g.kind, g.count, g.example.item) for g in groups] == [
        ("acled", "date wrong", 2, "x2"),
        ("acled", "no event", 1, "x1"),
        ("gva", "no event", 1, "g1"),
    ]
    assert len(failure_examples(failures, top=1)) == 1


def test_report_prints_metrics_failures_and_timing() -> None:
    result = DatasetResult(
        (MetricRow("acled", "date exact", 0.5, 2),),
        (Failure("acled", "date wrong", "x2", "2020-05-09 vs None"),),
        1.5,
        2,
    )
    report = EvaluationReport.from_results([result])
    table = report.as_table()
    assert "date exact" in table and "0.500" in table
    assert "date wrong" in table and "x2" in table
    assert "acled 2 items in 1.5 s" in table
    assert report.as_markdown().startswith("| dataset | metric |")


def test_table_shows_the_top_failure_kinds_of_each_data_set() -> None:
    many = [Failure("acled", f"kind {i}", "x", "d") for i in range(6) for _ in range(10 - i)]
    result_a = DatasetResult((MetricRow("acled", "m", 0.0, 1),), tuple(many))
    wrong = Failure("plover", "wrong type", "p", "d")
    result_p = DatasetResult((MetricRow("plover", "m", 0.0, 1),), (wrong,))
    table = EvaluationReport.from_results([result_a, result_p]).as_table(top=2)
    assert "kind 0" in table and "kind 1" in table and "kind 2" not in table
    assert "plover: wrong type" in table


class FakePipeline:
    """Gives one fixed mention for every article: enough to drive a data set's loader and scorer."""

    def article_mentions(self, articles: Iterable[Article]) -> Iterator[list[EventMention]]:
        """One default mention per article."""
        for _ in articles:
            yield [mention(confidence=0.1), mention(acled=("Riots", "Mob violence"), confidence=0.9)]


def test_evaluate_acled_reads_the_csv_and_takes_the_most_confident_mention(tmp_path: Path) -> None:
    path = tmp_path / "acled.csv.gz"
    # the first note hashes to the held-out half of the month file, the second to the training half
    notes = ["A crowd beat a trader in Osh. [size=no report]", "A crowd beat a man in Osh. [size=no report]"]
    assert [held_out_month_note(n) for n in notes] == [True, False]
    write_acled_notes(path, notes)
    result = evaluate_acled(FakePipeline(), path, limit=5)
    figures = rows_by_metric(result)
    assert figures["event_type accuracy"] == 1.0
    assert figures["sub_event_type weighted F1"] == 1.0
    assert result.items == 1  # the note on the classifier's training side is not scored


def _extra_row(case: int, inter1: str, synthetic: str = "0") -> dict[str, str]:
    """One row of the extra ACLED file, its note numbered so that it hashes to a known side."""
    return {
        "event_id_cnty": f"KGZ{case}",
        "event_date": "2021-03-02",
        "event_type": "Riots",
        "sub_event_type": "Mob violence",
        "admin1": "Osh",
        "latitude": "40.52",
        "longitude": "72.79",
        "fatalities": "0",
        "inter1": inter1,
        "id_is_synthetic": synthetic,
        "notes": f"A crowd beat a trader in Osh. Case {case}.",
    }


def test_evaluate_acled_extra_scores_only_held_out_rows_coded_by_acled(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv.gz"
    rows = [
        _extra_row(7, "Rioters"),  # held out, actor kind as a label
        _extra_row(10, "5"),  # held out, actor kind as a number
        _extra_row(20, "5", synthetic="1"),  # rebuilt by a third party
        _extra_row(30, ""),  # no actor kind
        _extra_row(0, "5"),  # on the training side
    ]
    assert [held_out_extra_note(r["notes"]) for r in rows] == [True, True, True, True, False]
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = evaluate_acled_extra(FakePipeline(), path, limit=10)
    assert result.items == 2
    assert {row.dataset for row in result.rows} == {"acled-extra"}
    assert rows_by_metric(result)["event_type accuracy"] == 1.0


def test_absent_files_are_skipped_with_a_note(tmp_path: Path) -> None:
    report = evaluate_pipeline(FakePipeline(), tmp_path, 5, log=lambda _line: None)  # type: ignore[arg-type]
    assert {row.dataset for row in report.rows} == set(DATASETS)
    assert all(row.metric == "skipped" and "absent" in row.note for row in report.rows)
    assert "skipped" in report.as_table()


@pytest.mark.slow
def test_run_evaluation_end_to_end(shared_data: Path) -> None:
    from kronika.evaluate import run_evaluation

    report = run_evaluation(shared_data, limit=5, log=lambda _line: None)
    datasets = {row.dataset for row in report.rows if row.metric != "skipped"}
    assert datasets == set(DATASETS)
    scored = [row for row in report.rows if row.n > 0]
    assert all(row.value is not None and 0.0 <= row.value <= 1.0 for row in scored)
    assert all(row.value is None for row in report.rows if row.n == 0)  # an empty reliability bin
    assert "acled" in report.as_table()


@pytest.mark.parametrize(
    ("confidences", "correct", "expected"),
    [
        ([0.1, 0.3, 0.9, 0.95], [False, True, True, True], [(2, 0.5), (0, None), (0, None), (2, 1.0)]),
        ([1.0, 0.4, 0.59], [True, False, False], [(0, None), (2, 0.0), (0, None), (1, 1.0)]),
    ],
)
def test_reliability_bins_count_and_score_each_confidence_once(
    confidences: list[float], correct: list[bool], expected: list[tuple[int, float | None]]
) -> None:
    from kronika.evaluation.scoring import reliability

    assert [(b.n, b.accuracy) for b in reliability(confidences, correct)] == expected
