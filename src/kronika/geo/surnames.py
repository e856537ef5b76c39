"""The names of the people an article names: once it names 'Jason Holt', a lone 'Holt' is the man, and
once it names 'Marcus Lewis', a lone 'Marcus' is the boy.

spaCy tags a lone surname as a person most of the time, but not always ('known Holt for years' may come
out a place), and a person's word, untagged, may still be read as a town. An article that names someone
in full uses the surname alone for that person throughout, so a lone word that is the last word of a
person's full name there is never a town of that name ('Holt', Michigan; 'Martinez', California),
unless a word of place stands beside it: 'shot in Salinas' and 'Salinas police' name the town, even
in a story whose victim is Edgar Garcia Salinas. A story goes on calling a child or a victim by the given
name ('Marcus Lewis, 13, was shot ... Marcus died'), which the tagger reads as a place as often as not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kronika.geo.chain_text import Chain
from kronika.nlp import doc_text, entities, per_doc

# Words that make the name beside them a place: 'in Salinas', 'Salinas police', 'a Salinas man'.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|of)\s+(?:the\s+)?$", re.IGNORECASE)
# On the same line only: 'killed Holt.' then 'Police said ...' on the next is the next sentence's word.
_PLACE_AFTER = re.compile(
    r"[ \t]+(?:police|officers|man|woman|boy|girl|teen|residents?|county|area|neighbou?rhood)\b",
    re.IGNORECASE,
)
# a name's letters, without what the tagger ran into its last token ('Lyons,32')
_NAME_LETTERS = re.compile(r"[^\W\d_][\w'’-]*")
_BEFORE_CHARS = 12
# A name written as an owner ('in Wright's home'): the word of place before it governs what is owned
_POSSESSIVE = re.compile(r"['’]s\b")
# 'of' after a likeness is no word of place: 'a photo of Holt' shows the man, not a town
_LIKENESS_OF = re.compile(
    r"\b(?:photos?|photographs?|pictures?|images?|mug\s?shots?|booking\s+photos?|sketch(?:es)?|portraits?)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
_LIKENESS_CHARS = 24


def article_surnames(doc: Doc) -> frozenset[str]:
    """The lower-cased last words of the people's names of two or more words that the article tags."""
    return per_doc(
        doc,
        "kronika.geo.surnames",
        lambda: frozenset(
            _letters(e[-1].lower_)
            for e in entities(doc)
            if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_title
        ),
    )


# Second words that make a 'person' of two words a place the tagger misread ('Jackson Heights'): its
# first word is then no one's given name.
_PLACE_SECOND_WORDS = frozenset(
    {"city", "heights", "beach", "park", "springs", "falls", "hills", "valley", "county", "township",
     "island", "lake", "creek", "grove", "village", "harbor", "point", "bay", "ridge", "station"}
)  # fmt: skip


def article_given_names(doc: Doc) -> frozenset[str]:
    """The lower-cased first words of the people's names of two or three words that the article tags,
    each word capitalised letters ('Marcus Lewis', 'Jesse L. Davis'), the second no place word."""
    return per_doc(
        doc,
        "kronika.geo.given_names",
        lambda: frozenset(
            e[0].lower_
            for e in entities(doc)
            if e.label_ == "PERSON"
            and len(e) in (2, 3)
            and all(t.is_title and t.text.rstrip(".").isalpha() for t in e)
            and e[1].lower_ not in _PLACE_SECOND_WORDS
        ),
    )


def _full_name_starts(doc: Doc) -> frozenset[int]:
    """Where the people's names of two or more words that the article tags begin: a given name there is
    the full name's own first word ('Seattle Fire', tagged a person), not the person called by it."""
    return per_doc(
        doc,
        "kronika.geo.full_name_starts",
        lambda: frozenset(e.start_char for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1),
    )


def someones_word(doc: Doc, text: str, word: str, start: int, end: int, town: bool = True) -> bool:
    """Whether `word`, written alone at text[start:end] with no word of place beside it, is the surname
    or, for a `town`, the given name of someone the article names in full (a given name opening that
    full name is no lone word). A country or region keeps its name beside a namesake's given name:
    'Israel Katz said ... Israel struck' names the country."""
    if len(word.split()) != 1:  # a town of several words ('Jackson Heights') is no one's name
        return False
    key = _letters(word.lower())
    given = town and key in article_given_names(doc) and start not in _full_name_starts(doc)
    return (key in article_surnames(doc) or given) and not placed(text, start, end)


def _letters(word: str) -> str:
    """The word's letters up to what the tagger ran into it ('lyons,32' -> 'lyons')."""
    found = _NAME_LETTERS.match(word)
    return found.group() if found else word


def name_words(doc: Doc) -> frozenset[str]:
    """Every word of the people's names of two or more words that the article tags, as written: 'Jordan'
    and 'Gray' of 'Jordan Gray' (a first name may be a country's name as well as a surname a town's)."""
    return per_doc(
        doc,
        "kronika.geo.name_words",
        lambda: frozenset(t.text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1 for t in e),
    )


def someones_name(doc: Doc, phrase: Span, town: bool = True) -> bool:
    """Whether a one-word place name is someone's surname or, for a `town`, given name
    (`someones_word`)."""
    return len(phrase) == 1 and someones_word(
        doc, doc_text(doc), phrase[0].text, phrase.start_char, phrase.end_char, town
    )


def placed(text: str, start: int, end: int) -> bool:
    """Whether a word of place stands beside the name at text[start:end] ('in Salinas', 'Salinas
    police'). A word of place before an owner's name places what is owned, not the owner: 'found dead
    in Wright's home' is Wright's, the man's, home; nor is 'of' after a likeness one ('a photo of
    Holt')."""
    ended = text[start:end].endswith(".")  # 'killed Holt.': what follows is the next sentence's
    owner = _POSSESSIVE.match(text, end) is not None
    likeness = _LIKENESS_OF.search(text, max(0, start - _LIKENESS_CHARS), start) is not None
    return bool(
        (not owner and not likeness and _PLACE_BEFORE.search(text, max(0, start - _BEFORE_CHARS), start))
        or (not ended and _PLACE_AFTER.match(text, end))
    )


def not_people(doc: Doc, chains: Sequence[Chain]) -> list[Chain]:
    """The chains less those that are the lone surname or given name of someone the article names in
    full, with no word of place beside it: the towns a county's or state's story names are not its
    spokesman's surname ('Sgt. Neil Mitchell ... Mitchell said' is no town Mitchell of the county)."""
    text = doc_text(doc)
    return [
        c for c in chains if len(c.names) > 1 or not someones_word(doc, text, c.names[0].text, c.start, c.end)
    ]
