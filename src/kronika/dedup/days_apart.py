"""Reports one article tells on two days that are two events: a further day's protest, as ACLED codes a
protest a day, and a round-up's stories, each dated by its own sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kronika.dates import counted_by_itself, is_borrowed
from kronika.model import EventDate, EventType

if TYPE_CHECKING:
    from kronika.dedup.scores import Profile


def streets_apart(a: Profile, b: Profile) -> bool:
    """Street unrest one article tells on a later day after telling it on an earlier one ('rallied on
    Sunday' ... 'on Monday, police detained protesters who had blocked the avenue'): a further day's events,
    as ACLED codes a protest a day. A lead that tells the latest day first ('unrest left 700 hurt and was
    spreading Tuesday') and the night before after it tells one unrest; across articles a day apart may be
    one night told from either side of midnight."""
    if not (
        _crowd_typed(a.type) and _crowd_typed(b.type) and len(a.articles) == 1 and a.articles == b.articles
    ):
        return False
    if not on_two_days(a.date, b.date) or is_borrowed(a.date) or is_borrowed(b.date):
        return False  # a day borrowed from another sentence may be another act's
    first, then = sorted((a, b), key=lambda p: min(start for _, start in p.sentences))
    assert first.date.value is not None and then.date.value is not None
    return then.date.value > first.date.value


def stories_apart(a: Profile, b: Profile) -> bool:
    """Two stories of one article, each dated by its own sentence, on two days ('A man was shot early
    Tuesday ...' and, after it, 'Monday evening a teen was also wounded'): a round-up's two incidents. One
    story's shooting late Sunday and its victim's death on Monday stay one; street unrest is told apart by
    `streets_apart` (a lead may tell the latest day first, the night before after it)."""
    one_article = len(a.articles) == 1 and a.articles == b.articles
    if not (one_article and a.stories and b.stories) or a.stories & b.stories:
        return False
    if _crowd_typed(a.type) or _crowd_typed(b.type):
        return False
    # a day written out in a story of its own may be the one a later report recalls for its lead's incident
    # ('was killed June 5, 2014' under a verdict dated Wednesday): only days counted from publication split
    return counted_by_itself(a.date) and counted_by_itself(b.date) and on_two_days(a.date, b.date)


def _crowd_typed(t: EventType) -> bool:
    """A protest or a riot, by its PLOVER or ACLED type (a shooting told on two days may be one)."""
    return t.plover == "PROTEST" or t.acled_event_type in ("Protests", "Riots")


def on_two_days(a: EventDate, b: EventDate) -> bool:
    """Whether both dates are day-precise and name different days (two blasts so dated are two, too)."""
    days = (a.precision or "day") == (b.precision or "day") == "day"
    return days and None not in (a.value, b.value) and a.value != b.value
