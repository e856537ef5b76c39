"""A news story of a fresh attack keeps the toll of an earlier one it recalls from outweighing its own.

'Five were shot at a party Sunday night. ... On June 20, 11 were shot at a block party': a report of an attack
told within two days of its publication is about that attack, and the earlier one it recalls to
set it in context (by its calendar date, a week or more before, or as the background the dates module reads
as past: 'Earlier this month, a boy shot himself in Benton') is not its news. Where the recalled attack's toll
is larger than any the fresh one's reports count, it would pass for the article's main incident; it keeps no
toll above the fresh one's. A story told months after its attack (a trial, an arrest) has no fresh lead, and
its recalled attacks keep their tolls: they may well be the story's incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from kronika.model import Casualties, EventMention
from kronika.reconcile.follow_ups import dated_attack

# a lead told within two days of publication (a night's shooting reported next morning, a Saturday's on
# Monday)
FRESH_LEAD = timedelta(days=2)
# the lead's night, which its reports may date either way
FRESH = timedelta(days=1)
# an attack recalled by its day this long before the lead's is another incident, not the lead's own night
RECALLED = timedelta(days=7)


def fresh_lead_outweighs(mentions: Sequence[EventMention], published: date | None) -> list[EventMention]:
    """One article's mentions, each attack it recalls (past background, or dated a week or more before the
    lead) keeping no toll above its fresh lead's: the lead is the first dated attack of the present, told
    within two days of publication; its toll the largest of the attacks told within a day of its own."""
    lead = next((m.date.value for m in mentions if dated_attack(m) and not m.historical), None)
    if published is None or lead is None or not timedelta(0) <= published - lead <= FRESH_LEAD:
        return list(mentions)
    fresh = max((m.casualties.total for m in mentions if _told_on(m, lead)), default=0)
    if not fresh:
        return list(mentions)  # a lead that counts no one sets no bar: the toll may be told only of the other
    return [
        replace(m, casualties=Casualties()) if _recalled(m, lead) and m.casualties.total > fresh else m
        for m in mentions
    ]


def _told_on(mention: EventMention, day: date) -> bool:
    """Whether a mention tells an attack of the present dated `day` or later, or the day before (the lead's
    night, which its reports may date either way)."""
    when = mention.date.value
    return dated_attack(mention) and not mention.historical and when is not None and when >= day - FRESH


def _recalled(mention: EventMention, day: date) -> bool:
    """Whether a mention tells what the article recalls beside its lead of `day`: past background, or what
    it dates a week or more before (an arrest's or a ruling's sentence retelling the recalled attack's toll
    as well as the attack's own)."""
    when = mention.date.value
    return mention.historical or (when is not None and when <= day - RECALLED)
