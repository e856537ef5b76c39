"""The news-style snippet evaluation: held-out May notes cut to a lead sentence, typed by the pipeline."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import write_acled_notes

from kronika.evaluation.acled import NO_EVENT, AcledItem
from kronika.evaluation.report import DatasetResult
from kronika.evaluation.snippets import evaluate_snippets, score_snippets, snippet_article
from kronika.events.train import held_out_month_note
from kronika.model import Article, Casualties, EventDate, EventMention, EventType, Evidence, Span


def note_item(notes: str, sub: str = "Protest with intervention", kind: str = "Protests") -> AcledItem:
    """An ACLED row as the evaluation reads it, with the note given."""
    return AcledItem("KGZ1", notes, date(2021, 3, 2), kind, sub, "Osh", 40.52, 72.79, 0, 6)


def typed(sub: str | None, kind: str | None, confidence: float = 0.8) -> EventMention:
    """A mention of the given ACLED coding, the rest of it beside the point."""
    text = "Teachers rallied in Osh over unpaid wages."
    return EventMention(
        article_id="KGZ1",
        type=EventType("PROTEST", None, kind, sub),
        date=EventDate(None, None, "test"),
        location=None,
        actors=(),
        targets=(),
        casualties=Casualties(),
        evidence=Evidence("KGZ1", text, 0, len(text)),
        trigger=Span(9, 16, "rallied"),
        historical=False,
        confidence=confidence,
    )


def figures(result: DatasetResult) -> dict[str, float | None]:
    """The result's figures by metric name."""
    return {row.metric: row.value for row in result.rows}


@pytest.mark.parametrize(
    ("notes", "snippet"),
    [
        (
            "On 2 March 2021, teachers rallied in Osh over unpaid wages. Police later dispersed them.",
            "Teachers rallied in Osh over unpaid wages.",
        ),
        ("Around 2 March 2021, shops were looted in Osh.", "Shops were looted in Osh."),
        ("Teachers rallied in Osh. Police dispersed them.", "Teachers rallied in Osh."),
    ],
)
def test_a_snippet_is_the_notes_lead_without_its_date_clause(notes: str, snippet: str) -> None:
    article = snippet_article(note_item(notes))
    assert article.text == snippet
    assert article.published == date(2021, 3, 3)  # the day after the event, as for whole notes


@pytest.mark.parametrize(
    ("prediction", "event_type", "sub_type"),
    [
        (typed("Protest with intervention", "Protests"), 1.0, 1.0),
        (typed("Peaceful protest", "Protests"), 1.0, 0.0),
        (typed("Mob violence", "Riots"), 0.0, 0.0),
        (typed(None, None), 0.0, 0.0),  # an event ACLED would not code is no answer
        (None, 0.0, 0.0),
    ],
)
def test_snippets_score_the_type_only(
    prediction: EventMention | None, event_type: float, sub_type: float
) -> None:
    item = note_item("On 2 March 2021, teachers rallied in Osh. Police dispersed them.")
    result = score_snippets([item], [snippet_article(item)], [prediction])
    got = figures(result)
    assert got["event_type accuracy"] == event_type
    assert got["sub_event_type accuracy"] == sub_type
    assert set(got) == {"event_type accuracy", "sub_event_type accuracy", "sub_event_type weighted F1"}


def test_a_snippet_with_no_event_is_one_failure_naming_its_text() -> None:
    item = note_item("On 2 March 2021, teachers rallied in Osh.")
    result = score_snippets([item], [snippet_article(item)], [None])
    assert [f.kind for f in result.failures] == ["no event"]
    assert "Teachers rallied in Osh." in result.failures[0].detail
    assert NO_EVENT == "(no event)"


class RecordingPipeline:
    """Gives one fixed mention per article and keeps the texts it was given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def article_mentions(self, articles: Iterable[Article]) -> Iterator[list[EventMention]]:
        """A peaceful-protest mention for every article."""
        for article in articles:
            self.texts.append(article.text)
            yield [typed("Peaceful protest", "Protests")]


def test_evaluate_snippets_reads_only_held_out_notes_and_types_their_leads(tmp_path: Path) -> None:
    notes = ["A crowd beat a trader in Osh. [size=no report]", "A crowd beat a man in Osh. [size=no report]"]
    assert [held_out_month_note(n) for n in notes] == [True, False]
    path = tmp_path / "acled.csv.gz"
    write_acled_notes(path, notes)
    pipeline = RecordingPipeline()
    result = evaluate_snippets(pipeline, path, limit=5)
    assert result.items == 1
    assert pipeline.texts == ["A crowd beat a trader in Osh."]
    assert figures(result)["event_type accuracy"] == 0.0
