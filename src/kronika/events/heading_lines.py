"""Lines of their own that head, list or frame a text rather than report in it (crossheads, wiki markup
headings, list items, site chrome): none of them tells an event, whether or not the cleaner ran."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kronika.clean import is_chrome, is_heading
from kronika.nlp import doc_text

# '== Attacks ==', '=== Kabul ===': a wiki section's title, whatever word it holds (even on the first line)
_MARKUP_HEADING: Final = re.compile(r"^=+[^=]+=+$")
# '* 2016 Airfield bombing', '• Air Force Security Forces': an item of a list ('See also', a roll of names)
_LIST_ITEM: Final = re.compile(r"^[*•·]")
_VERB_TAGS: Final = frozenset({"VERB", "AUX"})
_LINE_BREAK: Final = re.compile("\n")


def reporting_sentences(doc: Doc, sents: Sequence[SpacySpan]) -> list[SpacySpan]:
    """The sentences of `sents` (the document's, in order) that are not on a line that reports nothing."""
    text = doc_text(doc)
    # where each line starts, found once (a long text of one line has one)
    starts = [0, *(found.end() for found in _LINE_BREAK.finditer(text))]
    first = len(text) - len(text.lstrip())  # where the text's first line, its headline or lead, starts
    verdicts: dict[int, bool] = {}  # by line start: one line may be cut into several sentences
    kept = []
    for sent in sents:
        begin = starts[bisect_right(starts, sent.start_char) - 1]
        if begin not in verdicts:
            verdicts[begin] = reports_nothing(doc, begin, first=begin <= first)
        if not verdicts[begin]:
            kept.append(sent)
    return kept


def reports_nothing(doc: Doc, begin: int, *, first: bool = False) -> bool:
    """Whether the line of `doc`'s text starting at `begin` reports nothing: a wiki markup heading; or, past
    the text's first line (a headline tells its main event: 'Court Convicts Friend of Bombing Suspect'),
    what the cleaner drops from a page: a crosshead ('Car bombs', 'Calls for calm': `clean.is_heading`,
    a few words without a closing stop) that the next line does not carry on in lower case (a hard-wrapped
    line), or site chrome ('Share this video', 'You can sign up to receive it here.'); or a list item
    without a verb ('* 2016 Airfield bombing')."""
    text = doc_text(doc)
    end = _line_end(text, begin)
    line = text[begin:end].strip()
    if _MARKUP_HEADING.match(line):
        return True
    if first or not line:
        return False
    if is_chrome(line):
        return True
    # a verb's tag is no guide in a heading: read among the lines around it, 'Calls for calm' has a VBZ and
    # 'Collapsed ceasefire' a VBN, as a sentence would
    if is_heading(line) and not text[end : _line_end(text, end + 1)].strip()[:1].islower():
        return True
    if not _LIST_ITEM.match(line):
        return False
    span = doc.char_span(begin, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in _VERB_TAGS for t in span)


def _line_end(text: str, begin: int) -> int:
    """Where the line starting at `begin` ends: its line break, else the text's end."""
    end = text.find("\n", begin)
    return len(text) if end < 0 else end
