"""What the date specs share: the publication day they resolve against and how they date one trigger."""

from __future__ import annotations

from datetime import date

from builders import made_up_detection
from spacy.language import Language
from spacy.tokens import Doc

from kronika.dates import resolve_date
from kronika.model import Article, ArticleContext, Detection, EventDate

PUBLISHED = date(2020, 10, 6)  # a Tuesday
PREVIOUS = EventDate(date(2020, 10, 6), "day", "an earlier event")


def article_context(text: str) -> ArticleContext:
    """The context of an article of `text` published on PUBLISHED."""
    return ArticleContext(Article(id="t", text=text, published=PUBLISHED))


def detection_at(
    doc: Doc, trigger: str, sentence_with: str | None = None, plover: str = "PROTEST"
) -> Detection:
    """A sure `plover` detection on the sentence of `doc` holding `sentence_with` (or the trigger), triggered
    on `trigger`."""
    at = doc.text.index(sentence_with or trigger)
    sentence = next(s for s in doc.sents if s.start_char <= at < s.end_char)
    return made_up_detection(sentence.text, trigger, plover, confidence=1.0, text=doc.text)


def resolve(
    nlp: Language,
    text: str,
    trigger: str,
    previous: EventDate | None = None,
    *,
    sentence_with: str | None = None,
    plover: str = "PROTEST",
) -> EventDate:
    """The date of the `plover` event triggered by `trigger` (in the sentence holding `sentence_with`) in
    `text`, published on PUBLISHED, with `previous` the date of the event told before it."""
    doc = nlp(text)
    detection = detection_at(doc, trigger, sentence_with, plover)
    return resolve_date(doc, detection, article_context(text), previous)
