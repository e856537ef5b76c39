"""The chain of a sentence most likely to be its event's place, judged by where it is written ('in X',
'west of X', fronted before the subject); chains are found in `chain_text.py` and resolved in
`chain_resolve.py`."""

from __future__ import annotations

import re
from collections.abc import Callable

from kronika.gazetteer import Gazetteer
from kronika.geo.borders import without_border_names
from kronika.geo.chain_name import ChainName as ChainName
from kronika.geo.chain_resolve import ChainPlace, resolve_chain
from kronika.geo.chain_text import Chain as Chain
from kronika.geo.chain_text import find_chains as find_chains
from kronika.geo.chain_types import TYPE_WORDS as TYPE_WORDS
from kronika.geo.compound_names import postal_coded
from kronika.geo.local import after_address
from kronika.geo.names import name_key
from kronika.geo.people_homes import home_abroad
from kronika.geo.road_towns import names_road
from kronika.geo.unit_homes import unit_home
from kronika.model import Place

LOCATIVE = frozenset({"in", "at", "near", "outside", "of", "inside", "around", "between"})
SOLE_LOCATIVE = LOCATIVE - {"of"}
# A place put before the sentence's subject sets the scene for all of it: 'On 3 May, in Puno city, ...'.
_FRONTED = re.compile(r"^(?:[^,]{0,60},\s*)?(?:in|at|near)\s+(?:the\s+)?$", re.IGNORECASE)
_COMPASS = r"(?:north|south|east|west)(?:[ -]?(?:east|west))?(?:ern)?"
# Land around or inside a place, written before it: 'in the southern countryside of Idleb', 'on the
# outskirts of Mizdah', 'the eastern part of Al Bab', 'close to Ghazni'. What happened there happened
# in that place's area, as after 'in'.
_AROUND_OF = re.compile(
    rf"\b(?:(?:countryside|outskirts|vicinity|surroundings|environs|rural areas?|{_COMPASS} part)\s+of"
    r"|(?:close|next)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A bearing that makes the next name a landmark: 'west of', '12 km south-east of', 'to the north of'
# (but 'the eastern part of' a place is inside it).
_BEARING = re.compile(rf"\b{_COMPASS}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A bracket closes after its name, or after the headquarters word written small: 'a clash at Dadpur union
# (Noakhali sadar)' names Noakhali district's own unit, as '(Noakhali)' names the district.
_CLOSED = re.compile(r"\s*(?:(?:sadar|sader)\s*)?\)", re.IGNORECASE)


def _trusted(place: ChainPlace, text: str, offset: int, focus: str | None) -> bool:
    """A chain of one name must sit after 'in', 'at' or 'near' ('Joshua Hurst' is a man, not Hurst, Texas)
    and, where the article's country is known, lie in it ('David' is not the town in Panama)."""
    if len(place.chain.names) == 1 and home_abroad(place.chain.names[0].text, place.entry.country):
        return False  # 'between Salamat and Misseriya': Darfur's people, not Chad's region
    if place.support > 1 or place.contained or place.chain.names[0].placed:
        return True  # 'the village of Tayasir' is a village wherever the article's country lies
    if place.sole:  # 'near Krasnohorivka', but not 'leaders of the BJP Mandal'
        return _located(place, text, offset, SOLE_LOCATIVE)
    located = _located(place, text, offset)
    if any(n.titled and name_key(n.titled) == name_key(place.entry.name) for n in place.chain.names):
        return True  # 'the District of Columbia': a unit named by its whole title, wherever it is written
    if place.entry.kind in ("admin1", "city") and any(n.admin1_hint for n in place.chain.names):
        return True  # 'Kaduna State' is a region wherever it is written, 'Baalbek Governorate' its seat
    if place.entry.kind == "admin2" and any(
        n.county or n.district or n.admin1_hint for n in place.chain.names
    ):
        return True  # and 'Pulwama district' a district
    if focus is not None and _road_of(place, text, offset):
        return place.entry.country == focus  # 'blocked the el Marj road', in the article's country
    # 'at 7050 Elm Road, Holly Hill': the town an address is written with, however the address is led in
    addressed = len(place.chain.names) > 1 and after_address(text, place.chain.names[1].start - offset)
    return (located or addressed) and (focus is None or place.entry.country == focus)


# 'Brownsville Road, Pittsburgh' names a street, never a town spelled like it.
def _road_of(place: ChainPlace, text: str, offset: int) -> bool:
    """Whether a one-name chain is written as the road to its town ('the Saadnayel road')."""
    return names_road(text, place.chain.start - offset, place.chain.end - offset)


def best_chain(
    gazetteer: Gazetteer,
    text: str,
    offset: int,
    focus: str | None,
    hinted: frozenset[str] = frozenset(),
    ruled_out: Callable[[Chain], bool] | None = None,
) -> ChainPlace | None:
    """The chain of `text` most likely to be a place: names confirming each other, then one naming
    somewhere inside a country ('forces of India ... in Uri': Uri), then one after 'in', then one not
    naming an agency, then the earliest; a chain written as the home of a member's party unit ('an
    activist of Satkhira district Jamaat-e-Islami') only where no other chain is trusted. `ruled_out`
    tells chains that are no place at all (a person's name), which leave the choice to the others."""
    # 'Garissa near the Somali border': a nation's word before 'border' is no name of the chain
    written = [c for c in find_chains(text, offset) if ruled_out is None or not ruled_out(c)]
    chains = [without_border_names(c, text, offset, gazetteer) for c in written]
    found = [resolve_chain(gazetteer, c, focus, hinted) for c in chains if c is not None]
    places = [p for p in found if p is not None and _trusted(p, text, offset, focus)]
    return max(
        places,
        key=lambda p: (
            not unit_home(text, p.chain.start - offset, p.chain.end - offset),
            not _reference(p, text, offset),  # 'Sirwah district west of Marib city': Sirwah
            min(p.support, 2),
            p.entry.kind != "country",
            _located(p, text, offset),  # 'in Alder Creek' over 'Birch County Sheriff's deputies'
            not any(n.agency for n in p.chain.names),
            -p.chain.start,
        ),
        default=None,
    )


def reads_whole(gazetteer: Gazetteer, start: int, text: str, place: ChainPlace) -> bool:
    """Whether the name `text` at `start` is only part of a name the chain reads whole as its place:
    'Rostov' of 'Rostov-on-Don', which the parser split at its hyphens, 'Washington' of 'Washington DC'."""
    return any(
        name.start <= start and start + len(text) <= name.end and name_key(text) != name_key(name.text)
        for name in place.chain.names
        if place.entry in gazetteer.lookup(name.text) or place.entry in postal_coded(gazetteer, name.text)
    )


def _reference(place: ChainPlace, text: str, offset: int) -> bool:
    """Whether a chain is the landmark another place is placed by ('12 km south of Y', 'west of Y'):
    where the text also names that place, the event is there; alone, the landmark is the nearest point."""
    return after_bearing(text, place.chain.start - offset)


def after_bearing(text: str, start: int) -> bool:
    """Whether the name at `start` follows a bearing that makes it a landmark ('12 km south of Y')."""
    return _BEARING.search(text[max(0, start - 40) : start]) is not None


def _located(place: ChainPlace, text: str, offset: int, words: frozenset[str] = LOCATIVE) -> bool:
    """Whether a chain follows 'in', 'at', 'near' or another locative word, or the land around a
    place ('the countryside of Idleb')."""
    start = place.chain.start - offset
    if place.chain.names[0].placed or _AROUND_OF.search(text[max(0, start - 40) : start]):
        return True
    if _bracketed(place.chain, text, offset):
        return True
    before = text[:start].split()[-1:]
    return bool(before) and before[0].lower() in words


def _bracketed(chain: Chain, text: str, offset: int) -> bool:
    """Whether a chain fills a bracket of its own after what it places ('a rally at the press club
    (Rangpur)', 'blocked the highway (Sylhet)'): notes name so where a site lies. An acronym in brackets
    ('Awami League (AL)') spells out the words before it, and is no place."""
    start, end = chain.start - offset, chain.end - offset
    opened = text[:start].rstrip().endswith("(") and _CLOSED.match(text[end:]) is not None
    return opened and not chain.names[0].text.isupper()


def fronted(place: ChainPlace, text: str, offset: int) -> bool:
    """Whether a chain opens its sentence as the place of all of it, before the subject and set off by a
    comma ('On 29 April, in Puno city, citizens protested ...'): a place named later in the sentence
    ('citizens stuck in Lima') is then part of what happened there, not where."""
    start, end = place.chain.start - offset, place.chain.end - offset
    after = text[end:].lstrip(" )").split(",", 1)[0].strip().lower()
    return _FRONTED.match(text[:start]) is not None and "," in text[end:] and after in ("", *TYPE_WORDS)


def landmark(town: Place, sentence: str, gazetteer: Gazetteer, focus: str | None) -> bool:
    """Whether the sentence names the town only as the landmark a place is placed by ('Sirwah district
    west of Marib city'): the district lies beside the town, not around it."""
    named = [c for c in find_chains(sentence) if reads_as(gazetteer, c, focus, town)]
    return bool(named) and all(after_bearing(sentence, c.start) for c in named)


def reads_as(gazetteer: Gazetteer, chain: Chain, focus: str | None, town: Place) -> bool:
    """Whether a chain resolves to the town."""
    found = resolve_chain(gazetteer, chain, focus)
    return found is not None and found.entry.to_place() == town
