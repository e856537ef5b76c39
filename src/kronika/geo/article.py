"""What a whole article says about place: the regions it names and the town it is mostly about."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chains import Chain, candidates, find_chains, resolve_chain
from kronika.geo.names import name_key
from kronika.nlp import doc_text

LEAD_CHARS = 400  # a town named in the headline or first lines is what local news is about
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words after a town that show it is a place, not a surname: 'Richmond police said', 'a Monroe man'.
_PLACE_FOLLOWERS = frozenset(
    {"police", "officers", "county", "man", "woman", "teen", "resident", "residents"}
)
_AGENCY_WORDS = frozenset({"police", "officers"})
_CACHE_KEY = "kronika.places.article"


@dataclass(frozen=True)
class ArticlePlaces:
    """Regions named anywhere in an article (they pick among same-named towns) and its main town."""

    focus: str | None
    hinted: frozenset[str]
    main: GeoEntry | None


def article_places(doc: Doc, gazetteer: Gazetteer, focus: str | None) -> ArticlePlaces:
    """The article's named regions and main town, worked out once per doc (kept in its user_data)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if isinstance(cached, ArticlePlaces) and cached.focus == focus:
        return cached
    chains = find_chains(doc_text(doc))
    hinted = _named_regions(gazetteer, chains, focus)
    found = ArticlePlaces(focus, hinted, _main_town(doc, gazetteer, chains, focus, hinted))
    doc.user_data[_CACHE_KEY] = found
    return found


def _named_regions(gazetteer: Gazetteer, chains: list[Chain], focus: str | None) -> frozenset[str]:
    """First-level regions of the focus country named in full or, after a town, by abbreviation, or
    as the state of a county that only one state has."""
    regions: set[str] = set()
    for chain in chains:
        for i, name in enumerate(chain.names):
            for entry in candidates(gazetteer, name, i):
                exact = i > 0 or name_key(entry.name) == name_key(name.text)
                if entry.kind == "admin1" and entry.country == focus and exact and entry.admin1:
                    regions.add(entry.admin1)
            if name.county:  # 'Tulare County' names its state too, where only one state has it
                states = {
                    e.admin1
                    for e in candidates(gazetteer, name, i)
                    if e.kind == "admin2" and e.country == focus
                }
                regions.update(s for s in states if s and len(states) == 1)
    return frozenset(regions)


def _main_town(
    doc: Doc, gazetteer: Gazetteer, chains: list[Chain], focus: str | None, hinted: frozenset[str]
) -> GeoEntry | None:
    """The town of the focus country the article names most, the lead counting triple; None if none."""
    votes: Counter[GeoEntry] = Counter()
    first: dict[GeoEntry, int] = {}
    places = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _PLACE_LABELS]
    for chain in chains:
        if not _looks_like_place(doc_text(doc), chain, places):
            continue
        found = resolve_chain(gazetteer, chain, focus, hinted)
        if found is None or found.entry.kind != "city" or found.entry.country != focus:
            continue
        votes[found.entry] += (3 if chain.start < LEAD_CHARS else 1) + _agency_bonus(doc_text(doc), chain)
        first.setdefault(found.entry, chain.start)
    if not votes:
        return None
    return max(votes, key=lambda e: (votes[e], -first[e]))


def _agency_bonus(text: str, chain: Chain) -> int:
    """Extra votes for a town whose police speak ('Cincinnati police said'): local news is about the
    town whose force handles the case, though it may name a neighbourhood more often."""
    after = text[chain.end : chain.end + 12].lower().split()
    named = any(n.agency for n in chain.names)  # 'the Las Vegas Metropolitan Police Department'
    return 3 if named or (after and after[0].strip(",.") in _AGENCY_WORDS) else 0


def _looks_like_place(text: str, chain: Chain, places: list[tuple[int, int]]) -> bool:
    """Whether a chain is a place and not a name: tagged as one, with a region after it, or 'X police'."""
    if (
        len(chain.names) > 1
        or any(n.agency for n in chain.names)
        or any(s <= chain.start < e for s, e in places)
    ):
        return True
    after = text[chain.end : chain.end + 12].lower().split()
    return bool(after) and after[0].strip(",.") in _PLACE_FOLLOWERS
