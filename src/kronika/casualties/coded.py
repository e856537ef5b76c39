"""The toll a coder's note says it codes to its own event: '15 fatalities coded to this event', 'Fatalities
coded to 0', 'Total fatalities were at least 22'; its summary line ('2 fatalities.'), and the number of
events it shares its toll out over ('Fatalities split between 2 events').

Newer ACLED notes end with how the toll was coded. The figure for this very event outranks every count the
note tells (a ministry's tally, a claim, a share of a toll split across events), and is already this
event's share; a total the note states outranks its parts ('killing at least 7 ... and 15 more ... Total
fatalities were at least 22'). A claimed toll the note codes as 0 ('Claimed fatalities coded 0') is not
the event's toll, so the rules never read a claim's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span

from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import NUMBER
from kronika.nlp import span_text

# the word as coders type it, misspellings too: "fatalities", "fatalitie", "fatalites", "fatalties" (about
# 35 notes across the ACLED files so misspelt, each coding its figure as the word would)
FATALITIES = r"fatal(?:ity|ities|itie|ites|itis|ties|tiies|aties)"
COUNT = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
LEAST = r"(?:at\s+least\s+)?"
# the share coded to this event: "with 18 fatalities coded to this event", "4 were coded to this location",
# "coded as 9 for this event", "Confirmed fatalities coded to this location 1", "(5 fatalities coded here,
# 2 coded for the clash at the mosque)"
HERE = r"(?:(?:to|for)\s+this\s+(?:event|location)|here)"
OWN_SHARE = re.compile(
    rf"{COUNT}\s+(?:{FATALITIES}\s+)?(?:were\s+|was\s+)?coded\s+{HERE}\b"
    rf"|coded\s+as\s+{LEAST}{COUNT.replace('?P<n>', '?P<m>')}\s+(?:{FATALITIES}\s+)?for\s+this\s+event\b"
    rf"|(?<!claimed\s){FATALITIES}\s+coded\s+to\s+this\s+(?:event|location)\s+(?:(?:were|was|is|as)\s+)?"
    rf"{COUNT.replace('?P<n>', '?P<k>')}\b",
    re.IGNORECASE,
)
# a toll coded out in parts, the first this event's: "(12 fatalities coded for Oct 3, and 5 coded for Oct 4)",
# "(6 fatalities coded for Kadugli, 2 for Talodi)", "(15 fatalities coded per day)": the note's first event
# is the one its first part names, and a per-day figure is each day's ('to this event' is OWN_SHARE's)
PART = re.compile(
    rf"(?<![\w.,]){COUNT}\s+{FATALITIES}\s+(?:were\s+|was\s+)?coded\s+(?:for|per|each)\b(?!\s+this\b)",
    re.IGNORECASE,
)
# the note's total: "The total fatalities were coded as at least 21", "Total fatalities were at least 22",
# "The total fatalities coded are at least 50", "Total fatalities coded as at least nine"
WORD_COUNT = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "Total confirmed fatalities is at least 4" (training notes so written: 15, each coding the figure)
TOTAL = re.compile(
    rf"\btotal\s+(?:number\s+of\s+)?(?:(?:confirmed|reported|known)\s+)?{FATALITIES}\s+"
    r"(?:were\s+|was\s+|is\s+)?"
    rf"(?:coded\s+(?:as\s+|are\s+|were\s+|is\s+)?)?{LEAST}(?:{COUNT}|(?P<w>{WORD_COUNT}))\b"
    # the figure before the word: "Total 5 fatalities (4 confirmed and 1 split) coded to this event", "Total 2
    # confirmed fatalities coded." (training notes so written: 15, each coding the figure, though the note
    # shares a day's remaining dead out over many events before it)
    rf"|\btotal\s+(?:of\s+)?{LEAST}{COUNT.replace('?P<n>', '?P<f>')}\s+(?:confirmed\s+)?{FATALITIES}\s+"
    r"(?:\([^)]*\)\s+)?(?:were\s+|was\s+)?coded\b",
    re.IGNORECASE,
)
# a figure coded without a place or share: "Fatalities coded to 0.", "At least 3 (Hamas) fatalities coded.",
# "Unspecified fatalities in a non-conflict zone coded as 3", "Unspecified fatalities in an active conflict
# zone coded as 10", "Unknown number of fatalitie coded as 10" (a note's typo); "Unspecified fatalities were
# reported and coded as 3", "Unknown militant fatalities assessed low and coded as 3" (training notes: 6, each
# the coded figure); "Unspecified casualties coded as 3" (training notes: 8, each coding its figure as dead);
# "Fatalities coded at least 5" (training notes: 93, 92 coding the figure; with the total above, 24 of 112
# such notes more right, none lost)
CODED = re.compile(
    rf"(?<!claimed\s)\b{FATALITIES}\s+(?:were\s+)?coded\s+(?:to|at\s+least)\s+{COUNT}\b"
    rf"|(?<!claimed\s)\b(?:{FATALITIES}|casualties)\s+(?:(?!split|spread)[\w-]+\s+){{0,5}}?coded\s+as\s+"
    rf"{LEAST}{COUNT.replace('?P<n>', '?P<j>')}\b"
    rf"|^\W*{LEAST}{COUNT.replace('?P<n>', '?P<m>')}\s+(?:\([^)]*\)\s+)?{FATALITIES}\s+"
    r"(?:were\s+)?coded\W*$"
    # a vague or ranged count of the dead and the figure coded for it: "killed an unspecified number of
    # fighters, coded as 3", "killed between 30-80 rebels (coded as 30)", "leaving dozens of fatalities [coded
    # as 12]", "left an unknown number dead (coded as 3)"
    # (not "Fatalities split across two events, coded as 5": the figure is the whole toll, shared out)
    rf"|(?<!claimed\s)\b(?:kill(?:ed|ing)|dead|fatalities)\s+(?:(?!split|spread)[^.;()\[\]]){{0,60}}?(?:,|\(|\[)"
    rf"\s*coded\s+as\s+"
    rf"{LEAST}{COUNT.replace('?P<n>', '?P<c>')}\b",
    re.IGNORECASE,
)

# an old note's field of the toll, in capitals: "FATALITIES: 15", "FATALITIES:17 (mortuary count)",
# "FATALITIES: 2 - ACTORS NOT SPECIFIED" (training and validation notes so written: 11 with a figure, 9 coding
# it); not "FATALITIES: 3 others killed" (others besides a death told before) nor a range ("5-6 others may
# have been killed")
FIELD = re.compile(r"(?-i:\bFATALITIES):\s*(?P<n>\d+)\b(?!\s*-\s*\d)(?!\s+others\b)")


@dataclass(frozen=True)
class CodedToll:
    """A toll a coder's note states it coded, and whether it is already this event's share of a split."""

    killed: int
    own_share: bool


def coded_toll(sentences: Iterable[Span]) -> CodedToll | None:
    """The toll the note codes: the total it says it coded first, then its share for this event, then the
    first of the parts it codes, then its total, then a bare coded figure."""
    # every wording names the coding or the total: a cheap test spares the patterns most sentences
    texts = [t for t in (span_text(sentence) for sentence in sentences) if _may_code(t.lower())]
    # a total the note says it coded ('Total fatalities coded as 16') is what it coded to this very event,
    # though it tells a toll split across events before it (training notes 0..19000, 23000..26000 and
    # 53000..56000 so written beside a split: 4, each coding the total whole), and it sums what it coded to
    # this event with the rest of its toll ('17 fatalities coded to this event ... Total fatalities coded as
    # 28': training notes so written, 7, each coding the total)
    for text in texts:
        m = TOTAL.search(text)
        if m is not None and "coded" in m.group().lower():
            figure = next(g for g in m.groups() if g is not None)
            return CodedToll(parse_count(figure) or 0, True)
    for pattern, own in ((OWN_SHARE, True), (PART, True), (TOTAL, False), (CODED, False), (FIELD, False)):
        # a note codes an unknown part before the whole it adds up to ('Unspecified fatalities coded as 3.
        # Fatalities coded as 27 (24 soldiers and 3 militants).'): the last sentence coding a bare figure
        # states the event's
        for text in reversed(texts) if pattern is CODED else texts:
            m = pattern.search(text)
            if m is not None:
                figure = next(g for g in m.groups() if g is not None)
                return CodedToll(parse_count(figure) or 0, own)
    return None


def _may_code(lowered: str) -> bool:
    """Whether a lower-cased sentence could state a coded toll at all."""
    return "coded" in lowered or "total" in lowered or "fatalities:" in lowered


# a coder's summary of the toll: "2 fatalities.", "Fatalities coded as 10", "No fatalities reported"
SUMMARY = re.compile(
    rf"^\W*(?P<n>{NUMBER}|no)\s+(?:\w+\s+)?{FATALITIES}\b"
    rf"|{FATALITIES}\s+(?:(?!split|spread)\w+\s+){{0,2}}?coded\s+as\s+(?P<coded>\d+)",
    re.IGNORECASE,
)
# a toll shared out over several events: "Fatalities split between 2 events", "spread across two dates",
# "divided equally across three events", "Fatalities coded across 2 events", "split between (3) events"
SPLIT = re.compile(
    r"(?:split|spread|distributed|divided|(?<=fatalities\s)coded)\s+(?:up\s+|equally\s+|evenly\s+)?"
    r"(?:between|across|among|over|into)\s+\(?(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\)?\s+"
    r"(?:\w+\s+)?"
    r"(?:events|locations|days|dates|incidents|villages|areas)",
    re.IGNORECASE,
)


def summary_toll(sentences: list[Span]) -> int | None:
    """The fatalities a coder's summary sentence states for the incident ('2 fatalities.', 'coded as 10')."""
    for sentence in sentences:
        text = span_text(sentence)
        # every wording names fatalities: a cheap test spares the pattern most sentences
        m = SUMMARY.search(text) if "fatal" in text.lower() else None
        if m is not None:
            return parse_count(m["coded"] or m["n"]) if (m["coded"] or m["n"].lower() != "no") else 0
    return None


def split_parts(sentences: list[Span]) -> int | None:
    """Into how many events a note shares its toll out: 'Fatalities split between 2 events'."""
    for sentence in sentences:
        text = span_text(sentence)
        m = SPLIT.search(text) if "fatalit" in text.lower() else None
        if m is not None:
            return parse_count(m["n"])
    return None
