"""Token-level cues for actors: word keys, lexicon windows, place words, and role/title vocabularies."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kronika.actors.keys import word_key
from kronika.actors.lexicon import ActorLexicon, Key, LexiconEntry, PlaceWord
from kronika.textnorm import with_typographic


@dataclass(frozen=True)
class Role:
    """A role word found before or beside a name: "prime minister", with its sector."""

    title: str
    sector: str | None


# Role phrases by lower-cased words; the sector is what a person holding the role acts as.
ROLES: dict[tuple[str, ...], Role] = {
    ("prime", "minister"): Role("prime minister", "GOV"),
    ("premier",): Role("prime minister", "GOV"),
    ("pm",): Role("prime minister", "GOV"),
    ("president",): Role("president", "GOV"),
    ("vice", "president"): Role("vice president", "GOV"),
    ("vice-president",): Role("vice president", "GOV"),
    ("foreign", "minister"): Role("foreign minister", "GOV"),
    ("defence", "minister"): Role("defence minister", "GOV"),
    ("defense", "minister"): Role("defence minister", "GOV"),
    ("interior", "minister"): Role("interior minister", "GOV"),
    ("minister",): Role("minister", "GOV"),
    ("secretary", "of", "state"): Role("secretary of state", "GOV"),
    ("secretary",): Role("secretary", "GOV"),
    ("chancellor",): Role("chancellor", "GOV"),
    ("king",): Role("king", "GOV"),
    ("queen",): Role("queen", "GOV"),
    ("emir",): Role("emir", "GOV"),
    ("crown", "prince"): Role("crown prince", "GOV"),
    ("governor",): Role("governor", "GOV"),
    ("mayor",): Role("mayor", "GOV"),
    ("ambassador",): Role("ambassador", "GOV"),
    ("envoy",): Role("envoy", "GOV"),
    ("diplomat",): Role("diplomat", "GOV"),
    ("official",): Role("official", "GOV"),
    ("senator",): Role("senator", "LEG"),
    ("lawmaker",): Role("lawmaker", "LEG"),
    ("speaker",): Role("speaker", "LEG"),
    ("general",): Role("general", "MIL"),
    ("commander",): Role("commander", "MIL"),
    ("colonel",): Role("colonel", "MIL"),
    ("army", "chief"): Role("army chief", "MIL"),
    ("police", "chief"): Role("police chief", "COP"),
    ("security", "chief"): Role("security chief", "COP"),
    ("judge",): Role("judge", "JUD"),
    ("prosecutor",): Role("prosecutor", "JUD"),
    ("opposition", "leader"): Role("opposition leader", "OPP"),
    ("opposition", "politician"): Role("opposition leader", "OPP"),
    ("rebel", "leader"): Role("rebel leader", "REB"),
    ("spokesman",): Role("spokesperson", None),
    ("spokeswoman",): Role("spokesperson", None),
    ("spokesperson",): Role("spokesperson", None),
    ("leader",): Role("leader", None),
    ("pope",): Role("pope", "REL"),
    ("cleric",): Role("cleric", "REL"),
    ("journalist",): Role("journalist", "MED"),
    ("businessman",): Role("businessman", "BUS"),
    ("activist",): Role("activist", "CVL"),
}
LONGEST_ROLE = max(len(k) for k in ROLES)

# Qualifiers that tell which holder of a role is meant: "the new prime minister" is not the outgoing one.
QUALIFIERS: dict[str, str] = {
    "new": "new",
    "incoming": "new",
    "elect": "new",
    "former": "former",
    "ex": "former",
    "outgoing": "former",
    "late": "former",
    "ousted": "former",
    "deposed": "former",
    "acting": "current",
    "interim": "current",
    "current": "current",
    "sitting": "current",
}

# Words written before a name that are not part of it.
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "gen", "lt", "col", "maj", "capt", "sheikh", "prof"})

# Prefixes that make a demonym describe a stance, not a nationality: "pro-Russian President Jeenbekov".
STANCE_PREFIXES = frozenset({"pro", "anti"})
# What joins the words of a name or of its description besides spaces ("People's", "Syria’s",
# "pro-Government"), with either apostrophe.
NAME_JOINERS = with_typographic({"-", "'s"})


def lower_words(tokens: Sequence[Token]) -> list[str]:
    """Lower-cased token texts without final dots ("Gen." -> "gen") and possessive markers."""
    return [t.text.lower().rstrip(".") for t in tokens]


def find_role(tokens: Sequence[Token]) -> tuple[Role, int] | None:
    """The rightmost role phrase among the tokens (longest at that end), with the index just past it."""
    words = [t.lemma_.lower() if t.pos_ == "NOUN" else t.text.lower() for t in tokens]
    found = [
        (i + n, -i, ROLES[tuple(words[i : i + n])])
        for i in range(len(words))
        for n in range(1, min(LONGEST_ROLE, len(words) - i) + 1)
        if tuple(words[i : i + n]) in ROLES
    ]
    if not found:
        return None
    end, _, role = max(found, key=lambda f: (f[0], f[1]))
    return role, end


def qualifier_of(tokens: Sequence[Token]) -> str | None:
    """The role qualifier among the tokens ("new", "former", "current"), the last one written."""
    found = [QUALIFIERS[w] for w in lower_words(tokens) if w in QUALIFIERS]
    return found[-1] if found else None


def token_keys(tokens: Sequence[Token]) -> list[tuple[Token, str, str]]:
    """Tokens with their text key and lemma key, dropping tokens whose key is empty (punctuation, "'s")."""
    keyed = ((t, word_key(t.text), word_key(t.lemma_)) for t in tokens)
    return [(t, k, lk or k) for t, k, lk in keyed if k]


def windows(
    tokens: Sequence[Token], longest: int, openers: frozenset[str] | None = None
) -> Iterator[tuple[int, int, Key, Key]]:
    """Every window (start, end) of keyed tokens, longest first, with its text keys and lemma-final keys;
    a window of several tokens only where its first text key is one of `openers` (when given), as no
    pattern of several words opens on any other word (a lookup of every window is most of the time an
    article's actors take)."""
    keyed = token_keys(tokens)
    for n in range(min(longest, len(keyed)), 0, -1):
        for i in range(len(keyed) - n + 1):
            if n > 1 and openers is not None and keyed[i][1] not in openers:
                continue
            part = keyed[i : i + n]
            text_key = tuple(k for _, k, _ in part)
            yield part[0][0].i, part[-1][0].i + 1, text_key, (*text_key[:-1], part[-1][2])


# Arabic articles written small before a name ('al-Shabab', 'el-Sisi', 'ad-Dawla')
_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "ash", "ul", "ud"})


def lexicon_matches(tokens: Sequence[Token], lexicon: ActorLexicon) -> list[tuple[int, int, LexiconEntry]]:
    """Non-overlapping lexicon matches (doc token start, end, entry), longest first, then leftmost."""
    taken: set[int] = set()
    found: list[tuple[int, int, LexiconEntry]] = []
    by_index = {t.i: t for t in tokens}  # one pass, not a scan per match: a whole article may be passed
    for start, end, key, lemma_key in windows(tokens, lexicon.longest, lexicon.entry_openers):
        entry = lexicon.entry(key) or lexicon.entry(lemma_key)
        if entry is None or taken.intersection(range(start, end)) or not _case_fits(by_index[start], entry):
            continue
        taken.update(range(start, end))
        found.append((start, end, entry))
    return sorted(found, key=lambda m: m[0])


def article_entries(doc: Doc, lexicon: ActorLexicon) -> list[LexiconEntry]:
    """The lexicon entries a whole article names, in reading order (read once per article, for the
    country clues its parties and armed groups give)."""
    return [entry for _, _, entry in lexicon_matches(list(doc), lexicon)]


def _case_fits(first: Token, entry: LexiconEntry) -> bool:
    """Named actors (capitalised patterns) must be written with a capital, which an Arabic article written
    small before the name leaves to the name ('al-Shabab', 'al-Qaida'); group words match any case."""
    if entry.pattern[:1].islower() or first.text[:1].isupper() or first.text[:1].isdigit():
        return True
    return first.lower_ in _ARABIC_ARTICLES and _capital_after(first)


def _capital_after(article: Token) -> bool:
    """Whether the word after an article (past a hyphen) is written with a capital ('al-Shabab')."""
    doc = article.doc
    after = article.i + (2 if article.i + 1 < len(doc) and doc[article.i + 1].text == "-" else 1)
    return after < len(doc) and doc[after].text[:1].isupper()


def place_matches(tokens: Sequence[Token], lexicon: ActorLexicon) -> list[tuple[int, int, PlaceWord]]:
    """Place words among the tokens, capitalised as names are, skipping stances ("pro-Russian")."""
    found: list[tuple[int, int, PlaceWord]] = []
    taken: set[int] = set()
    for start, end, key, _ in windows(tokens, 4, lexicon.place_openers):
        place = lexicon.place(key)
        if place is None or taken.intersection(range(start, end)):
            continue
        first = tokens[0].doc[start]
        if not first.text[:1].isupper() or _after_stance(first):
            continue
        taken.update(range(start, end))
        found.append((start, end, place))
    return sorted(found, key=lambda m: m[0])


def _after_stance(token: Token) -> bool:
    """Whether the token follows "pro-"/"anti-" (as one token or split by the tokenizer)."""
    before = [t.text.lower() for t in token.doc[max(0, token.i - 2) : token.i]]
    if before and before[-1] in STANCE_PREFIXES:
        return True
    return len(before) == 2 and before[1] == "-" and before[0] in STANCE_PREFIXES


def entry_at(tokens: list[Token], head: Token, lexicon: ActorLexicon) -> LexiconEntry | None:
    """The lexicon entry whose match covers the head token."""
    return next((e for s, t, e in lexicon_matches(tokens, lexicon) if s <= head.i < t), None)
