"""Text folding shared by the stages that compare names: accents off, one definition."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """The text with combining marks removed after NFKD decomposition ("Bişkek" -> "Biskek")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
