"""Spelling-normalising keys for actor names, so transliteration variants of one name compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Order matters: "dzh" must fold before "zh", and "ye" before "y" becomes "i".
_FOLDS: tuple[tuple[str, str], ...] = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("ye", "e"),
    ("yo", "o"),
    ("yu", "u"),
    ("ya", "a"),
    ("y", "i"),
    ("w", "v"),
    ("ou", "u"),
)
_POSSESSIVE = re.compile(r"'s\b")
_DOUBLED = re.compile(r"([a-z])\1+")
_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


def _ascii_lower(text: str) -> str:
    """Lower-case, strip accents and punctuation (hyphens and apostrophes become spaces or vanish)."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _POSSESSIVE.sub(" ", plain.replace("\u2019", "'"))  # "prosecutor's office" = "prosecutor office"
    plain = plain.replace("'", "").replace(".", "")
    plain = _NON_WORD.sub(" ", plain)
    return _SPACES.sub(" ", plain).strip()


# a pure function of the word, asked of every token of every article (its windows of lexicon lookups):
# the same words recur across an article's sentences and across articles
@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The key of one word: transliteration variants fold together, doubled letters collapse."""
    key = _ascii_lower(word).replace(" ", "")
    for old, new in _FOLDS:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", key)


def canonical_key(name: str) -> str:
    """A name's key, word by word: Jeenbekov/Jeyenbekov/Zheenbekov agree, as do Japarov/Dzhaparov."""
    return " ".join(k for k in (word_key(w) for w in _ascii_lower(name).split()) if k)
