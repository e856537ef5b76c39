"""Reading web archives (.warc, .warc.gz) with the stdlib: HTML pages from WARC response records."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from kronika.model import InputError, RawDocument
from kronika.read.common import MAX_BYTES, content_to_text, declared_charset, open_bytes


@dataclass(frozen=True)
class WarcRecord:
    """One WARC record: its named headers (lower-cased) and its raw block."""

    headers: dict[str, str]
    block: bytes


@dataclass(frozen=True)
class HttpResponse:
    """The parts of an archived HTTP response that matter here."""

    status: int
    headers: dict[str, str]
    body: bytes


class WarcFormatError(ValueError):
    """The bytes do not follow the WARC record layout."""


def read_warc(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Yield one HTML document per archived response with an HTML payload; other records are skipped."""
    try:
        with open_bytes(path) as handle:
            for number, record in enumerate(_records(handle), start=1):
                doc = _to_document(record, f"{path}:{number}", published)
                if doc is not None:
                    yield doc
    except WarcFormatError as err:
        yield InputError(str(path), f"not a valid WARC file: {err}")
    except (OSError, EOFError, zlib.error) as err:  # unreadable file or corrupt gzip member
        yield InputError(str(path), f"cannot read: {getattr(err, 'strerror', None) or err}")


def _records(handle: IO[bytes]) -> Iterator[WarcRecord]:
    """Parse records one after another: version line, headers, blank line, Content-Length bytes."""
    while True:
        line = handle.readline()
        while line in (b"\r\n", b"\n"):  # the blank lines that end the previous record
            line = handle.readline()
        if not line:
            return
        if not line.startswith(b"WARC/"):
            raise WarcFormatError(f"expected a 'WARC/' version line, found {line[:20]!r}")
        headers = _header_lines(handle)
        length = _content_length(headers)
        block = handle.read(length)
        if len(block) < length:
            raise WarcFormatError("record ends before its Content-Length")
        yield WarcRecord(headers, block)


def _header_lines(handle: IO[bytes]) -> dict[str, str]:
    """Read 'Name: value' lines up to the blank line; names are lower-cased."""
    headers: dict[str, str] = {}
    for line in iter(handle.readline, b""):
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("utf-8", "replace").partition(":")
        headers[name.strip().lower()] = value.strip()
    return headers


def _content_length(headers: dict[str, str]) -> int:
    """The record's Content-Length, checked."""
    try:
        length = int(headers.get("content-length", ""))
    except ValueError as err:
        raise WarcFormatError("missing or bad Content-Length") from err
    if length < 0:
        raise WarcFormatError("negative Content-Length")
    return length


def _to_document(record: WarcRecord, origin: str, published: date | None) -> RawDocument | InputError | None:
    """A RawDocument for a successful HTML response record; None for records that hold no page."""
    if record.headers.get("warc-type") != "response":
        return None
    response = _parse_http(record.block)
    if response is None or response.status != 200:
        return None
    if "html" not in response.headers.get("content-type", "text/html").lower():
        return None
    if len(response.body) > MAX_BYTES:
        return InputError(origin, f"too large: {len(response.body) / 1048576:.1f} MB, limit 20 MB")
    charset = declared_charset(response.headers.get("content-type", "").encode()) or declared_charset(
        response.body
    )
    content = content_to_text(response.body, origin, charset)
    if isinstance(content, InputError):
        return content
    uri = record.headers.get("warc-target-uri") or None
    record_id = record.headers.get("warc-record-id", "").strip("<>").removeprefix("urn:uuid:")
    return RawDocument(
        id=record_id or uri or origin,
        origin=origin,
        content=content,
        kind="html",
        published=published,
        url=uri,
    )


def _parse_http(block: bytes) -> HttpResponse | None:
    """Split an archived HTTP response into status, headers and (decoded transfer/content encoding) body."""
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("latin-1").splitlines()
    if not lines or not lines[0].startswith("HTTP/"):
        return None
    try:
        status = int(lines[0].split()[1])
    except (IndexError, ValueError):
        return None
    headers = {n.strip().lower(): v.strip() for n, _, v in (h.partition(":") for h in lines[1:])}
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    if headers.get("content-encoding", "").lower() in ("gzip", "x-gzip", "deflate"):
        try:
            body = zlib.decompress(body, zlib.MAX_WBITS | 32)  # 32: accept a gzip or zlib header
        except zlib.error:
            return None
    return HttpResponse(status, headers, body)


def _dechunk(body: bytes) -> bytes:
    """Undo HTTP chunked transfer encoding (some crawlers archive the payload as sent)."""
    out = bytearray()
    rest = body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        try:
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
        except ValueError:
            return body  # not actually chunked: keep the payload as it is
        if size == 0:
            break
        out += rest[:size]
        rest = rest[size + 2 :]
    return bytes(out)
