"""The day of an attack a news report dates no other way: the report's own day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kronika.follow_ups import is_follow_up, is_violent
from kronika.model import EventDate, EventMention

NEWS_DAY_REASON = "no day named in the article: the day of the report, which tells the attack as news"


def news_day(
    mentions: Sequence[EventMention], published: date | None, headline: str | None
) -> list[EventMention]:
    """One article's mentions, where it is a news report under a headline none of whose current events any
    expression dates (a page whose text is site furniture under 'Four shot outside a birthday party'),
    with each attack dated to the day of publication: news tells a shooting on its day or the next, and
    the report's day is the likeliest of them. An article dating any current event is left as read, as is
    a coder's note (no headline), which is written after the fact."""
    if published is None or not headline:
        return list(mentions)
    if any(m.date.value is not None and not m.historical for m in mentions):
        return list(mentions)
    day = EventDate(published, "day", f"{NEWS_DAY_REASON} ({published})")
    return [replace(m, date=day) if _attack(m) else m for m in mentions]


def _attack(mention: EventMention) -> bool:
    """An attack itself, not a step taken after it (an arrest, a charge), nor background."""
    return is_violent(mention.type) and not is_follow_up(mention.type) and not mention.historical
