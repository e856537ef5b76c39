"""Place names a plain lookup misreads for a word inside them: a possessive that is part of the name
('Cox's Bazar'), the headquarters word of a South Asian sub-district ('Jessore Sadar') and a unit's type
word only one country uses ('Sadar upazila' is Bangladeshi, whatever towns abroad are called Sadar), and
a town written with its region's postal code but no comma ('Washington DC'), and a city's part written
after the city and a hyphen ('New York-Queens')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.nearby import distance_km
from kronika.geo.upazila_units import ISO3 as UPAZILA_COUNTRY
from kronika.geo.upazila_units import upazila_readings

if TYPE_CHECKING:
    from kronika.geo.chain_name import ChainName

# 'Sadar' (headquarters) names the sub-district around a district's own town: 'Jessore Sadar upazila'
# is the part of Jessore district its town Jessore governs.
HEADQUARTERS_WORDS = frozenset({"sadar", "sader", "sadr"})
HEADQUARTERS_COUNTRIES = frozenset({"BGD", "IND", "PAK"})  # where sub-districts are so called
PART_OF_CITY_KM = 30.0  # a city's boroughs lie this close to its centre (Staten Island, 20 km from Manhattan)
# Type words of units only one country has, with its alpha-3: a name so typed lies in that country.
# South Sudan's payam (a county's part, named after its main village) is no other country's word, nor is
# Sri Lanka's DS, the divisional secretariat's division named after its seat ('Thirukkovil DS').
NATIONAL_TYPES = {"upazila": "BGD", "upazilla": "BGD", "upozila": "BGD", "payam": "SSD", "ds": "LKA"}
# The first words of local bodies only one country has, named after the town they sit in: Sri Lanka's
# divisional council. Of 56 training notes naming one whose town Sri Lanka's lists hold, 55 are coded in
# that town's province, and all 5 whose town has a namesake abroad.
NATIONAL_BODIES = {"pradeshiya": "LKA"}
# 'Township' as American local news writes it: in full, or cut to 'Twp.' in datelines and headlines
TOWNSHIP_WORDS = frozenset({"township", "twp"})


def unit_country(name: Span) -> str | None:
    """The one country whose word for a unit types a name ('Karimganj upazila' is Bangladesh's, though
    India has a bigger Karimganj), where that word ends the name or follows it, or whose local body's
    word follows it ('the Nallur Pradeshiya Sabha' is Sri Lanka's Nallur, not Tamil Nadu's); None for
    other names."""
    doc = name.doc
    after = doc[name.end].lower_ if name.end < len(doc) else ""
    words = [doc[name.end - 1].lower_, after]
    typed = next((NATIONAL_TYPES[w] for w in words if w in NATIONAL_TYPES), None)
    return typed or NATIONAL_BODIES.get(after)


def in_national_unit(found: list[GeoEntry], name: ChainName) -> list[GeoEntry]:
    """The readings of a name in the country its national type word names ('Sadar upazila'), all of
    them where it has none; of a name typed 'upazila', the upazila's (`upazila_units.py`)."""
    if not name.national:
        return found
    national = [e for e in found if e.country == name.national]
    return upazila_readings(national, name.text) if name.national == UPAZILA_COUNTRY else national


def compound_entries(gazetteer: Gazetteer, name: ChainName) -> list[GeoEntry]:
    """Entries with coordinates for a chain name read whole past its possessive, where the gazetteer
    lists it so ('Cox's Bazar', not 'Beirut's Barbir'); else, for a headquarters sub-district, the
    district's town ('Jessore Sadar': Jessore), or the district where no town has its name; else, for a
    name the lists lack, the town it names with its region's postal code (`postal_coded`); else none."""
    if name.owned:
        found = _located(gazetteer.lookup(name.owned))
        if found:
            return found
    words = name.text.split()
    if len(words) > 1 and not _located(gazetteer.lookup(name.text)):
        coded = postal_coded(gazetteer, name.text)
        if coded:
            return coded
    if len(words) < 2 or words[-1].lower() not in HEADQUARTERS_WORDS or _located(gazetteer.lookup(name.text)):
        return []
    return _headquarters_district(gazetteer, words[:-1])


def _headquarters_district(gazetteer: Gazetteer, words: list[str]) -> list[GeoEntry]:
    """The district town (else the district) a headquarters sub-district's words before 'Sadar' name:
    all of them ('Jessore'), else the last ones, a village the note runs into the unit's name being
    written before it ('at Ramnagar Jessore Sadar upazila': Jessore's), or a word of the unit's own name
    after the district's ('Comilla Adarsha Sadar': Comilla's): the longest run of them that names a
    place, the one written last first."""
    runs = [words[k : k + n] for n in range(len(words), 0, -1) for k in range(len(words) - n, -1, -1)]
    for run in runs:
        found = _located(gazetteer.lookup(" ".join(run)))
        if len(run) < len(words):  # a part of the name is read only where units are called 'Sadar'
            found = [e for e in found if e.country in HEADQUARTERS_COUNTRIES]
        if found:
            return [e for e in found if e.kind == "city"] or found
    return []


def postal_coded(gazetteer: Gazetteer, text: str) -> list[GeoEntry]:
    """The towns a name written with a region's two-letter postal code after it stands for, in that
    region ('Washington DC' is the capital, not the state; 'Kansas City MO' is Missouri's); none where
    the last word is no such code."""
    rest, _, code = text.rpartition(" ")
    region = gazetteer.abbreviation(code) if rest and len(code) == 2 and code.isupper() else None
    if region is None:
        return []
    towns = _located(gazetteer.lookup(rest, kind="city", country=region.country))
    return [e for e in towns if e.admin1 == region.admin1]


def hyphened_part(gazetteer: Gazetteer, text: str) -> list[GeoEntry]:
    """For a name the lists lack written as a city, a hyphen and a part of it ('New York-Queens',
    'New York-Manhattan'), the part: a town or district of that name within PART_OF_CITY_KM of a town
    of the first name, in its region. None where the halves lie apart ('Kansas-Nebraska')."""
    first, _, part = text.partition("-")
    first, part = first.strip(), part.strip()
    if not first or not part:
        return []
    cities = gazetteer.lookup(first, kind="city") or gazetteer.lookup(f"{first} city", kind="city")
    parts = [e for e in _located(gazetteer.lookup(part)) if e.kind in ("city", "admin2")]
    return [p for p in parts if any(_beside(p, c) for c in _located(cities))]


def _beside(part: GeoEntry, city: GeoEntry) -> bool:
    """Whether a part lies in a city's region, within PART_OF_CITY_KM of it."""
    if (part.country, part.admin1) != (city.country, city.admin1):
        return False
    return distance_km(part.lat or 0.0, part.lon or 0.0, city.lat or 0.0, city.lon or 0.0) <= PART_OF_CITY_KM


def _located(entries: list[GeoEntry]) -> list[GeoEntry]:
    """The entries that have coordinates."""
    return [e for e in entries if e.lat is not None]


def seat_towns(found: list[GeoEntry], name: ChainName) -> list[GeoEntry]:
    """For a name written with 'Township' ('Tabayin Township'), its towns outside the United States: a
    township there (Myanmar's, China's) is named after its seat, while an American township is a
    municipality of its own beside any town of its name. None for other county words: 'Pierce County'
    is never the town of Pierce."""
    if not is_township(name):
        return []
    return [e for e in found if e.kind == "city" and e.country != "USA"]


def without_american_units(found: list[GeoEntry], name: ChainName) -> list[GeoEntry]:
    """For a name written with 'Township' ('Franklin Township'), no readings where one is American: an
    American township is a municipality of its own that the lists do not hold, no county or state of
    its name ('FRANKLIN TOWNSHIP, Mich.' is never Franklin County, Ohio, nor 'Delaware Township' the
    state), and no namesake abroad either. Names only other countries have keep their readings
    (Myanmar's townships are read as their seat towns or districts). Other names: all readings."""
    if not is_township(name):
        return found
    return [] if any(e.country == "USA" for e in found) else found


def is_township(name: ChainName) -> bool:
    """Whether a chain name is written as a township ('Franklin Township', 'Tabayin Township')."""
    return name.whole.lower().endswith(" township")
