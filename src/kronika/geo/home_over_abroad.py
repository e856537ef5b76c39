"""A town abroad read for an event whose own sentence names a region of the note's country: that region.

A name the lists hold only abroad is read as the town abroad when it is big enough ('Fasa', Iran's
Fasā). Where the same sentence names a region of the country the note is about ('at Fasa area west of
Abta in Central Darfur'), the event happened there: a note tells where in its own country, and a coder
places an event it cannot find at the unit the note names. A town of the focus country does not count,
as the focus may be read wrong from a name spelt like one of its towns. American local news is left
alone: its country is read from its station, not from its places.
"""

from __future__ import annotations

from collections.abc import Iterable

from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.mentions import PlaceMention
from kronika.model import Place

# Only a region of the focus country outweighs the town read abroad: a focus country read wrong has towns
# of its own that a note's names happen to spell ('Kale', Turkey's, beside Myanmar's Kalemyo), not regions.
_HOME_KINDS = frozenset({"admin2", "admin1"})


def home_over_abroad(place: Place, mentions: Iterable[PlaceMention], focus: str | None) -> Place:
    """The best-scored region of the focus country among the sentence's `mentions`, for a town read
    abroad; the place itself where it is no town, lies in the focus country, or the sentence names no
    region there."""
    if focus is None or focus == LOCAL_NEWS_COUNTRY or place.precision != "city" or place.country == focus:
        return place
    home = [m for m in mentions if m.entry.country == focus and m.entry.kind in _HOME_KINDS]
    if not home:
        return place
    best = max(home, key=lambda m: (m.score, -m.start))
    return best.entry.to_place()
