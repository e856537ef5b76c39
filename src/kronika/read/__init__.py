"""Turning input paths (files, folders, stdin) into RawDocuments, one reader module per input kind."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from kronika.model import InputError, InputKind, RawDocument
from kronika.read.common import MAX_BYTES, looks_binary
from kronika.read.feeds import read_feed
from kronika.read.html import looks_like_html, read_html
from kronika.read.jsonl import read_jsonl
from kronika.read.text import read_text
from kronika.read.warc import read_warc

Reader = Callable[[Path, date | None], Iterator[RawDocument | InputError]]

# Longest suffixes first so that ".jsonl.gz" wins over ".gz".
_READERS: tuple[tuple[str, Reader], ...] = (
    (".jsonl.gz", read_jsonl),
    (".warc.gz", read_warc),
    (".jsonl", read_jsonl),
    (".warc", read_warc),
    (".txt", read_text),
    (".html", read_html),
    (".htm", read_html),
    (".xml", read_feed),
    (".rss", read_feed),
    (".atom", read_feed),
)

__all__ = ["read_inputs", "reader_for"]


def read_inputs(
    paths: Sequence[str], *, published: date | None = None, stdin: TextIO | None = None
) -> Iterator[RawDocument | InputError]:
    """Yield every article (or the error that stops it) from the paths, in order; never raises for bad input.

    A path is a file, a folder (read recursively in sorted order, hidden entries and files of
    other kinds skipped) or "-" for standard input.
    """
    for name in paths:
        if name == "-":
            yield _read_stdin(stdin if stdin is not None else sys.stdin, published)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_folder(path, published)
        elif path.exists():
            yield from _read_named_file(path, published)
        else:
            yield InputError(name, "no such file or folder")


def reader_for(path: Path) -> Reader | None:
    """The reader for a file name's kind, or None when Kronika does not read that kind."""
    lower = path.name.lower()
    return next((reader for suffix, reader in _READERS if lower.endswith(suffix)), None)


def _read_named_file(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """A file named on the command line: an unknown kind is an error, since the user asked for it."""
    reader = reader_for(path)
    if reader is None:
        yield InputError(str(path), f"unsupported file kind '{_kind_label(path)}'")
        return
    yield from reader(path, published)


def _read_folder(folder: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Every readable file under the folder, sorted by path; other files (images, CSV, ...) are skipped."""
    try:
        files = sorted(p for p in folder.rglob("*") if p.is_file() and not _hidden(p, folder))
    except OSError as err:
        yield InputError(str(folder), f"cannot list folder: {err.strerror or err}")
        return
    for path in files:
        reader = reader_for(path)
        if reader is not None:
            yield from reader(path, published)


def _hidden(path: Path, root: Path) -> bool:
    """True when the file or any folder between it and the root starts with a dot."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _kind_label(path: Path) -> str:
    """The extension to name in an error, e.g. '.png' (or the whole name when it has none)."""
    return "".join(path.suffixes[-2:]) if path.suffix == ".gz" else (path.suffix or path.name)


def _read_stdin(stream: TextIO, published: date | None) -> RawDocument | InputError:
    """Standard input as one article: HTML when it looks like a page, else plain text."""
    try:
        content = stream.read(MAX_BYTES + 1)
    except (OSError, UnicodeDecodeError) as err:
        reason = "not UTF-8 text" if isinstance(err, UnicodeDecodeError) else f"cannot read: {err}"
        return InputError("-", reason)
    if len(content) > MAX_BYTES:
        return InputError("-", "too large: over 20 MB, limit 20 MB")
    if looks_binary(content):
        return InputError("-", "binary content")
    kind: InputKind = "html" if looks_like_html(content) else "text"
    return RawDocument(id="stdin", origin="-", content=content, kind=kind, published=published)
