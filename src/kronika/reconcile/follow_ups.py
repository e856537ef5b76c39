"""An attack's toll restated by what followed it (an arrest, a charge, a trial) belongs to the attack alone.

'Police arrested a man in the shooting that killed two and wounded three' tells the shooting's toll in the
arrest's sentence, so the arrest's mention counts two dead and three hurt. Where the same article already
tells that attack with exactly that toll, and dates it, the arrest killed no one: its count is dropped, and
the attack stays the one event that carries it (and its day and place). An arrest whose toll no dated attack
of the article carries keeps it: it may be the only telling of that toll, or of its day, the article has.
So does the rest of the aftermath, told on a later day than the attack's: a plea for bail on Tuesday about
Saturday's shooting restates Saturday's toll, and Tuesday is no day anyone was shot. And so does anything
else ACLED does not code, told on the attack's day or on none: a probe, a 911 call, a vigil or a reward
'after the shooting that killed two' restates the toll of the attack the article tells with it; an analyst
adding up the dead of an article's records would count them twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kronika.casualties.grievances import NON_LETHAL
from kronika.events.taxonomy import VIOLENT_ACLED_TYPES
from kronika.model import Casualties, EventMention, EventType

# the steps taken after an attack against those who did it: arrests, charges, convictions (not a probe,
# which the reports date by the attack's day: 'police are investigating a shooting Sunday')
_FOLLOW_UPS = {("COERCE", "arrest"), ("ACCUSE", "allege"), ("SANCTION", "convict")}
# the steps the aftermath of an attack brings, told with its toll on their own later day: pleas and appeals,
# releases, denials, rulings, marches and riots over the killing (not a probe or a threat, which are as often
# the attack's own sentence read another way, dated by the attack's day)
_AFTERMATH = frozenset({"REQUEST", "RETREAT", "REJECT", "SANCTION", "PROTEST"})
_NO_TOLL = Casualties()


def attacks_keep_tolls(mentions: Sequence[EventMention]) -> list[EventMention]:
    """One article's mentions, with the toll dropped from each follow-up whose toll an attack of the
    same article already carries, dated."""
    attacks = [m for m in mentions if dated_attack(m) and counts_anyone(m.casualties)]
    tolls = {m.casualties for m in attacks}
    return [
        replace(m, casualties=_NO_TOLL)
        if (is_follow_up(m.type) and m.casualties in tolls and not _arrest_and_attack(m, attacks))
        or _later_step(m, attacks)
        or _restated_that_day(m, attacks)
        else m
        for m in mentions
    ]


# only a conjunction between the arrest's word and the attack's: 'arrested and beat him', 'detained, tortured'
_JOINED = re.compile(r"\W*(?:and|,)\s*(?:then\s+|later\s+|severely\s+|brutally\s+)?", re.IGNORECASE)


def _arrest_and_attack(mention: EventMention, attacks: Sequence[EventMention]) -> bool:
    """Whether an arrest is told joined to an attack on those arrested ('were detained and beaten by police',
    'arrested and tortured him'): one act of violence by the arresters, whose toll is the arrest's as well
    (ACLED codes it one attack), not a follow-up to an attack told apart."""
    sentence = mention.evidence
    for attack in (a for a in attacks if a.evidence.start == sentence.start):
        # either may come first: 'beat and arrested him' as well
        first, second = sorted((mention.trigger, attack.trigger), key=lambda t: t.start)
        if first.end <= second.start and _JOINED.fullmatch(
            sentence.text[first.end - sentence.start : second.start - sentence.start]
        ):
            return True
    return False


def _later_step(mention: EventMention, attacks: Sequence[EventMention]) -> bool:
    """Whether a step of the aftermath (a plea, a release, a denial, a court's ruling, a march or riot over
    the killing) restates the toll of an attack the article dates before it: it killed no one."""
    day = mention.date.value
    return (
        mention.type.plover in _AFTERMATH
        and not is_violent(mention.type)
        and day is not None
        and any(
            a.casualties == mention.casualties and a.date.value is not None and a.date.value < day
            for a in attacks
        )
    )


def _restated_that_day(mention: EventMention, attacks: Sequence[EventMention]) -> bool:
    """Whether something ACLED does not code (a probe, a call, a vigil, a reward), told on an attack's day or
    on none, counts that attack's toll or a part of it (a paragraph's 'The man was shot to death by police'
    under a 911 call, of an attack that killed two): the article's own telling of the attack carries it. What
    ACLED codes keeps its count, as ACLED counts the dead of a riot, of a protest the police fired on, of a
    death in custody with the event itself."""
    day = mention.date.value
    return (
        mention.type.acled_event_type is None
        and counts_anyone(mention.casualties)
        and any(_within(mention.casualties, a.casualties) and day in (None, a.date.value) for a in attacks)
    )


def _within(part: Casualties, whole: Casualties) -> bool:
    """Whether a toll counts no more dead and no more hurt than another."""
    return (part.fatalities or 0) <= (whole.fatalities or 0) and (part.injured or 0) <= (whole.injured or 0)


def is_follow_up(kind: EventType) -> bool:
    """Whether an event is a step taken after an attack: an arrest, a charge, a conviction."""
    return (kind.plover, kind.mode) in _FOLLOW_UPS


def is_violent(kind: EventType) -> bool:
    """Whether an event is violence itself: an assault, or a type ACLED codes as violence."""
    return kind.plover == "ASSAULT" or kind.acled_event_type in VIOLENT_ACLED_TYPES


def dated_attack(mention: EventMention) -> bool:
    """Whether a mention tells the attack itself, dated: violence that is no follow-up (an arrest ACLED codes
    as an attack on civilians is still the arrest). An attack the article gives no day leaves the toll to
    the follow-up, whose day is a better guess at the attack's than none."""
    return is_violent(mention.type) and not is_follow_up(mention.type) and mention.date.value is not None


def counts_anyone(toll: Casualties) -> bool:
    """Whether a toll counts at least one person dead or hurt."""
    return bool(toll.fatalities) or bool(toll.injured)


def headline_lends_toll(mentions: Sequence[EventMention], heading: Casualties) -> list[EventMention]:
    """One article's mentions, its lead taking the toll its headline states ('Teen killed in officer-involved
    shooting') where none of them counts anyone: the headline tells the article's own incident, which its body
    tells in words no casualty reading takes ('the suspect was pronounced deceased'). The lead is its first
    mention of a kind that may carry a toll, told of the present (an arrest or a rally takes none)."""
    if not counts_anyone(heading) or any(counts_anyone(m.casualties) for m in mentions):
        return list(mentions)
    takers = (
        i
        for i, m in enumerate(mentions)
        if not m.historical and m.type.acled_sub_event_type not in NON_LETHAL
    )
    lead = next(takers, None)
    return [replace(m, casualties=heading) if i == lead else m for i, m in enumerate(mentions)]
