"""The pattern of a dateline in capitals opening a story ('KABUL, Afghanistan (AP) — '), which the parser's
sentence breaks, the actors and the places all read."""

from __future__ import annotations

import re

DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
# a wire service's filing day after the place ('LIMA, Dec 15 (AP) —', 'KADUNA, Nigeria, March 12 (Reuters) -')
FILED = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
# a name in capitals, which keep a prefix's small letters: 'LaGRANGE', 'McALLEN', 'DeKALB COUNTY'
CAPS = r"(?:Mc|Mac|La|Le|De|Du|Di)?[A-Z][A-Z'.\-]+(?:\s+(?:Mc|Mac|La|Le|De|Du|Di)?[A-Z][A-Z'.\-]+){0,3}"
# a lone hyphen closes a dateline ('LAGOS-The police'), but not one joining two words in capitals: that is
# a hyphenated town ('WINSTON-SALEM, N.C. —' split from its story is no dateline from 'WINSTON')
DASH = r"-(?![A-Z][A-Z'.])"
DATELINE = re.compile(
    rf"^(?:{DATE}\s+)?(?P<city>{CAPS})(?:,\s*{CAPS}(?=\s*,))?(?:,\s*(?P<where>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}))?(?:,\s*{FILED})?"
    rf"\s*(?:\([^)]{{1,40}}\)\s*(?:—|–|--|-|:)?|(?:—|–|--|{DASH}|:))\s*\S"
)


def dateline_length(line: str) -> int:
    """How many characters of a line a dateline in capitals opens it with, up to its story's first word
    ('KABUL, Afghanistan (AP) — ' of 'KABUL, Afghanistan (AP) — Taliban fighters ...'); 0 where none does,
    nor where no space parts it from the story ('SPLM-N fighters attacked' opens on a name) or a colon
    closes it ('UPDATE: Police say', 'PREVIOUS STORY: Three hurt')."""
    match = DATELINE.match(line)
    if match is None or not line[match.end() - 2].isspace() or line[: match.end() - 1].rstrip().endswith(":"):
        return 0  # 'PREVIOUS STORY: Three hurt' is a link's mark, no dateline
    return match.end() - 1
