"""Region names spaCy splits at a lowercase particle ('Northern Bahr' + 'el Ghazal', 'Deir' + 'ez Zor'):
read whole where the gazetteer holds the whole name as a region or district."""

from __future__ import annotations

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer

# Lowercase words inside Arabic and Romance place names, at which spaCy's entities break.
PARTICLES = frozenset(
    {"el", "al", "ar", "as", "ash", "ad", "ez", "az", "an", "at", "es", "en", "de", "du", "des", "la", "le"}
)
MAX_WORDS = 5  # 'Northern Bahr el Ghazal', 'Western Bahr el Ghazal' are the longest


def split_regions(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """The names of regions and districts in `span` that hold a lowercase particle and open and close on a
    capitalised word ('in Northern Bahr el Ghazal state'), longest first at each start, none overlapping."""
    found: list[Span] = []
    i = span.start
    while i < span.end:
        hit = _region_at(span, i, gazetteer)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit.end
    return found


def _region_at(span: Span, start: int, gazetteer: Gazetteer) -> Span | None:
    """The longest particled name of a region or district opening at token `start`."""
    doc = span.doc
    if not doc[start].is_title:
        return None
    for end in range(min(span.end, start + MAX_WORDS), start + 2, -1):
        words = doc[start:end]
        inner = words[1:-1]
        if not words[-1].is_title or not any(t.lower_ in PARTICLES for t in inner):
            continue
        if not all(t.lower_ in PARTICLES or t.is_title for t in inner):
            continue
        if any(e.kind in ("admin1", "admin2") and e.lat is not None for e in gazetteer.lookup(words.text)):
            return words
    return None
