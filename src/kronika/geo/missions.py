"""Diplomatic missions a text names: whose embassy, high commission or consulate it is."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer

# A mission stands in a host country, not in the one owning it: a protest 'outside the Indian High
# Commission' is a protest abroad from India's point of view, so the owner's name is no vote for where.
_MISSION = r"(?:[Ee]mbassy|[Hh]igh [Cc]ommission|[Cc]onsulate(?:[- ][Gg]eneral)?)"
_OWNER = r"([A-Z][\w.]*(?:[ -][A-Z][\w.]*)?)"
_OWNER_BEFORE = re.compile(rf"\b{_OWNER}(?:['’]s)? {_MISSION}\b")  # 'the Indian High Commission'
_OWNER_AFTER = re.compile(rf"\b{_MISSION} of (?:the )?{_OWNER}")  # 'the Embassy of India'


def mission_owners(text: str, gazetteer: Gazetteer) -> frozenset[str]:
    """Alpha-3 codes of the countries whose diplomatic missions the text names ('the US embassy',
    "India's High Commission", 'the Consulate General of Japan')."""
    owners: set[str] = set()
    for pattern in (_OWNER_BEFORE, _OWNER_AFTER):
        for match in pattern.finditer(text):
            country = _country(match.group(1), gazetteer)
            if country is not None:
                owners.add(country)
    return frozenset(owners)


def _country(words: str, gazetteer: Gazetteer) -> str | None:
    """The country two words or their last one name ('Sri Lankan', 'The Indian' -> 'Indian')."""
    for candidate in (words, re.split(r"[ -]", words)[-1]):
        entry = gazetteer.country(candidate)
        if entry is not None:
            return entry.country
    return None
