"""An attack's toll restated by what followed it (an arrest, a charge, a trial) belongs to the attack alone.

'Police arrested a man in the shooting that killed two and wounded three' tells the shooting's toll in the
arrest's sentence, so the arrest's mention counts two dead and three hurt. Where the same article already
tells that attack with exactly that toll, and dates it, the arrest killed no one: its count is dropped, and
the attack stays the one event that carries it (and its day and place). An arrest whose toll no dated attack
of the article carries keeps it: it may be the only telling of that toll, or of its day, the article has.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kronika.events.taxonomy import VIOLENT_ACLED_TYPES
from kronika.model import Casualties, EventMention, EventType

# the steps taken after an attack against those who did it: arrests, charges, convictions (not a probe,
# which the reports date by the attack's day: 'police are investigating a shooting Sunday')
_FOLLOW_UPS = {("COERCE", "arrest"), ("ACCUSE", "allege"), ("SANCTION", "convict")}
_NO_TOLL = Casualties()


def attacks_keep_tolls(mentions: Sequence[EventMention]) -> list[EventMention]:
    """One article's mentions, with the toll dropped from each follow-up whose toll an attack of the
    same article already carries, dated."""
    tolls = {m.casualties for m in mentions if _attack(m) and _counts_anyone(m.casualties)}
    return [
        replace(m, casualties=_NO_TOLL) if is_follow_up(m.type) and m.casualties in tolls else m
        for m in mentions
    ]


def is_follow_up(kind: EventType) -> bool:
    """Whether an event is a step taken after an attack: an arrest, a charge, a conviction."""
    return (kind.plover, kind.mode) in _FOLLOW_UPS


def is_violent(kind: EventType) -> bool:
    """Whether an event is violence itself: an assault, or a type ACLED codes as violence."""
    return kind.plover == "ASSAULT" or kind.acled_event_type in VIOLENT_ACLED_TYPES


def _attack(mention: EventMention) -> bool:
    """Whether a mention tells the attack itself, dated: violence that is no follow-up (an arrest ACLED codes
    as an attack on civilians is still the arrest). An attack the article gives no day leaves the toll to
    the follow-up, whose day is a better guess at the attack's than none."""
    return is_violent(mention.type) and not is_follow_up(mention.type) and mention.date.value is not None


def _counts_anyone(toll: Casualties) -> bool:
    """Whether a toll counts at least one person dead or hurt."""
    return bool(toll.fatalities) or bool(toll.injured)
