"""What several spec files share: the field names every contract record carries, made-up detections."""

from __future__ import annotations

from typing import Final

from kronika.events.taxonomy import acled_event_type
from kronika.model import Detection, EventType, Span

# The contract's record fields, spelled as the contract spells them; a record may carry more.
CONTRACT_FIELDS: Final = frozenset(
    {
        "id",
        "articles",
        "type",
        "mode",
        "acled_event_type",
        "acled_sub_event_type",
        "date",
        "date_precision",
        "historical",
        "actors",
        "targets",
        "location",
        "fatalities",
        "injured",
        "evidence",
        "confidence",
    }
)


def made_up_detection(
    sentence: str,
    trigger: str,
    plover: str,
    sub: str | None = None,
    *,
    mode: str | None = None,
    confidence: float = 0.9,
    text: str | None = None,
) -> Detection:
    """A made-up detection of `sentence`, triggered on the first `trigger` in it.

    The sentence stands at the start of the article unless `text`, the whole article, is given; the type
    is PLOVER `plover` (with `mode`) and, where `sub` is given, that ACLED sub-type under its event type.
    """
    start = 0 if text is None else text.index(sentence)
    at = sentence.index(trigger) + start
    return Detection(
        sentence=Span(start, start + len(sentence), sentence),
        trigger=Span(at, at + len(trigger), trigger),
        type=EventType(plover, mode, acled_event_type(sub) if sub else None, sub),
        confidence=confidence,
    )
