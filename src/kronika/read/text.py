"""Reading plain-text article files (.txt): one file, one RawDocument."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kronika.model import InputError, RawDocument
from kronika.read.common import article_id, date_from_name, read_file


def read_text(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Yield the file as one plain-text document, or the error that stops it."""
    content = read_file(path)
    if isinstance(content, InputError):
        yield content
        return
    yield RawDocument(
        id=article_id(path),
        origin=str(path),
        content=content,
        kind="text",
        published=published or date_from_name(path.name),
    )
