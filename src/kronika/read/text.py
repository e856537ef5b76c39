"""Reading plain-text article files (.txt): one file, one RawDocument."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kronika.model import InputError, RawDocument
from kronika.read.common import read_whole_file


def read_text(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Yield the file as one plain-text document, or the error that stops it."""
    return read_whole_file(path, published, "text")
