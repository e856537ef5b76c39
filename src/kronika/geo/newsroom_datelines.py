"""A newsroom's dateline: a city the story never names past its dateline gives way to the town it is about.

A station or wire files a story from its own city ('SPRINGFIELD, Ill. (WXYZ) -') though it happened in a
smaller town of the state the body goes on to tell ('The Taylorville Police Department says'). A dateline
naming the scene is most often named again in the body ('in Elgin', 'Elgin police'); one named only in
the dateline (or as the town of a hospital the hurt were taken to) is the newsroom's, where the town the
body names most is a smaller one of its state. A dateline at a town smaller than the one the body names
('TAYLORVILLE, Ill. (AP) - ... a quiet street south of Springfield') is the scene: no newsroom sits
there. On the Gun Violence Archive's articles the swap was right in both study cases it changed (2,100
articles) and changed none of the other 889; without the size test it also moved one check-slice story
to the big city its body measures from. ACLED's notes carry no American dateline, so they are never
touched.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.local import hospital_town
from kronika.geo.page_place import main_town
from kronika.model import ArticleContext, Place
from kronika.nlp import doc_text


def past_newsroom(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer, place: Place | None) -> Place | None:
    """An American story's place read as its dateline's city, at the town the story names most where the
    text names that city nowhere past its dateline (`newsroom_dateline`); any other place as read."""
    dateline = ctx.dateline
    if place is None or dateline is None or ctx.focus_country != LOCAL_NEWS_COUNTRY:
        return place
    if (place.name, place.admin1) != (dateline.name, dateline.admin1):
        return place
    return newsroom_dateline(gazetteer, dateline, doc_text(doc), main_town(doc, ctx, gazetteer)) or place


def newsroom_dateline(gazetteer: Gazetteer, dateline: Place, text: str, main: Place | None) -> Place | None:
    """The article's main town in place of a city dateline its text names nowhere else, where that
    town is a smaller city of the dateline's state; None where the dateline stands."""
    if main is None or dateline.precision != "city" or main.precision != "city":
        return None
    if (main.country, main.admin1) != (dateline.country, dateline.admin1) or main.name == dateline.name:
        return None
    if (gazetteer.population(main) or 0) >= (gazetteer.population(dateline) or 0):
        return None
    return main if _mentions(dateline.name, text) <= 1 else None


def _mentions(name: str, text: str) -> int:
    """How often the text writes the name as a word, in any case (a dateline writes it in capitals), other
    than as the town of a hospital the hurt were taken to ('taken to a Springfield hospital'), which
    a newsroom's city often is."""
    found = re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE)
    return sum(1 for m in found if not hospital_town(text, m.start(), m.end()))
