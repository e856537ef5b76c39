"""A South Asian town a note names with a unit word but spells otherwise than the lists, matched on its
consonants ('Laxmipur Sadar upazila' is Lakshmipur, 'Mithamon upazila' Mithamain, 'Bhauphal city' Bauphal).

Names from Bengali, Hindi or Urdu are romanized many ways: vowels vary ('Jhalakati', 'Jhalokati'), an
aspirate's 'h' comes and goes ('Bhauphal', 'Bauphal'), 'x' stands for 'ksh' ('Laxmipur'). Their consonants,
without the 'h's, stay. Where nothing better than a country places an event, a name its sentence types as
a sub-district or a town ('upazila', 'district', 'city'), or one long enough not to match by chance
('Char Fasson', Charfasson), is read as the one town of the country whose consonants it shares; a name
shared by towns far apart is left unread. In a note that names no country, the name is read so where
one romanized country alone has such a town ('in Munishganj': Bangladesh's Munshiganj).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chain_name import ChainName
from kronika.geo.chain_text import find_chains
from kronika.geo.listed_towns import MIN_RIVAL_TOWN
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Place

# Countries whose place names are romanized from South Asian scripts, each many ways.
ROMANIZED_COUNTRIES = frozenset({"BGD", "IND", "PAK", "NPL", "LKA", "AFG"})
SAME_TOWN_KM = 30.0  # towns whose consonants agree this near each other are one town listed twice
MIN_CONSONANTS = 3  # fewer match too many names
# A name written with no unit word is read so only with this many consonants: a word as long as
# 'Char Fasson' (Charfasson) seldom shares them all with a town by chance.
MIN_UNTYPED_CONSONANTS = 5
COUNTRY_KM = 4_000.0  # every town of a country lies this near its capital
# Letters romanizations swap for one sound: 'x' for 'ks(h)', 'z' for 'j', 'q' for 'k', 'w' and 'v' for 'b'.
_SAME_SOUND = str.maketrans({"z": "j", "q": "k", "v": "b", "w": "b"})
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
# 'Laxmipur Sadar', 'Jhalakati of Sadar': the district's headquarters sub-district, named after its town
_SADAR = re.compile(r"\s+(?:of\s+)?sadar$", re.IGNORECASE)


def consonant_key(name: str) -> str:
    """A name's first letter and its consonants, with no 'h' and one letter per sound: 'Jhalokati' and
    'Jhalakati' -> 'jlkt', 'Laxmipur' and 'Lakshmipur' -> 'lksmpr'."""
    key = name_key(name).replace(" ", "").replace("-", "").replace("x", "ks").translate(_SAME_SOUND)
    key = key.replace("h", "")
    return _DOUBLED.sub(r"\1", key[:1] + _VOWELS.sub("", key[1:]))


def romanized_town(sentence: str, gazetteer: Gazetteer, focus: str | None) -> Place | None:
    """The town of the country a name typed as a sub-district or town in `sentence` is a respelling of,
    the first such name that reads as one; None where none does."""
    for chain in find_chains(sentence):
        for name in chain.names:
            country = name.national or focus
            key = consonant_key(_SADAR.sub("", name.text))
            if not (_typed(name) or len(key) >= MIN_UNTYPED_CONSONANTS) or _opening_word(name):
                continue
            if country is None and _chain_lies_elsewhere(chain.names, gazetteer):
                continue  # 'Katilu Division, Turkana District' is Kenya's, not a respelt Kotli
            town = _town_anywhere(gazetteer, key) if country is None else _town_of(gazetteer, country, key)
            if town is not None and town.country in ROMANIZED_COUNTRIES:
                return town.to_place()
    return None


def respelt_town(gazetteer: Gazetteer, country: str, name: str) -> GeoEntry | None:
    """The one town of `country` whose consonants are those of `name`, a unit's name its sentence types
    ('Bianibazar upazila' is Beanibazar); None where none or several far apart are."""
    return _town_of(gazetteer, country, consonant_key(_SADAR.sub("", name)))


def _town_anywhere(gazetteer: Gazetteer, key: str) -> GeoEntry | None:
    """For a note that names no country, the town with these consonants where one romanized country
    alone has one ('in Munishganj': Bangladesh's Munshiganj); None where several do or none. A village
    (no bigger than a rival town abroad must be) tells no country so: Sri Lanka's many post office
    villages share their consonants with names anywhere ('Marsabit county' is no Miriswatte)."""
    found = [t for c in sorted(ROMANIZED_COUNTRIES) if (t := _town_of(gazetteer, c, key)) is not None]
    return found[0] if len(found) == 1 and found[0].population > MIN_RIVAL_TOWN else None


def _chain_lies_elsewhere(names: Sequence[ChainName], gazetteer: Gazetteer) -> bool:
    """Whether a name of the chain, the respelt one too ('Mandera town' is Kenya's, not Afghanistan's
    Muhmand Dara), reads only in countries whose names are not romanized: the chain's place lies there, so
    its name is no respelling of a South Asian town."""
    for other in names:
        found = {e.country for e in gazetteer.lookup(other.text) if e.lat is not None}
        if found and not found & ROMANIZED_COUNTRIES:
            return True
    return False


def _opening_word(name: ChainName) -> bool:
    """Whether an untyped name is one word opening its sentence, capitalised there whatever it is: a
    headline's 'Attempt to deal with stray dogs ...' names no respelt Attayyampatti."""
    return name.start == 0 and " " not in name.text and not _typed(name)


def _typed(name: ChainName) -> bool:
    """Whether a chain name is written with a word typing it as a sub-district or a town."""
    return name.district or name.settlement


def _town_of(gazetteer: Gazetteer, country: str, key: str) -> GeoEntry | None:
    """The one town of the country with these consonants (the biggest, where all lie together)."""
    if len(key) < MIN_CONSONANTS:
        return None
    towns = _towns_by_key(gazetteer, country).get(key, ())
    if not towns:
        return None
    biggest = max(towns, key=lambda e: e.population)
    return biggest if all(_near(biggest, e) for e in towns) else None


def _near(a: GeoEntry, b: GeoEntry) -> bool:
    """Whether two towns lie within SAME_TOWN_KM of each other."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_TOWN_KM


@lru_cache(maxsize=8)
def _towns_by_key(gazetteer: Gazetteer, country: str) -> dict[str, tuple[GeoEntry, ...]]:
    """The country's towns by consonant key, built once per gazetteer and country."""
    capital = gazetteer.capital(country)
    if capital is None:
        return {}
    found: dict[str, list[GeoEntry]] = defaultdict(list)
    for town in gazetteer.towns_within(capital.to_place(), COUNTRY_KM):
        found[consonant_key(town.name)].append(town)
    return {key: tuple(towns) for key, towns in found.items()}
