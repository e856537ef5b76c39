"""The home country of the national parties a note names, as a clue to the note's country: parties act at
home, so 'Chhatra League men clashed in Gopalganj' is Bangladesh's Gopalganj, not India's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kronika.actors.lexicon import NO_COUNTRY, LexiconEntry

PARTY_SECTOR = "PTY"
PARTY_VOTE = 1.0  # half a place named in the lead: a party abroad ('Awami League exiles in London') is rarer


def party_votes(named: Iterable[LexiconEntry]) -> dict[str, float]:
    """A vote for the home country of each mention of a political party the lexicon ties to one, among
    the entries a note names (`actors.cues.article_entries`)."""
    votes: dict[str, float] = defaultdict(float)
    for entry in named:
        if entry.sector == PARTY_SECTOR and entry.country not in (None, NO_COUNTRY):
            votes[str(entry.country)] += PARTY_VOTE
    return dict(votes)
