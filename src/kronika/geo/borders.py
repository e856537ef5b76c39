"""A nation's word written before 'border' ('near the Somali border'): its country's frontier, no region."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kronika.geo.chain_text import Chain

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry

# Words for a frontier: a nation's word before one names its country's edge ('the Kenya-Somali border').
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})


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
        name for name in chain.names if not _before_border(name.text, text[name.end - offset :], gazetteer)
    )
    if kept == chain.names:
        return chain
    return Chain(kept[0].start, kept[-1].end, kept) if kept else None


def _before_border(name: str, after: str, gazetteer: Gazetteer) -> bool:
    """Whether a name is a nation's word and the text after it opens with a word for a border."""
    words = after.split(maxsplit=1)
    return (
        bool(words)
        and words[0].lower().strip(",.;") in _BORDER_WORDS
        and _foreign_nation(name, None, gazetteer)
    )


def _foreign_nation(name: str, country: str | None, gazetteer: Gazetteer) -> bool:
    """Whether a name is the nationality word of a country other than `country` ('Somali': Somalia)."""
    nation = gazetteer.demonym(name)
    return nation is not None and nation != country
