"""The outlet a page's copyright line credits ('Copyright 2016 WAFB'), kept as the article's source.

The cleaner drops a copyright line as site furniture, but the line names who owns the story: a station's
page often carries another station's story ('... - KSLA News 12 Shreveport' over a Baton Rouge story
credited to WAFB), and the credited station tells the story's market (`geo/call_signs.py`). Where the input
gives no source of its own, the cleaned article keeps the credited outlet as its source.
"""

from __future__ import annotations

import re

# a line opening with the copyright sign or word, a year, then the outlet up to its full stop, a bracket
# or the line's end: 'Copyright 2016 KMOV (Meredith Corporation).', '(© 2016 KHOU)', '© 2017 KHOU-TV'
_CREDIT_LINE = re.compile(
    r"^[ \t]*\(?(?:©|\(c\)|copyright\b)[ \t]*(?:©[ \t]*)?(?:\d{4}[ \t,]*)?"
    r"(?P<outlet>[^\W\d_][^\n.()©,]{1,59}?)[ \t]*(?:[.()©,]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_OUTLET_WORDS = 6  # an outlet's name is short; a longer run is a sentence about copyright


def credited_outlet(content: str) -> str | None:
    """The outlet the last copyright line of a page's text credits, None where it has none: the credit
    closes the story, so the last one is the story's own ('Copyright 2016 WAFB' -> 'WAFB')."""
    outlets = [m.group("outlet").strip() for m in _CREDIT_LINE.finditer(content)]
    named = [o for o in outlets if o and len(o.split()) <= _MAX_OUTLET_WORDS and not _all_rights(o)]
    return named[-1] if named else None


def _all_rights(outlet: str) -> bool:
    """Whether the words read as an outlet are the notice itself ('All rights reserved')."""
    return outlet.casefold().startswith(("all rights", "all right"))
