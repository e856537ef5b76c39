"""Violence tallied over years ('have been killed since 2011', 'killed 4,315 fighters since 2014', 'died in
two months of fighting', 'the war has killed tens of thousands'): a count of many acts, no one attack."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.nlp import clause_verb
from kronika.textnorm import WEEKDAY_NAMES

# Spans of time long enough that what was done in them is a tally, not an event: 'over the past five years'.
_LONG_SPANS: Final = frozenset({"year", "month", "decade"})
# Openings a tally runs from: 'since the beginning of the year', 'since the start of the war'.
_OPENINGS: Final = frozenset({"beginning", "start", "outbreak", "onset"})
_SPAN_PREPOSITIONS: Final = frozenset({"in", "over", "during", "throughout", "across"})
_RECENT: Final = frozenset({"past", "last", "previous"})
# Wars and conflicts whose whole toll a perfect clause counts ('the war has killed tens of thousands').
# ('fighting has killed 40 this week' may be one battle's toll)
WARS: Final = frozenset({"war", "conflict", "insurgency", "uprising"})
# What a tally over months is counted since ('13,000 detained since the election', 'since the coup, 60 have
# been killed'), and the verbs of a war's or a crisis's start it is counted from ('since the war erupted')
TALLY_ORIGINS: Final = WARS | frozenset(
    {"election", "vote", "coup", "crisis", "invasion", "revolution", "takeover", "crackdown"}
)
OUTBREAK_VERBS: Final = frozenset({"begin", "start", "erupt", "break", "escalate"})
# Runs of unrest and wars whose toll, counted over them, is a tally ('more than 200 have been killed during
# the protests', 'at least 24 have died since the protests began')
TALLIED_RUNS: Final = WARS | frozenset({"protests", "demonstrations", "unrest", "crackdown", "offensive"})
# How many make a count a tally of months rather than news ('13,000 detained', 'hundreds killed', 'half a
# million'): the counting words but dozens, and the numbers they are plurals of
_MANY: Final = 50
_MANY_WORDS: Final = frozenset(
    {"hundreds", "thousands", "scores", "millions", "tens", "hundred", "thousand", "million", "billion"}
)
_CLIMB: Final = 3  # from a trigger noun up to the verb of its clause
# Words that name one day: a clause that names one tells that day's acts, whatever span it compares them to.
_DAYS: Final = WEEKDAY_NAMES | frozenset({"yesterday", "today", "tonight", "overnight"})


def tallied_over_time(token: Token) -> bool:
    """Whether the trigger's clause counts acts since a year or over months or years ('have been killed since
    2011', 'airstrikes killed 4,315 fighters since 2014', 'have died in two months of fighting') or a war's
    whole toll, or the trigger names the span itself ('in two months of fighting')."""
    if _spans_months(token):
        return True  # 'died in two months of fighting'
    verb = clause_verb(token, _CLIMB)
    if any(t.lower_ in _DAYS for t in verb.subtree):
        return False  # 'attacks on Monday killed 107 people in the deadliest day in two years': one day's
    if _war_toll(verb) or _since_tally(verb):
        return True  # 'the war has killed tens of thousands', '35,000 have since been killed': a whole toll
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    # 'killed or wounded 4,315 fighters since 2014': the span may hang on the last of conjoined verbs
    return any(_tally_span(c) for v in verbs for c in v.children if c.dep_ == "prep")


def _war_toll(verb: Token) -> bool:
    """Whether a perfect clause counts what a war or a conflict has done ('the war, which began in April
    2023, has killed tens of thousands', 'the conflict has displaced millions'): a tally over its course."""
    return _perfect(verb) and any(c.dep_ == "nsubj" and c.lemma_.lower() in WARS for c in verb.children)


def _since_tally(verb: Token) -> bool:
    """'More than 35,000 Palestinians have since been killed': a perfect clause counting hundreds or more
    since a time told before is a tally ('two of the wounded have since died' is news of two victims)."""
    since = any(c.dep_ == "advmod" and c.lower_ == "since" for c in verb.children)
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return _perfect(verb) and since and any(counts_many(s) for s in subjects)


def _perfect(verb: Token) -> bool:
    """Whether the verb is told in the perfect ('has killed', 'have since been killed')."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def counts_many(noun: Token) -> bool:
    """Whether a count is of many: hundreds, thousands, or a number of 50 or more ('13,000', 'half a
    million', '35,000 Palestinians')."""
    if noun.lower_ in _MANY_WORDS:
        return True
    numbers = [t for t in noun.subtree if t.like_num and t.i < noun.i]
    for number in numbers:
        if number.lower_ in _MANY_WORDS:
            return True
        digits = number.text.replace(",", "")
        if digits.isdigit() and int(digits) >= _MANY:
            return True
    return False


def _tally_span(prep: Token) -> bool:
    """Whether a preposition opens a span of years: 'since 2011', 'since the beginning of the year', 'over the
    past five years', 'in two months of fighting'."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "since":
        return any(is_year(o) or o.lemma_.lower() in _OPENINGS for o in objects)
    return prep.lower_ in _SPAN_PREPOSITIONS and any(_long_span(o) for o in objects)


def is_year(token: Token) -> bool:
    """Whether a word is a year written in figures ('2011')."""
    return (
        token.like_num and len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100
    )


def _long_span(noun: Token) -> bool:
    """'the past five years', 'two months', 'past decades': months or years counted or looked back on."""
    if noun.lemma_.lower() not in _LONG_SPANS or noun.tag_ != "NNS":
        return False  # 'over the past month of airstrikes', 'in the past year' tell a run of news
    return any((c.dep_ == "nummod") or (c.dep_ == "amod" and c.lower_ in _RECENT) for c in noun.children)


def _spans_months(token: Token) -> bool:
    """'In two months of fighting': the trigger noun is what filled a span of months or years."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    span = token.head.head
    if span.dep_ != "pobj" or not _long_span(span):
        return False
    # 'died in two months of fighting' counts by it; 'a moment in two months of clashes' only dates a moment
    return span.head.head.pos_ in ("VERB", "AUX")
