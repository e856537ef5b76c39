"""A page's town named only through its own police ('the Taylorville Police Department says')."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import Chain, ChainName

# a town's own police after its name: 'Duluth Police', 'the Grove City Police Department'; a sheriff's,
# marshal's or fire service's words are a county's or another body's
_TOWN_POLICE = re.compile(r"(?:\s+City)?\s+Police\b")


def town_police(text: str, name: ChainName) -> bool:
    """Whether a chain name (read at its offsets in `text`) is followed by its town's own police ('Duluth
    Police'), not a sheriff's, fire or county agency."""
    return name.agency and not name.county and bool(_TOWN_POLICE.match(text, name.end))


def police_town(
    gazetteer: Gazetteer, text: str, chains: tuple[Chain, ...], country: str, hinted: frozenset[str]
) -> GeoEntry | None:
    """The one town of `country` whose own police the text names ('Officers of the Taylorville Police
    Department arrived'); None where it names none, or the police of several towns (one may only
    have helped, or taken the suspect in). `chains` are the text's chains, `hinted` its regions."""
    towns = set()
    # the police's own name is read alone: a chain may run it on from a word before ('Officers of the
    # Grove City Police')
    policed = (name for chain in chains for name in chain.names if town_police(text, name))
    for name in policed:
        found = resolve_chain(gazetteer, Chain(name.start, name.end, (name,)), country, hinted)
        if found is not None and found.entry.kind == "city" and found.entry.country == country:
            towns.add(found.entry)
    return next(iter(towns)) if len(towns) == 1 else None
