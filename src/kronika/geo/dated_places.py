"""Towns the tagger folded into a date ('early Sunday in Champaign' tagged as one DATE): the words after
the date's own preposition of place are still a place mention."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.nlp import entities_in

_TIME_LABELS: Final = frozenset({"DATE", "TIME"})
# Prepositions that put what happened at the place named after them inside a date: 'Sunday in Reno',
# 'Friday night near Bunnell', 'late Saturday at Lakewood'.
_PLACING: Final = frozenset({"in", "at", "near", "outside"})


def dated_entities(span: Span, gazetteer: Gazetteer, focus: str | None) -> list[Span]:
    """The entities inside `span`, a town folded into a date given as a place entity in its stead."""
    return [dated_place(ent, gazetteer, focus) or ent for ent in entities_in(span)]


def dated_place(ent: Span, gazetteer: Gazetteer, focus: str | None) -> Span | None:
    """The town name closing a date entity after a preposition of place ('early Sunday in Champaign'),
    as a place entity of its own, where the gazetteer knows a town so named in the focus country; None
    for any other entity. American local news only: its dates run on into the scene ('Saturday night in
    Fort Wayne'), and a town name there is the scene's."""
    if focus != LOCAL_NEWS_COUNTRY or ent.label_ not in _TIME_LABELS:
        return None
    placing = [t.i for t in ent if t.lower_ in _PLACING]
    if not placing:
        return None
    name = ent.doc[placing[-1] + 1 : ent.end]
    if not len(name) or not all(t.is_title or t.text in {".", "-"} for t in name):
        return None
    if not gazetteer.lookup(name.text, kind="city", country=focus):
        return None
    return Span(ent.doc, name.start, name.end, label="GPE")
