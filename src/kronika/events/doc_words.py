"""Each token's lower-case lemma and form, read once per document, so that word-list checks skip the parse."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan


@dataclass(frozen=True)
class DocWords:
    """`lemmas[i]` is `doc[i].lemma_.lower()` and `lowers[i]` is `doc[i].lower_`, by token index."""

    lemmas: tuple[str, ...]
    lowers: tuple[str, ...]

    def indices(self, sent: SpacySpan, words: frozenset[str], *, forms: bool = False) -> list[int]:
        """The token indices of the sentence whose lower-case lemma (or, with `forms`, lower-case form
        too) is one of `words`, in text order."""
        lemmas, lowers = self.lemmas, self.lowers
        if forms:
            return [i for i in range(sent.start, sent.end) if lemmas[i] in words or lowers[i] in words]
        return [i for i in range(sent.start, sent.end) if lemmas[i] in words]


def doc_words(doc: Doc) -> DocWords:
    """The document's words, read as one array of string ids (spaCy makes a Token object per attribute
    read otherwise): each distinct word is looked up (a lemma lower-cased) once, as the same words recur."""
    if len(doc) == 0:
        return DocWords((), ())
    ids = doc.to_array([LEMMA, LOWER])
    lemma_ids: list[int] = ids[:, 0].tolist()
    form_ids: list[int] = ids[:, 1].tolist()
    strings = doc.vocab.strings
    lemmas = {lemma: strings[lemma].lower() for lemma in set(lemma_ids)}
    forms = {form: strings[form] for form in set(form_ids)}
    return DocWords(tuple(map(lemmas.__getitem__, lemma_ids)), tuple(map(forms.__getitem__, form_ids)))
