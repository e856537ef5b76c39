"""The towns an American local story names in a state, for an event its own sentence places only in that
state ('shot dead in a house in southern Maine' ... 'a duplex in Saco')."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.article import elsewhere
from kronika.geo.chains import Chain
from kronika.geo.far_landmarks import far_landmark
from kronika.geo.local import street_name
from kronika.geo.names import name_key

MIN_TOWN_LETTERS = 4  # shorter capitalised words ('Ave', 'Lt') are abbreviations, not towns
_FROM_HOME = re.compile(r"\bfrom\s+(?:his|her|their|its)\s+$")  # 'drove from her Southfield home'


def towns_in_state(gazetteer: Gazetteer, chains: Sequence[Chain], text: str, admin1: str) -> list[GeoEntry]:
    """Towns of the state the article's chains name as places, most named first, then first named; not
    a name written as a region or county ('Maine', 'York County'), a street's ('Portland Avenue'), an
    agency's ('Saco Police'), where someone lives or was treated ('a man from Portland'), or a landmark
    far from the scene ('40 miles southeast of Dallas', `geo/far_landmarks.py`)."""
    votes: Counter[GeoEntry] = Counter()
    first: dict[GeoEntry, int] = {}
    for chain in chains:
        name = chain.names[0]
        if (
            name.county
            or name.admin1_hint
            or name.district
            or name.agency
            or len(name.text) < MIN_TOWN_LETTERS
            or name_key(name.text) == name_key(admin1)
            or street_name(text, name.start, name.end)
            or elsewhere(text, chain)  # 'a man from Portland': where someone lives
            or _FROM_HOME.search(text, max(0, chain.start - 12), chain.start)
            or far_landmark(text, chain.start)  # '40 miles southeast of Dallas': miles off the scene
        ):
            continue
        towns = [t for t in gazetteer.lookup(name.text, kind="city", country="USA") if t.admin1 == admin1]
        if towns:
            votes[towns[0]] += 1
            first.setdefault(towns[0], chain.start)
    return sorted(votes, key=lambda e: (-votes[e], first[e]))
