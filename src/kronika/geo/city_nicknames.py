"""Short names American local news writes for a few big cities ('KC'), indexed as those cities' names."""

from __future__ import annotations

from kronika.geo.build import GazetteerData
from kronika.geo.names import name_key

# (short name, the city's name as the lists hold it, its state): a page that writes 'KC police identify
# the victim' or 'mourns KC shooting victims' and names no other town placed its news nowhere. In the Gun
# Violence Archive's study slice (2,100 pages) all 4 pages writing 'KC' mean Kansas City, Missouri (the
# Kansas one they write 'KCK', which no line here reads: it is that city's own police's word for it).
NICKNAMES: tuple[tuple[str, str, str], ...] = (("KC", "Kansas City", "Missouri"),)


def add_city_nicknames(data: GazetteerData, nicknames: tuple[tuple[str, str, str], ...] = NICKNAMES) -> None:
    """Index each short name under the most populous American town of its city's name in its state."""
    for short, city, state in nicknames:
        rows = [
            i
            for i in data.index.get(name_key(city), [])
            if data.rows[i][1:4] == ("city", "USA", state) and name_key(data.rows[i][0]) == name_key(city)
        ]
        if not rows:
            continue
        best = max(rows, key=lambda i: data.rows[i][6])
        key = name_key(short)
        if best not in data.index.setdefault(key, []):
            data.index[key].append(best)
