"""Specs for the read stage: every input kind becomes RawDocuments, and bad input becomes InputErrors."""

from __future__ import annotations

import gzip
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kronika.model import InputError, RawDocument
from kronika.read import read_inputs

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def _read(*paths: Path | str, **kwargs: object) -> list[RawDocument | InputError]:
    """Everything read_inputs yields for the paths, as a list."""
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def _docs(items: list[RawDocument | InputError]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def _errors(items: list[RawDocument | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


@pytest.mark.parametrize(
    ("name", "doc_id", "kind", "published"),
    [
        ("report_2021-05-14.txt", "report_2021-05-14", "text", date(2021, 5, 14)),
        ("protest_page.html", "protest_page", "html", None),
        ("crawl.warc", "00000000-0000-4000-8000-000000000003", "html", None),
        ("wire.rss", "wire-2023-0412", "html", date(2023, 4, 12)),
        ("wire.atom", "urn:example:mayor-resigns", "text", date(2023, 6, 1)),
    ],
)
def test_each_kind_gives_its_first_document(
    name: str, doc_id: str, kind: str, published: date | None
) -> None:
    doc = _docs(_read(FIXTURES / name))[0]
    assert (doc.id, doc.kind, doc.published) == (doc_id, kind, published)


def test_jsonl_keeps_good_lines_and_reports_bad_ones_in_order() -> None:
    items = _read(FIXTURES / "articles.jsonl")
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError", "InputError", "RawDocument"]
    first, bad_json, no_id, last = items
    assert isinstance(first, RawDocument) and first.origin.endswith("articles.jsonl:1")
    assert (first.title, first.published, first.url, first.source) == (
        "Fishermen Protest Lake Closure",
        date(2019, 7, 2),
        "https://example.org/lake-01",
        "Example Wire",
    )
    assert str(bad_json).endswith("articles.jsonl:2: line 2: not valid JSON")
    assert str(no_id).endswith("articles.jsonl:3: line 3: missing 'id'")
    assert isinstance(last, RawDocument) and (last.id, last.kind) == ("7", "html")


def test_jsonl_gz_reads_like_jsonl(tmp_path: Path) -> None:
    target = tmp_path / "batch.jsonl.gz"
    target.write_bytes(gzip.compress((FIXTURES / "articles.jsonl").read_bytes()))
    assert [getattr(i, "id", None) for i in _read(target)] == ["lake-01", None, None, "7"]


def test_warc_gz_reads_like_warc(tmp_path: Path) -> None:
    target = tmp_path / "crawl.warc.gz"
    target.write_bytes(gzip.compress((FIXTURES / "crawl.warc").read_bytes()))
    docs = _docs(_read(target))
    assert [d.url for d in docs] == ["https://news.example.org/border-clashes"]
    assert "warning shots" in docs[0].content


def test_feed_item_without_content_is_an_error_the_others_still_come() -> None:
    items = _read(FIXTURES / "wire.rss")
    assert [type(i).__name__ for i in items] == ["RawDocument", "InputError"]
    assert "no content" in items[1].reason  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("argument", "expected"),
    [(None, date(2021, 5, 14)), (date(2021, 5, 15), date(2021, 5, 15))],
)
def test_published_argument_beats_the_file_name(argument: date | None, expected: date) -> None:
    doc = _docs(_read(FIXTURES / "report_2021-05-14.txt", published=argument))[0]
    assert doc.published == expected


def test_record_date_beats_the_published_argument() -> None:
    doc = _docs(_read(FIXTURES / "articles.jsonl", published=date(2000, 1, 1)))[0]
    assert doc.published == date(2019, 7, 2)


def test_folder_is_read_recursively_sorted_skipping_hidden_and_other_kinds(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    shutil.copy(FIXTURES / "report_2021-05-14.txt", tmp_path / "b" / "second.txt")
    shutil.copy(FIXTURES / "report_2021-05-14.txt", tmp_path / "a_first.txt")
    shutil.copy(FIXTURES / "report_2021-05-14.txt", tmp_path / ".cache" / "hidden.txt")
    shutil.copy(FIXTURES / "report_2021-05-14.txt", tmp_path / ".hidden.txt")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "table.csv").write_text("a,b\n1,2\n")
    assert [getattr(i, "id", i) for i in _read(tmp_path)] == ["a_first", "second"]


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda p: p / "missing.txt", "no such file or folder"),
        (lambda p: _write(p / "logo.png", b"\x89PNG\r\n\x1a\n"), "unsupported file kind '.png'"),
        (lambda p: _write(p / "blob.txt", b"abc\x00\x01\x02" * 100), "binary content"),
        (
            lambda p: _write(p / "latin.txt", "Caf\u00e9 cr\u00e8me reports.".encode("latin-1")),
            "not UTF-8 text",
        ),
        (lambda p: _write(p / "noise.jsonl", b"\x00\x01\x02\x03" * 50), "binary content"),
        (lambda p: _write(p / "broken.warc", b"HTTP/1.1 200 OK\r\n\r\n"), "not a valid WARC file"),
        (lambda p: _write(p / "broken.rss", b"<rss><channel><item>"), "not a valid feed"),
    ],
)
def test_bad_input_is_an_error_not_an_exception(tmp_path: Path, setup: object, reason: str) -> None:
    path = setup(tmp_path)  # type: ignore[operator]
    (error,) = _read(path)
    assert isinstance(error, InputError)
    assert error.origin == str(path) and error.reason.startswith(reason)


def test_too_large_is_checked_from_the_size(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    (error,) = _read(big)
    assert isinstance(error, InputError) and error.reason == "too large: 50.0 MB, limit 20 MB"


def test_bad_input_does_not_stop_the_batch(tmp_path: Path) -> None:
    items = _read(tmp_path / "missing.txt", FIXTURES / "report_2021-05-14.txt")
    assert [type(i).__name__ for i in items] == ["InputError", "RawDocument"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("Police dispersed a rally in the square on Friday.", "text"),
        ("<html><body><p>Police dispersed a rally.</p></body></html>", "html"),
    ],
)
def test_stdin_is_one_document_text_or_html(content: str, kind: str) -> None:
    (doc,) = _read("-", stdin=io.StringIO(content), published=date(2024, 1, 5))
    assert isinstance(doc, RawDocument)
    assert (doc.id, doc.origin, doc.kind, doc.published) == ("stdin", "-", kind, date(2024, 1, 5))


def test_jsonl_datetime_and_missing_text(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "Some text here.", "published": "2020-10-06T18:30:00Z"},
        {"id": "b", "title": "No body"},
    ]
    path = _write(tmp_path / "x.jsonl", "\n".join(json.dumps(x) for x in lines).encode())
    doc, error = _read(path)
    assert isinstance(doc, RawDocument) and doc.published == date(2020, 10, 6)
    assert isinstance(error, InputError) and error.reason == "line 2: missing 'text' or 'html'"


def test_reading_is_deterministic() -> None:
    assert _read(FIXTURES) == _read(FIXTURES)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
