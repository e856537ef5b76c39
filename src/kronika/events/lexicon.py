"""The trigger lexicon: verb and noun phrases mapped to PLOVER type/mode and a default ACLED sub-type."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Final, Literal

from spacy.tokens import Token

from kronika.events.taxonomy import ACLED_SUB_TO_TYPE, PLOVER_MODES, is_valid_mode
from kronika.person_nouns import KIN, PERSONS, ROLES
from kronika.tables import shipped_text

TriggerPos = Literal["V", "N"]
# Common nouns that name people, groups, organisations or states: only these (and names) are targets. Wider
# than the person lists (clause_triggers._PEOPLE, person_nouns) by the bodies that act, and
# without their babies and toddlers, which never act.
ACTOR_NOUNS: Final = frozenset(
    {
        "people", "person", "man", "woman", "child", "boy", "girl", "youth", "civilian", "resident",
        "villager", "citizen", "national", "student", "worker", "farmer", "journalist", "reporter",
        "activist", "protester", "protestor", "demonstrator", "supporter", "opponent", "rioter",
        "official", "officer", "soldier", "troop", "force", "police", "policeman", "guard", "militant",
        "rebel", "insurgent", "fighter", "gunman", "attacker", "militia", "army", "military",
        "government", "authority", "administration", "ministry", "minister", "president", "premier",
        "leader", "party", "group", "gang", "faction", "council", "commission", "committee", "court",
        "parliament", "opposition", "member", "lawmaker", "politician", "candidate", "side", "country",
        "nation", "state", "regime", "ally", "neighbour", "neighbor", "community", "tribe", "clan",
        "family", "inmate", "prisoner", "detainee", "migrant", "refugee", "trader", "merchant",
        "employee", "staff", "union", "company", "firm", "organisation", "organization", "agency",
        "owner", "driver", "teacher", "doctor", "nurse", "priest", "cleric", "commander", "general",
        "chief", "mayor", "governor", "judge", "prosecutor", "suspect", "criminal", "smuggler",
        "trafficker", "terrorist", "extremist", "jihadist", "separatist", "crowd", "mob", "elder",
        "diplomat", "envoy", "delegation", "coalition", "alliance", "movement", "looter", "marauder",
        "settler", "pilgrim", "miner", "spokesman", "spokeswoman", "businessman", "victim",
        "hostage", "captive", "cartel", "caucus", "bloc", "senate", "congress", "cabinet", "junta",
        "presidency", "embassy", "consulate", "monarchy",
    }
)  # fmt: skip
_POS_TAGS: Mapping[TriggerPos, frozenset[str]] = MappingProxyType(
    {"V": frozenset({"VERB"}), "N": frozenset({"NOUN"})}
)

# Every word list that names people: actors, persons, the roles victims are named by, kin.
PEOPLE_WORDS: Final = ACTOR_NOUNS | PERSONS | ROLES | KIN


# Entity kinds that name who can act: people, organisations, peoples and states.
ACTOR_ENTITIES: Final = frozenset({"PERSON", "ORG", "NORP", "GPE"})
PERSONAL_PRONOUNS: Final = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def names_people_by_word(noun: Token) -> bool:
    """Whether the noun's lemma or form is a word naming people ('fighters', 'mayor', 'his wife')."""
    return noun.lemma_.lower() in PEOPLE_WORDS or noun.lower_ in PEOPLE_WORDS


def names_a_party(noun: Token) -> bool:
    """Whether a subject or doer names someone who can act: a personal pronoun, a name, an entity of a
    person, group or state, or a people word ('they', 'Ankara', 'the council', 'troops'); 'this' or 'the plan'
    does not."""
    if noun.lower_ in PERSONAL_PRONOUNS or noun.pos_ == "PROPN" or noun.ent_type_ in ACTOR_ENTITIES:
        return True
    return names_people_by_word(noun)


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon row: a head lemma (plus words that must hang under it) and the event it names."""

    pos: TriggerPos
    head: str
    extras: tuple[str, ...]
    plover: str
    mode: str | None
    acled_sub: str | None
    reliability: float

    @property
    def phrase(self) -> str:
        """The phrase as written in the lexicon, e.g. 'set fire to'."""
        return " ".join((self.head, *self.extras))


@dataclass(frozen=True)
class Lexicon:
    """Trigger entries indexed by (pos, head lemma); longer phrases are tried first."""

    entries: Mapping[tuple[TriggerPos, str], tuple[TriggerEntry, ...]]

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """Read a trigger TSV (default: the packaged data/triggers.tsv); raises ValueError on a bad row."""
        text = shipped_text("data/triggers.tsv") if path is None else path.read_text(encoding="utf-8")
        return cls.from_entries(_parse_rows(text.splitlines()))

    @classmethod
    def from_entries(cls, entries: Iterable[TriggerEntry]) -> Lexicon:
        """Index entries; for one head, phrases with more required words come first."""
        grouped: dict[tuple[TriggerPos, str], list[TriggerEntry]] = {}
        for entry in entries:
            grouped.setdefault((entry.pos, entry.head), []).append(entry)
        return cls(
            MappingProxyType(
                {key: tuple(sorted(group, key=lambda e: -len(e.extras))) for key, group in grouped.items()}
            )
        )

    @cached_property
    def heads(self) -> frozenset[str]:
        """Every head lemma the lexicon lists: `match` finds no entry for a word with another lemma."""
        return frozenset(head for _, head in self.entries)

    def match(self, token: Token) -> TriggerEntry | None:
        """The most specific entry whose head is `token` and whose extra words hang under it, if any."""
        tag, lemma = token.pos_, token.lemma_.lower()  # read once: each read goes through spaCy's strings
        for pos, tags in _POS_TAGS.items():
            if tag not in tags:
                continue
            candidates = self.entries.get((pos, lemma), ())
            if not candidates:
                continue
            below: frozenset[str] | None = None  # read from the parse only for a phrase entry
            for entry in candidates:
                if not entry.extras:
                    return entry
                below = _words_below(token) if below is None else below
                if all(word in below for word in entry.extras):
                    return entry
        return None

    def match_plain(self, token: Token) -> TriggerEntry | None:
        """The entry of the token's word alone (no extra words), for a phrase entry the parse rules out."""
        for pos, tags in _POS_TAGS.items():
            if token.pos_ in tags:
                plain = [e for e in self.entries.get((pos, token.lemma_.lower()), ()) if not e.extras]
                if plain:
                    return plain[0]
        return None

    def __len__(self) -> int:
        """Number of entries."""
        return sum(len(group) for group in self.entries.values())


def _words_below(token: Token) -> frozenset[str]:
    """Lower-case lemmas of the token's children and grandchildren (particles, objects, prepositions).

    An active subject and a clause's subordinator are left out: "the demand has met a response"
    does not "meet a demand", and "for fighters pushed out" does not "push for"; so is a preposition
    that only dates the act: "fired the coach on Monday" does not "fire on". A word hyphen-joined before the
    verb is part of it even where the parser makes it the subject ('police lathi-charged the crowd').
    """
    words: set[str] = set()
    for child in token.children:
        if (child.dep_ in ("nsubj", "mark") and not _hyphened_before(child, token)) or _dating(child):
            continue
        words.add(child.lemma_.lower())
        words.update(grand.lemma_.lower() for grand in child.children)
    return frozenset(words)


def _hyphened_before(child: Token, token: Token) -> bool:
    """Whether `child` is joined to `token` by a hyphen right before it ('lathi' in 'lathi-charged')."""
    return child.i == token.i - 2 and token.doc[token.i - 1].text == "-"


def _dating(child: Token) -> bool:
    """Whether a preposition's only object is a date or time ('on Monday', 'at dawn'); a span of time
    'of' something is that thing ('called for three days of protests')."""
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return (
        child.dep_ == "prep"
        and bool(objects)
        and all(o.ent_type_ in ("DATE", "TIME") and not _of_something(o) for o in objects)
    )


def _of_something(noun: Token) -> bool:
    """Whether a noun has an 'of' phrase hanging under it ('days of protests')."""
    return any(c.lower_ == "of" and c.dep_ == "prep" for c in noun.children)


def _parse_rows(lines: Iterable[str]) -> list[TriggerEntry]:
    """Parse TSV lines (comments and blanks skipped) into validated entries."""
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        entries.append(_parse_row(line, number))
    return entries


def _parse_row(line: str, number: int) -> TriggerEntry:
    """One row: pos, phrase, plover, mode, acled sub-type, reliability (the '-' cells mean none)."""
    cells = line.rstrip("\n").split("\t")
    if len(cells) != 6:
        raise ValueError(f"triggers line {number}: expected 6 tab-separated cells, got {len(cells)}")
    pos, phrase, plover, mode_cell, acled_cell, reliability = cells
    mode = None if mode_cell == "-" else mode_cell
    acled = None if acled_cell == "-" else acled_cell
    if pos not in ("V", "N") or plover not in PLOVER_MODES or not is_valid_mode(plover, mode):
        raise ValueError(f"triggers line {number}: bad pos, type or mode in {line!r}")
    if acled is not None and acled not in ACLED_SUB_TO_TYPE:
        raise ValueError(f"triggers line {number}: unknown ACLED sub-event type {acled!r}")
    words = phrase.lower().split()
    return TriggerEntry(
        pos="V" if pos == "V" else "N",
        head=words[0],
        extras=tuple(words[1:]),
        plover=plover,
        mode=mode,
        acled_sub=acled,
        reliability=float(reliability),
    )
