"""Character spans of a detection (sentence, trigger phrase, argument noun phrases) and sentence cuts."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kronika.events.lexicon import TriggerEntry
from kronika.model import Article, Span
from kronika.nlp import sentences as doc_sentences
from kronika.textnorm import MONTH_NAMES, WEEKDAY_ABBRS, WEEKDAY_NAMES

# Words a line that only dates the report is made of: "06 June.", "Tuesday, 10 April 2012."
_CALENDAR_NAMES: Final = MONTH_NAMES | WEEKDAY_NAMES | WEEKDAY_ABBRS
_DATE_LINE_FILLERS: Final = frozenset({"on", "st", "nd", "rd", "th"})
_CHARGE_VERBS: Final = frozenset({"accuse", "charge", "convict", "suspect", "acquit", "clear", "warn"})
_ARTICLES: Final = frozenset({"the", "a", "an"})
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass"})
_NP_LEFT_DEPS: Final = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case"})
# Entities and words that only say when or where: "On 2 May 2020", "in Lima", "Lara state".
_SETTING_ENTS: Final = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL"})
_SETTING_OPENERS: Final = frozenset({"around", "about", "as", "reportedly", "meanwhile", "earlier", "later"})
_PLACE_WORDS: Final = frozenset(
    {
        "state", "province", "district", "city", "town", "village", "region", "county", "department",
        "governorate", "municipality", "area", "neighborhood", "neighbourhood", "community", "commune",
    }
)  # fmt: skip
_FINITE_TAGS: Final = frozenset({"VBD", "VBZ", "VBP", "MD"})
MAX_SUBJECT_WORDS: Final = 25


def keeps_of(trigger: Token) -> bool:
    """'accused the governor of corruption': after these verbs an 'of' phrase is the charge, not the name."""
    return trigger.lemma_.lower() not in _CHARGE_VERBS


def np_span(article: Article, head: Token, sent: SpacySpan, with_of: bool = True) -> Span:
    """The noun phrase around a head, within its sentence: left modifiers, adjacent names, 'of' phrases."""
    tokens = [head]
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS and not _fronted_place(child, head):
            tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in ("appos", "compound", "flat") and not _comma_between(head, child):
            tokens.extend(t for t in child.subtree if t.dep_ not in ("punct", "relcl", "acl"))
        elif child.dep_ == "prep" and child.lower_ == "of" and with_of:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                tokens.extend(
                    [child, obj, *(t for c in obj.lefts if c.dep_ in _NP_LEFT_DEPS for t in c.subtree)]
                )
    first = max(min(t.i for t in tokens), sent.start)
    last = min(max(t.i for t in tokens), sent.end - 1)
    doc = head.doc
    while first < head.i and (doc[first].lower_ in _ARTICLES or doc[first].is_punct):
        first += 1
    while last > head.i and doc[last].is_punct:
        last -= 1
    return _char_span(article, doc[first].idx, doc[last].idx + len(doc[last]))


def subject_stretch(verb: Token) -> list[Token]:
    """The words between a sentence's fronted setting and its verb ("On 2 May, in Lima, [traders] protested").

    Empty when those words hold a clause of their own (a finite verb outside a relative clause) or
    are too long to be one noun phrase.
    """
    doc = verb.doc
    start = verb.sent.start
    for i in range(verb.sent.start, verb.i):
        if doc[i].text == "," and (_is_setting(doc[start:i]) or _is_bare_name(doc[start:i])):
            start = i + 1  # a bare name between commas names a place: "in Acapulco, Guerrero, traders"
        elif doc[i].text == ",":
            break
    stretch = [t for t in doc[start : verb.i]]
    while stretch and (stretch[-1].is_punct or stretch[-1].pos_ == "ADV"):
        stretch.pop()
    if not stretch or len(stretch) > MAX_SUBJECT_WORDS or _only_setting_words(stretch):
        return []
    if any(t.tag_ in _FINITE_TAGS and t.dep_ not in ("relcl", "aux", "auxpass") for t in stretch):
        return []
    return stretch


def _is_setting(tokens: SpacySpan | list[Token]) -> bool:
    """Whether a comma-separated stretch only says when or where (a preposition phrase, a date, a place)."""
    words = [t for t in tokens if not t.is_punct]
    if not words:
        return True
    if words[0].pos_ in ("ADP", "SCONJ") or words[0].lower_ in _SETTING_OPENERS:
        return True
    return _only_setting_words(words)


def _only_setting_words(words: SpacySpan | list[Token]) -> bool:
    """Whether every word is a date, a place, a number or a function word."""
    return all(
        t.ent_type_ in _SETTING_ENTS or t.is_stop or t.like_num or t.is_punct or t.lower_ in _PLACE_WORDS
        for t in words
    )


def _fronted_place(child: Token, head: Token) -> bool:
    """A place the parser hung on a later noun across a comma: "in Acapulco, Guerrero, 100 traders"."""
    return child.ent_type_ in _SETTING_ENTS and _comma_between(child, head)


def _is_bare_name(tokens: SpacySpan) -> bool:
    """Whether a stretch is only a proper name (as places in a setting are written)."""
    return len(tokens) > 0 and all(t.pos_ == "PROPN" or t.is_punct for t in tokens)


def _comma_between(a: Token, b: Token) -> bool:
    """Whether punctuation separates two tokens (an appositive after a comma is a description)."""
    low, high = sorted((a.i, b.i))
    return any(t.is_punct for t in a.doc[low + 1 : high])


def trigger_span(article: Article, token: Token, entry: TriggerEntry) -> Span:
    """The trigger word, widened over its phrase words when they are close ('called on', 'set fire to')."""
    words: list[Token] = []
    if entry.extras:  # a one-word entry has no phrase words to look for among the children
        related = [token, *token.children, *(g for c in token.children for g in c.children)]
        words = [t for t in related if t.lemma_.lower() in entry.extras]
    tokens = [token, *words]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if last - first > len(entry.extras) + 2:  # words far apart: keep just the head word
        first = last = token.i
    doc = token.doc
    return _char_span(article, doc[first].idx, doc[last].idx + len(doc[last]))


def sentence_span(article: Article, sent: SpacySpan) -> Span:
    """The sentence without surrounding whitespace."""
    start, end = sent.start_char, sent.end_char
    while start < end and article.text[start].isspace():
        start += 1
    while end > start and article.text[end - 1].isspace():
        end -= 1
    return _char_span(article, start, end)


def _char_span(article: Article, start: int, end: int) -> Span:
    """A Span over article.text."""
    return Span(start, end, article.text[start:end])


def sentences(doc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, cut again at line breaks (a heading or caption is not part of the next sentence)."""
    # the space flags read as one array, not token by token: most words are no line break
    spaces: list[int] = doc.to_array(IS_SPACE).tolist()
    breaks = [i for i, space in enumerate(spaces) if space and "\n" in doc[i].text]
    out: list[SpacySpan] = []
    for sent in doc_sentences(doc):
        start = sent.start
        for i in breaks[bisect_left(breaks, sent.start) : bisect_left(breaks, sent.end)]:
            if i > start:
                out.append(doc[start:i])
            start = i + 1
        if sent.end > start:
            out.append(doc[start : sent.end])
    return [s for s in out if not all(spaces[s.start : s.end])]


_DASHES: Final = ("—", "–", "-", "--")


def date_or_dateline(sent: SpacySpan) -> bool:
    """Whether the sentence is a note's date line ('06 June.'), a coder's line on the coordinates used
    (`coordinates_line`) or a list number cut off its item ('2.'), or a report's dateline cut off its
    first sentence ('RIVERSIDE, Calif. —', no verb, closed by a dash): it only dates, places or numbers
    the next one."""
    if only_a_date(sent) or coordinates_line(sent) or _list_number(sent):
        return True
    closed_by_dash = sent.text.rstrip().endswith(_DASHES)
    return closed_by_dash and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def only_a_date(sent: SpacySpan) -> bool:
    """Whether the sentence is nothing but a date ("06 June.", "On 10 April 2012."): a note's date line,
    which reports nothing itself but dates the sentence after it."""
    words = [t.lower_.rstrip(".") for t in sent if not (t.is_punct or t.is_space or t.like_num)]
    named = [w for w in words if w in _CALENDAR_NAMES]
    return bool(named) and all(w in _CALENDAR_NAMES or w in _DATE_LINE_FILLERS for w in words)


def _list_number(sent: SpacySpan) -> bool:
    """Whether the sentence is only a number and its stop ("2."), cut off the list item it numbers."""
    return any(t.like_num for t in sent) and all(t.like_num or t.is_punct or t.is_space for t in sent)


def coordinates_line(sent: SpacySpan) -> bool:
    """Whether the sentence is a coder's line on the coordinates used ("The coordinates of Nyala were
    used as Kassab was not available."): it opens old Sudan notes and reports nothing; the event follows."""
    root = sent.root
    if root.lemma_.lower() != "use":
        return False
    # the line opens with its subject: "(..., coordinates for Endo used)" closing an event's sentence is
    # that sentence's aside, and the event is told before it
    opening = next((t for t in sent if t.lower_ not in _ARTICLES), None)
    return (
        opening is not None
        and opening.dep_ in _SUBJECT_DEPS
        and opening.head == root
        and opening.lemma_.lower() == "coordinate"
    )
