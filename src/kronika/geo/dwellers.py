"""The town whose people a note names acting ('Garissa residents marched', 'Homa Bay youths rioted').

A terse note often names no place but the people of one: residents, youths, traders or farmers of a town
or county, written before them ('Voi residents blocked the highway'). spaCy mostly tags such a name as a
group or not at all, so no place is read and the note gets none, or only its country. Coders place the
event in that town. Read only where the sentence gives no better place, and where the article has no
country only a name of one country; a people's name written so ('Kikuyu youths', 'Amhara farmers')
names no town, as its people live across regions.
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.listed_towns import counts_as_rival
from kronika.geo.people_homes import PEOPLE_HOMES
from kronika.geo.resolve import resolve_name
from kronika.model import Place

# Words for the people of a place that notes write after its name.
_DWELLERS = (
    "residents", "youths?", "villagers", "traders", "farmers", "students", "women", "hawkers", "locals",
    "boda boda", "drivers", "operators", "workers", "teachers", "nurses", "vendors", "fishermen", "elders",
    "voters", "squatters", "tenants", "parents", "motorists",
)  # fmt: skip
# One to three capitalised words before such a word: 'Homa Bay youths', 'Angry Meru residents' (a
# capitalised people's word is most often a body's: 'the National Youth Service')
_NAMED = re.compile(rf"((?:\b[A-Z][\w'’-]*\s+){{1,3}})(?:{'|'.join(_DWELLERS)})\b")
# Peoples named like a region or town of theirs, beside those of PEOPLE_HOMES: their people live across
# regions ('Amhara farmers' in Benishangul, 'Maasai youths' in Nakuru), so the name places nothing
_PEOPLES = frozenset({"amhara", "oromo", "afar", "somali", "borana", "maasai", "masai", "pokot", "nandi",
                      "tharaka", "gabra", "degodia", "garre"})  # fmt: skip
# A town of one country only, named so in a note naming no country, must be this big to place it: a smaller
# one is too often a word ('Tea farmers' is no Tea, South Dakota)
MIN_HOME_TOWN = 10_000
# Words of a body or a trade before the people's word, never a place: 'University students'
_NOT_NAMES = frozenset({"the", "a", "an", "university", "college", "school", "secondary", "street", "market"})


def dwellers_town(sentence: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The place whose people the sentence first names acting, read as any name is (in the focus country
    where the article has one); None where it names none."""
    for named in _NAMED.finditer(sentence):
        words = [w.removesuffix("'s").removesuffix("’s") for w in named.group(1).split()]
        for name in _names(words):
            if _not_a_place(name) or gazetteer.demonym(name) is not None:  # 'South Sudanese youth'
                continue
            entry = resolve_name(gazetteer, name, focus)
            home = focus or _one_country(gazetteer, name)
            if entry is None and focus is None and home is not None:
                entry = _home_town(gazetteer, name, home)
            if entry is not None and entry.kind != "country" and entry.country == home:
                return entry.to_place()
    return None


def _names(words: list[str]) -> list[str]:
    """The names the capitalised words before a people's word may be, longest first: the words whole, then
    without those before ('Angry Meru': 'Meru'), then without those after, a trade's word ('Nakuru Matatu
    drivers': 'Nakuru')."""
    ends = [" ".join(words[start:]) for start in range(len(words))]
    return ends + [" ".join(words[:end]) for end in range(len(words) - 1, 0, -1)]


def _home_town(gazetteer: Gazetteer, name: str, home: str) -> GeoEntry | None:
    """In a note naming no country, the town of the one country a name reads in, where it is a town of
    MIN_HOME_TOWN people though smaller than a bare name abroad must be ('Wote residents': Makueni's)."""
    entry = resolve_name(gazetteer, name, home)
    return entry if entry is not None and entry.kind == "city" and entry.population >= MIN_HOME_TOWN else None


def _one_country(gazetteer: Gazetteer, name: str) -> str | None:
    """The one country whose regions and towns of some size a name reads as, where the article has no
    country: 'Orange youths' may be of any of three countries' towns, 'Garissa residents' only Kenya's."""
    countries = {e.country for e in gazetteer.lookup(name) if e.lat is not None and counts_as_rival(e)}
    return next(iter(countries)) if len(countries) == 1 else None


def _not_a_place(name: str) -> bool:
    """Whether a name before a people's word is a people's, or holds a word that is no place's."""
    key = name.lower()
    return key in PEOPLE_HOMES or key in _PEOPLES or any(w in _NOT_NAMES for w in key.split())
