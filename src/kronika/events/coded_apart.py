"""What a coder's note says is coded separately: the phrase it marks tells another event, not this one's."""

from __future__ import annotations

import re
from typing import Final

# ACLED's coders mark an event their note recalls but records on its own with '(coded separately)': 'after
# a police officer killed a civilian (coded separately)', 'an armed clash followed (coded separately)'.
# The words so marked are that other event's, not signs of how to code this one: of ACLED's training notes
# that carry the mark (840), the paragraph and convention rules retyped the lead mention wrongly 12 times
# and rightly none, each time on words in the marked phrase (an exchange of gunfire, a demonstration, a
# killing or a clash told there).
# (Early Kenyan notes spell it 'seperately'. Bangladeshi notes' '(coded as a separate event)' is left: it
# mostly marks a protest's grievance; blanking it moved one of ACLED's 115 training notes with it, wrongly.)
_MARK: Final = re.compile(r"\((?:[\w ,-]{0,30}?\b)?coded sep[ae]rately\b[^)]{0,60}\)", re.IGNORECASE)
# The marked phrase runs back from the mark to the nearest punctuation or word that opens a phrase of its
# own ('following', 'after', 'and', 'for' ...): 'in X village (A, B) and Y village (coded separately)'
# marks 'Y village' only. ('Before', 'since' and 'over' end phrases as often: 'the day before'.)
_OPENER: Final = re.compile(
    r"[.;,:()]|\b(?:following|after|amid|against|for|during|when|and|in retaliation (?:to|for)|"
    r"in response to)\b",
    re.IGNORECASE,
)
# A mark followed by more names ('killed ten men in Amber (coded separately) and Bolo') marks one place of
# a list: its phrase runs back to the preposition that opens the list, not over the clause that tells this
# event (nearly all of the 33 marks in ACLED's training notes followed by another name end one place of
# such a list, after the clause that tells the fighting or strike coded here).
_LIST_GOES_ON: Final = re.compile(r"\s*(?:,|\band\b)\s*[A-Z]")
_PLACE_OPENER: Final = re.compile(r"\b(?:in|at|near)\b")
_REACH: Final = 300  # how far back a marked phrase may reach


def without_coded_apart(text: str) -> str:
    """The text with each phrase marked as coded separately, and its mark, blanked (offsets kept)."""
    if "coded sep" not in text.lower():
        return text
    out = list(text)
    for mark in _MARK.finditer(text):
        start = max(0, mark.start() - _REACH)
        openers = list(_OPENER.finditer(text, start, mark.start()))
        if _LIST_GOES_ON.match(text, mark.end()):
            openers += _PLACE_OPENER.finditer(text, start, mark.start())
            openers.sort(key=lambda m: m.end())
        begin = openers[-1].end() if openers else start
        out[begin : mark.end()] = " " * (mark.end() - begin)
    return "".join(out)
