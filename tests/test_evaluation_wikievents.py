"""WikiEvents scoring: an annotated document read back as an article, and its sentences scored on the types
the pipeline finds in them (recall over annotated sentences, precision over the sentences given a type)."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kronika.cli import evaluate as evaluate_command
from kronika.cli import main
from kronika.evaluate import DATASETS
from kronika.evaluation.report import MetricRow
from kronika.evaluation.wikievents import load_wikievents, score_wikievents
from kronika.model import Casualties, EventDate, EventMention, EventType, Evidence, Span

SENTENCES = [
    "A bomb hit a bus depot in Lakeville on Friday.",
    "Two guards died.",
    "The mayor asked residents to stay home.",
    "Officials said the depot would reopen.",
    "The depot has three gates.",
]


def _record() -> dict:
    """An invented document in the corpus's layout: sentences with token offsets, typed trigger mentions."""
    sentences = [[[[word, 0, len(word)] for word in text.split()], text] for text in SENTENCES]
    mentions = [
        ("Conflict.Attack.DetonateExplode", 0, "hit"),
        ("Life.Die.Unspecified", 1, "died"),
        ("Contact.RequestCommand.Unspecified", 2, "asked"),
        ("Contact.Contact.Broadcast", 3, "said"),  # a statement: not a type PLOVER codes as an event
    ]
    return {
        "doc_id": "depot",
        "sentences": sentences,
        "event_mentions": [
            {"event_type": kind, "trigger": {"sent_idx": index, "text": word}}
            for kind, index, word in mentions
        ],
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The invented document written as a one-line corpus file."""
    path = tmp_path / "wikievents_dev.jsonl"
    path.write_text(json.dumps(_record()) + "\n", encoding="utf-8")
    return path


def _found(text: str, trigger: str, plover: str) -> EventMention:
    """A mention of `plover` whose trigger is the first `trigger` in `text`."""
    start = text.index(trigger)
    return EventMention(
        article_id="depot",
        type=EventType(plover),
        date=EventDate(None, None, "test"),
        location=None,
        actors=(),
        targets=(),
        casualties=Casualties(),
        evidence=Evidence("depot", text, 0, len(text)),
        trigger=Span(start, start + len(trigger), trigger),
        historical=False,
        confidence=0.8,
    )


def _figures(rows: tuple[MetricRow, ...]) -> dict[str, float | None]:
    """Each row's value by metric."""
    return {row.metric: row.value for row in rows}


def test_a_document_becomes_one_line_per_sentence_with_mapped_types(corpus: Path) -> None:
    (document,) = load_wikievents([corpus, corpus.with_name("absent.jsonl")], limit=10)
    article = document.article()
    assert article.text.splitlines() == SENTENCES
    assert [sorted(s.types) for s in document.sentences] == [["ASSAULT"], ["ASSAULT"], ["REQUEST"], [], []]
    assert [s.annotated for s in document.sentences] == [True, True, True, True, False]
    assert document.sentence_of(article.text.index("guards")) == 1


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (  # the attack and its deaths found, the request missed
            [("hit", "ASSAULT"), ("died", "ASSAULT")],
            {
                "attacks: annotated sentences found": 1.0,
                "attacks: sentences found that are annotated": 1.0,
                "other types: annotated sentences found": 0.0,
                "any type: sentences found that are annotated with any event": 1.0,
            },
        ),
        (  # an attack read where nothing happened is wrong on precision; the request found
            [("hit", "ASSAULT"), ("gates", "ASSAULT"), ("asked", "REQUEST")],
            {
                "any type: sentences found that are annotated with any event": 2 / 3,
                "attacks: annotated sentences found": 0.5,
                "attacks: sentences found that are annotated": 0.5,
                "other types: annotated sentences found": 1.0,
                "other types: sentences found that are annotated": 1.0,
            },
        ),
        (  # a type Kronika finds but the mapping does not score is left out
            [("asked", "CONSULT")],
            {
                "any type: sentences found that are annotated with any event": 1.0,
                "attacks: annotated sentences found": 0.0,
                "other types: annotated sentences found": 0.0,
            },
        ),
    ],
)
def test_sentences_are_scored_on_the_types_found_in_them(
    corpus: Path, found: list[tuple[str, str]], expected: dict[str, float]
) -> None:
    (document,) = load_wikievents([corpus], limit=10)
    text = document.article().text
    result = score_wikievents([document], [[_found(text, word, plover) for word, plover in found]])
    assert _figures(result.rows) == expected
    assert result.items == 1


def test_the_command_offers_every_data_set() -> None:
    only = next(p for p in evaluate_command.params if p.name == "only")
    assert isinstance(only.type, click.Choice)
    assert tuple(only.type.choices) == DATASETS


@pytest.mark.slow
def test_the_command_scores_the_invented_document(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", "--data", str(corpus.parent), "--only", "wikievents"])
    assert result.exit_code == 0, result.output
    assert "wikievents  attacks: annotated sentences found" in result.output


@pytest.mark.slow
def test_the_command_scores_the_same_in_workers(corpus: Path) -> None:
    args = ["evaluate", "--data", str(corpus.parent), "--only", "wikievents"]
    alone, pooled = (CliRunner().invoke(main, [*args, *extra]) for extra in ([], ["--workers", "2"]))
    assert alone.exit_code == pooled.exit_code == 0, alone.output + pooled.output

    def scores(output: str) -> list[str]:
        return [line for line in output.splitlines() if not line.startswith("timing:")]

    assert scores(pooled.stdout) == scores(alone.stdout)
    assert "wikievents  attacks: annotated sentences found" in pooled.stdout
