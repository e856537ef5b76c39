"""A place read abroad in American local news whose sentence names it: the page's own American place.

On a page of American local news (`geo/american_local.py`: its wording or a station's credit), a quarter
no list holds in America is some namesake's abroad: Los Angeles's Harbor City is no Kaohsiung, which the
lists also call so, where the page names the Los Angeles Police Department. Only a place the event's own
sentence names gives way; one carried over from elsewhere in the text was chosen by another step for a
reason of its own, and a place abroad stays where the page names no American one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.american_local import american_wording
from kronika.geo.page_place import article_station, page_place
from kronika.geo.resolve import resolve_name
from kronika.model import ArticleContext, Place
from kronika.nlp import doc_text, per_doc


def american_home(place: Place, span: Span, doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place:
    """The page's American place for an event placed abroad by a name its sentence (`span`) writes, in
    an American story told as local news; else the place itself."""
    if place.country == LOCAL_NEWS_COUNTRY or ctx.focus_country != LOCAL_NEWS_COUNTRY:
        return place
    if not _names_abroad(span, place.country, gazetteer) or not _local_page(doc, ctx):
        return place
    home = page_place(doc, ctx, gazetteer)
    return home if home is not None and home.country == LOCAL_NEWS_COUNTRY else place


def _names_abroad(span: Span, country: str, gazetteer: Gazetteer) -> bool:
    """Whether the sentence itself names a place that reads as one in `country` even in an American story."""
    found = (resolve_name(gazetteer, ent.text, LOCAL_NEWS_COUNTRY) for ent in span.ents)
    return any(entry is not None and entry.country == country for entry in found)


def _local_page(doc: Doc, ctx: ArticleContext) -> bool:
    """Whether the page reads as American local news, by its wording or its station (read once a page)."""
    wording = per_doc(doc, "kronika.american_wording", lambda: american_wording(doc_text(doc)))
    return wording or article_station(doc, ctx) is not None
