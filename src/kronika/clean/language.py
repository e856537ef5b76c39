"""Which language an article is written in: the script most of its letters are in, else the share of each
language's commonest words (for rejecting articles not in English)."""

from __future__ import annotations

import re
import unicodedata

_LANGUAGE_SAMPLE_WORDS = 3000
_MIN_WORDS_FOR_STOPWORDS = 20  # below this the stopword share is noise; only the script is checked
# below this a text led by headline-like lines ('Bourbon Street shooting: 2 shooters on loose; 9 hurt') may
# hold too few stopwords for the English share, so it is read as English unless another language leads
# (GVA study: 2 headline-only pages on a shooting were rejected as not English, no other page changes)
_SHORT_TEXT_WORDS = 60
_MIN_ENGLISH_SHARE = 0.12  # English news prose runs at 0.3-0.4; other Latin-script languages near 0.02
# a word of letters, with an apostrophe's ending ('police', "driver's")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (easier to read and edit than a list)."""
    return frozenset(words.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "English": wordset(
        "the of and to in a is was that for on with as by at from he it his said were are be has have had "
        "an which this after but not they their who been will or its also than"
    ),
    "German": wordset("der die und das ist nicht mit den von zu sich des auf für ein eine dem im auch wurde"),
    "French": wordset("le la les et des est du une un que dans pour pas sur au qui il ne avec par"),
    "Spanish": wordset("el la los las y que de en del por un una con para se es su al lo como"),
    "Italian": wordset("il la di che e è per un una non con sono del della le gli nel anche"),
    "Portuguese": wordset("o a os as de que e do da em um uma para com não se na por mais"),
    "Dutch": wordset("de het een en van in is dat op te zijn met voor niet die aan er ook"),
}
_SCRIPTS = {
    "CYRILLIC": "Russian",
    "ARABIC": "Arabic",
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
    "GREEK": "Greek",
    "HEBREW": "Hebrew",
    "DEVANAGARI": "Hindi",
    "THAI": "Thai",
}


def guess_language(text: str) -> str | None:
    """'English', the name of the language the text looks like, or None when unsure it is English."""
    script = _dominant_script(text[:5000])
    if script is not None:
        return _SCRIPTS.get(script)
    words = [w.lower() for w in WORD.findall(text)[:_LANGUAGE_SAMPLE_WORDS]]
    if len(words) < _MIN_WORDS_FOR_STOPWORDS:
        return "English"
    shares = {lang: sum(1 for w in words if w in stop) / len(words) for lang, stop in _STOPWORDS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    if best == "English" and (shares["English"] >= _MIN_ENGLISH_SHARE or len(words) < _SHORT_TEXT_WORDS):
        return "English"
    return best if best != "English" else None


def _dominant_script(text: str) -> str | None:
    """The first word of the Unicode name of most letters when that script is not Latin, else None."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    top = max(counts, key=lambda s: counts[s])
    return None if top == "LATIN" or counts[top] < 0.5 * sum(counts.values()) else top
