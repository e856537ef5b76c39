"""Choosing one gazetteer entry for a name, using the article's focus country to break ties."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry, PlaceKind

# A bare name outside the focus country must be this big to count: "Us" (France) and "Banks" stay out.
MIN_FOREIGN_CITY = 20_000
MIN_UNTAGGED_FOREIGN_CITY = 1_000_000  # for capitalised words spaCy did not tag as places
MIN_UNTAGGED_FOCUS_CITY = 10_000
_SPECIFICITY = {"city": 2, "admin1": 1, "country": 0}


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
    """
    entries = [e for e in gazetteer.lookup(text, kind=kind) if e.lat is not None]
    if not entries:
        return None
    countries = [e for e in entries if e.kind == "country"]
    if countries:
        return countries[0]
    local = [e for e in entries if e.country == focus]
    if local:
        best = max(local, key=lambda e: (_SPECIFICITY[e.kind], e.population))
        if not untagged or best.kind == "admin1" or best.population >= MIN_UNTAGGED_FOCUS_CITY:
            return best
        return None
    threshold = MIN_UNTAGGED_FOREIGN_CITY if untagged else MIN_FOREIGN_CITY
    big = [e for e in entries if e.population >= threshold or (e.kind == "admin1" and not untagged)]
    return max(big, key=lambda e: (e.population, _SPECIFICITY[e.kind])) if big else None
