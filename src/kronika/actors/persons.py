"""The per-article table of people: full names, roles and countries, for coreference of later mentions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kronika.actors.cues import (
    HONORIFICS,
    NAME_JOINERS,
    QUALIFIERS,
    ROLES,
    Role,
    find_role,
    place_matches,
    qualifier_of,
)
from kronika.actors.keys import canonical_key, word_key
from kronika.actors.lexicon import NO_COUNTRY, ActorLexicon, key_of
from kronika.nlp import doc_text, entities

# Words that hedge who a name is ("Suspected Al Shabaab killed ..."): a sentence-initial one is tagged as
# a proper noun and joined to the name, but no name begins with it.
HEDGE_WORDS = frozenset({"suspected", "alleged", "presumed", "purported", "reportedly", "allegedly"})
# Tokens that may sit in a name's left context: "Kyrgyzstan's prime minister", "pro-Russian President".
_CONTEXT_POS = frozenset({"PROPN", "NOUN", "ADJ", "PART"})


@dataclass(frozen=True)
class PersonMention:
    """One naming of a person, with the role and country written around it."""

    start: int  # character offset of the name
    name: str  # the name as written, titles stripped
    role: Role | None
    qualifier: str | None  # "new", "former", "current"
    country: str | None


@dataclass(frozen=True)
class Person:
    """A person the article names, gathered over all mentions sharing a surname."""

    name: str
    surname: str  # canonical key of the last name word
    country: str | None
    sector: str | None
    mentions: tuple[PersonMention, ...]


@dataclass(frozen=True)
class PersonTable:
    """Everyone an article names as a PERSON, in order of first mention."""

    persons: tuple[Person, ...]

    @classmethod
    def build(cls, doc: Doc, lexicon: ActorLexicon) -> PersonTable:
        """Read every PERSON entity of the article (headlines skipped) and group mentions by surname."""
        mentions = [m for ent in entities(doc) if ent.label_ == "PERSON" for m in _mention(ent, lexicon)]
        by_surname: dict[str, list[PersonMention]] = {}
        for mention in mentions:
            by_surname.setdefault(surname_key(mention.name), []).append(mention)
        return cls(
            tuple(
                _person(key, namesake, lexicon)
                for key, group in by_surname.items()
                for namesake in _namesakes(group)
            )
        )

    def by_name(self, name: str, at: int | None = None) -> Person | None:
        """The person a name refers to: the same surname (spelling variants folded); of namesakes ("Salfo
        Kabore", "Roch Kabore"), the one whose given names it shares, else the one last named in full
        before offset `at` (else the first)."""
        key = surname_key(name)
        namesakes = [p for p in self.persons if p.surname == key]
        if len(namesakes) < 2:
            return namesakes[0] if namesakes else None
        initials = given_initials(name)
        if initials:
            return next((p for p in namesakes if _same_given(initials, p)), namesakes[0])
        named = [(m.start, p) for p in namesakes for m in p.mentions if at is not None and m.start < at]
        return max(named, key=lambda sp: sp[0])[1] if named else namesakes[0]

    def by_role(
        self, role: Role, qualifier: str | None, country: str | None, before: int, home: str | None = None
    ) -> Person | None:
        """The person last named with this role before `before`, honouring new/former and the country.

        Without a country in the phrase, a holder from `home` (the focus country) is preferred:
        "the president" in a report on Kyrgyzstan is Kyrgyzstan's president, not Russia's.
        """
        fits = [
            (m, p)
            for p in self.persons
            for m in p.mentions
            if m.role is not None and m.role.title == role.title and _same_country(country, m, p)
        ]
        if country is None and home is not None:
            fits = [(m, p) for m, p in fits if home in (m.country, p.country)] or fits
        wanted = [(m, p) for m, p in fits if m.qualifier == qualifier] if qualifier else []
        pool = wanted or [(m, p) for m, p in fits if m.qualifier != "former" or qualifier == "former"]
        earlier = [(m, p) for m, p in pool if m.start < before]
        if earlier:
            return max(earlier, key=lambda mp: mp[0].start)[1]
        return min(pool, key=lambda mp: mp[0].start)[1] if pool else None


def surname_key(name: str) -> str:
    """The canonical key of a name's last word: the handle later mentions use."""
    words = canonical_key(name).split()
    return words[-1] if words else ""


def given_initials(name: str) -> frozenset[str]:
    """The first letters of a name's given names ("Roch Marc Kabore" -> r, m): none for a bare surname."""
    return frozenset(word[0] for word in canonical_key(name).split()[:-1] if word)


def _same_given(initials: frozenset[str], person: Person) -> bool:
    """Whether a person was named with given names of these first letters (a bare surname fits anyone)."""
    theirs = [given_initials(m.name) for m in person.mentions]
    return any(not t or t & initials for t in theirs)


def _namesakes(mentions: list[PersonMention]) -> list[list[PersonMention]]:
    """A surname's mentions split by person: full names whose given names share no first letter are two
    people ("Colonel Salfo Kabore", "President Roch Kabore"); "Joe Biden" and "Joseph Biden", "Tayyip
    Erdogan" and "Recep Tayyip Erdogan" are one. A bare surname is the person last named in full before it."""
    people: list[tuple[set[str], list[PersonMention]]] = []
    last: list[PersonMention] | None = None
    for mention in mentions:
        initials = given_initials(mention.name)
        if initials:
            own = next((m for i, m in people if not i or i & initials), None)
            if own is None:
                people.append((set(initials), own := []))
            else:
                next(i for i, m in people if m is own).update(initials)
        elif last is None:
            people.append((set(), own := []))
        else:
            own = last
        own.append(mention)
        last = own
    return [group for _, group in people]


def _same_country(country: str | None, mention: PersonMention, person: Person) -> bool:
    """Whether a role query's country (if any) fits the person."""
    return country is None or country in (mention.country, person.country)


def name_tokens(tokens: Sequence[Token]) -> list[Token]:
    """The tokens of a name without titles, honorifics, qualifiers or possessive marks."""
    words = [t for t in tokens if word_key(t.text) and t.tag_ != "POS"]
    while words and _is_title(words[0]):
        words = words[1:]
    return words


def _is_title(token: Token) -> bool:
    """Whether a token is a title or qualifier rather than part of a name."""
    low = token.text.lower().rstrip(".")
    return low in HONORIFICS or low in QUALIFIERS or low in HEDGE_WORDS or any(low in key for key in ROLES)


def is_headline(ent: Span) -> bool:
    """Whether the entity sits on a title-case line (headline, section head), where verbs pass for names."""
    text = doc_text(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and capitals >= 0.7 * len(words)


def _mention(ent: Span, lexicon: ActorLexicon) -> Iterator[PersonMention]:
    """The mention a PERSON entity makes, unless it is a mis-tagged place, group word or headline."""
    words = name_tokens(list(ent))
    if not words or is_headline(ent):
        return
    name = ent.doc[words[0].i : words[-1].i + 1].text
    entry = lexicon.entry(key_of(name))
    if lexicon.place(key_of(name)) or (entry is not None and entry.pattern[:1].islower()):
        return
    context = _context(ent)
    found = find_role(_after_possessor(context))
    places = place_matches(context, lexicon)
    country = places[-1][2].country if places else None
    yield PersonMention(ent.start_char, name, found[0] if found else None, qualifier_of(context), country)


def _context(ent: Span) -> list[Token]:
    """The words that describe a name: the stretch before it, or the noun it stands in apposition to."""
    doc, start = ent.doc, ent.start
    while start > ent.sent.start and _describes(doc[start - 1]):
        start -= 1
    stretch = list(doc[start : ent.start]) + [t for t in ent if _is_title(t)]
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and not stretch:
        head = root.head
        stretch = list(doc[head.left_edge.i : head.i + 1])
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    for child in appositions[:1]:
        stretch += list(doc[child.left_edge.i : child.i + 1])
    return stretch


def _describes(token: Token) -> bool:
    """Whether a token can belong to the descriptive stretch before a name."""
    return token.pos_ in _CONTEXT_POS or token.tag_ == "POS" or token.text in NAME_JOINERS


def _after_possessor(tokens: list[Token]) -> list[Token]:
    """The tokens after the last possessive mark: in "Putin's spokesman", only "spokesman" is the role."""
    marks = [i for i, t in enumerate(tokens) if t.tag_ == "POS"]
    return tokens[marks[-1] + 1 :] if marks else tokens


def _person(surname: str, mentions: list[PersonMention], lexicon: ActorLexicon) -> Person:
    """One person from all their mentions; the lexicon's name, country and sector win where it knows them."""
    fullest = max(mentions, key=lambda m: (len(m.name.split()), -m.start)).name
    entry = lexicon.entry(key_of(fullest))
    if entry is None and (len(fullest.split()) == 1 or _owned_name(fullest, lexicon)):
        entry = lexicon.entry((surname,))
    if entry is not None and entry.pattern[:1].islower():
        entry = None  # a group word is not this person
    roles = [m.role.sector for m in mentions if m.role is not None and m.role.sector]
    countries = [m.country for m in mentions if m.country]
    lex_country = entry.country if entry is not None and entry.country != NO_COUNTRY else None
    return Person(
        name=entry.name if entry is not None else fullest,
        surname=surname,
        country=lex_country or (countries[0] if countries else None),
        sector=(entry.sector if entry is not None else None) or (roles[0] if roles else None),
        mentions=tuple(mentions),
    )


def _owned_name(name: str, lexicon: ActorLexicon) -> bool:
    """Whether a name is a country's word before one more ("Indian BSF", "Kenyan KDF"): a force the parser
    took for a person, which the lexicon knows by its last word."""
    words = key_of(name)
    return len(words) == 2 and lexicon.place(words[:1]) is not None
