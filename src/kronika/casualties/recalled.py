"""A sentence that sets the story's incident beside an earlier one: 'The shooting came two days after a
4-year-old girl died in Dover', 'This latest killing comes just weeks after two men were shot on the same
block', 'The shooting came after an attack at a club left 49 dead'. The incident it names first is the
story's own; the toll after 'after' is the earlier incident's, so the sentence lends the story's toll
nothing. An arrest or a charge that 'came a week after the boy was shot dead' tells the story's own toll,
so only a sentence whose subject is the incident itself is read so. Within a sentence, a shooting told in a
clause as come 'earlier' ('shot a block from where a teen had been shot an hour earlier') is another one."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding

INCIDENT = r"(?:shooting|shootings|killing|slaying|homicide|attack|incident|death|violence|gunfire)"
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
SPAN = r"(?:(?:a|an|one|two|three|four|five|six|seven|\d+|several|a\s+few|a\s+couple\s+of)\s+)?" + (
    r"(?:days?|weeks?|months?|hours?|years?)"
)
# another incident named as such after 'after': "came after an attack at a nightclub left 49 dead", "comes
# after two fatal shootings" (not "came after an argument", nor "after a man was shot", which may be its own)
OTHER_INCIDENT = (
    r"(?:a|an|two|three|four|five|\d+|several)\s+(?:[\w'’-]+\s+){0,3}?(?:shootings?|attacks?|killings?"
    r"|homicides?|slayings?|massacre|rampage)\b"
)
AFTER_ANOTHER = re.compile(
    rf"^\W*(?:the|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?{INCIDENT}\s+(?:comes?|came|happened|occurred)\s+"
    r"(?:(?:just|only|less\s+than|more\s+than|about|nearly|almost|barely|roughly|(?:a\s+)?little\s+(?:over"
    r"|more\s+than|less\s+than)|just\s+(?:over|under))\s+)?"
    rf"(?:{SPAN}\s+after\b|on\s+the\s+heels\s+of\b|after\s+{OTHER_INCIDENT}"
    # "comes on the same day that the president visits Roseburg, where nine were killed": the day's other
    # incident
    r"|on\s+the\s+same\s+day\s+(?:that|as|when)\b)",
    re.IGNORECASE,
)

# the story's incident named first as one the sentence's news comes besides: "In addition to Friday's
# shooting at the bar, a cyclist was hurt by a stray bullet on Sunday" (not "In addition to the shooting
# victims, a bystander was hurt", who are the story's own)
IN_ADDITION = re.compile(
    rf"^\W*in\s+addition\s+to\s+(?:the|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}?{INCIDENT}\b"
    r"(?!\s+(?:victims?|survivors?)\b)",
    re.IGNORECASE,
)


# another shooting told as set before the story's, by its own time ('the victims of an earlier drive-by
# shooting two weeks ago that killed one', 'another shooting about a month ago'), or the place the
# story's happened at told as where others were shot before ('at the same house where two men were
# wounded on June 3'): the toll told is that shooting's (GVA study: 3 articles so counting it)
BEFORE = (
    r"(?:(?:about|nearly|almost|just)\s+)?(?:last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)"
    r"|(?:a|one|two|three|four|\d+|a\s+few|several)\s+(?:weeks?|months?|years?)\s+(?:ago|earlier|before))\b"
)
PLACE = r"(?:address|location|spot|corner|intersection|home|house|place|block|street|apartment|complex|park)"
EARLIER_ELSEWHERE = re.compile(
    rf"\b(?:another|an\s+earlier|a\s+previous|a\s+prior)\s+(?:[\w-]+\s+){{0,2}}?(?:shooting|attack|homicide"
    rf"|killing|slaying)\s+(?:[\w'’-]+\s+){{0,3}}?{BEFORE}"
    rf"|\bsame\s+(?:[\w-]+\s+)?{PLACE}\s+where\b[^.;]*?\b(?:shot|killed|wounded|slain)\b[^.;]*?"
    rf"(?:{BEFORE}|\bon\s+{MONTH}\s+\d{{1,2}}\b|\bin\s+(?:19|20)\d\d\b)"
    # a war's or a protest movement's other days ('Two workers have been killed in earlier clashes')
    r"|\b(?:in|during)\s+(?:the\s+)?(?:earlier|previous|prior|past)\s+(?:[\w-]+\s+)?(?:clashes|protests|attacks"
    r"|violence|fighting|unrest|demonstrations|riots|raids|incidents|strikes)\b",
    re.IGNORECASE,
)


def earlier_elsewhere(text: str) -> bool:
    """Whether the sentence tells another shooting set before the story's ('an earlier drive-by shooting two
    weeks ago that killed one', 'the same house where two men were wounded on June 3', 'killed in earlier
    clashes'), whose toll it gives."""
    return EARLIER_ELSEWHERE.search(text) is not None


def beside_earlier(text: str) -> bool:
    """Whether the sentence tells the story's incident as coming after another one, or another one as
    coming besides it ('In addition to Friday's shooting, ...'), whose toll it gives."""
    return AFTER_ANOTHER.search(text) is not None or IN_ADDITION.search(text) is not None


# "killing 5 and hurting 9 at a nightclub four years ago", "Eight died in a salon shooting years
# ago": a toll told of years back is an earlier incident's; a sentence that also names a recent day or a
# calendar day ('A man shot two years ago died on Tuesday', a coder's 'On 18 May 2024, ...') tells its own
LONG_AGO = re.compile(
    # "a year and a half ago" (GVA study: 1 article so counting a death of then)
    r"\b(?:(?:[\w-]+\s+)?years?(?:\s+and\s+a\s+half)?|decades?)\s+ago\b"
    r"|\b(?:a|one|two|three|four|five|\d+)\s+years?\s+earlier\b",
    re.IGNORECASE,
)
RECENT_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s+(?:morning|afternoon"
    rf"|evening|week))\b|\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH}(?!\w)",
    re.IGNORECASE,
)


# a calendar year the sentence sets something in: "in 2005", "from February 2005", "since March 3, 2009"
# (not "a 2005 Honda", a car's model year)
IN_YEAR = re.compile(
    rf"\b(?:in|from|since)\s+(?:{MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
)
# days a story tells its own incident on without a calendar day: "killed five people last week"
RECENT_SPAN = re.compile(r"\b(?:last|this|past)\s+(?:night|week|weekend|month)\b", re.IGNORECASE)


# a pure function of the sentence's text, asked again of every sentence of a story for each of its events
@lru_cache(maxsize=4096)
def long_ago(text: str, year: int | None = None) -> bool:
    """Whether the sentence tells an incident of years back ('... three years ago', or 'in 2005' told in a
    story of `year` 2015 or later), whose toll is not the story's, and names no recent or calendar day
    besides."""
    if RECENT_DAY.search(text) is not None:
        return False
    if LONG_AGO.search(text) is not None:
        return True
    # "memories of February 2005, when her husband was murdered" told of a shooting in 2015: two years or
    # more before the story (a January story's "in December 2014" may still be its own incident)
    return (
        year is not None
        and RECENT_SPAN.search(text) is None
        and any(int(m["year"]) <= year - 2 for m in IN_YEAR.finditer(text))
    )


# the clauses a sentence tells something beside its own news in: "from where a boy had been shot", "after two
# officers had been shot"
SUBORDINATE = {"relcl", "advcl", "pcomp", "acl"}


def _earlier_clause(word: Token) -> bool:
    """'two streets from where a 19-year-old had been shot a day earlier': a shooting told in a clause
    below the sentence's own, in the past perfect and set 'earlier', is another, earlier incident."""
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in word.children)
    earlier = any(c.dep_ == "advmod" and c.lower_ == "earlier" for c in word.children)
    return word.dep_ in SUBORDINATE and perfect and earlier


def without_earlier(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """The sentence's findings less those of an earlier incident it sets its own victims beside ('two boys
    were shot a block from where a teen had been shot an hour earlier': two hit, not three); a sentence that
    tells only the earlier shooting keeps it ('a man who had been shot earlier walked into a hospital')."""
    earlier = {i for i, f in enumerate(findings) if f.token >= 0 and _earlier_clause(doc[f.token])}
    if not earlier or len(earlier) == len(findings):
        return findings
    return [f for i, f in enumerate(findings) if i not in earlier]
