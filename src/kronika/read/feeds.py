"""Reading RSS 2.0, RSS 1.0 and Atom feeds (.xml, .rss, .atom): one HTML document per item."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kronika.model import InputError, RawDocument
from kronika.read.common import parse_date, read_file

_ITEM_TAGS = frozenset({"item", "entry"})
# Full content first, then the summary: feeds often carry both.
_CONTENT_TAGS = ("encoded", "content", "description", "summary")
_DATE_TAGS = ("pubDate", "published", "date", "updated")
_ID_TAGS = ("guid", "id")


def read_feed(path: Path, published: date | None) -> Iterator[RawDocument | InputError]:
    """Yield one document per feed item that has content; the whole feed fails only if it is not XML."""
    text = read_file(path)
    if isinstance(text, InputError):
        yield text
        return
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        yield InputError(str(path), f"not a valid feed: {err}")
        return
    items = [el for el in root.iter() if _local(el.tag) in _ITEM_TAGS]
    if not items:
        yield InputError(str(path), "no feed items found")
        return
    for number, item in enumerate(items, start=1):
        yield _to_document(item, f"{path}:{number}", published)


def _local(tag: str) -> str:
    """An element's tag without its XML namespace."""
    return tag.rsplit("}", 1)[-1]


def _child_text(item: ET.Element, names: tuple[str, ...]) -> str | None:
    """The text of the first child whose local name comes first in `names`."""
    children: dict[str, ET.Element] = {}
    for child in item:
        children.setdefault(_local(child.tag), child)
    for name in names:
        found = children.get(name)
        if found is not None and found.text and found.text.strip():
            return found.text.strip()
    return None


def _link(item: ET.Element) -> str | None:
    """The item's link: RSS writes it as text, Atom as an href (the 'alternate' one when several)."""
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href
        if child.text and child.text.strip():
            return child.text.strip()
    return None


def _to_document(item: ET.Element, origin: str, published: date | None) -> RawDocument | InputError:
    """One item to a document; an item with no content at all is reported, not dropped silently."""
    content = _child_text(item, _CONTENT_TAGS)
    if content is None:
        return InputError(origin, "feed item has no content or description")
    link = _link(item)
    return RawDocument(
        id=_child_text(item, _ID_TAGS) or link or origin,
        origin=origin,
        content=content,
        kind="html" if "<" in content else "text",
        title=_child_text(item, ("title",)),
        published=parse_date(_child_text(item, _DATE_TAGS)) or published,
        url=link,
    )
