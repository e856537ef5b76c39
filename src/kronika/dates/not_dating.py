"""What reads as a date but dates no event: a birth date, a page's or post's stamp, a dateline's filing day,
a list of other stories, a day that recurs ('every Wednesday'), a holiday named as an occasion, a photo
caption's day."""

from __future__ import annotations

import re

# "(DOB: 02/14/1977)", "born March 3, 1990": a birth date dates a person, not an event
BIRTH = re.compile(r"(?:\bD\.?O\.?B\.?|\bborn(?:\s+on)?|\bdate\s+of\s+birth)\s*:?\s*$", re.IGNORECASE)
# "Updated: Wednesday, February 11, 2015", "Posted: Monday, ...": a page's stamp dates the page, not the event
STAMP = re.compile(
    r"\b(?:updated|last\s+updated|modified|posted|published)(?:\s+on)?\s*:?\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.IGNORECASE,
)
# "UPDATE (4/9/16): Deputies named the man ...", "UPDATE #2 (06/14/2015):", "Update: Tuesday, March 5,
# 2019 -": an update's header dates the update written into the story, not the incident the story tells
UPDATE_HEADER = re.compile(
    r"\bupdate\s*(?:#\s*\d+\s*)?[(:]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$", re.IGNORECASE
)
# "— Jane Doe (@janedoe) November 5, 2016": an embedded post's signature dates the post, not what it tells
POST_SIGNATURE = re.compile(r"\(@\w+\)\s*$")
# "Related Stories March 14, 2018 Woman hurt in ...": a list of other stories dates those stories
RELATED_LIST = re.compile(r"\brelated\s+(?:articles|stories|content|coverage)\s*:?\s*$", re.IGNORECASE)

# "will march every Wednesday", "meets each Friday": a day that recurs dates no one event
RECURRING = re.compile(r"\b(?:every|each)\s+(?:other\s+|single\s+)?$", re.IGNORECASE)

# "a party to honor Father's Day", "celebrating the Fourth of July": the holiday is the occasion, not the day
OCCASION = re.compile(
    r"\b(?:honou?r(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing)|in\s+honou?r\s+of)\s+$",
    re.IGNORECASE,
)

# "JAY COUNTY, Ind. (Nov. 18, 2015) — A boy was shot ...": the date in a dateline's brackets is the day the
# report was filed, as a page stamp is; the incident's own day is told in the story
DATELINE_OPEN = re.compile(r"\(\s*$")
DATELINE_CLOSE = re.compile(r"^\s*\)\s*[—–-]")

# "... face charges in the shootings at the high school, Dec. 31, 2014 (County Sheriff's Office)": a caption's
# date set off by a comma and closed by the photo's bracketed credit dates the photo, not what it shows
CAPTION_OPEN = re.compile(r",\s*$")
CAPTION_CREDIT = re.compile(r"^\s*\((?:[A-Z][\w.'’&/-]*\s*){1,8}\)\s*$")
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
WEEKDAY_WORD = re.compile(r"\((?:mon|tues|wednes|thurs|fri|satur|sun)day\)", re.IGNORECASE)

# "Eric Smith (09/01/94)": a bare numeric date in brackets after a name is, in police reports, a birth date;
# after a weekday's name ('Monday (6/30) evening') it is that day's date, glossing it
NAME_BRACKET = re.compile(r"\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+\s*\(\s*$")


def dates_something_else(before: str) -> bool:
    """Whether the words before a date make it a birth date, a page's or an update's stamp, a post's
    signature, the date of a listed other story or a day that recurs ('every Wednesday')."""
    patterns = (BIRTH, STAMP, UPDATE_HEADER, POST_SIGNATURE, RELATED_LIST, RECURRING)
    return any(p.search(before) for p in patterns)


def posted_by(before: str) -> bool:
    """Whether the date follows an embedded post's signature ('(@janedoe)')."""
    return bool(POST_SIGNATURE.search(before))


def occasion(before: str) -> bool:
    """Whether a holiday is named as what is honoured or celebrated (the caller checks it is a holiday)."""
    return bool(OCCASION.search(before))


def dateline_date(text: str, m: re.Match[str]) -> bool:
    """A date alone in brackets before a dash: a dateline's filing day."""
    return bool(DATELINE_OPEN.search(text[: m.start()]) and DATELINE_CLOSE.match(text[m.end() :]))


def named_birth_date(text: str, m: re.Match[str]) -> bool:
    """A date alone in brackets right after a name (the caller checks it is a slashed numeric one)."""
    closes = text[m.end() :].lstrip().startswith(")")
    return closes and bool(NAME_BRACKET.search(text[: m.start()]))


def caption_date(text: str, m: re.Match[str]) -> bool:
    """A date with its year written, after a comma, that closes its sentence with a bracketed credit of
    capitalised words ('(County Sheriff's Office)'), not a weekday glossing it: a photo caption's day."""
    after = text[m.end() :]
    return bool(
        WRITTEN_YEAR.search(m.group(0))
        and CAPTION_OPEN.search(text[: m.start()])
        and CAPTION_CREDIT.match(after)
        and not WEEKDAY_WORD.search(after)
    )
