"""Town names written with a hyphen ('Winston-Salem', 'Wilkes-Barre'), which spaCy splits into words
that may be towns of their own ('Salem'): read whole where the gazetteer holds the whole name as a town."""

from __future__ import annotations

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.resolve import resolve_name


def hyphen_runs(span: Span) -> list[Span]:
    """The runs of capitalised words `span` joins by hyphens with no space around them ('Winston-Salem',
    'Sedro-Woolley'), longest at each start, none overlapping; a spaced dash ('Kabul - Jalalabad') joins
    none."""
    doc = span.doc
    runs: list[Span] = []
    i = span.start
    while i < span.end:
        j = i
        while j + 2 < span.end and _joined(span, j):
            j += 2
        if j > i:
            runs.append(doc[i : j + 1])
        i = j + 1
    return runs


def _joined(span: Span, i: int) -> bool:
    """Whether the capitalised word at doc index `i` is joined by a bare hyphen to a capitalised word."""
    doc = span.doc
    word, hyphen, after = doc[i], doc[i + 1], doc[i + 2]
    return (
        word.text[:1].isupper()
        and not word.whitespace_
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and after.text[:1].isupper()
    )


def hyphen_towns(span: Span, gazetteer: Gazetteer, focus: str | None) -> list[tuple[Span, GeoEntry]]:
    """The hyphenated runs of `span` the gazetteer holds whole as a town, with that town: 'a
    Winston-Salem neighborhood' is Winston-Salem, not Salem. A run no town is called by, 'the
    Kabul-Jalalabad highway', names two places and is left to its words."""
    found = [(run, resolve_name(gazetteer, run.text, focus, kind="city")) for run in hyphen_runs(span)]
    return [(run, entry) for run, entry in found if entry is not None]
