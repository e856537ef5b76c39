"""Actors that are people: a named person ('Jeenbekov'), an organ or group of one ('Jeenbekov's
office'), and a role standing for the person last named with it ('the president') or for itself."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kronika.actors.article_lookups import ArticleLookups
from kronika.actors.cues import Role, entry_at, find_role, qualifier_of
from kronika.actors.keys import word_key
from kronika.actors.lexicon import NO_COUNTRY, LexiconEntry
from kronika.actors.persons import Person, PersonTable, name_tokens
from kronika.actors.phrases import Phrase, name_run
from kronika.model import Actor

# Heads that speak for their owner: "Jeenbekov's office" acts as Jeenbekov's side.
ORGAN_HEADS = frozenset(
    word_key(w)
    for w in [
        "office", "administration", "government", "cabinet", "spokesman", "spokeswoman", "spokesperson",
        "aides",
    ]
)  # fmt: skip


@dataclass(frozen=True)
class PersonActors:
    """The ways of reading a phrase as a person or a role, over the article's lookups."""

    lookups: ArticleLookups

    def person(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A named person: canonical name by surname coreference, country and sector from all we know."""
        if not _is_name(head, self.lookups.people):
            return None
        names = name_tokens(name_run(head, core))
        if not names:
            return None
        written = self.lookups.doc[names[0].i : names[-1].i + 1].text
        person = self.lookups.people.by_name(written, names[0].idx)
        role = find_role([t for t in core if t.i < names[0].i])
        entry = None if person is not None else self.lookups.named_entry(written)
        name = person.name if person else (entry.name if entry else written)
        known = person.sector if person else entry.sector if entry else None
        sector = known or (role[0].sector if role else None)
        country = self.lookups.cue(core, head) or _known_country(person, entry)
        return Actor(name, phrase.text, country or self.lookups.focus_for(sector), sector)

    def possessed(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """ "Jeenbekov's office", "the new prime minister's party": an organ or group of a named person."""
        marks = [t for t in core if t.tag_ == "POS" and t.i < head.i]
        named = [(s, e) for s, e, entry in self.lookups.matches(core) if not entry.pattern[:1].islower()]
        if not marks or any(s < marks[-1].i < e for s, e in named):
            return None  # "Lord's Resistance Army" is one name, not the army of a "Lord"
        owner_tokens = [t for t in core if t.i < marks[-1].i]
        owner = self._person_in(owner_tokens, marks[-1].idx)
        if owner is None:
            return None
        head_words = [t for t in core if t.i > marks[-1].i]
        entry = entry_at(head_words, head, self.lookups.lexicon)
        organ = word_key(head.text) in ORGAN_HEADS or entry is None
        sector = owner.sector if organ else entry.sector if entry else None
        name = f"{owner.name}'s {' '.join(t.lower_ for t in head_words if t.pos_ == 'NOUN') or head.lower_}"
        return Actor(name, phrase.text, owner.country or self.lookups.focus_for(sector), sector)

    def _person_in(self, tokens: list[Token], before: int) -> Person | None:
        """The person a stretch names, by name or by role ("the new prime minister")."""
        if not tokens:
            return None
        last = tokens[-1]
        if _is_name(last, self.lookups.people):
            names = name_tokens(name_run(last, tokens))
            return (
                self.lookups.people.by_name(self.lookups.doc[names[0].i : names[-1].i + 1].text, names[0].idx)
                if names
                else None
            )
        role = find_role(tokens)
        if role is None or role[1] != len(tokens):
            return None
        cue = self.lookups.cue(tokens, last)
        return self.lookups.people.by_role(
            role[0], qualifier_of(tokens), cue, before, self.lookups.ctx.focus_country
        )

    def role(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A role phrase standing for the person last named with it: "the president" -> Jeenbekov. A plural
        ("opposition leaders") is a group, never the one person named with that role."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        upto = [t for t in core if t.i <= head.i]
        role = _whole_role(upto)
        if role is None:
            return None
        person = self.lookups.people.by_role(
            role,
            qualifier_of(upto),
            self.lookups.cue(upto, head),
            upto[-1].idx,
            self.lookups.ctx.focus_country,
        )
        if person is None:
            return None
        return Actor(
            person.name, phrase.text, person.country or self.lookups.focus_for(person.sector), person.sector
        )

    def role_only(self, phrase: Phrase, core: list[Token], head: Token) -> Actor | None:
        """A role nobody in the article is named with is itself the actor ("Cairo's security chief")."""
        role = _whole_role([t for t in core if t.i <= head.i])
        if role is None:
            return None
        country = self.lookups.cue(core, head) or self.lookups.focus_for(role.sector)
        return Actor(self.lookups.plain(phrase, core).name, phrase.text, country, role.sector)


def _known_country(person: Person | None, entry: LexiconEntry | None) -> str | None:
    """A person's country from the article's earlier mentions or the lexicon."""
    if person is not None and person.country:
        return person.country
    if entry is not None and entry.country not in (None, NO_COUNTRY):
        return entry.country
    return None


def _is_name(token: Token, people: PersonTable) -> bool:
    """Whether a token is part of a person's name (tagged PERSON, or a surname the article gave)."""
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and people.by_name(token.text) is not None


def _whole_role(words: list[Token]) -> Role | None:
    """The role the words are, all of them ("the security chief"); None where they are none, or hold
    more than the role ("the security chief's convoy")."""
    role = find_role(words)
    return role[0] if role is not None and role[1] == len(words) else None
