"""Names written as a people's, not a place's: 'ethnic Somali herders', 'Somali and Afar ethnic militias'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kronika.geo.people_homes import PEOPLE_HOMES

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer

ETHNIC = "ethnic"
# Words written after a people's name and never after a town's ('Abala herders', 'Salamat and Misseriya
# tribesmen', 'Hamar tribe'): a town's herders are written 'herders from' it.
PEOPLE_NOUNS = frozenset(
    {ETHNIC, "herders", "herdsmen", "pastoralists", "tribesmen", "tribe", "tribes", "clansmen"}
)
_COORDINATORS = frozenset({"and", "or", ","})
# How a town named like a people is written as a place: after a preposition of where or whence ('killed
# in Kikuyu, Kiambu County', 'herders from Abala'), or before a word for a town or its parts ('Kikuyu
# town', 'the Kikuyu road').
_TOWN_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "to", "from"})
_REGION_WORDS = frozenset({"region", "province", "state", "prefecture"})
_TOWN_WORDS = frozenset(
    {"town", "road", "constituency", "subcounty", "sub", "market", "area", "municipality", "division", "ward"}
)


def named_as_people(name: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name stands for an ethnic group, as 'ethnic' written before it, or a people's word after
    the names coordinated with it, says ('ethnic Somali herders', 'Somali and Afar ethnic militias',
    'Abala herders'): such peoples live on both sides of borders and across regions, so the word says
    neither the note's country nor where its event was. A first-level region a people gives its name to
    is still the region before a word other than 'ethnic' ('Turkana herdsmen' are most often in Turkana)."""
    doc = name.doc
    if name.start > 0 and doc[name.start - 1].lower_ == ETHNIC:
        return True
    if _people_not_town(name, gazetteer):
        return True
    i = name.end
    while i < len(doc) and (doc[i].lower_ in _COORDINATORS or _proper_name(doc[i])):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in PEOPLE_NOUNS:
        return False
    return doc[i].lower_ == ETHNIC or not any(e.kind == "admin1" for e in gazetteer.lookup(name.text))


def _proper_name(token: Token) -> bool:
    """A capitalised word of a name ('Afar' in 'Somali and Afar ethnic militias')."""
    return token.is_title and token.pos_ in ("PROPN", "ADJ")


def _people_not_town(name: Span, gazetteer: Gazetteer) -> bool:
    """Whether a name of a one-country people (PEOPLE_HOMES) that no region of their home country bears,
    only a town or a region abroad, is written as the people: 'Kikuyu' names the people spread over
    several counties ('Kikuyu and Maasai groups clashed', '6 Kikuyu were killed') far more often than the
    town of Kiambu, which notes write as a place ('in Kikuyu', 'Kikuyu town'); Darfur's Salamat are no
    region of Chad."""
    home = PEOPLE_HOMES.get(name.text.lower())
    if home is None or any(e.kind == "admin1" and e.country == home for e in gazetteer.lookup(name.text)):
        return False
    doc = name.doc
    before = doc[name.start - 1].lower_ if name.start > 0 else ""
    after = doc[name.end].lower_ if name.end < len(doc) else ""
    # a region abroad bearing the people's name ('Salamat', Chad's) is written as one: 'Salamat region'
    return before not in _TOWN_PREPS and after not in _TOWN_WORDS and after not in _REGION_WORDS
