"""What the date specs share: the publication day they resolve against and how they date one trigger."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from kronika.dates import resolve_date
from kronika.model import Article, ArticleContext, Detection, EventDate, EventType, Span

PUBLISHED = date(2020, 10, 6)  # a Tuesday
PREVIOUS = EventDate(date(2020, 10, 6), "day", "an earlier event")
PROTEST = EventType("PROTEST")  # the type a made-up detection has unless a spec gives another


def article_context(text: str) -> ArticleContext:
    """The context of an article of `text` published on PUBLISHED."""
    return ArticleContext(Article(id="t", text=text, published=PUBLISHED))


def detection_at(
    doc: Doc, trigger: str, sentence_with: str | None = None, event_type: EventType = PROTEST
) -> Detection:
    """A detection on the sentence holding `sentence_with` (or the trigger), triggered on `trigger`."""
    text = doc.text
    at = text.index(sentence_with or trigger)
    sentence = next(s for s in doc.sents if s.start_char <= at < s.end_char)
    start = text.index(trigger, sentence.start_char)
    return Detection(
        Span(sentence.start_char, sentence.end_char, sentence.text),
        Span(start, start + len(trigger), trigger),
        event_type,
        1.0,
    )


def resolve(
    nlp: Language,
    text: str,
    trigger: str,
    previous: EventDate | None = None,
    *,
    sentence_with: str | None = None,
    event_type: EventType = PROTEST,
) -> EventDate:
    """The date of the `event_type` event triggered by `trigger` (in the sentence holding `sentence_with`)
    in `text`, published on PUBLISHED, with `previous` the date of the event told before it."""
    doc = nlp(text)
    detection = detection_at(doc, trigger, sentence_with, event_type)
    return resolve_date(doc, detection, article_context(text), previous)
