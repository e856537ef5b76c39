"""What a date's reason tells of where the date came from: the event's own sentence, or another one."""

from __future__ import annotations

from kronika.dates.resolve import FROM_PUBLICATION, STATED
from kronika.model import EventDate

# what a borrowed date's reason says before where its expression was found ("..., in the lead sentence")
BORROWED_FROM = ", in "


def is_borrowed(event_date: EventDate) -> bool:
    """Whether the date came from another sentence than the event's own (its reason says which)."""
    return BORROWED_FROM in event_date.reason


def dated_by_itself(event_date: EventDate) -> bool:
    """Whether the event's own sentence dates it, counted from publication or written out: not borrowed
    from another sentence, nor counted from the event told before it ('then', 'the day before')."""
    own = event_date.value is not None and not is_borrowed(event_date)
    return own and (FROM_PUBLICATION in event_date.reason or STATED in event_date.reason)


def counted_by_itself(event_date: EventDate) -> bool:
    """Whether the event's own sentence dates it by counting from publication ('Sunday evening'), not by a
    day written out in full, which a later report may give to recall an earlier incident."""
    return dated_by_itself(event_date) and FROM_PUBLICATION in event_date.reason
