"""Towns a note places in a region the lists file them under another name of: a province since split or
cut down, whose old and new parts share a name ('Nabire, Papua province' where the lists file Nabire
under Central Papua, cut from Papua; 'Batam city, Riau Islands' where they keep it in Riau, which the
islands left), or one cut from the other (`geo/eras.py`'s CUT_FROM: 'Sorong city, West Papua province',
where the lists file Sorong under Southwest Papua, whose name does not hold West Papua's word for word).
Notes write the region as their coders keep it, so the town is read in that region."""

from __future__ import annotations

from dataclasses import replace

from kronika.gazetteer import GeoEntry
from kronika.geo.eras import CUT_FROM
from kronika.geo.names import name_key


def in_kin_regions(found: list[GeoEntry], regions: set[str | None]) -> list[GeoEntry]:
    """The entries whose listed region and one of the written regions are kin (one's name holds the
    other's, word for word, or one was cut from the other), each given that written region."""
    out = []
    for entry in found:
        kin = next((r for r in sorted(filter(None, regions)) if _kin(entry.admin1, r, entry.country)), None)
        if kin is not None:
            out.append(replace(entry, admin1=kin))
    return out


def _kin(listed: str | None, written: str, country: str) -> bool:
    """Whether two region names differ, yet one's words run whole inside the other's ('Papua' in
    'Central Papua', 'Riau' in 'Riau Islands'; not 'North Sumatra' and 'South Sumatra'), or one region of
    `country` was cut from the other ('Southwest Papua' from 'West Papua')."""
    if listed is None:
        return False
    if _cut_apart(listed, written, country):
        return True
    a, b = name_key(listed).split(), name_key(written).split()
    if a == b:
        return False
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def in_written_kin(entry: GeoEntry, options: list[list[GeoEntry]]) -> GeoEntry:
    """A chain's place filed under the first-level region the chain names last, where the lists file
    the place under a kin of it and the chain never writes the listed region: 'Enarotali district,
    Paniai regency, Papua province', whose town and regency the lists keep in Central Papua, is Papua's."""
    if entry.kind == "country" or len(options) < 2:
        return entry
    last = [e.admin1 for e in options[-1] if e.country == entry.country and e.kind == "admin1"]
    if not last or entry.admin1 in last:
        return entry
    kin = [region for region in last if region and _kin(entry.admin1, region, entry.country)]
    return replace(entry, admin1=kin[0]) if kin else entry


def _cut_apart(one: str, other: str, country: str) -> bool:
    """Whether either region of `country` was cut from the other (`geo/eras.py`'s CUT_FROM)."""
    cut = (CUT_FROM.get((country, one)), CUT_FROM.get((country, other)))
    return (cut[0] is not None and cut[0][0] == other) or (cut[1] is not None and cut[1][0] == one)
