"""A nation's word written before 'border' ('near the Somali border'): its country's frontier, no region."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from kronika.geo.chain_text import Chain

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry

# Words for a frontier: a nation's word before one names its country's edge ('the Kenya-Somali border').
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})
# One of them as the next word of a text, stops aside ('Somali border,'), read where a name ends
_BORDER_NEXT = re.compile(
    r"\s*[,.;]*(?:" + "|".join(sorted(_BORDER_WORDS)) + r")[,.;]*(?:\s|$)", re.IGNORECASE
)


def border_demonym(name: Span, entry: GeoEntry, gazetteer: Gazetteer) -> bool:
    """Whether a name read as a region or town of one country is the nationality word of another written
    before a word for a border: 'near the Somali border' is Somalia's frontier, never Ethiopia's Somali
    region, which the ACLED training notes never write so (46 notes, 44 Kenyan, 2 Somali)."""
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].lower_ not in _BORDER_WORDS or entry.kind == "country":
        return False
    return _foreign_nation(name.text, entry.country, gazetteer)


def without_border_names(chain: Chain, text: str, offset: int, gazetteer: Gazetteer) -> Chain | None:
    """The chain without its names that are a nation's word before a word for a border ('Garissa near
    the Somali border' is Garissa alone, not Garissa in Ethiopia's Somali region); None where none is
    left. `text` begins at `offset` of the article."""
    kept = tuple(
        name
        for name in chain.names
        if not (_BORDER_NEXT.match(text, name.end - offset) and _foreign_nation(name.text, None, gazetteer))
    )
    if kept == chain.names:
        return chain
    return Chain(kept[0].start, kept[-1].end, kept) if kept else None


def _foreign_nation(name: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a name is the nationality word of a country other than `country` ('Somali': Somalia)."""
    nation = gazetteer.demonym(name)
    return nation is not None and nation != country
