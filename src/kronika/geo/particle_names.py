"""Place names with a small word spaCy leaves out of the entity: Arabic names opening with 'Um' or 'Umm'
('mother of'; 'Um' read as an interjection, 'Dukhun county' as the place), and Persian names joined by the
ezafe 'e' ('Kut e Abdollah', read as 'Kut'): read whole, as the lists hold them."""

from __future__ import annotations

from spacy.tokens import Span

# The opening words spaCy tags apart from the name they open ('Um Dukhun', 'Umm Sidir').
PARTICLES = frozenset({"um", "umm"})
# The Persian ezafe ('of'), written apart between the words of one name: 'Kut e Abdollah', 'Bandar e Deylam'
EZAFE = "e"


def whole_name(phrase: Span) -> Span:
    """The phrase with the small words of its name spaCy left out taken in: an 'Um' before it, an ezafe
    and the name's next word after it."""
    return with_ezafe(with_particle(phrase))


def with_ezafe(phrase: Span) -> Span:
    """The phrase with an ezafe and the capitalised word after it taken in ('Kut' + 'e Abdollah'); the
    phrase itself where none follows it."""
    doc = phrase.doc
    if phrase.end + 1 >= len(doc) or doc[phrase.end].text != EZAFE or not doc[phrase.end + 1].is_title:
        return phrase
    return doc[phrase.start : phrase.end + 2]


def with_particle(phrase: Span) -> Span:
    """The phrase with the 'Um'/'Umm' written just before it taken in ('Um' + 'Dukhun county'); the phrase
    itself where no such word stands there."""
    if phrase.start == 0:
        return phrase
    before = phrase.doc[phrase.start - 1]
    if before.lower_ not in PARTICLES or not before.text[:1].isupper() or not before.whitespace_:
        return phrase
    return phrase.doc[phrase.start - 1 : phrase.end]
