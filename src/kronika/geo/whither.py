"""The town a short conflict note names only as whither or whence, where nothing else places its event.

A note that tells an event on the way to a town ('On their way to El Geneina, militiamen hijacked four
lorries'), a march or a move toward one ('marched to Kaya', 'moved towards Deribat') or a force coming
from one ('Gendarmerie from Koudougou shot dead a man') names no other place: coders place the event
in that town's region, most often at the town. Where the sentence's own places, its paragraph and the
article give nothing finer than the country, that town is the event's place; it must lie in the note's
country, so that a shipment 'delivered to South Sudan' or a town abroad is never read so. American local
news is left alone: there a hospital or a town someone was taken to is no scene.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.mentions import sentence_mentions
from kronika.model import Place

# Prepositions of whither and whence; 'beyond', 'between' and 'against' name somewhere else still.
WHITHER_PREPS = frozenset({"to", "toward", "towards", "from"})
_PLACE_KINDS = frozenset({"city", "admin2", "admin1"})


def whither_town(doc: Doc, sentence: Span, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The first town or region of the focus country that the sentence names after a preposition of
    whither or whence ('deployed 1800 troops to Abu Karaynka'), else None; never in American news."""
    if focus is None or focus == LOCAL_NEWS_COUNTRY:
        return None
    for mention in sorted(sentence_mentions(doc, sentence, gazetteer, focus, None), key=lambda m: m.start):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        if (
            root is not None
            and root.dep_ == "pobj"
            and root.head.lower_ in WHITHER_PREPS
            and mention.entry.kind in _PLACE_KINDS
            and mention.entry.country == focus
        ):
            return mention.entry.to_place()
    return None
