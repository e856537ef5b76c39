"""A sentence cut short: where the parser ends a sentence mid-clause, its place is read on into the next.

The parser sometimes ends a sentence where none ends: before a bracketed other name ('fighters
shelled the hamlet of Bayt Nur | [Nur al Din] (Mudiyah, Abyan)') or inside a district's name ('an
attack in the Sarwan area of Zurmat | district, Paktia.'). The first part then names no place, or
only a country, and the place its clause goes on to give is lost. A sentence that stops with no
closing mark runs on into the next sentence of its paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kronika.nlp import doc_text, sentences

_CLOSING = frozenset(".!?:;\"')]\u201d\u2019\u2026")
MAX_RUN_ON = 2  # sentences joined on at most: a run of headings with no stops is no sentence


def run_on(doc: Doc, sentence: Span) -> Span:
    """The sentence, joined with the sentences after it in its paragraph while it stops with no
    closing mark (a full stop, a question mark, a closing quote or bracket)."""
    text = doc_text(doc)
    end = sentence.end
    for following in [s for s in sentences(doc) if s.start >= sentence.end][:MAX_RUN_ON]:
        closed = doc[sentence.start : end].text.rstrip()[-1:] in _CLOSING
        if closed or "\n" in text[doc[end - 1].idx : following.start_char] or following.text[:1] == "\n":
            break
        end = following.end
    return doc[sentence.start : end]
