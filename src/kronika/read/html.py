"""Reading saved HTML pages (.html, .htm): one file, one RawDocument."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kronika.model import InputError, RawDocument
from kronika.read.common import read_whole_file

# Tags that only markup has; used to decide whether text from stdin is a page or plain prose.
_HTML_SIGN = re.compile(
    r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<(p|div|article)[\s>]", re.IGNORECASE
)


def looks_like_html(text: str) -> bool:
    """True when the first few KB of a text carry HTML markup."""
    return bool(_HTML_SIGN.search(text[:4096]))


def read_html(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Yield the page as one HTML document (cleaning extracts its text later), or the error that stops it."""
    return read_whole_file(path, published, "html")
