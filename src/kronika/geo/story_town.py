"""The town a local story's events happened in where one of them is placed only in the country."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.model import EventMention, Place


def story_town(
    mentions: Sequence[EventMention], focus: str | None, surnames: frozenset[str] = frozenset()
) -> list[EventMention]:
    """One article's mentions, where it is American local news, with each current one placed only in a
    country moved to the town its other current mentions name most (the first of equals): 'A girl was shot
    in the chest.' ... 'She was struck near Elm Street in Vanduser, Bucks County' tells one shooting in
    Vanduser, a town no list may hold, so the fallbacks that read the whole article miss it; 'the victims'
    next of kin are in Vietnam' places no shooting abroad. A local story tells one town's news; a wire or
    foreign story is left as read. A town named like one of the article's people (`surnames`, lower case:
    'Sheriff Joe Vanduser ... said Vanduser') may be a misread name, and is not spread."""
    if focus != LOCAL_NEWS_COUNTRY:
        return list(mentions)
    town = _named_town(mentions, focus)
    if town is None or town.name.lower() in surnames:
        return list(mentions)
    return [replace(m, location=town) if _country_only(m) else m for m in mentions]


def _named_town(mentions: Sequence[EventMention], focus: str) -> Place | None:
    """The town of the focus country that the article's current mentions are placed in most often."""
    towns = Counter(
        m.location
        for m in mentions
        if not m.historical
        and m.location is not None
        and m.location.precision == "city"
        and m.location.country == focus
    )
    return towns.most_common(1)[0][0] if towns else None


def _country_only(mention: EventMention) -> bool:
    """Whether a current mention is placed in a country and nowhere more exact."""
    place = mention.location
    return not mention.historical and place is not None and place.precision == "country"
