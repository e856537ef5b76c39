"""The country a chain of place names is read in: the one where most of its names are read near each other
('Krishnanagar village (Chandpur)' is Bangladesh's, whose Chandpur district holds the village, not India's,
whose Chandpurs lie far off); for `chain_resolve.py`."""

from __future__ import annotations

from kronika.gazetteer import GeoEntry
from kronika.geo.chain_parts import container_countries
from kronika.geo.nearby import entries_km

# Two names of a chain read this far apart in one country, and in different first-level regions, do not
# confirm that country: a chain's names lie within a district or two of each other.
AGREE_KM = 250.0


def chain_country(options: list[list[GeoEntry]], focus: str | None) -> tuple[str | None, int]:
    """The country most names of a chain can be read in, with how many names agree."""
    support: dict[str, int] = {}
    weight: dict[str, int] = {}
    for group in options:
        for country in {e.country for e in group}:
            support[country] = support.get(country, 0) + 1
            weight[country] = max(
                weight.get(country, 0), *(e.population for e in group if e.country == country)
            )
    if not support:
        return None, 0
    last = {e.country for e in options[-1]} if len(options) > 1 else set()
    container = container_countries(options[-1], support) if len(options) > 1 else set()
    agree = {c: agreeing_names(options, c) for c in support}
    own = own_region_towns(options)
    best = max(
        support,
        key=lambda c: (
            c in container,
            agree[c],
            _contained(options, c),
            c in last,
            c == focus,
            c in own,
            weight[c],
        ),
    )
    return best, support[best]


def own_region_towns(options: list[list[GeoEntry]]) -> frozenset[str]:
    """The countries where the chain's last name is a first-level region holding a town of an earlier
    name: 'Leon (Leon)' is Nicaragua's León, a town in its León department, not the bigger León
    municipality of Mexico's Guanajuato or Spain's province, where no region is called León."""
    if len(options) < 2:
        return frozenset()
    towns = [e for group in options[:-1] for e in group if e.kind == "city"]
    return frozenset(
        region.country
        for region in options[-1]
        if region.kind == "admin1"
        and any(t.country == region.country and t.admin1 == region.admin1 for t in towns)
    )


def agreeing_names(options: list[list[GeoEntry]], country: str) -> int:
    """How many names of a chain are read in `country` near a reading there of an earlier name: in its
    first-level region or within AGREE_KM (or as the country itself, or first there). In 'Krishnanagar
    village (Chandpur)' India reads both names, but its Chandpurs lie 500 km and more from its
    Krishnanagar, so the bracket vouches only for Bangladesh, whose Chandpur district holds the village."""
    agreeing = 0
    earlier: list[GeoEntry] = []
    for group in options:
        local = [e for e in group if e.country == country]
        if local and (not earlier or any(_agrees(e, earlier) for e in local)):
            agreeing += 1
        earlier.extend(e for e in local if e.kind != "country")
    return agreeing


def _agrees(entry: GeoEntry, earlier: list[GeoEntry]) -> bool:
    """Whether a reading of a later chain name may hold or neighbour one of an earlier name's readings."""
    if entry.kind == "country" or entry.admin1 is None:
        return True
    return any(e.admin1 == entry.admin1 or entries_km(e, entry) <= AGREE_KM for e in earlier)


def _contained(options: list[list[GeoEntry]], country: str) -> int:
    """How many names of a chain are read, in `country`, as a region holding an earlier name's reading
    ('San Antonio, Valparaiso' in Chile, where Valparaíso is San Antonio's region; not in the USA)."""
    held = 0
    earlier: set[str | None] = set()
    for group in options:
        local = [e for e in group if e.country == country]
        if any(e.kind in ("admin1", "admin2") and e.admin1 in earlier for e in local):
            held += 1
        earlier.update(e.admin1 for e in local if e.kind != "country")
    return held
