"""Passages: the text a sentence is typed by, a paragraph lead with the rest of its paragraph."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

# A paragraph lead is classified together with the rest of its paragraph, up to this many characters:
# ACLED codes an event from everything the report says about it ("The police later dispersed them"
# turns a peaceful protest into one with intervention), and a news paragraph tells one event.
MAX_PASSAGE_CHARS: Final = 1000


def passages(text: str, spans: Sequence[tuple[int, int]], leads: Sequence[bool]) -> list[str]:
    """The text to type each sentence by: a paragraph lead with the rest of its paragraph, else itself.

    `spans` are the sentences' (start, end) offsets in `text`, in order; `leads[i]` says whether
    sentence i opens a paragraph. Later sentences join while they fit in MAX_PASSAGE_CHARS.
    """
    out = []
    for i, (start, end) in enumerate(spans):
        stop = end
        if leads[i]:
            for (_, later_end), later_lead in zip(spans[i + 1 :], leads[i + 1 :], strict=True):
                if later_lead or later_end - start > MAX_PASSAGE_CHARS:
                    break
                stop = later_end
        out.append(text[start:stop])
    return out
