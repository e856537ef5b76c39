"""The scene a headline gives in so many words: 'Teen grazed in drive-by in Sumner', 'Elm City shooting'.

A headline capitalises every word, so a lone capitalised word in it is a town only if the town is
sizeable (`geo/article.py`). Where a word of place stands beside the name, a small town is read too:
a name after 'in', 'near' or 'outside', or before the word for the crime ('Sumner shooting'), is where
the news happened. A compass word before the name ('NW Albuquerque') names a part of that town, unless
the gazetteer lists the whole ('North Charleston').
"""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.article import state_named
from kronika.geo.compound_names import TOWNSHIP_WORDS

_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
_AFTER_PREPOSITION = re.compile(rf"\b(?i:in|near|outside)\s+(?:the\s+)?(?P<name>{_NAME})")
# a scene named after 'at' ('Shooting at Riverton party'): a town less often than after 'in' (right in 62
# of 107 GVA headlines, as 'at' also names a venue), so read last
_AT = re.compile(rf"\b(?i:at)\s+(?:the\s+)?(?P<name>{_NAME})")
_CRIMES = r"(?:shootings?|homicides?|murders?|killings?|slayings?|standoff|gunfire|drive-by)\b"
_BEFORE_CRIME = re.compile(rf"(?P<name>{_NAME})\s+(?=(?i:{_CRIMES}))")
# the people a town's name qualifies in a headline ('Two Riverton teens charged'): a resident is most
# often where the news happened (right in 140 of 211 GVA headlines, most misses a neighbouring town)
_PEOPLE = (
    r"(?:man|men|woman|women|teens?|teenagers?|boys?|girls?|residents?|couple|toddler|child|children"
    r"|mother|father|mom|dad|family|student)\b"
)
_BEFORE_PERSON = re.compile(rf"(?P<name>{_NAME})\s+(?=(?i:{_PEOPLE}))")
_COMPASS = re.compile(
    r"^(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\.?\s+"
)
MIN_HEADLINE_TOWN = 1_000  # below this a capitalised word is more often a name or a word than a town


def headline_town(gazetteer: Gazetteer, title: str | None, country: str) -> GeoEntry | None:
    """The town of `country` a headline names beside a word of place, the first such in the headline;
    else the first it names as the home of the people in the news ('Two Riverton teens charged'), else
    one after 'at' ('Shooting at Riverton party')."""
    if not title:
        return None
    for _, names in [*title_cues(title), *after_preposition(title, _AT)]:
        town = _town(gazetteer, names, country)
        if town is not None:
            return town
    return None


def after_preposition(title: str, cue: re.Pattern[str] = _AFTER_PREPOSITION) -> list[tuple[int, list[str]]]:
    """Where each run of capitalised words after 'in' (or `cue`'s word) starts, and the names it may
    open, longest first: the words after a town's are the headline's own ('in Sumner Teen Hurt')."""
    cues = []
    for match in cue.finditer(title):
        words = match.group("name").split()
        cues.append(
            (
                match.start("name"),
                [" ".join(words[:n]) for n in range(len(words), 0, -1) if _town_ends(words, n)],
            )
        )
    return cues


def _town_ends(words: list[str], n: int) -> bool:
    """Whether the first n words may be a whole town's name: not where 'Township' follows them ('in Delta
    Township': an American township is no town of the lists, and never the Delta of another state)."""
    return n == len(words) or words[n].lower().rstrip(".") not in TOWNSHIP_WORDS


def before_crime(title: str) -> list[tuple[int, list[str]]]:
    """Where each run of capitalised words before a crime's word starts, and the names it may close,
    longest first ('Man Charged In Sumner Shooting')."""
    cues = []
    for match in _BEFORE_CRIME.finditer(title):
        words = match.group("name").split()
        cues.append((match.start("name"), [" ".join(words[n:]) for n in range(len(words))]))
    return cues


def title_cues(title: str) -> list[tuple[int, list[str]]]:
    """The names a headline sets beside a word of place ('Two shot in Riverton', 'Riverton shooting'), in
    headline order, then those it sets before a word for people ('Two Riverton teens charged')."""
    placed = sorted([*after_preposition(title), *before_crime(title)], key=lambda cue: cue[0])
    return [*placed, *before_person(title)]


def before_person(title: str) -> list[tuple[int, list[str]]]:
    """Where each run of capitalised words before a word for people starts, and the names it may close,
    longest first ('Two Riverton Teens Charged')."""
    return [
        (match.start("name"), [" ".join(words[n:]) for n in range(len(words))])
        for match in _BEFORE_PERSON.finditer(title)
        for words in [match.group("name").split()]
    ]


def _town(gazetteer: Gazetteer, names: list[str], country: str) -> GeoEntry | None:
    """The biggest town of the country under the first of `names` that is one, each tried also without
    a compass word ('NW Albuquerque'); None where a longer name is a region ('in Mason County' is no
    town of Mason). A town named like another state of its country is not read: 'Florida man shoots
    friend' and 'Virginia murder-suicide' tell the state, not Florida, New York, nor Virginia, Minnesota
    (15 GVA headlines gave such a town, none of them the archive's)."""
    for name in names:
        for written in dict.fromkeys((name, _COMPASS.sub("", name))):
            found = gazetteer.lookup(written, country=country)
            towns = [
                e
                for e in found
                if e.kind == "city" and e.population >= MIN_HEADLINE_TOWN and not state_named(gazetteer, e)
            ]
            if towns:
                return towns[0]
            if found and len(written.split()) > 1:
                return None
    return None
