"""Shared checks for the readers: size limit, binary sniffing, decoding and dates from names or strings."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, cast

from kronika.model import InputError, InputKind, RawDocument

MAX_BYTES = 20 * 1024 * 1024  # one article never needs more; bigger files are mistakes or dumps
_MB = 1024 * 1024
_SNIFF = 8192
_CONTROL_LIMIT = 0.10  # share of control characters above which a text is treated as binary
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def too_large(path: Path) -> InputError | None:
    """An error when the file is over the size limit, checked from its size before reading it."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return InputError(str(path), f"too large: {size / _MB:.1f} MB, limit {MAX_BYTES // _MB} MB")
    return None


def looks_binary(data: bytes | str) -> bool:
    """True for content with NUL bytes or a high share of control characters in its first few KB."""
    head = data[:_SNIFF]
    text = head.decode("latin-1") if isinstance(head, bytes) else head
    if not text:
        return False
    if "\x00" in text:
        return True
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    return controls / len(text) > _CONTROL_LIMIT


def decode_text(data: bytes, fallback_charset: str | None = None) -> str | None:
    """Decode UTF-8 (with or without a BOM), else a declared charset; None when neither fits."""
    for encoding in ("utf-8", "utf-8-sig"):
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
    if fallback_charset:
        try:
            return data.decode(fallback_charset)
        except (LookupError, UnicodeDecodeError):
            return None
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page or HTTP header declares in its first 4 KB, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def content_to_text(data: bytes, origin: str, charset: str | None = None) -> str | InputError:
    """Bytes to text, or the InputError that says why they are not usable text."""
    if looks_binary(data):
        return InputError(origin, "binary content")
    text = decode_text(data, charset)
    if text is None:
        return InputError(origin, "not UTF-8 text")
    return text


def read_file(path: Path, *, html: bool = False) -> str | InputError:
    """Read one article file as text: size limit first, then binary and encoding checks."""
    try:
        error = too_large(path)
        if error is not None:
            return error
        data = path.read_bytes()
    except OSError as err:
        return InputError(str(path), f"cannot read: {err.strerror or err}")
    return content_to_text(data, str(path), declared_charset(data) if html else None)


def date_from_name(name: str) -> date | None:
    """A YYYY-MM-DD (or YYYYMMDD) date written in a file name, if it is a real date."""
    for match in _NAME_DATE.finditer(name):
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None


def parse_date(value: object) -> date | None:
    """An ISO date/datetime or an RFC 822 date (as feeds write it) to a date; None if unparseable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def article_id(path: Path) -> str:
    """The article id of a single-article file: its name without extension(s) like .html or .txt.gz."""
    name = path.name
    for suffix in (".gz", ".txt", ".html", ".htm"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def open_bytes(path: Path) -> IO[bytes]:
    """A file's bytes, decompressed on the fly when its name ends in .gz (multi-member gzip included)."""
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def read_whole_file(
    path: Path, published: date | None, kind: InputKind
) -> Iterator[RawDocument | InputError]:
    """Yield a one-article file as one document of `kind`, or the error that stops it."""
    content = read_file(path, html=kind == "html")
    if isinstance(content, InputError):
        yield content
        return
    yield RawDocument(
        id=article_id(path),
        origin=str(path),
        content=content,
        kind=kind,
        published=published or date_from_name(path.name),
    )
