"""An event told as what time is counted from ('the third day of protests since the killing of two men')."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.model import EventDate
from kronika.nlp import dated, since_opener


def counted_since(trigger: Token) -> EventDate | None:
    """An unknown date for a trigger inside a phrase of 'since' that no time expression lies in: it is an
    earlier event, and the day the sentence gives its own act ('marched on Thursday, the third day since
    the killing') is not its; None where the trigger is not so told, or the phrase dates it ('since
    Monday's killing')."""
    opener = since_opener(trigger)
    if opener is None or dated(opener):
        return None
    return EventDate(
        None, None, f"unknown: an earlier event the sentence counts time since ('{opener.text} ...')"
    )
