"""A chain written as coders place an event, a name and its units in brackets after it ('Gerbi Dhaye
village (Fafan, Somali)'), against another region the same sentence names in passing."""

from __future__ import annotations

import re

from kronika.geo.chain_resolve import ChainPlace
from kronika.geo.mentions import PlaceMention

# the opening bracket right after the chain's first name (and its type word), a comma inside it
_OPENS_BRACKET = re.compile(r"^[^(),]{0,20}\(\s*[^()]*,[^()]*\)")


def bracketed_units(text: str, chain: ChainPlace, offset: int) -> bool:
    """Whether a chain is a name followed by a bracket of two or more names ('Gerbi Dhaye village (Fafan,
    Somali)', 'Bogor city (Bogor, West Java)'): notes so write where their event took place, the units
    holding the first."""
    names = chain.chain.names
    if len(names) < 3:
        return False
    after_first = text[names[0].end - offset : chain.chain.end - offset + 1]
    return _OPENS_BRACKET.match(after_first) is not None


def region_passing(text: str, best: PlaceMention, chain: ChainPlace, offset: int) -> bool:
    """Whether the best mention is a first-level region outside a bracketed chain that places the event
    in another region of the same country ('gathered in Gerbi Dhaye village (Fafan, Somali) after a
    quarrel between the Afar and Somali regional states': Somali, not Afar, the quarrel's other side)."""
    outside = not chain.chain.start <= best.start < chain.chain.end
    other = (
        best.entry.kind == "admin1"
        and best.entry.country == chain.entry.country
        and best.entry.admin1 != chain.entry.admin1
    )
    return outside and other and bracketed_units(text, chain, offset)
