"""The home countries of the armed groups a note names, as where its place names that several countries
share lie: 'clashes between the army and the SPLM-IO in Leer' are South Sudan's Leer, not Germany's."""

from __future__ import annotations

from collections.abc import Iterable

from kronika.actors.lexicon import NO_COUNTRY, LexiconEntry
from kronika.gazetteer import Gazetteer

# Rebels and militias fight at home far more often than abroad; a party, a government or a peacekeeping
# body names no place (a government's forces and envoys act abroad, and party_country counts parties).
ARMED_SECTORS = frozenset({"REB", "MIL"})
# Groups the lexicon ties to no one country, as they fight across the borders of a few (or files as no
# armed group): the lands they fight in, so that a village of a note naming one reads in the one of them
# that has it ('JNIM militants attacked the gendarmerie in Deou' is Burkina Faso's Deou, whatever the
# lists' size for it).
GROUP_LANDS: dict[str, frozenset[str]] = {
    "JNIM": frozenset({"MLI", "BFA", "NER"}),
    "ISGS": frozenset({"MLI", "BFA", "NER"}),
    "Dozo": frozenset({"BFA", "MLI", "CIV"}),
    # a gang-sect the lexicon files as a militia (UAF, outside ARMED_SECTORS), found only in Kenya
    "Mungiki": frozenset({"KEN"}),
}


def armed_group_countries(named: Iterable[LexiconEntry]) -> frozenset[str]:
    """The home countries of the armed groups the lexicon ties to one country among the entries a note
    names (`actors.cues.article_entries`), and the lands of those of GROUP_LANDS."""
    homes: set[str] = set()
    for entry in named:
        if entry.pattern in GROUP_LANDS:
            homes |= GROUP_LANDS[entry.pattern]
        elif entry.sector in ARMED_SECTORS and entry.country not in (None, NO_COUNTRY):
            homes.add(str(entry.country))
    return frozenset(homes)


def home_reading(name: str, gazetteer: Gazetteer, homes: frozenset[str]) -> str | None:
    """The one armed group's home country the name reads as a place in, if any: a town of the name
    there, however small, is the note's rather than a bigger namesake abroad. None where the name reads
    in none of them, or in several."""
    if not homes:
        return None
    found = {e.country for e in gazetteer.lookup(name) if e.lat is not None and e.country in homes}
    return next(iter(found)) if len(found) == 1 else None
