"""The surnames of the people an article names: once it names 'Jason Holt', a lone 'Holt' is the man.

spaCy tags a lone surname as a person most of the time, but not always ('known Holt for years' may come
out a place), and a person's word, untagged, may still be read as a town. An article that names someone
in full uses the surname alone for that person throughout, so a lone word that is the last word of a
person's full name there is never a town of that name ('Holt', Michigan; 'Martinez', California),
unless a word of place stands beside it: 'shot in Salinas' and 'Salinas police' name the town, even
in a story whose victim is Edgar Garcia Salinas.
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


def someones_surname(doc: Doc, phrase: Span) -> bool:
    """Whether a one-word place name is the surname of a person the article names in full, with no word
    of place beside it."""
    if len(phrase) != 1 or phrase[0].lower_ not in article_surnames(doc):
        return False
    return not placed(doc.text, phrase.start_char, phrase.end_char)


def placed(text: str, start: int, end: int) -> bool:
    """Whether a word of place stands beside the name at text[start:end] ('in Salinas', 'Salinas
    police')."""
    ended = text[start:end].endswith(".")  # 'killed Holt.': what follows is the next sentence's
    return bool(
        _PLACE_BEFORE.search(text, max(0, start - _BEFORE_CHARS), start)
        or (not ended and _PLACE_AFTER.match(text, end))
    )


def not_people(doc: Doc, chains: Sequence[Chain]) -> list[Chain]:
    """The chains less those that are the lone surname of someone the article names in full, with no
    word of place beside it: the towns a county's or state's story names are not its spokesman's
    surname ('Sgt. Neil Mitchell ... Mitchell said' is no town Mitchell of the county)."""
    people = article_surnames(doc)
    text = doc_text(doc)
    return [
        c
        for c in chains
        if len(c.names) > 1 or _letters(c.names[0].text.lower()) not in people or placed(text, c.start, c.end)
    ]
