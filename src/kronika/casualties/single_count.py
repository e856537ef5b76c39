"""The count one noun phrase states by its own words, without its conjuncts or appositions: 'two men',
'his parents', 'a couple', 'two 16-year-olds', 'two sheriff's deputies'; and the numbers that count no
one ('the 1800 block', 'call 911'). `kronika.casualties.phrases` adds up the phrases of a list."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kronika.casualties.model_years import dated_name
from kronika.casualties.numbers import MULTIPLIERS, UNITS, VAGUE, parse_count
from kronika.casualties.words import casualty_kind

# a street address's block and a share are numbered, but are not people
MEASURES = {"block", "percent", "percentage"}
YEAR = re.compile(r"(?:19|20)\d\d")
PAIRS = {"couple", "pair"}  # "a couple were found dead": two people


def is_number_word(token: Token) -> bool:
    """Digits, number words and vague quantities ('dozen', 'hundreds', 'several')."""
    word = token.lower_
    return token.like_num or word in VAGUE or word in UNITS or word in MULTIPLIERS


def labels(token: Token) -> bool:
    """A number that names a place, a share, a year or the emergency line, not people: 'found in the 1800
    block', 'eighty percent of those', 'one of the killings of 2015', 'call 911'."""
    number = token.pos_ == "NUM" and (bool(YEAR.fullmatch(token.text)) or token.text == "911")
    return token.lemma_.lower() in MEASURES or number or dated_name(token)  # "his 1995 Honda Civic" too


def single_phrase_count(token: Token) -> int | None:
    """The count of one noun phrase: its modifiers and the noun, without its clauses and conjuncts."""
    if labels(token):
        return None
    # "the 911 caller's father": a number in the possessor counts the possessor, not the person owned
    skip = {"conj", "cc", "preconj", "relcl", "acl", "prep", "appos", "punct", "poss"}
    # "shot dead two clerks": the casualty word modifying the victims is not part of their count
    before = [c for c in token.children if c.dep_ not in skip and c.i < token.i and casualty_kind(c) is None]
    if any(c.dep_ == "conj" for c in token.children):  # "both Ann and the baby": 'both' counts the list
        before = [c for c in before if c.lower_ not in {"both", "either", "neither"}]
    words = [token, *[t for c in before for t in c.subtree]]
    # "MACON, Ga. - A 3-year-old boy": a dateline the parse hung on the phrase is not part of it; nor is
    # a line above it ("Photo: 17 Star Video" over "A woman died ..."), a caption's credit
    cut = max((t.i for t in words if t.i < token.i and (is_spaced_dash(t) or _line_break(t))), default=-1)
    words = [t for t in words if t.i > cut]
    phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    # the phrase without its conjuncts: "his aunt and two other people" has no number on 'aunt'
    own = [token, *(t for c in token.children if c.dep_ not in {"conj", "cc", "poss"} for t in c.subtree)]
    # "shot his parents" (and "his parents and three siblings"), "his twin daughters": a plural that is
    # a number
    twin = token.tag_ == "NNS" and any(c.lower_ == "twin" for c in token.children)
    if token.lower_ == "olds":
        return _age_group_count(token)
    if (token.lower_ in {"parents", "twins"} or twin) and not any(is_number_word(c) for c in own):
        return 2
    if (
        token.pos_ in {"NOUN", "PROPN"}
        and token.tag_ in {"NNS", "NNPS"}
        and not any(is_number_word(c) for c in own)
    ):
        return _owner_number(token)  # "protesters were killed": a plural with no number is not a count
    if token.tag_ == "NN" and not any(is_number_word(c) for c in own):
        return 2 if token.lower_ in PAIRS else 1  # "the cyclist died": a singular victim is one person
    if token.tag_ == "NNP" and not any(is_number_word(t) for t in words):
        return 1  # "Sam Cole, 19, died": a named victim is one person (the age is an apposition)
    return parse_count(phrase)


def _age_group_count(olds: Token) -> int | None:
    """'two 16-year-olds were shot', 'three other 20-year-olds': people named by their age are counted by
    the number before it, not by the age (which the parse hangs on 'year'); None where no number is told
    ('the 17-year-olds'), as for any plural."""
    numbers = [c for c in olds.children if c.dep_ in {"nummod", "quantmod"} and is_number_word(c)]
    if any(c.lower_ == "both" for c in olds.children):
        return 2
    return parse_count(numbers[0].text) if len(numbers) == 1 and not _years(numbers[0]) else None


def _years(number: Token) -> bool:
    """Whether a number is an age's ('16' in '16-year-olds', should the parse hang it on the plural)."""
    after = number.doc[number.i + 1 : number.i + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in {"year", "years"}


def _owner_number(token: Token) -> int | None:
    """The number the parse hung on a plural's singular possessor: in "two sheriff's deputies were hurt" the
    two are deputies, as one sheriff is; None for any other plural."""
    owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ in {"NN", "NNP"}), None)
    number = next((c for c in owner.children if c.dep_ == "nummod"), None) if owner is not None else None
    count = parse_count(number.text) if number is not None and not labels(number) else None
    return count if count is not None and count >= 2 else None


def _line_break(token: Token) -> bool:
    """A break between lines, which no noun phrase spans."""
    return token.is_space and "\n" in token.text


def is_spaced_dash(token: Token) -> bool:
    """A dash between words ('Ga. - A boy', 'Ga. -- A boy'), not the hyphen inside '3-year-old'."""
    return token.text in {"–", "—", "--"} or (token.text == "-" and bool(token.whitespace_))
