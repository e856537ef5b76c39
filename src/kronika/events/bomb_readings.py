"""Which typer readings a text's own words rule out: a suicide bombing told with no bomb at all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import numpy as np

from kronika.events.taxonomy import SUICIDE_BOMB

# What a suicide bombing is told with: 37 of ACLED's 39 suicide-bomb notes in the development data name a
# bomb, a blast, an explosive, a detonation or a suicide attack (the other two name no suicide either); a
# suicide vest or belt is one too. 'IED' is matched in capitals only: lower-case it is no word of its own.
NAMED_BOMB: Final = re.compile(
    r"\b(?:bomb\w*|blast\w*|explosi\w+|explod\w+|detonat\w+|(?-i:(?:VB)?IEDs?)"
    r"|suicide[\s-]+(?:vests?|belts?|attack\w*))\b",
    re.IGNORECASE,
)


def names_a_bomb(text: str) -> bool:
    """Whether the text names a bomb, a blast, an explosive or explosion, or a suicide attacker or vest."""
    return NAMED_BOMB.search(text) is not None


def without_unnamed_bombs(proba: np.ndarray, labels: Sequence[str], texts: Sequence[str]) -> np.ndarray:
    """`proba` (one row per text, columns in `labels`) where every text read as a suicide bombing that
    names no bomb (`names_a_bomb`) has no suicide-bomb probability and the others are as given that it is
    none (divided by what is left), so that its reading falls to the next type the models give.

    The typers read 'suicide' as a suicide bombing: 'a mother and her son died in an apparent
    murder-suicide' is a shooting or a killing, not ACLED's explosions/remote violence. Known to be none,
    the reading's other types keep their odds: 'Attack' at 0.22 beside a suicide bombing at 0.45 is 0.40."""
    if SUICIDE_BOMB not in labels or not len(proba):
        return proba
    column = labels.index(SUICIDE_BOMB)
    # only a text read as a suicide bombing: any other text's reading stays as the models give it
    read = proba.argmax(axis=1) == column
    unnamed = np.array(
        [r and not names_a_bomb(text) for r, text in zip(read, texts, strict=True)], dtype=bool
    )
    if not unnamed.any():
        return proba
    kept = proba.copy()
    kept[unnamed, column] = 0.0
    left = kept[unnamed].sum(axis=1, keepdims=True)
    kept[unnamed] = kept[unnamed] / np.maximum(left, np.finfo(kept.dtype).tiny)
    return kept
