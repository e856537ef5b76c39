"""Victims told apart from the dead by age: in 'a 19-year-old man died ... a 23-year-old was taken to a
hospital' the 23-year-old is not the man who died, so he is one hurt besides the dead, though a count of
people shot would otherwise take the dead in."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding
from kronika.casualties.numbers import parse_count
from kronika.model import Casualties

# an age in the victim's phrase: "a 23-year-old", "Fifteen-year-old Sam Cole", "an 18 year old man"
AGE = re.compile(r"\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*-?\s*(?P<unit>year|month|week)s?\s*-?\s*old\b", re.I)
# whom an age may name besides a victim: the one who fired, or one the police took in
ATTACKERS = {"suspect", "gunman", "shooter", "attacker", "killer", "assailant", "robber"}


def aged_apart(doc: Doc, findings: list[list[Finding]], killed: int) -> int:
    """How many people the story tells shot or hurt by an age none of its dead has, where as many of the
    dead are told by age as it counts (`killed`) ('Fifteen-year-old Sam Cole was killed' ... 'a 16-year-old
    was flown to a hospital'): each is someone besides the dead; 0 where a dead victim's age is not told,
    or where the story counts its wounded in a number."""
    dead = [
        doc[f.victim]
        for group in findings
        for f in group
        if f.kind == "killed" and f.count > 0 and f.victim >= 0
    ]
    # "Fifteen-year-old Sam Cole was killed" ... "Doctors pronounced Cole dead": the name keeps its age
    named = {t.lower_: age for t in dead if t.pos_ == "PROPN" and (age := _age(t)) is not None}
    dead_ages = {age for t in dead if (age := _age(t, named)) is not None}
    # "Three people were wounded": a count of the wounded the story states is kept; ages told one by one
    # may be of other shootings a roundup tells on (GVA study: 1 weekend roundup so counting one more)
    stated = any(f.kind == "injured" and f.count >= 2 for group in findings for f in group)
    # as many dead told by age as the story counts (`killed`), or any sentence does: fewer leaves a dead one
    # who may be any of the aged hurt; more tells other shootings' dead, a roundup's (GVA study: 1 so
    # counting another's hurt)
    counts = [f.count for group in findings for f in group if f.kind == "killed"]
    if stated or not dead_ages or len(dead_ages) != killed or len(dead_ages) < max(counts):
        return 0
    hurt = {
        _age(doc[f.victim], named)
        for group in findings
        if not _unaged_death(doc, group, named)
        for f in group
        if f.kind in {"shot", "injured"} and f.count == 1 and f.victim >= 0 and not _attacker(doc[f.victim])
    }
    # "a 23-year-old in the car was not hurt": told unhurt, whatever else the story says of him
    unhurt = {_age(doc[f.victim], named) for g in findings for f in g if f.count == 0 and f.victim >= 0}
    return len(hurt - dead_ages - unhurt - _doer_ages(doc, named) - {None})


# verbs whose subject fired ('a 23-year-old opened fire'), and those whose object was taken in ('police
# arrested a 23-year-old', 'a 23-year-old was charged')
FIRED = {"shoot", "fire", "kill", "open"}
TAKEN_IN = {"arrest", "charge", "book", "detain", "apprehend", "jail", "indict"}


def _doer_ages(doc: Doc, named: dict[str, str]) -> set[str | None]:
    """The ages of people the story tells firing or taken in ('a 23-year-old was arrested'): a suspect,
    whose wound, if any, is not one told apart from the dead."""
    doers: set[str | None] = set()
    for token in doc:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in FIRED | TAKEN_IN:
            continue
        roles = {"nsubj"} if lemma in FIRED else {"nsubjpass", "dobj"}
        doers |= {_age(c, named) for c in token.children if c.dep_ in roles}
    return doers


def _unaged_death(doc: Doc, group: list[Finding], named: dict[str, str]) -> bool:
    """Whether a sentence tells a death of no one by age ('a 16-year-old shot to death', read as one shot and
    one dead; 'a 56-year-old who was shot and a child who died'): whom it tells shot may be that dead."""
    return any(f.kind == "killed" and (f.victim < 0 or _age(doc[f.victim], named) is None) for f in group)


def with_aged_apart(toll: Casualties, apart: int) -> Casualties:
    """The toll with at least the people told apart from the dead by age as injured, where someone died."""
    if not toll.fatalities or apart <= (toll.injured or 0):
        return toll
    return Casualties(toll.fatalities, apart)


def _age(victim: Token, named: dict[str, str] | None = None) -> str | None:
    """The age the victim's phrase tells ('16-year' of 'a 16-year-old', of 'Sam Cole, 16,'), or the one told
    of the name elsewhere (`named`), None where none is told."""
    phrase = victim.doc[victim.left_edge.i : victim.i + 1].text
    told = list(AGE.finditer(phrase))
    if told:
        return _key(told[-1]["n"], told[-1]["unit"])
    after = victim.doc[victim.i + 1 : victim.i + 3]
    # "Sam Cole, 16, was shot": a bare number set off after a name is the person's age
    if len(after) == 2 and after[0].text == "," and after[1].pos_ == "NUM" and victim.tag_ == "NNP":
        return _key(after[1].text, "year")
    return (named or {}).get(victim.lower_) if victim.pos_ == "PROPN" else None


def _key(number: str, unit: str) -> str | None:
    """An age as one key however written: 'Fifteen' and '15' years are one age."""
    value = parse_count(number)
    return f"{value}-{unit.lower()}" if value is not None and 0 < value < 120 else None


def _attacker(victim: Token) -> bool:
    """Whether the aged person is named as the one who fired or was taken in ('a 23-year-old suspect')."""
    return victim.lemma_.lower() in ATTACKERS or any(c.lemma_.lower() in ATTACKERS for c in victim.children)
