"""Chains of names that say where people came from ('protesters from Beirut, Zahle and Aarsal gathered
in Tripoli'): their names agree on a country, yet they are no scene where the sentence names one."""

from __future__ import annotations

import re

from kronika.geo.chains import ChainPlace

_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)


def origin_chain(text: str, chain: ChainPlace) -> bool:
    """Whether a chain opens right after 'from': the names list the origin of the people in the event."""
    return _FROM.search(text[: chain.chain.start]) is not None
