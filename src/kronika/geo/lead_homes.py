"""A lead's town written only as someone's home ('A Covington woman is in critical condition'), no place
for the news where the story's own town is another.

Local news opens with who was hurt or charged, named by their home town: 'A Columbus man was arrested by
Urbana police', 'A 53-year-old Covington woman was shot near Christiansburg'. The lead's town is then
where someone lives, not where anything happened; a later sentence that names no place goes on telling
the story of the town the article names as a scene (its main town, which leaves homes out), not the
home's. Where the article names no other town, the home stays the lead's place: it is the page's only one.
"""

from __future__ import annotations

import re

# 'A Covington woman', 'a 22-year-old Woodville man', 'the Smithtown couple': an article, an age maybe,
# then the town as a modifier of the person's word
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:\d+-year-old\s+)?$")
_PERSON_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|teen|teenager|teens|boy|girl|resident|residents|couple|family|mother"
    r"|father|toddler|child|student|youth)\b"
)
# 'Chad King, of Columbus,', 'Evans, 17, of Brookhaven', 'a girl from Antioch': a home after a name or 'from'
_OF_BEFORE = re.compile(r"(?:[\w.’'],\s+of|\bfrom)\s+$")
BEFORE_CHARS = 24  # how far before a name its article, age or 'of' is looked for


def home_only(lead: str, name: str) -> bool:
    """Whether the lead writes `name` at least once and every time as someone's home: before a person's
    word past an article ('A Covington woman'), or after a name and ', of' or after 'from'."""
    found = list(re.finditer(rf"\b{re.escape(name)}\b", lead))
    return bool(found) and all(_home_at(lead, m.start(), m.end()) for m in found)


def _home_at(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is written as someone's home."""
    before = text[max(0, start - BEFORE_CHARS) : start]
    modifier = _ARTICLE_BEFORE.search(before) is not None and _PERSON_AFTER.match(text, end) is not None
    return modifier or _OF_BEFORE.search(before) is not None
