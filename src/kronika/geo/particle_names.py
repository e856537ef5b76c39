"""Arabic place names opening with 'Um' or 'Umm' ('mother of'), whose opening word spaCy leaves out of the
entity ('Um' read as an interjection, 'Dukhun county' as the place): read with it, as the lists hold them."""

from __future__ import annotations

from spacy.tokens import Span

# The opening words spaCy tags apart from the name they open ('Um Dukhun', 'Umm Sidir').
PARTICLES = frozenset({"um", "umm"})


def with_particle(phrase: Span) -> Span:
    """The phrase with the 'Um'/'Umm' written just before it taken in ('Um' + 'Dukhun county'); the phrase
    itself where no such word stands there."""
    if phrase.start == 0:
        return phrase
    before = phrase.doc[phrase.start - 1]
    if before.lower_ not in PARTICLES or not before.text[:1].isupper() or not before.whitespace_:
        return phrase
    return phrase.doc[phrase.start - 1 : phrase.end]
