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

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.mentions import PlaceMention
from kronika.geo.names import name_key, strip_region_type
from kronika.model import Place

# Only a region of the focus country outweighs the town read abroad: a focus country read wrong has towns
# of its own that a note's names happen to spell ('Kale', Turkey's, beside Myanmar's Kalemyo), not regions.
_HOME_KINDS = frozenset({"admin2", "admin1"})


def home_over_abroad(
    place: Place, sentence: str, mentions: Iterable[PlaceMention], focus: str | None, gazetteer: Gazetteer
) -> Place:
    """The best-scored region of the focus country among the `sentence`'s `mentions`, for a town read
    abroad; the place itself where it is no town, lies in the focus country, or the sentence names no
    region there that it places the event in (a region scored below zero is where the event came from).
    A sentence that writes the town's own region or names another place of its country ('in Superior
    (Wisconsin)') bears the town out, and the focus is what was read wrong; so is a region written as the
    town is ('Muse', Turkey's Muş and Myanmar's Mu-se) or whose name the town's country gives a unit of its
    own too ('Punjab')."""
    if focus is None or focus == LOCAL_NEWS_COUNTRY or place.precision != "city" or place.country == focus:
        return place
    if place.admin1 and place.admin1 in sentence:
        return place
    found = list(mentions)
    others = [m for m in found if (m.entry.name, m.entry.country) != (place.name, place.country)]
    if any(m.entry.country == place.country for m in others):
        return place
    home = [
        m
        for m in others
        if m.entry.country == focus
        and m.entry.kind in _HOME_KINDS
        and m.score > 0
        and _letters(m.text) != _letters(place.name)
        and not _unit_of(m.text, place.country, gazetteer)
    ]
    if not home:
        return place
    best = max(home, key=lambda m: (m.score, -m.start))
    return best.entry.to_place()


def _letters(name: str) -> str:
    """A name's letters alone, folded, without its region-type word: 'Mu-se' and 'Muse District' are
    one name."""
    return "".join(ch for ch in strip_region_type(name_key(name)) if ch.isalpha())


def _unit_of(name: str, country: str, gazetteer: Gazetteer) -> bool:
    """Whether the country has a region or district the name names."""
    return any(e.country == country and e.kind in _HOME_KINDS for e in gazetteer.lookup(name))
