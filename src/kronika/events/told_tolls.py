"""A sentence that tells a toll but holds no trigger, in a text that tells no attack: the classifier's
weaker reading of it as an attack or a clash stands for the event ('few details were released, but one is
dead following a gunshot'), so that the toll it tells is not lost (`detector._toll_events`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from spacy.tokens import Span as SpacySpan

from kronika.casualties.words import INJURED_WORDS, KILLED_WORDS, casualty_kind
from kronika.events.doc_words import DocWords
from kronika.events.loose_senses import harmless
from kronika.events.taxonomy import VIOLENT_ACLED_TYPES

if TYPE_CHECKING:
    from kronika.events.classifier import AcledPrediction

# A sentence telling its dead or hurt has an event of political violence read from this probability on,
# where a sentence with only a word of violence needs `detector.FALLBACK_MIN_PROBABILITY`: the toll is the
# sign the reading lacks ("one is dead following a gunshot" reads as a clash at 0.38, an attack at 0.36).
TOLL_MIN_PROBABILITY: Final = 0.3
# The forms of the words that count dead and hurt, and 'shot' ("two were shot"), looked up before the parse.
_TOLL_FORMS: Final = frozenset(KILLED_WORDS | INJURED_WORDS | {"shot"})


def tells_toll(sent: SpacySpan, words: DocWords) -> bool:
    """Whether the sentence counts anyone dead or hurt ('one is dead', 'two were shot'), not by a harm no one
    inflicted ('died of a stroke'); `words`: the document's, by which the other words are passed over
    unread."""
    tokens = (sent.doc[i] for i in words.indices(sent, _TOLL_FORMS, forms=True))
    return any(casualty_kind(t) is not None and not harmless(t) for t in tokens)


def toll_reading(prediction: AcledPrediction) -> bool:
    """Whether a reading under the usual bar still tells the toll's event: one of political violence at
    `TOLL_MIN_PROBABILITY` or more (a weak reading of a protest or an arrest tells no one's toll)."""
    return prediction.probability >= TOLL_MIN_PROBABILITY and prediction.event_type in VIOLENT_ACLED_TYPES
