"""'Cancel' of an occasion: a party calling off a meeting is a snub, a meeting that was cancelled is news of
nothing; neither concedes a policy as cancelling a law, a tax or a result does."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from spacy.tokens import Token

from kronika.events.acted_on import acted_on
from kronika.events.lexicon import TriggerEntry, names_a_party

# Meetings between parties: one calling them off cuts its ties for a while (a sanction).
_MEETINGS: Final = frozenset(
    {
        "meeting", "summit", "conference", "talk", "negotiation", "session", "visit", "trip", "tour",
        "briefing", "consultation", "dialogue", "round", "dinner", "reception", "call",
    }
)  # fmt: skip
# Occasions whose calling off concedes nothing and cuts no ties: shows, games, journeys, gatherings.
_OCCASIONS: Final = _MEETINGS | frozenset(
    {
        "event", "match", "game", "concert", "festival", "parade", "celebration", "ceremony", "flight",
        "show", "performance", "class", "lesson", "exam", "holiday", "party", "rally", "march", "protest",
        "demonstration", "strike", "sitting", "hearing", "screening", "race", "tournament", "fixture",
    }
)  # fmt: skip

# Words that count what follows their 'of' ('dozens of flights').
_COUNTS: Final = frozenset(
    {"hundred", "dozen", "thousand", "score", "number", "lot", "series", "string", "handful", "all", "some"}
)


def occasion_called_off(token: Token, entry: TriggerEntry) -> TriggerEntry | None:
    """The reading of a bare 'cancel' of an occasion ('cancelled a planned
    press conference', 'the summit was cancelled'): a party calling off a meeting suspends its dealings
    (SANCTION), an occasion called off with no party named, or one that is no meeting, is no event (None).
    Anything else keeps `entry`."""
    if entry.plover != "CONCEDE" or entry.extras or token.lemma_.lower() != "cancel":
        return entry
    called_off = _called_off(token)
    if not called_off or not all(t.lemma_.lower() in _OCCASIONS for t in called_off):
        return entry
    meeting = any(t.lemma_.lower() in _MEETINGS for t in called_off)
    if meeting and _party_calls_off(token):
        return replace(entry, plover="SANCTION", mode="suspend", acled_sub=None)
    return None


def _called_off(token: Token) -> list[Token]:
    """What is called off (`acted_on`: 'cancelled the summit', 'the summit was cancelled', 'the talks,
    cancelled on Monday'); of a count, what it counts ('hundreds of flights')."""
    return [_counted(t) for t in acted_on(token)]


def _counted(noun: Token) -> Token:
    """What a count names ('hundreds of flights', 'a number of meetings'), or the noun itself."""
    if noun.lemma_.lower() not in _COUNTS and noun.pos_ != "NUM":
        return noun
    counted = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return counted[0] if counted else noun


def _party_calls_off(token: Token) -> bool:
    """Whether someone who can act calls the occasion off: the active subject, or the agent of a passive."""
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(names_a_party(d) for d in doers)
