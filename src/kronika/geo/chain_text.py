"""Chains of place names as written ('Paletwa Township (Mindat District, Rakhine)', 'Rawson, Chubut', 'Ara
in As-Sweida province'): found by pattern and joined into chains; `chain_name.py` reads each name and what
its type words make it, `chain_resolve.py` resolves the chains."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kronika.geo.chain_name import SENTENCE_STOP, ChainName, read_name
from kronika.geo.chain_parts import joined_regions, suburb_of
from kronika.geo.chain_types import PLURAL_TYPES, TYPE_PATTERN
from kronika.geo.names import name_key
from kronika.geo.town_quarters import quarter_before

# 'of' inside a name ('Municipality of Allende'), but not before a district named with its type word:
# 'Karimganj of Kishoreganj District' is a town and the district holding it, a chain of two names ('X of
# Sadar upazila' stays whole: the headquarters unit of district X, `geo/romanized.py`). Nor after a
# numbered unit: 'PD10 of Kandahar city', 'Ward No-40 of Dhaka city' name a quarter of the town by its
# number, no place of its own (on training notes 12 times, 8 of them a quarter of the town that follows).
_OF = (
    r"(?<!\d[ \-])of(?![ ](?!(?i:sadar|sader)\b)[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)?"
    r" (?i:district|upazila|upazilla|upozila)\b)"
)
# Lower-case particles inside place names: 'San Jose del Monte', 'Jabal al Kirsh', 'Qala i Naw', and
# Arabic's 'and' in a district named after two places ('Khabb wa ash Shaaf'), and Russian's 'named
# after' ('Shakhta imeni Gagarina', a mine and its settlement; 4 training notes, all coded at it), no
# English word.
_PARTICLE = (
    rf"(?:al|el|de|del|de la|la|las|los|le|as|ad|ar|an|az|ash|at|ez|es|i|e|{_OF}|da|do|dos|das|di|du|von|upon"
    r"|wa|imeni)"
)
_WORD = (
    r"(?:[A-Z]&[A-Z]\b|(?:[A-Z]\.)+(?:[A-Z][a-z]{1,3}\.)?|[A-Z][\w'’\-]*\.?)"  # 'N.C.', 'W.Va.', 'J&K' too
)
# Arabic names are often written with a lower-case article: 'in al-Hasakeh', 'from al Hunaydah'.
# 'at' and 'as' are English words too: only hyphened are they an article ('at-Tall', not 'at Naga'). 'an'
# is Arabic's only before an N ('an-Nabk', 'an Nasiriyah'), English's before a vowel: 'an Arkansas home'
# names Arkansas, not a place 'an Arkansas' read as Arkansas County.
_ARTICLE = r"(?:(?<![\w\-])(?:(?:al|el|ad|ar|ash|az)[ \-]|an[ \-](?=N)|(?:as|at)-)(?=[A-Z]))?"
# a full stop after a long word ends the name with its sentence (`chain_name.SENTENCE_STOP`)
_NAME = re.compile(rf"{_ARTICLE}{_WORD}(?:(?<!{SENTENCE_STOP})[ \-](?:{_PARTICLE}[ \-])*{_WORD})*")
# 'Gazipur sadar, Dhaka': the headquarters word written small after a district's name (capitalised, it
# is read into the name: 'Gazipur Sadar', compound_names.py) leaves the district's town and its division
# one chain.
_SADAR = r"(?:sadar|sader)"
# What may stand between two names of one chain: a comma, a bracket, 'in', 'of', with a type word before
# (after a closing bracket too: 'Kharab (Akre) area of Dahuk', the bracket naming the district).
_JOIN = re.compile(
    rf"^(?:\s*\))?(?:\s+{_SADAR})?(?:\s+{TYPE_PATTERN}(?:\s+(?:center|centre|headquarters))?)?(?:\s*,\s*|\s*\(\s*|\s*\)\s*,?\s*|,?\s+(?:in|of|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?)$",
    re.IGNORECASE,
)
# A site named after a place, with its region in brackets: 'Al Watiyah airbase (An Nuqat al Khams)',
# 'Tal Tamr checkpoint (Al-Hasakeh)'; the bracket names where the site, and so the first name, lies.
_SITE_BRACKET = re.compile(
    r"^\s+(?:military\s+|air\s+)?(?:airbase|base|airport|checkpoint|crossing|prison|port|bridge|dam"
    r"|junction|roundabout|market|hospital|outpost|barracks)\s*\(\s*$",
    re.IGNORECASE,
)
# A site named after a place, in the town written next: 'Al Karama square in As-Sweida city', 'Tahrir
# Square in Cairo'; a square is often named after a place abroad, and the town says where it lies. Not a
# road or street: one is named after the town it leads to ('Murree road in Rawalpindi city'), which often
# lies in the same district, and joined to the town it would be read as the finer place.
_SITE_IN = re.compile(r"^\s+(?:square|roundabout|junction|market|bridge)\s+in\s+(?:the\s+)?$", re.IGNORECASE)
# Words that end the name of a party or another body, whose bracketed capitals name its wing or line.
_BODIES = frozenset(
    {"party", "league", "front", "congress", "movement", "alliance", "organisation", "organization"}
)


@dataclass(frozen=True)
class Chain:
    """Names written together, most specific first ('Rawson', 'Chubut')."""

    start: int
    end: int
    names: tuple[ChainName, ...]


def find_chains(text: str, offset: int = 0) -> list[Chain]:
    """Every run of place-like names in `text` joined by commas, brackets or 'in' (offsets + `offset`)."""
    return list(_chains(text, offset))


# Many stages ask for the chains of the same article text, once per event; the answer depends on the
# arguments alone, so a small memo reads a long article once rather than once per event.
@lru_cache(maxsize=32)
def _chains(text: str, offset: int) -> tuple[Chain, ...]:
    """`find_chains`, kept for the last few texts asked about."""
    found = [n for n in (read_name(m, offset) for m in _NAME.finditer(text)) if n is not None]
    names = joined_regions(text, _without_acronyms(text, found, offset), offset)
    chains: list[list[ChainName]] = []
    for name in names:
        between = text[chains[-1][-1].end - offset : name.start - offset] if chains else ""
        if chains and _city_part(chains[-1], between, name):
            chains[-1].append(replace(name, part=True))
            continue
        joined = _JOIN.match(between) or _SITE_BRACKET.match(between) or _SITE_IN.match(between)
        if (
            chains
            and joined
            and not suburb_of(text, chains[-1][-1], between, offset)
            and not _closed_list(text, chains[-1], between, offset)
            and not _listed_siblings(text, between, name, offset)
        ):
            if quarter_before(between, name):  # 'the Shyamoli area of Dhaka city'
                chains[-1][-1] = replace(chains[-1][-1], quarter=True)
            chains[-1].append(replace(name, bracketed=True) if "(" in between else name)
        else:
            chains.append([name])
    chains = _sharing_list_bracket(text, chains, offset)
    return tuple(Chain(c[0].start, c[-1].end, tuple(c)) for c in map(_without_repeated_head, chains))


def _without_repeated_head(chain: list[ChainName]) -> list[ChainName]:
    """The chain without a first name written again after another ('the Governor of Idaho in Boise
    (Idaho)'): a region named before a town of it and again after is that region, no county of its name
    (a city's quarter after a dash is the city's: 'Dhaka - Mirpur (Dhaka)' keeps its head)."""
    keys = [name_key(n.text) for n in chain]
    if len(keys) > 2 and keys[1] != keys[0] and keys[0] in keys[2:] and not chain[1].part:
        return chain[1:]
    return chain


# 'Dhaka - Mirpur', 'Gaza - Sabra': a city, a spaced dash and the quarter of it the event was in.
_PART_DASH = re.compile(r"^\s[-–]\s$")


def _city_part(chain: list[ChainName], between: str, name: ChainName) -> bool:
    """Whether a name is the quarter of the city just before it, written after a spaced dash ('in Dhaka -
    Mirpur'), or that quarter repeated in brackets ('Dhaka - Mirpur (Mirpur)'): notes so name a city's
    quarter, which the lists rarely hold and which towns elsewhere are often named after."""
    if _PART_DASH.match(between):
        return not chain[-1].part
    return chain[-1].part and between.strip() == "(" and name.text == chain[-1].text


def _closed_list(text: str, chain: list[ChainName], between: str, offset: int) -> bool:
    """Whether `between` closes a bracket that listed the chain's regions ('Savar town (Dhaka, Dhaka), AL
    members ...'): the list is the whole chain, and a name after the bracket opens the next clause."""
    if ")" not in between:
        return False
    written = text[chain[0].start - offset : chain[-1].end - offset]
    opened = written.rfind("(")
    return opened >= 0 and "," in written[opened:]


_LIST_END = re.compile(
    rf"^(?:\s*,\s*{_WORD}(?: {_WORD})*)*,?\s+and\s+{_WORD}(?: {_WORD})*\s+{PLURAL_TYPES}\b"
)


def _listed_siblings(text: str, between: str, name: ChainName, offset: int) -> bool:
    """Whether a comma joins two names of a list its last name closes with a plural type word ('in
    Gulistan, Motijheel and Banani areas (Dhaka city)'): siblings, not a place and the region holding it."""
    return between.strip() == "," and _LIST_END.match(text[name.end - offset :]) is not None


# The same list with its region in brackets after the type word: 'Gulistan, Motijheel and Banani areas
# (Dhaka city)'.
_LIST_BRACKET = re.compile(
    rf"{_WORD}(?: {_WORD}){{0,3}}(?:\s*,\s*{_WORD}(?: {_WORD}){{0,3}}){{0,8}},?\s+and\s+"
    rf"{_WORD}(?: {_WORD}){{0,3}}\s+{PLURAL_TYPES}\s*\(\s*"
)


def _sharing_list_bracket(text: str, chains: list[list[ChainName]], offset: int) -> list[list[ChainName]]:
    """The chains with each lone name of a bracketed list followed by the bracket's names: 'Gulistan,
    Motijheel and Banani areas (Dhaka city)' places each area in Dhaka, where no town abroad is meant."""
    for match in _LIST_BRACKET.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        bracket = next((c for c in chains if c[0].start == end), None)
        if bracket is None:
            continue
        for i, chain in enumerate(chains):
            if len(chain) == 1 and start <= chain[0].start < end:
                chains[i] = [*chain, *bracket]
    return chains


def _without_acronyms(text: str, names: list[ChainName], offset: int) -> list[ChainName]:
    """The names less those that only abbreviate the name before them, in brackets: 'Union Parishad (UP)'
    names a council, not Uttar Pradesh, and 'Awami League (AL)' a party, not Alabama."""
    return [n for i, n in enumerate(names) if i == 0 or not _acronym_of(text, names[i - 1], n, offset)]


def _acronym_of(text: str, before: ChainName, name: ChainName, offset: int) -> bool:
    """Whether `name` is the bracketed initials of `before` ('Union Parishad (UP)')."""
    between = text[before.end - offset : name.start - offset]
    closed = text[name.end - offset : name.end - offset + 1] == ")"
    initials = "".join(w[0] for w in before.text.split() if w[0].isupper())
    acronym = name.text.isupper() and len(name.text) > 1 and initials.endswith(name.text)
    # 'Communist Party (ML)', 'CPI (ML)': a party's own bracketed letters (Marxist-Leninist), not Meghalaya
    faction = name.text.isupper() and (before.text.isupper() or before.text.split()[-1].lower() in _BODIES)
    return between.strip() == "(" and closed and (acronym or faction)  # 'A Union Parishad (UP)'
