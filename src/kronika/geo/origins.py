"""Chains of names that say where people came from ('protesters from Beirut, Zahle and Aarsal gathered
in Tripoli'): their names agree on a country, yet they are no scene where the sentence names one."""

from __future__ import annotations

import re

from kronika.geo.chain_resolve import ChainPlace
from kronika.geo.reported_from import reported_before

_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
# 'about 20km from Gourma-Rharous (Gourma-Rharous, Tombouctou)': a distance from a landmark, no origin
_DISTANCE_FROM = re.compile(r"\d\s*(?:km|kms|kilometres|kilometers|miles|mi|m)\s+from\s*$", re.IGNORECASE)


def origin_chain(text: str, chain: ChainPlace) -> bool:
    """Whether a chain opens right after 'from': the names list the origin of the people in the event
    (but not after a distance, which measures from a landmark near the scene, nor after a word of reporting,
    'clashes were reported from Kurigram (Rangpur)', nor where the chain goes on 'in' a place)."""
    before = text[: chain.chain.start]
    written = text[chain.chain.start : chain.chain.end]
    # 'a returnee from Italy in Bhanga municipality (Faridpur)': a chain going on 'in' names the scene
    return (
        _FROM.search(before) is not None
        and _DISTANCE_FROM.search(before) is None
        and not reported_before(before)
        and " in " not in written
    )
