"""The place the body of a sentence under a dateline names, where the dateline gives only the newsroom."""

from __future__ import annotations

import math

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.dateline import DATELINE, bare_dateline, find_dateline, local_office, local_town
from kronika.geo.local import LOCAL_KM, home_over_dateline, region_written, written_beside
from kronika.geo.nearby import places_km
from kronika.geo.text_place import place_in
from kronika.model import Place
from kronika.nlp import doc_text


def place_after_dateline(
    doc: Doc,
    sentence: Span,
    gazetteer: Gazetteer,
    focus: str | None,
    trigger: Token | None,
    hinted: frozenset[str],
) -> Place | None:
    """For a sentence opening with a dateline, the town its body names: the dateline gives the newsroom's
    city or county ('FRANKLIN COUNTY (WXYZ) - a girl was shot in Callaway'), the body where it happened,
    even where it names the town only as a modifier ('SPRINGFIELD - a Riverton man was shot') so long as
    the town lies near the dateline's, and unless it is written only as someone's home and the article
    goes on to write the dateline's town as the scene (`geo/local.py`'s `home_over_dateline`). None
    where there is no dateline or the body names no town (the dateline then counts as usual)."""
    match = DATELINE.match(sentence.text)
    cut_off = cut_off_dateline(doc, sentence) if match is None else None
    if match is None and cut_off is None:
        return None
    if match is not None:
        start = sentence.start_char + match.end() - 1
        body = doc.char_span(start, sentence.end_char, alignment_mode="expand")
    else:  # 'SALEM, Ore. (KATU) —' parsed as a sentence of its own: this one is its body
        body = sentence
    if body is None or not len(body):
        return None
    place = place_in(doc, body, gazetteer, focus, trigger, hinted)
    dateline = find_dateline(cut_off or sentence.text, gazetteer)
    if place is None or place.precision != "city":
        town = local_town(gazetteer, body.text, dateline) if dateline is not None else None
        if town is None:
            # 'RAIPUR: ... in the forests of Sukma district': a district far from the newsroom is the scene
            return place if far_district(place, dateline) else None
        place = town.to_place()
        beside = False
    else:  # 'MESA, Ariz. — ... at an apartment in suburban Phoenix': the dateline's town, beside the city
        beside = written_beside(place.name, body.text)
        place = _office_namesake(gazetteer, place, dateline, body.text)
    if (
        dateline is not None
        and dateline.precision == "city"
        and dateline.name != place.name
        and (
            beside or home_over_dateline(place.name, body.text, dateline.name, doc_text(doc)[body.end_char :])
        )
    ):
        return dateline
    return place


def _office_namesake(gazetteer: Gazetteer, place: Place, dateline: Place | None, body: str) -> Place:
    """The community of the place's name by the dateline, known by its post office (`local_office`),
    where the body read a town of another state it does not write out: 'NASHVILLE, Tenn. - ... at a
    Madison apartment complex' is Nashville's Madison, not Wisconsin's; the place as read elsewhere."""
    if dateline is None or place.admin1 is None or place.admin1 == dateline.admin1:
        return place
    if region_written(body, place.admin1):
        return place
    office = local_office(gazetteer, place.name, dateline)
    return office.to_place() if office is not None else place


def cut_off_dateline(doc: Doc, sentence: Span) -> str | None:
    """Where the sentence before this one, on the same line, is a dateline alone ('DAYTON, Ohio -' then
    'A Kettering man was shot ...'), the two as one line, as the newsroom wrote them; else None."""
    previous = _sentence_before(doc, sentence)
    if previous is None or "\n" in doc_text(doc)[previous.start_char : sentence.start_char]:
        return None
    return f"{previous.text.strip()} {sentence.text}" if bare_dateline(previous.text) else None


def _sentence_before(doc: Doc, span: Span) -> Span | None:
    """The last sentence ending before the span starts, found from the token before it (this runs for every
    event, so it does not walk the article's sentences from the top)."""
    index = span.start - 1
    while index >= 0:
        sent = doc[index].sent
        if sent.end_char <= span.start_char:
            return sent
        index = sent.start - 1
    return None


def far_district(place: Place | None, dateline: Place | None) -> bool:
    """Whether the body's place is a district or county lying beyond the dateline town's own area: the
    newsroom's county ('in Sumner County' under 'HENDERSONVILLE, Tenn. —') leaves the dateline's town, and
    American local news keeps it whatever county it names."""
    if place is None or dateline is None or place.precision != "admin1" or place.name == place.admin1:
        return False
    if dateline.country == LOCAL_NEWS_COUNTRY:
        return False  # American local news keeps its dateline: 'at Gratiot and Whitmore' names streets
    return LOCAL_KM < places_km(place, dateline) < math.inf  # no point, no distance told
