"""The actor lexicon: named actors and group words from a user-editable TSV; country-giving place words;
the sides of front-line conflicts."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Literal

from kronika.actors.conflicts import ConflictSide, load_conflicts
from kronika.actors.keys import canonical_key
from kronika.geo.countries import country_names
from kronika.tables import shipped_text

PlaceKind = Literal["demonym", "country", "capital"]
NO_COUNTRY = "-"  # lexicon value: the actor never takes a country (international bodies)
Key = tuple[str, ...]


@dataclass(frozen=True)
class LexiconEntry:
    """One actor the lexicon knows: its canonical name, country rule and sector."""

    pattern: str
    name: str
    country: str | None  # alpha-3, None = from the phrase or the focus country, NO_COUNTRY = never
    sector: str | None


@dataclass(frozen=True)
class PlaceWord:
    """A word that ties an actor to a country: a demonym, a country's name or its capital."""

    words: str
    country: str
    kind: PlaceKind


@dataclass(frozen=True)
class ActorLexicon:
    """Named actors and group words keyed by normalised word sequence, plus the place-word table."""

    entries: Mapping[Key, LexiconEntry] = field(default_factory=dict)
    places: Mapping[Key, PlaceWord] = field(default_factory=dict)
    country_names: Mapping[str, str] = field(default_factory=dict)  # alpha-3 -> short English name
    conflicts: Mapping[str, tuple[ConflictSide, ...]] = field(default_factory=dict)  # front-line sides
    # alpha-3 -> entries that a pattern means in articles about that country ("SNA" in Somalia)
    local: Mapping[str, Mapping[Key, LexiconEntry]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> ActorLexicon:
        """Load the shipped lexicon; a user file in the same format extends it and overrides its patterns."""
        rows = list(_read_tsv(shipped_text("data/actors.tsv")))
        if path is not None:
            rows += _read_tsv(Path(path).read_text("utf-8"))
        entries = dict(_keyed_entries(r for r in rows if not r[5]))
        local: dict[str, dict[Key, LexiconEntry]] = {}
        for row in (r for r in rows if r[5]):
            for code in row[5].upper().split("|"):
                local.setdefault(code.strip(), {}).update(_keyed_entries([row]))
        places = dict(_pycountry_places())
        places.update(_keyed_places(_read_tsv(shipped_text("data/actor_places.tsv"))))
        conflicts = load_conflicts()
        return cls(entries, places, country_names(), conflicts, local)

    def for_country(self, code: str | None) -> ActorLexicon:
        """The lexicon as read in an article about `code`: that country's own senses of a pattern
        replace the general ones ("SNA" is Somalia's army there, Syria's rebels elsewhere)."""
        own = self.local.get(code or "")
        return replace(self, entries={**self.entries, **own}) if own else self

    @cached_property
    def longest(self) -> int:
        """The most words any pattern has: the widest window a lookup needs (computed once per lexicon)."""
        return max((len(k) for k in (*self.entries, *self.places)), default=1)

    @cached_property
    def entry_openers(self) -> frozenset[str]:
        """The first word key of every entry pattern of several words (computed once per lexicon)."""
        return frozenset(k[0] for k in self.entries if len(k) > 1)

    @cached_property
    def place_openers(self) -> frozenset[str]:
        """The first word key of every place word of several words (computed once per lexicon)."""
        return frozenset(k[0] for k in self.places if len(k) > 1)

    def entry(self, key: Key) -> LexiconEntry | None:
        """The entry whose pattern has exactly these word keys, if any."""
        return self.entries.get(key)

    def place(self, key: Key) -> PlaceWord | None:
        """The place word with exactly these word keys, if any."""
        return self.places.get(key)

    def country_name(self, code: str) -> str:
        """A readable English name for an alpha-3 code (the code itself when unknown)."""
        return self.country_names.get(code, code)


def key_of(text: str) -> Key:
    """The word-key sequence of a pattern, as lookups compare it."""
    return tuple(canonical_key(text).split())


def _read_tsv(text: str) -> Iterator[list[str]]:
    """Rows of a tab-separated file, skipping comments and blank lines; short rows are padded."""
    lines = (line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield [cell.strip() for cell in row] + [""] * (6 - len(row))


def _keyed_entries(rows: Iterable[list[str]]) -> Iterator[tuple[Key, LexiconEntry]]:
    """Each lexicon row under its pattern's key and under each alias's key."""
    for pattern, name, country, sector, aliases, *_ in rows:
        if not pattern or not name:
            continue
        entry = LexiconEntry(pattern, name, country.upper() or None, sector.upper() or None)
        for words in (pattern, *aliases.split("|")):
            if key_of(words):
                yield key_of(words), entry


def _keyed_places(rows: Iterable[list[str]]) -> Iterator[tuple[Key, PlaceWord]]:
    """Each place-word row under its key."""
    for words, country, kind, *_ in rows:
        if words and country and kind in ("demonym", "country", "capital"):
            yield key_of(words), PlaceWord(words, country.upper(), kind)  # type: ignore[arg-type]


def _pycountry_places() -> Iterator[tuple[Key, PlaceWord]]:
    """Country names as pycountry spells them (name, common and official name)."""
    import pycountry

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                yield key_of(name), PlaceWord(name, country.alpha_3, "country")
