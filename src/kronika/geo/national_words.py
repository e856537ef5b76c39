"""The home countries of the local bodies and customs a note names, as where its shared place names lie."""

from __future__ import annotations

import re

# Words for a country's own local units, councils and customs that no other country's reports use
# ('the upazila chairman', 'a Pradeshiya Sabha member', 'a human chain in front of the press club'): a note
# that writes one is about that country, so a town name it shares with a bigger namesake abroad is the
# note's ('a human chain at Gopalganj' is Bangladesh's Gopalganj, not Bihar's). Counted on the ACLED
# training notes, each word's notes all lie in its country but for 'human chain' (2,326 of 2,336
# Bangladeshi: 7 Philippine, 3 American; so a word alone says the country only where no place name does,
# geo/focus.py; 'puja mandap' 3 of 3). Words shared by neighbours are left out: 'hartal' (Sri Lanka too),
# 'township' (Myanmar and the US), 'municipality', 'tehsil' (India and Pakistan).
_NATIONAL_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:upazill?as?|upozilas?)\b", re.IGNORECASE), "BGD"),
    (re.compile(r"\bunion parishads?\b", re.IGNORECASE), "BGD"),
    # 'UP' alone is too short to trust; before these words it is the union parishad
    (re.compile(r"\bUP (?:[Cc]hairman|[Mm]embers?|polls?|elections?)\b"), "BGD"),
    (re.compile(r"\b(?:pou?rashavas?|paurashavas?)\b", re.IGNORECASE), "BGD"),
    (re.compile(r"\bthanas?\b", re.IGNORECASE), "BGD"),
    (re.compile(r"\bBangabandhu\b"), "BGD"),
    (re.compile(r"\bhuman[- ]chains?\b", re.IGNORECASE), "BGD"),
    # the pavilion of a Hindu festival: Bangladeshi English writes 'puja mandap', Indian English 'puja pandal'
    (re.compile(r"\bpuja mandaps?\b", re.IGNORECASE), "BGD"),
    # Sindhi nationalists' own name for their movement and its parties ('Jeay Sindh Qaumi Mahaz'), spelt
    # several ways; Sindh is Pakistan's, so a note naming them is Pakistan's ('in Hyderabad')
    (re.compile(r"\b(?:jeay|jiye|jeeay|jeay|jiay|jeeye) sindh\b", re.IGNORECASE), "PAK"),
    (re.compile(r"\bpradeshiya sabhas?\b", re.IGNORECASE), "LKA"),
    (re.compile(r"\bdivisional secretariats?\b", re.IGNORECASE), "LKA"),
    (re.compile(r"\bgrama niladharis?\b", re.IGNORECASE), "LKA"),
    (re.compile(r"\bvillage[- ]tracts?\b", re.IGNORECASE), "MMR"),
    (re.compile(r"\bbarangays?\b", re.IGNORECASE), "PHL"),
)


# longer than any of `_NATIONAL_WORDS` can match ('divisional secretariats'), so a window this wide around a
# span finds every one of them that covers it
_LONGEST_WORD = 40


def word_countries(text: str) -> frozenset[str]:
    """The countries whose own local bodies or customs (`_NATIONAL_WORDS`) a text names."""
    return frozenset(country for pattern, country in _NATIONAL_WORDS if pattern.search(text))


def in_national_word(text: str, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` is a word of a country's own term for a local body
    ('Sabha' of 'the Pradeshiya Sabha chairman'): a part of the body's title, no place, though a region
    abroad is so called (Libya's Sabha)."""
    # only the text around the span can hold a word that covers it: searching the whole text for each
    # name made this quadratic in long articles
    low, high = max(0, start - _LONGEST_WORD), min(len(text), end + _LONGEST_WORD)
    return any(
        match.start() <= start and end <= match.end()
        for pattern, _ in _NATIONAL_WORDS
        for match in pattern.finditer(text, low, high)
    )


WORD_VOTE = 1.0  # as a party's name (geo/party_country.py): a note's own word, though no place


def word_votes(text: str) -> dict[str, float]:
    """A vote for each country whose own words (`_NATIONAL_WORDS`) a text writes, as clues to its focus
    country beside its parties': 'a human chain in front of the press club' is a Bangladeshi note though
    it names no place spaCy tags."""
    return dict.fromkeys(word_countries(text), WORD_VOTE)
