"""The home country of the police a note names by their country (the Nepal Police, Burkinabe gendarmes)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer
from kronika.geo.country_words import MAX_COUNTRY_WORDS, span_country

# Words for a country's police. Not its army or troops: on training notes an army named by its country
# is in another country half the time ('Israeli forces' in Palestine, 'Russian troops' in Ukraine), its
# police 4% of the time.
_POLICE_WORDS = frozenset({"police", "policemen", "gendarmerie", "gendarmes"})
# Words between the country and the police word that keep them the country's ('the Nepal Armed Police').
# Not 'military': a country's military police go with its troops abroad ('Russian military police
# patrolled near Tal Tamr', Syria).
_BRANCH_WORDS = frozenset({"national", "state", "federal", "armed", "border", "traffic", "riot"})
POLICE_VOTE = 2.0  # as much as a place named in the lead: police act at home, a place may share a name


def police_votes(doc: Doc, gazetteer: Gazetteer) -> dict[str, float]:
    """A vote for the country whose name or nationality is written before each mention of police
    ('the Nepal Police personnel', 'Burkina Faso gendarmes', 'Kenyan riot police'), tagged by spaCy or not:
    a country's police act at home, so the note is there. On training notes such a mention names the
    note's own country 388 times in 405."""
    votes: dict[str, float] = defaultdict(float)
    for token in doc:
        if token.lower_ not in _POLICE_WORDS:
            continue
        end = token.i
        while end > 0 and doc[end - 1].lower_ in _BRANCH_WORDS:
            end -= 1
        country = _country_before(doc, end, gazetteer)
        if country is not None:
            votes[country] += POLICE_VOTE
    return dict(votes)


def with_police(clues: Mapping[str, float], doc: Doc, gazetteer: Gazetteer) -> dict[str, float]:
    """Clues to a note's country (`geo/party_country.py`) with the votes of the police it names added."""
    total = dict(clues)
    for country, n in police_votes(doc, gazetteer).items():
        total[country] = total.get(country, 0.0) + n
    return total


def _country_before(doc: Doc, end: int, gazetteer: Gazetteer) -> str | None:
    """The alpha-3 of the country whose name or nationality the capitalised words ending at token `end`
    write, whole (not 'Mexico' of 'New Mexico State Police'); None where they write none, or write a
    name that is also a region or town somewhere ('Georgia', 'Niger')."""
    for begin in range(max(0, end - MAX_COUNTRY_WORDS), end):
        whole = begin == 0 or not (doc[begin - 1].is_title or doc[begin - 1].is_upper)
        # tagged words too: spaCy tags 'Kenyan' of 'Kenyan riot police' a nationality, and it counts
        country = span_country(doc[begin:end], gazetteer) if whole else None
        if country is not None:
            return country
    return None
