"""What a note tells only as unknown: a hedge ("not clear if he was off duty") states nothing."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.blanks import blank

# A coder's doubt ("[not clear in the report if the man was on duty]", "it is unclear whether the officers
# were armed") leaves the question open: what follows "if" or "whether" up to the end of its clause or
# bracket is no statement. Of ACLED's training notes, 127 tell such a doubt ("not clear", "unclear",
# "unknown", "uncertain", "unconfirmed" and then "if" or "whether"), none of them of an armed victim's duty;
# those coders state as assumed ("assumed off-duty", 127 of 135 such notes attacks) stay statements.
_HEDGE: Final = re.compile(
    r"\b(?:not (?:clear|known|certain|confirmed)|unclear|unknown|uncertain|unconfirmed)\b[^.;\])]{0,60}?"
    r"\b(?:if|whether)\b[^.;\])]*",
    re.IGNORECASE,
)


def unhedged(text: str) -> str:
    """The text with what it tells only as in doubt blanked (as many spaces, so offsets hold)."""
    return blank(_HEDGE, text)
