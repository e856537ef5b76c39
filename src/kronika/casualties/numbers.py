"""The number parser casualty counts rest on: digits, number words and ACLED's vague quantities.

Vague quantities follow ACLED's coding conventions, which take the lowest figure a report supports:
"dozens" is 12, "hundreds" 100, "thousands" 1000, "several"/"many"/"a few" 3 (news uses "several" for
small groups, and 3 is the smallest plural that is more than "a couple"), "scores" 20 (one score), "tens"
10 ("tens of thousands" 10000).
"more than 20", "at least 5", "almost 700" and "up to 10" all give the stated figure, and a range ("between
25 and 54") its lowest.
"""

from __future__ import annotations

import re

from kronika.casualties.age_patterns import AGE_NUMBER, AGE_UNIT, AGED, LONG_AGE_UNIT, SHORT_AGE
from kronika.person_nouns import PERSONS

UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "couple": 2, "pair": 2, "both": 2,
}  # fmt: skip
GROUPS = {"dozen", "couple", "pair"}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3, "many": 3, "few": 3,
    "numerous": 3, "multiple": 3,
    # "tens of people dead", "tens were killed" (training notes so counting the dead as their own toll: 2,
    # each coded 10)
    "tens": 10,
}  # fmt: skip
# "tens of thousands" is ten of them, the lowest figure it supports, not the "tens" of `VAGUE`
TENS_OF = {"thousands": 10_000, "millions": 10_000_000}
# The nouns after which "a"/"one" counts one person ("a 30-year-old man"): the people by age or sex of
# `person_nouns.PERSONS`, and roles, a few kin and the pronouns. Not the whole of person_nouns' KIN and
# ROLES (a grandson, a clerk): those name victims listed one by one, and counting after them is untested.
PERSON_NOUNS = PERSONS | {
    "person",
    "officer", "soldier", "civilian", "protester", "demonstrator", "policeman", "student", "worker",
    "victim", "driver", "passenger", "resident", "member", "journalist", "guard", "suspect", "gunman",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "bystander",
    "employee", "farmer", "villager", "militant", "fighter", "rebel", "youth", "individual", "cop",
    "trooper", "deputy", "agent", "pedestrian", "customer", "shooter", "he", "she", "him", "her",
}  # fmt: skip
OWNER = re.compile(
    r"^(?:the|their|his|her|its|our|these|those|all)\s+(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
)
NOBODY = {"no one", "nobody", "none", "no-one"}
# a duration in figures or words ('a 5-year veteran', 'a five-year veteran', 'a 12-hour standoff'; ages are
# read before this), a clock time, a phone number: none counts people
NOT_A_COUNT = re.compile(
    r"(?:\d+(?:\.\d+)?|\b[a-z]+)-(?:year|month|week|day|hour)|\d{1,2}:\d{2}|\d{3}-\d{3,4}|\bp\.?m\b|\ba\.?m\b"
)
# a range of counts, of which ACLED codes the lowest: "between 25 and 54 people", "25 to 30 people", "30-35"
# (training notes so ranged: 9, each coding the lower figure)
RANGE = re.compile(
    r"^(?:between\s+)?(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s*(?:-|to|and|or)\s*(?:\d{1,3}(?:,\d{3})+|\d+)\b(?![-.])"
)
QUALIFIERS = re.compile(
    r"^(?:almost|nearly|about|around|approximately|roughly|some|over|more than|at least|up to|as many as|"
    r"an estimated|fewer than|less than|under|just|only|another|a total of|total of|a further)\s+"
)


def _number_word_value(words: list[str]) -> int | None:
    """The value of a run of number words: 'twenty-three', 'two hundred', 'a dozen'."""
    total, current, seen = 0, 0, False
    for word in words:
        if word in UNITS:
            # "a dozen", "two dozen", "a couple": the word multiplies what stands before it
            current = (current or 1) * UNITS[word] if word in GROUPS else current + UNITS[word]
            seen = True
        elif word in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total, current = total + current, 0
            seen = True
        elif word != "and":
            break
    return total + current if seen else None


def parse_count(text: str) -> int | None:
    """The number of people a phrase states ('almost 700', 'a dozen', 'two people', 'a man'), or None."""
    # spaCy splits "11-year-old" into five tokens; joined with spaces they must still read as an age
    phrase = re.sub(r"\s*-\s*", "-", text.lower().strip())
    # "an 11 year old boy", "an 18-year old"
    phrase = re.sub(rf"\b({AGE_NUMBER})[ -]({AGE_UNIT})s?[ -]old\b", r"\1-\2-old", phrase)
    phrase = SHORT_AGE.sub(r"\1-year-old", phrase)  # "a 20 y/o", "20 y / o", "a 6 yr old boy"
    # a bare age in days ('the two-day-old') is left to the words after it: read as one person, it made a
    # newborn who lived through an attack unhurt ('the two-day-old lived through the shooting') one more hurt
    # (GVA study: 1 article so lost, none gained)
    if re.match(rf"(?:(?:a|an|the|another)\s+)?{AGE_NUMBER}-{LONG_AGE_UNIT}-old(?!s)", phrase):
        # "the 64-year-old", "a three-year-old boy", "another 16-year-old boy" are one person, though 64 is
        # not a count
        return 1
    # "19- and 20-year-old brothers": two ages sharing one "-year-old" are two people; "a 19- or 20-year-old"
    # is one of them
    phrase = re.sub(rf"\b{AGE_NUMBER}-and\s+{AGED}s?\b", "two", phrase)
    phrase = re.sub(rf"\b{AGE_NUMBER}-(?:or|to)\s+(?={AGED})", "", phrase)
    phrase = re.sub(rf"\b{AGED}s?\b", "", phrase)  # "two 9-year-old boys": 2
    if not phrase or NOT_A_COUNT.search(phrase):
        return None
    if any(phrase.startswith(n) for n in NOBODY):
        return 0
    ranged = RANGE.match(phrase)
    if ranged is not None:
        return int(ranged["low"].replace(",", ""))
    phrase = QUALIFIERS.sub("", QUALIFIERS.sub("", phrase))
    phrase = OWNER.sub("", phrase)  # "their two children", "the 3 victims": the number counts them
    digits = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(million|thousand)?", phrase)
    if digits:
        return _digit_value(digits)
    words = re.findall(r"[a-z]+", phrase)
    if not words:
        return None
    if words[:2] == ["tens", "of"] and len(words) > 2 and words[2] in TENS_OF:
        return TENS_OF[words[2]]
    if words[0] in VAGUE or (words[0] == "a" and len(words) > 1 and words[1] in VAGUE):
        return VAGUE[words[0] if words[0] in VAGUE else words[1]]
    if words[0] in {"a", "an", "the", "his", "her", "their", "its"} and len(words) > 1:
        return _article_count(words)
    return _number_word_value([w for w in re.split(r"[\s-]+", phrase) if w])


def _digit_value(m: re.Match[str]) -> int | None:
    """A count written in digits, with an optional 'million'/'thousand'."""
    whole = int(m.group(1).replace(",", ""))
    if m.group(3):
        fraction = float(f"0.{m.group(2)}") if m.group(2) else 0.0
        return int((whole + fraction) * MULTIPLIERS[m.group(3)])
    if m.group(2):
        return None  # "11.5" is a length or a rate, not a number of people
    return whole


def _article_count(words: list[str]) -> int | None:
    """'a man', 'the victim', 'his wife' are one person; 'a dozen', 'a hundred' are numbers."""
    value = _number_word_value(words)
    if value is not None and (words[1] in UNITS or words[1] in MULTIPLIERS):
        return value
    if words[-1] in {"couple", "pair"}:
        return 2  # "a civilian couple", "the elderly pair": two people
    if words[0] in {"a", "an"} or any(w in PERSON_NOUNS for w in words[1:3]):
        return 1 if words[-1] in PERSON_NOUNS or words[0] in {"a", "an"} else None
    return None
