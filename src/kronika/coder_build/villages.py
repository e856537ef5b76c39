"""The coder-village table (`data/coder_villages.tsv`): the rule picking its villages, and its text.

Its villages are those coders place events at that the lists lack in their country, picked from the
training rows; `geo/coder_villages.py` indexes the table.

ACLED's notes name villages no registry list holds in their country ('militants raided the village of
Mognaba'), or holds only abroad (Burkina Faso's Ariel, Nama and Bagre read as Israel's, the
Philippines' and Brazil's towns). Where a training row codes its event at a village by the name its note
writes, the row's point is the village's: the table keeps, for each such name of a country, the median
point of its rows, where the rows agree on the region. It is remade from the shared data by
`scripts/coder_villages.py`, never written by hand.
"""

from __future__ import annotations

import difflib
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kronika.coder_build.rows import CoderRow
from kronika.geo.coder_villages import TABLE
from kronika.geo.listed_towns import read_listed_towns
from kronika.geo.names import name_key, without_article
from kronika.geo.nearby import distance_km
from kronika.model import Place

if TYPE_CHECKING:
    from kronika.gazetteer import Gazetteer, GeoEntry

# A village is small: any listed town of its name outranks it, and a namesake abroad this small or
# smaller (a hamlet) does not make its name one of two countries (listed_towns.MIN_RIVAL_TOWN).
POPULATION = 500
REGION_SHARE = 0.8  # rows of a name in two regions of a country are namesakes: four in five must agree
MAX_SPREAD_KM = 10.0  # the rows' median distance from their median point: more is an area, not a village
# A district or township a note names ('Kibanda village (Idjwi, Sud-Kivu)') is coded at one point where the
# coder cannot find the village, and at its villages otherwise: its rows lie farther apart than one
# village's, but a unit's whose rows spread over more than this is too big for one point to serve.
UNIT_SPREAD_KM = 20.0
MIN_LETTERS = 3  # shorter names are abbreviations ('AU', 'Km')
# Countries left out: American notes name neighbourhoods and parks that share names with hamlets of other
# states, and the lists serve American news well (as geo/villages.py leaves out the larger list's).
WELL_LISTED = frozenset({"USA"})
# A name a place abroad of this many people bears (a city, region or country) is that place's in the notes
# that write it ('New York' is also a village of Donetsk, named in 'New York-Manhattan'): left out.
BIG_NAMESAKE = 100_000
SAME_VILLAGE_KM = 2.0  # a row of the index this near a table line is the line's own village
# A coded name this like a listed town's within SPELLING_KM of its point is that town spelt otherwise
# ('Quamishli' for Al Qamishli), which fuzzy matching finds: no village of its own.
SPELLING_KM = 15.0
SPELLING_LIKENESS = 0.8
# A coded name holding a listed town's name whole within PART_KM is a part of it: a city's quarter or
# port ('Donetsk-Kirovskyi', 'Gaza Port') or a double name read by its part ('Kalynove-Borshchuvate').
PART_KM = 30.0
# A coded place joins two names ('Dhaka - Mirpur'), or is none of the note's words.
_JOINED = re.compile(r" - |/|\(|\d")
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")
# Words of direction a place's name adds to a listed one's ('South Jakarta', 'Gaalkacyo North'): such a
# name is that place's part, which the resolver reads at the place, not a village of its own.
_COMPASS = frozenset(
    {"north", "south", "east", "west", "central", "upper", "lower"}
    | {"northern", "southern", "eastern", "western"}
)
HEADER = """\
# Villages ACLED's coders place events at, which the registry lists lack in the country or hold only
# abroad (geo/coder_villages.py). Made by scripts/coder_villages.py from ../shared/data, not by hand:
# each line is a name a training row's note writes (capitalised) and codes its event at, in a country
# where the index holds no place of the name; its point is the median of those rows' points, rounded
# (points as ACLED's coders place them: medians over the training notes only). Left out: names coded
# in two regions of a country or with points over 10 km apart, names the rows also code as a district
# of another region, a listed place's name with a word of direction added ('South Jakarta'), names
# joining two places or bearing a number, names of fewer than three letters, names of a place of 100,000
# people abroad, the United States' (well listed), and names whose every word the notes also write in
# lower case ('market', 'camp road'), which are words; and a listed town's other spellings ('Quamishli')
# and parts ('Gaza Port', 'Donetsk-Kirovskyi'), and quarters of a big city filed in the region beside it.
# After the villages, the districts and townships (a row's admin2 or admin3) its note writes that the
# index lacks in the country, by the same rule, at the median of the rows coded in them (those within
# 20 km of it in the median): the point coders give an event whose village they could not find; a unit
# whose name the country's notes also write under other regions ('Kotwali', every city's) left out.
# Columns: iso3, name, admin1 (the index's name of the rows' region), latitude, longitude, people
"""


@dataclass(frozen=True)
class CodedVillage:
    """One line of the table: a village, its region and point, and how many training rows code it."""

    iso3: str
    name: str
    admin1: str
    lat: float
    lon: float
    rows: int

    def line(self) -> str:
        """The table line (the row count is not written: it changes with the data, not the village)."""
        return f"{self.iso3}\t{self.name}\t{self.admin1}\t{self.lat:.2f}\t{self.lon:.2f}\t{POPULATION}"


def lower_words(notes: Iterable[str]) -> frozenset[str]:
    """Every word the notes write in lower case."""
    return frozenset(w for note in notes for w in _WORD.findall(note))


def is_name(location: str, words: frozenset[str]) -> bool:
    """Whether a coded place reads as one village's name: not two places joined, no number, long
    enough, and not made only of words the notes write in lower case."""
    if _JOINED.search(location) or sum(c.isalpha() for c in location) < MIN_LETTERS:
        return False
    parts = location.lower().split()
    return not all(p in words for p in parts)


def named_rows(rows: Iterable[CoderRow], words: frozenset[str]) -> dict[tuple[str, str], list[CoderRow]]:
    """The rows coded at a village their own note names as written, by (country, place)."""
    found: dict[tuple[str, str], list[CoderRow]] = defaultdict(list)
    for row in rows:
        place = row.location.strip()
        if not row.iso3 or row.iso3 in WELL_LISTED or not is_name(place, words):
            continue
        if re.search(r"\b" + re.escape(place) + r"\b", row.note):
            found[(row.iso3, place)].append(row)
    return found


def unit_rows(rows: Iterable[CoderRow], words: frozenset[str]) -> dict[tuple[str, str], list[CoderRow]]:
    """The rows coded in a second- or third-level unit their own note names as written, by (country,
    unit): the notes' districts and townships the lists lack, at the points coders give their events."""
    found: dict[tuple[str, str], list[CoderRow]] = defaultdict(list)
    for row in rows:
        if not row.iso3 or row.iso3 in WELL_LISTED:
            continue
        for unit in dict.fromkeys((row.admin2.strip(), row.admin3.strip())):
            if unit and is_name(unit, words) and re.search(r"\b" + re.escape(unit) + r"\b", row.note):
                found[(row.iso3, unit)].append(row)
    return found


def village_of(
    iso3: str, name: str, rows: list[CoderRow], spread: float = MAX_SPREAD_KM
) -> CodedVillage | None:
    """The village its rows give, where they agree on its region (one they name) and lie within `spread`
    of their median point (a unit's rows lie farther apart than a village's)."""
    regions = Counter(r.region for r in rows)
    region, count = regions.most_common(1)[0]
    if not region or count < REGION_SHARE * len(rows):
        return None
    lat = statistics.median(r.lat for r in rows)
    lon = statistics.median(r.lon for r in rows)
    if statistics.median(distance_km(lat, lon, r.lat, r.lon) for r in rows) > spread:
        return None
    return CodedVillage(iso3, name, region, round(lat, 2), round(lon, 2), len(rows))


def compass_rest(name: str) -> str | None:
    """The name without its words of direction ('South Jakarta' -> 'Jakarta'); None where it has none
    or is nothing else."""
    words = name.split()
    rest = [w for w in words if w.lower() not in _COMPASS]
    return " ".join(rest) if rest and len(rest) < len(words) else None


def unit_regions(rows: Iterable[CoderRow]) -> dict[tuple[str, str], frozenset[str]]:
    """The regions each (country, name key) is a second- or third-level unit of, in the rows."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for unit in (row.admin2, row.admin3):
            if unit:
                found[(row.iso3, name_key(unit))].add(row.region)
    return {key: frozenset(regions) for key, regions in found.items()}


def coded_villages(
    rows: list[CoderRow],
    words: frozenset[str],
    listed: Callable[[str, str], bool],
    region_name: Callable[[str, str], str] = lambda iso3, region: region,
    of_listed_town: Callable[[CodedVillage], bool] = lambda village: False,
) -> list[CodedVillage]:
    """The table's villages, by country and name: the places training rows code at a name their notes
    write, which `listed(iso3, name)` says the index lacks in that country (nor a listed place with
    words of direction added), under the index's name for their region (`region_name`). A name the rows
    also code as a district of another region of the country is left out: it is that district's
    ('Wadajir, Banadir' is Mogadishu's, whatever village of Lower Juba bears its name). Then the units
    (`unit_rows`) the index lacks by the same tests, where no village of the name is in the table."""
    units = unit_regions(rows)
    villages = []
    for (iso3, name), named in sorted(named_rows(rows, words).items()):
        rest = compass_rest(name)
        if listed(iso3, name) or (rest is not None and listed(iso3, rest)):
            continue
        village = village_of(iso3, name, named)
        if village is None or of_listed_town(village):
            continue
        if units.get((iso3, name_key(name)), {village.admin1}) <= {village.admin1}:
            villages.append(replace(village, admin1=region_name(iso3, village.admin1)))
    # then the units the notes name, at their rows' median, where no village of the name is in the table
    taken = {(v.iso3, name_key(v.name)) for v in villages}
    by_country: dict[str, list[CoderRow]] = defaultdict(list)
    for row in rows:
        by_country[row.iso3].append(row)
    for (iso3, name), named in sorted(unit_rows(rows, words).items()):
        rest = compass_rest(name)
        if (iso3, name_key(name)) in taken or listed(iso3, name) or (rest is not None and listed(iso3, rest)):
            continue
        unit = village_of(iso3, name, named, UNIT_SPREAD_KM)
        if unit is None or of_listed_town(unit) or not _one_regions(name, unit.admin1, by_country[iso3]):
            continue
        villages.append(replace(unit, admin1=region_name(iso3, unit.admin1)))
        taken.add((iso3, name_key(name)))
    return villages


def _one_regions(name: str, region: str, rows: list[CoderRow]) -> bool:
    """Whether the country's notes that write a unit's name are coded in its region (REGION_SHARE of
    them): a name every city's notes give a unit of ('Kotwali', the police station of each district's
    town) is many units, whichever one the rows code under it."""
    pattern = re.compile(r"\b" + re.escape(name) + r"\b")
    regions = Counter(row.region for row in rows if pattern.search(row.note))
    return regions[region] >= REGION_SHARE * sum(regions.values())


def table_text(villages: Iterable[CodedVillage]) -> str:
    """The table's whole text: its header, then a line per village."""
    return HEADER + "".join(v.line() + "\n" for v in villages)


def table_points(text: str) -> dict[tuple[str, str], tuple[float, float]]:
    """The table's villages by (country, name key), at their points."""
    return {
        (town.iso3, key): (town.lat, town.lon)
        for town in read_listed_towns(text, table=TABLE)
        for key in town.keys
    }


def is_table_village(points: dict[tuple[str, str], tuple[float, float]], entry: GeoEntry) -> bool:
    """Whether an index entry is one the table added (a town with a line's name and point)."""
    point = points.get((entry.country, name_key(entry.name)))
    if point is None or entry.kind != "city" or entry.lat is None or entry.lon is None:
        return False
    return distance_km(entry.lat, entry.lon, *point) <= SAME_VILLAGE_KM


def remade_table(rows: list[CoderRow], gazetteer: Gazetteer, shipped: str) -> str:
    """The table the training rows give: a name counts as listed in its country where the index holds a
    place of it there other than the `shipped` table's own village, or a place of BIG_NAMESAKE people
    abroad."""
    points = table_points(shipped)

    def listed(iso3: str, name: str) -> bool:
        """Whether the index holds the name in the country (not as the table's village), or big abroad."""
        return any(
            (e.country == iso3 and not is_table_village(points, e))
            or (e.country != iso3 and e.population >= BIG_NAMESAKE)
            for e in gazetteer.lookup(name)
        )

    def region_name(iso3: str, region: str) -> str:
        """The index's name of a region the rows name ('Al Nabatieh' is the index's Nabatiye)."""
        found = gazetteer.lookup(region, kind="admin1", country=iso3)
        found = found or gazetteer.regions_named(region, {iso3})
        return found[0].name if found else region

    def of_listed_town(village: CodedVillage) -> bool:
        """Whether a town the index lists near the village bears a name like its own or a part of it,
        or is a big city of another region beside it."""
        here = Place(village.name, village.iso3, village.admin1, village.lat, village.lon, "city")
        key = name_key(village.name)
        for town in gazetteer.towns_within(here, PART_KM):
            if is_table_village(points, town) or town.lat is None or town.lon is None:
                continue
            town_key = name_key(town.name)
            if town_key and re.search(r"\b" + re.escape(town_key) + r"\b", key):
                return True
            if distance_km(village.lat, village.lon, town.lat, town.lon) > SPELLING_KM:
                continue
            bare = without_article(town_key) or town_key
            if max(_likeness(key, town_key), _likeness(key, bare)) >= SPELLING_LIKENESS:
                return True
            # a big city's quarter filed in the region beside it (Miritini, Mombasa's, coded under Kwale):
            # as a village it would draw the city's events
            if town.population >= BIG_NAMESAKE and name_key(town.admin1 or "") != name_key(village.admin1):
                return True
        return False

    words = lower_words(r.note for r in rows)
    return table_text(coded_villages(rows, words, listed, region_name, of_listed_town))


def _likeness(a: str, b: str) -> float:
    """How alike two name keys are (difflib's ratio of shared letters)."""
    return difflib.SequenceMatcher(None, a, b).ratio()
