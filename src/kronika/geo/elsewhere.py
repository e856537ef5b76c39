"""Words that set a sentence's event away from the page's own town: in its country ('across the country',
'near the border', 'in the north of the country', 'in at least eight regions'), or where an earlier one
happened ('in the same province')."""

from __future__ import annotations

import re
from typing import Final

_DIRECTION: Final = (
    r"(?:far )?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
)
_ELSEWHERE: Final = re.compile(
    r"\b(?:across|throughout|all over|around) the (?:country|nation)\b|\bnationwide\b|\bcountrywide\b"
    r"|\b(?:near|along|on|at|close to|across) the (?:\w+ )?(?:border|frontier)\b"
    rf"|\bin the {_DIRECTION} (?:part |region )?of the country\b"
    # a region named by its side of the country ('in the northern Sinai Peninsula', 'in eastern Ghouta')
    rf"|\bin (?:the )?{_DIRECTION} (?-i:[A-Z])"
    r"|\bin (?:several|many|other|some|at least \w+|more than \w+|\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|a dozen) (?:\w+ )?(?:regions|provinces|states|districts|cities|towns)\b",
    re.IGNORECASE,
)


def told_elsewhere(sentence: str) -> bool:
    """Whether a sentence that names no town sets its event across its country, on a border or in some
    part of it ('soldiers killed 20 militants near the border with Niger', 'protests across the country'):
    under a capital's dateline the capital is the one place it surely is not known to be."""
    return _ELSEWHERE.search(sentence) is not None


_SAME: Final = re.compile(
    r"\b(?:in|near|at|from)\s+the\s+same\s+(?:province|region|state|district|county|area|town|city|village|"
    r"neighbou?rhood|place|spot)\b",
    re.IGNORECASE,
)


def same_place(sentence: str) -> bool:
    """Whether a sentence places its event where the article told another ('in the same province')."""
    return _SAME.search(sentence) is not None
