"""Reading JSON Lines article collections (.jsonl, .jsonl.gz): one article per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from kronika.model import InputError, RawDocument
from kronika.read.common import MAX_BYTES, date_from_name, decode_text, looks_binary, open_bytes, parse_date

# `content` is accepted as another name for `text`: several public news dumps spell it that way.
_TEXT_FIELDS = ("text", "content")


def read_jsonl(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Yield one document or one InputError per non-blank line; a bad line never stops the file."""
    fallback = published or date_from_name(path.name)
    try:
        with open_bytes(path) as handle:
            yield from _read_lines(handle, str(path), fallback)
    except (OSError, EOFError) as err:  # unreadable file or truncated/corrupt gzip stream
        yield InputError(str(path), f"cannot read: {getattr(err, 'strerror', None) or err}")


def _read_lines(handle: IO[bytes], origin: str, fallback: date | None) -> Iterator[RawDocument | InputError]:
    """Parse each line; the first line's bytes also tell whether the file is text at all."""
    for lineno, raw in enumerate(handle, start=1):
        if lineno == 1 and looks_binary(raw):
            yield InputError(origin, "binary content")
            return
        if not raw.strip():
            continue
        yield _parse_line(raw, f"{origin}:{lineno}", lineno, fallback)


def _parse_line(raw: bytes, origin: str, lineno: int, fallback: date | None) -> RawDocument | InputError:
    """One line to a RawDocument, or an InputError naming the line and what is wrong with it."""
    if len(raw) > MAX_BYTES:
        return InputError(origin, f"line {lineno}: too large: {len(raw) / 1048576:.1f} MB, limit 20 MB")
    text = decode_text(raw)
    if text is None:
        return InputError(origin, f"line {lineno}: not UTF-8 text")
    try:
        record = json.loads(text)
    except json.JSONDecodeError:
        return InputError(origin, f"line {lineno}: not valid JSON")
    if not isinstance(record, dict):
        return InputError(origin, f"line {lineno}: not a JSON object")
    return _to_document(record, origin, lineno, fallback)


def _to_document(
    record: dict[str, Any], origin: str, lineno: int, fallback: date | None
) -> RawDocument | InputError:
    """Check the required fields and build the document."""
    doc_id = record.get("id")
    if doc_id is None or not str(doc_id).strip() or isinstance(doc_id, dict | list):
        return InputError(origin, f"line {lineno}: missing 'id'")
    html = record.get("html")
    text = next((record[f] for f in _TEXT_FIELDS if isinstance(record.get(f), str)), None)
    if not isinstance(html, str) and text is None:
        return InputError(origin, f"line {lineno}: missing 'text' or 'html'")
    return RawDocument(
        id=str(doc_id).strip(),
        origin=origin,
        content=text if text is not None else str(html),
        kind="text" if text is not None else "html",
        title=_optional_str(record.get("title")),
        published=parse_date(record.get("published")) or fallback,
        url=_optional_str(record.get("url")),
        source=_optional_str(record.get("source")),
    )


def _optional_str(value: object) -> str | None:
    """A non-blank string field, stripped, or None."""
    return value.strip() if isinstance(value, str) and value.strip() else None
