"""Front lines: a village named in a report of fighting along a front lies in the front's regions.

Conflict reports from a front ('the SMM recorded explosions near Kruta Balka') name villages without
their region, and villages of one name are scattered over the country (a Kruta Balka lies in Poltava
region too, a Komsomolets in Russia). While a front runs through known regions, a village the report
ties to it is read in those regions; where no list holds it there, the report still places the event
in the front's region, not in a namesake hundreds of kilometres away or nowhere.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import find_chains
from kronika.geo.front_villages import front_village, stands_in_for_village, village_before_region
from kronika.geo.nearby import entries_km
from kronika.model import Place

TABLE = "data/front_regions.tsv"
# A report from the front's own country that speaks of the line itself is a report from the front.
_LINE_WORDS = re.compile(r"\b(?:front[ -]?lines?|contact line|line of contact)\b", re.IGNORECASE)
# A place outside the front this big is a town the report means, not a namesake of a front village.
MIN_TOWN_OFF_FRONT = 50_000


@dataclass(frozen=True)
class Front:
    """A front line in `country` from year `first` to `last` (None: still going) through `regions`."""

    country: str
    first: int
    last: int | None
    regions: tuple[str, ...]
    cues: tuple[str, ...]

    def active(self, year: int) -> bool:
        """Whether the front ran in `year`."""
        return self.first <= year and (self.last is None or year <= self.last)

    def cued(self, text: str) -> bool:
        """Whether the text names one of the front's own cues."""
        return any(re.search(rf"\b{re.escape(cue)}\b", text) for cue in self.cues)


@cache
def load_fronts() -> tuple[Front, ...]:
    """The shipped table of fronts (read once: it never changes while running)."""
    text = resources.files("kronika").joinpath(TABLE).read_text(encoding="utf-8")
    return parse_fronts(text.splitlines())


def parse_fronts(lines: list[str]) -> tuple[Front, ...]:
    """Rows of the front table (comments and blank lines skipped)."""
    rows = (line for line in lines if line.strip() and not line.lstrip().startswith("#"))
    fronts = []
    for row in csv.reader(rows, delimiter="\t"):
        country, first, last, regions, cues, *_ = (*(cell.strip() for cell in row), "", "")
        fronts.append(Front(country, int(first), int(last) if last else None, _split(regions), _split(cues)))
    return tuple(fronts)


def _split(cell: str) -> tuple[str, ...]:
    """A ;-separated cell as its parts."""
    return tuple(part.strip() for part in cell.split(";") if part.strip())


# Every event of an article asks for the article's front; the answer depends on its arguments alone, so a
# small memo scans each article's text once rather than once per event.
@lru_cache(maxsize=64)
def front_of(text: str, focus: str | None, year: int | None, fronts: tuple[Front, ...]) -> Front | None:
    """The front a report comes from: one running that year whose cues the text names, or in the
    article's country where the text speaks of a front line; None for any other report."""
    if year is None:
        return None
    running = [f for f in fronts if f.active(year)]
    cued = next((f for f in running if f.cued(text)), None)
    if cued is not None:
        return cued
    return next((f for f in running if f.country == focus and _LINE_WORDS.search(text)), None)


def front_place(
    place: Place | None, sentence: str, text: str, front: Front | None, gazetteer: Gazetteer
) -> Place | None:
    """The place, read on the front where the report comes from one and the place lies off it: a
    village of the sentence's names in the front's regions, else the region the text names (the
    first listed where it names none). A place on the front, a sizeable town and a place whose
    region the sentence writes stay as they are."""
    if front is None:
        return village_before_region(place, sentence)
    if _kept(place, sentence, front, gazetteer):
        if place is not None and stands_in_for_village(place, sentence):  # 'near Pyshchevyk, Donetsk'
            place = _village_of_region(place, sentence, front, gazetteer)
        return _on_line(place, front, gazetteer) if place is not None else None
    village = _front_village(sentence, front, gazetteer)
    if village is not None:
        return _on_line(village, front, gazetteer)
    return _front_region(text, front, gazetteer)


def _on_line(place: Place, front: Front, gazetteer: Gazetteer) -> Place:
    """Of the villages of a front region called as the place is, the one nearest the region's seat: the
    front's regions are governed from towns on the line, and a village a front report names lies on
    it, not in the region's far corner. A sizeable town is the one meant, namesakes or not; below that,
    our table's village of the name in that region is the one front reports mean, where it has one."""
    if place.precision != "city" or place.country != front.country or place.admin1 not in front.regions:
        return place
    if _population(place, gazetteer) >= MIN_TOWN_OFF_FRONT:
        return place
    tabled = front_village(place.name, front.country, (place.admin1,))
    if tabled is not None:
        return tabled.to_place()
        return place
    regions = gazetteer.lookup(place.admin1, kind="admin1", country=front.country)
    seat = gazetteer.seat(regions[0].to_place()) if regions else None
    if seat is None or seat.lat is None or seat.lon is None:
        return place
    namesakes = [
        e
        for e in gazetteer.lookup(place.name, kind="city", country=front.country)
        if e.admin1 == place.admin1 and e.lat is not None and e.lon is not None
    ]
    nearest = min(namesakes, key=lambda e: entries_km(e, seat), default=None)
    return nearest.to_place() if nearest is not None else place


def _village_of_region(region: Place, sentence: str, front: Front, gazetteer: Gazetteer) -> Place:
    """The village the sentence names in a front region it places an event in, else the region; the
    region's own city ('Donetsk.' read as a name) is the region written, not a village of it."""
    village = _front_village(sentence, front, gazetteer)
    if village is None or village.admin1 != region.admin1 or village.name in front.regions:
        return region
    return village


def _kept(place: Place | None, sentence: str, front: Front, gazetteer: Gazetteer) -> bool:
    """Whether a place stands on a front report: it lies in the front's regions, or it is a town the
    report means (a sizeable one, or one whose region the sentence writes beside it)."""
    if place is None or place.precision == "country":
        return False
    if place.country == front.country and place.admin1 in front.regions:
        return True
    if place.admin1 is not None and place.admin1 != place.name and place.admin1 in sentence:
        return True
    # only a town the sentence names itself: a village off the front may have been moved to the big
    # town beside it ('Lozove' to Simferopol), which the report never meant
    return place.name in sentence and _population(place, gazetteer) >= MIN_TOWN_OFF_FRONT


def _population(place: Place, gazetteer: Gazetteer) -> int:
    """The people of the gazetteer's entry for a place (0 where none matches it)."""
    return gazetteer.population(place) or 0


def _front_village(sentence: str, front: Front, gazetteer: Gazetteer) -> Place | None:
    """The first town or village the sentence names that lies in the front's regions; a name of a
    region ('Luhansk region', a bare 'Donetsk') is the region, not its town. A village the lists lack
    is read from our table of front villages ('Bolotene' lies in Luhansk region). A double-barrelled
    village no list holds ('Kalynove-Borshchuvate') is read by its first part, the village it grew
    beside, where the sentence names no front region to place it in instead."""
    for chain in find_chains(sentence):
        for name in chain.names:
            if name.admin1_hint or name.district or name.county or name.text in front.regions:
                continue
            inside = _front_towns(name.text, front, gazetteer)
            if inside:
                return inside[0].to_place()
            tabled = front_village(name.text, front.country, front.regions)
            if tabled is not None:
                return tabled.to_place()
            if "-" in name.text and not _named_regions(sentence, front):
                inside = _front_towns(name.text.split("-")[0], front, gazetteer)
            if inside:
                return inside[0].to_place()
    return None


def _front_towns(name: str, front: Front, gazetteer: Gazetteer) -> list[GeoEntry]:
    """The towns of a name in the front's regions, biggest first."""
    towns = gazetteer.lookup(name, kind="city", country=front.country)
    return [t for t in towns if t.admin1 in front.regions]


def _front_region(text: str, front: Front, gazetteer: Gazetteer) -> Place | None:
    """The front region the text names (else the first listed), at its seat: the front's regions are
    governed from towns on the line, where the fighting they report mostly is."""
    for region in [*_named_regions(text, front), *front.regions]:
        entries = gazetteer.lookup(region, kind="admin1", country=front.country)
        if entries:
            return _at_seat(entries[0].to_place(), gazetteer)
    return None


def _named_regions(text: str, front: Front) -> list[str]:
    """The front's regions the text names."""
    return [r for r in front.regions if re.search(rf"\b{re.escape(r)}\b", text)]


def _at_seat(region: Place, gazetteer: Gazetteer) -> Place:
    """A region's place moved to its seat's point (name, region and precision stay the region's)."""
    seat = gazetteer.seat(region)
    if seat is None or seat.lat is None or seat.lon is None:
        return region
    return replace(region, lat=seat.lat, lon=seat.lon)
