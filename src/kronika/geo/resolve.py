"""Choosing one gazetteer entry for a name, using the article's focus country to break ties."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry, PlaceKind
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.bare_namesakes import bare_namesake
from kronika.geo.compass_regions import compass_region, compass_typed
from kronika.geo.compound_names import postal_coded
from kronika.geo.dropped_letters import dropped_letter_region
from kronika.geo.listed_towns import PROVINCE
from kronika.geo.names import (
    MAX_ACRONYM,
    has_region_type,
    is_article,
    name_key,
    region_level,
    shouted,
    without_article,
)
from kronika.geo.split_units import split_unit
from kronika.geo.sudans import one_sudan, south_readings
from kronika.geo.table_spellings import table_town
from kronika.geo.unit_types import calls_counties, region_types, typed_regions
from kronika.geo.unlisted_units import unlisted_unit_town

# A bare name outside the focus country must be this big to count: "Us" (France) and "Banks" stay out.
MIN_FOREIGN_CITY = 20_000
MIN_UNTAGGED_FOREIGN_CITY = 1_000_000  # for capitalised words spaCy did not tag as places
MIN_UNTAGGED_FOCUS_CITY = 10_000
MIN_FOREIGN_DISTRICT = 100_000  # a district abroad named bare counts only this big and alone of its name
# A town must be this big to win over the region of the same name ('Iowa' is the state, not Iowa, La.).
MIN_CITY_OVER_REGION = 20_000
FUZZY_REGION_CUTOFF = 0.8  # 'Idleb' ~ 'Idlib', but not 'Homs' ~ 'Hama'
# Districts are many and villages are often named like them: only a nearly alike spelling of some
# length counts ('Jhenidah' ~ 'Jhenaidah', 'Jhalokathi' ~ 'Jhalokati'; not 'Kazipur' ~ 'Gazipur')
FUZZY_DISTRICT_CUTOFF = 0.9
MIN_FUZZY_DISTRICT = 6
_SPECIFICITY = {"city": 3, "admin2": 2, "admin1": 1, "country": 0}
# Everyday English words for a kind of land or a part of a country that some regions abroad are called
# (or translated as): written alone, they name the land of the story, not one abroad.
COMMON_WORDS = frozenset(
    {"lake", "lakes", "valley", "coast", "coastal", "island", "islands", "beach", "bay", "metro", "capital",
     "interior", "littoral", "plateau", "delta", "highland", "highlands", "lowlands", "mountain",
     "mountains", "hills", "plains", "river", "border", "forest", "central", "southern", "northern",
     "eastern", "western", "upper", "lower", "middle", "midlands", "savannah", "savanes", "city",
     "downtown", "uptown", "harbor", "harbour", "peninsula", "federal", "national"}
)  # fmt: skip
# Words that name an American hamlet but, capitalised in other countries' news, a government or a body:
# 'protested against Centre' (India's central government), 'a protest outside Congress' (a party).
BODY_WORDS = frozenset({"centre", "center", "congress"})


def resolve_name(
    gazetteer: Gazetteer,
    text: str,
    focus: str | None,
    *,
    kind: PlaceKind | None = None,
    untagged: bool = False,
) -> GeoEntry | None:
    """The entry a place name most likely means: a country, else one in the focus country, else the biggest.

    `untagged` is for words spaCy did not tag as places ('Bishkek' as PERSON): only well-known hits count.
    Steps: the entries the name may mean, narrowed by how it is written, then one chosen among them (or,
    where none is left, a respelled or unlisted unit).
    """
    entries = _candidates(gazetteer, text, focus, kind)
    key = name_key(text)
    if key in _DIRECTIONS:  # 'the South', 'Blvd. South': a bearing (a region so called is 'North region')
        return None
    entries = _written_readings(entries, key, focus, untagged)
    if not any(e.country == focus or e.kind == "country" for e in entries):
        # 'Madera county' in a Kenyan note: its own Mandera with a letter dropped, not California's county
        home = dropped_letter_region(gazetteer, key, focus)
        if home is not None:
            return home
    if not entries:
        return _unlisted(gazetteer, text, key, focus, kind, untagged)
    return _chosen(text, key, entries, focus, untagged)


def _candidates(gazetteer: Gazetteer, text: str, focus: str | None, kind: PlaceKind | None) -> list[GeoEntry]:
    """Every located entry the written name may mean, less a town where the name is a body's acronym, with
    the two Sudans' readings of a southern name settled."""
    entries = (
        [e for e in gazetteer.lookup(text, kind=kind) if e.lat is not None]
        or _part_of(gazetteer, text, kind)
        or (postal_coded(gazetteer, text) if kind in (None, "city") else [])  # 'Washington DC'
        or (split_unit(gazetteer, text) if kind is None else [])  # 'Maguindanao': del Norte, del Sur
    )
    if _acronym(text):
        # 'UN-contracted trucks', 'the AU': a body's acronym, never a town (Gujarat's Un, Switzerland's Au)
        entries = [e for e in entries if e.kind != "city"]
    elif shouted(text):
        # 'members of the NISS', 'the SUST campus': a longer body's acronym is a town abroad only by
        # chance (Serbia's Nis, the Netherlands' Soest); a note writes a town of its own country in
        # capitals at times ('FENI'), one abroad hardly ever
        entries = [e for e in entries if e.kind != "city" or e.country == focus]
    # 'Kapoeta': Sudan's old south and South Sudan's town are one; 'Sakure' in a South Sudanese note
    return south_readings(one_sudan(entries, focus), gazetteer, focus)


def _written_readings(entries: list[GeoEntry], key: str, focus: str | None, untagged: bool) -> list[GeoEntry]:
    """The entries the name can mean as written: a common word, a bare name, or a name with its unit's
    type word ('Bor County', 'Pulwama district')."""
    entries = _common_word_readings(entries, key, focus)
    if untagged:  # 'Brown had killed...': a surname is never read as Brown County
        entries = [e for e in entries if e.kind != "admin2"]
    elif not has_region_type(key):  # a bare 'Story' is not Story County; 'Nueva Ecija' is the province
        entries = [e for e in entries if e.kind != "admin2" or name_key(e.name) == key]
    return _typed_readings(entries, key, focus) if has_region_type(key) else entries


def _common_word_readings(entries: list[GeoEntry], key: str, focus: str | None) -> list[GeoEntry]:
    """For an everyday word of the land ('the Valley', 'Delta'), only the regions it can name; other names
    keep every entry."""
    if key in COMMON_WORDS and focus is not None:
        # 'the Valley', 'the Coast', 'Southern' in a story of one country name a part of it, which only
        # one of its own regions so called is ('Delta' in Nigeria): never a region or town abroad
        # (Honduras's Valle, Tanzania's Pwani, Indonesia's Metro), nor a hamlet (Valley, Alabama)
        return [e for e in entries if e.country == focus and e.kind == "admin1"]
    if key in COMMON_WORDS:
        # in a story of no known country, such a word names only a region that bears it as its own name
        # ('Delta', 'Plateau'), not one that the lists hold under it in translation ('the Island' of a
        # Sri Lankan note is no Temotu, Solomon Islands; 'Southern' no Provence), nor a town so called
        # (Valley, Alabama; Central, Louisiana; Metro, Lampung) short of a former province at its seat
        return [
            e for e in entries if name_key(e.name) == key and (e.kind != "city" or e.population >= PROVINCE)
        ]
    return entries


def _typed_readings(entries: list[GeoEntry], key: str, focus: str | None) -> list[GeoEntry]:
    """The entries a name written with its unit's type word ('Bor County', 'Pulwama district', 'Lakes
    state') can mean: units its country calls so, of the level the word names."""
    if key.split()[-1] == "county":
        # 'Bor County' is South Sudan's, not Serbia's okrug or Turkey's ilçe of Bor: English calls only
        # some countries' units counties (a unit of the story's own country so written stays its own)
        entries = [
            e for e in entries if e.kind == "country" or e.country == focus or calls_counties(e.country)
        ]
    if any(name_key(e.name) == key for e in entries):
        # a unit called by its type word is one whose own name carries it, or one of the focus country
        # ('Saint James Parish' in a Jamaican story): 'Geneva County' is Alabama's, never the canton
        entries = [e for e in entries if name_key(e.name) == key or e.country == focus]
    if any(e.kind == region_level(key) for e in entries):
        # 'Pulwama district' is the district; but in a story of a country whose unit of that name is of
        # the first level ('Meru county' in Kenya, whose counties are), that unit; and where no country is
        # known, a first-level unit its country calls by the word written outranks districts elsewhere
        # ('Meru County' is Kenya's county, not the district of Meru in Tanzania)
        called = [e for e in entries if e.kind == "admin1" and key.split()[-1] in region_types(e)]
        entries = [
            e
            for e in entries
            if (e.kind == region_level(key) and (not called or e.country == focus))
            or e in called
            or _first_level_unit(e, entries, focus)
        ]
    # 'Lakes state' is South Sudan's: its regions are states, Côte d'Ivoire's not
    return typed_regions(entries, key.split()[-1])


def _unlisted(
    gazetteer: Gazetteer, text: str, key: str, focus: str | None, kind: PlaceKind | None, untagged: bool
) -> GeoEntry | None:
    """For a name no entry is left for: the focus country's compass region, a region spelled nearly
    like it, or the seat of a unit the lists lack."""
    if compass_typed(key):  # 'the North East region': the focus country's, or none
        return compass_region(gazetteer, text, focus)
    fuzzy = not untagged and kind != "city" and key not in COMMON_WORDS
    found = _fuzzy_region(gazetteer, text, focus) if fuzzy else None
    # 'Ayod County', which the lists lack, is at Ayod; 'AL district' is a party's unit, not at Ål: an
    # acronym or a bare article names no seat
    named = text.partition(" ")[0]
    seated = kind in (None, "city") and not _acronym(named) and not is_article(named)
    return found or (unlisted_unit_town(gazetteer, key, focus) if seated else None)


def _chosen(
    text: str, key: str, entries: list[GeoEntry], focus: str | None, untagged: bool
) -> GeoEntry | None:
    """The one entry of several a name means: a country, else the focus country's best reading, else
    (with no focus) the country whose notes write the name bare, else a big enough entry abroad."""
    countries = [e for e in entries if e.kind == "country"]
    if countries:
        return countries[0]
    local = [e for e in entries if e.country == focus]
    if local:
        best = max(local, key=_local_rank)
        if not untagged or best.kind == "admin1" or best.population >= MIN_UNTAGGED_FOCUS_CITY:
            return best
        return None
    if focus is None:
        # 'rioters in Tripoli' with nothing else told (spaCy's tag or none): the country whose notes
        # write the name bare
        preferred = bare_namesake(key, entries)
        if preferred is not None:
            return preferred
    return _foreign(text, key, entries, focus, untagged)


def _foreign(
    text: str, key: str, entries: list[GeoEntry], focus: str | None, untagged: bool
) -> GeoEntry | None:
    """A name's entry abroad: a unit named with its type word, else a region or a big enough town."""
    threshold = MIN_UNTAGGED_FOREIGN_CITY if untagged else MIN_FOREIGN_CITY
    lone = None if untagged else _unsized_lone_town(key, entries)
    if lone is not None:
        return lone
    # abroad, a bare name is a district only where the text says so ('Harris County'), never 'Jackson'
    typed = has_region_type(key)
    entries = [e for e in entries if e.kind != "admin2" or typed or _lone_district(e, entries)]
    if typed and focus is None and len({e.country for e in entries}) == 1:
        # 'of Rajbari District' in a note naming no country: a unit so named in one country only is
        # that one, whatever its size ('Rajbari' alone would need a big town)
        return max(entries, key=_local_rank)
    big = [
        e
        for e in entries
        if e.population >= threshold or (e.kind == "admin1" and (not untagged or _seat_namesake(e, entries)))
    ]
    found = max(big, key=lambda e: (e.population, _SPECIFICITY[e.kind])) if big else None
    if found is not None and focus is None:
        found = _town_over_region(text, found, entries, big)
        # 'a herder was shot in Fora': Kenya's village of our tables, not Farah, which the lists also
        # spell so (`geo/table_spellings.py`)
        return table_town(key, entries) or found
    return found


def _unsized_lone_town(key: str, entries: list[GeoEntry]) -> GeoEntry | None:
    """The one town on earth a tagged name of several words is, where the lists give no size for it
    ('Bint Jbeil', a town of thousands the lists hold with none): no other place bears the name, so it is
    that town, however small a known size would have to be; None otherwise, and for one word after an
    Arabic article ('Al-Hasan' camp is no Albanian Hasan)."""
    several = " " in (without_article(key) or key)  # 'Al-Hasan' is one word after its article
    if not several or len(entries) != 1 or entries[0].kind != "city" or entries[0].population != 0:
        return None
    return entries[0]


def _lone_district(entry: GeoEntry, entries: list[GeoEntry]) -> bool:
    """Whether a district abroad is big and the only sizeable place of its name ('Jenin', which the lists
    hold as the West Bank's governorate, its city under 'Janin'), no big city bearing it: no American
    county, whose names repeat across states and abroad ('Jackson', 'Harris')."""
    if entry.country == LOCAL_NEWS_COUNTRY or entry.population < MIN_FOREIGN_DISTRICT:
        return False
    if any(e.kind == "city" and e.population >= MIN_FOREIGN_CITY for e in entries):
        return False  # 'Multan': the city named so, not its district
    return all(e.country == entry.country or e.population < MIN_FOREIGN_CITY for e in entries)


def _acronym(word: str) -> bool:
    """Whether a written name is an acronym ('UN', 'AU', 'AL'): a few capitals, never a town's name."""
    return word.isupper() and word.isalpha() and len(word) <= MAX_ACRONYM


def _town_over_region(text: str, found: GeoEntry, entries: list[GeoEntry], big: list[GeoEntry]) -> GeoEntry:
    """Where no country is known, a bigger town abroad over a region that bears its name for its seat,
    where the text spells the name as the town's lists do and not as the region's: a region is counted
    whole against a town alone, so its seat is what is weighed, and the spelling tells whose name it is
    ('St. Louis' is Missouri's city of 316,000, not Senegal's Saint-Louis, whose region counts 412,000
    and its seat 210,000). A region without such a seat, bigger in its seat ('Belgrade') or spelt alike
    ('Valencia') stays."""
    if found.kind != "admin1" or _spelt(text, found):
        return found
    seats = [
        e.population
        for e in entries
        if e.kind == "city"
        and (e.country, e.admin1) == (found.country, found.admin1)
        and _same_name(e, found)
    ]
    if not seats:
        return found
    towns = [
        e
        for e in big
        if e.kind == "city" and e.country != found.country and e.population > max(seats) and _spelt(text, e)
    ]
    return max(towns, key=lambda e: e.population) if towns else found


def _spelt(text: str, entry: GeoEntry) -> bool:
    """Whether the text writes an entry's name letter for letter, its accents, stops and hyphens too."""
    return text.casefold() == entry.name.casefold()


def _same_name(one: GeoEntry, other: GeoEntry) -> bool:
    """Whether two entries bear one name, however written ('Saint-Louis', 'St. Louis')."""
    return name_key(one.name) == name_key(other.name)


def _seat_namesake(region: GeoEntry, entries: list[GeoEntry]) -> bool:
    """Whether a first-level region's town of MIN_FOREIGN_CITY people bears its name ('Mandera', Kenya's
    county and its seat): a word spaCy did not tag a place that names both is the place, though a note's
    armed group ('Al Shabaab invaded Mandera') makes another country its focus."""
    return any(
        e.kind == "city"
        and e.country == region.country
        and e.admin1 == region.admin1
        and e.population >= MIN_FOREIGN_CITY
        for e in entries
    )


def _first_level_unit(entry: GeoEntry, entries: list[GeoEntry], focus: str | None) -> bool:
    """Whether an entry is the focus country's first-level region of the name, where that country has
    no unit of the name at the level the written type word names."""
    return (
        entry.kind == "admin1"
        and entry.country == focus
        and not any(e.country == focus and e.kind != "admin1" and e.kind != "city" for e in entries)
    )


def _part_of(gazetteer: Gazetteer, text: str, kind: PlaceKind | None) -> list[GeoEntry]:
    """For a quarter named by its direction from a big place ('Northwest DC', 'East Hollywood'), that
    place: a region or a city of MIN_QUARTERED_CITY people; a small town's name ('West Valley' is no
    part of Valley, Alabama) is left unread."""
    first, _, rest = text.partition(" ")
    if first.lower() not in _DIRECTIONS or not rest or name_key(rest) in COMMON_WORDS:
        return []  # 'East Bay', 'West Valley': a land of that bearing, no quarter of Somalia's Bay
    return [
        e
        for e in gazetteer.lookup(rest, kind=kind)
        if e.lat is not None
        and (e.kind == "admin1" or (e.kind == "city" and e.population >= MIN_QUARTERED_CITY))
    ]


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
MIN_QUARTERED_CITY = 100_000  # only a city this big has quarters called by their direction from it
_LOCAL_RANK = {"city": 6, "admin1": 4, "admin2": 1, "country": 0}


def _local_rank(entry: GeoEntry) -> tuple[int, int]:
    """Rank readings of a name inside the focus country: a sizeable town, then a region, then a small
    town, then a district (a bare name is rarely a district's: they are written 'X district')."""
    if entry.kind == "city" and entry.population < MIN_CITY_OVER_REGION:
        return (2, entry.population)  # below a region of that name, above a district or a country
    return (_LOCAL_RANK[entry.kind], entry.population)


def _fuzzy_region(gazetteer: Gazetteer, text: str, focus: str | None) -> GeoEntry | None:
    """A region of the focus country spelled nearly like `text` ('Idleb' for Idlib), else a district
    spelled all but alike ('Jhenidah' for Jhenaidah); regions only, and only in one country, so a
    misspelt town elsewhere is never guessed."""
    if focus is None or len(text) < 4:
        return None
    found = gazetteer.fuzzy_region(text, focus, FUZZY_REGION_CUTOFF) or respelled_district(
        gazetteer, text, focus
    )
    regions = [e for e in found if e.lat is not None]
    return regions[0] if regions else None


def respelled_district(gazetteer: Gazetteer, text: str, focus: str) -> list[GeoEntry]:
    """The focus country's districts spelled all but like `text` ('Jhenidah' for Jhenaidah), closest first."""
    if len(text) < MIN_FUZZY_DISTRICT:
        return []
    return [e for e in gazetteer.fuzzy_district(text, focus, FUZZY_DISTRICT_CUTOFF) if e.lat is not None]
