"""One victim told hurt in one sentence of a story and dead in another: 'Acen was hurt.' ... 'Acen King was
shot dead.', 'a wounded child' ... 'the child passed away', 'She remains in critical condition.' ... 'She
died Friday.'. Such a person is one of the dead, hit before he died, not one of the injured besides them; a
victim said to be besides others ('another child was hurt') is someone else."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding
from kronika.casualties.phrases import besides_counted

NAMING = {"NOUN", "PROPN"}  # a pronoun or a number could be anyone, so it names no one here
# across sentences a pronoun of one sex points back to the one victim of that sex the story follows: 'she'
# told hurt and 'she' told dead are that victim told twice (one of each sex besides is someone else)
SEXED = {"he": "he", "him": "he", "she": "she", "her": "she"}
# determiners that point back to someone already told: "the girl", not "a girl"
DEFINITE = frozenset({"the", "this", "that"})


def hurt_then_dead(doc: Doc, findings: Sequence[Sequence[Finding]]) -> list[list[Finding]]:
    """Each sentence's findings, with a single injured victim whom another sentence names among the dead
    read as one hit (`shot`): the story's toll then counts him once, among the dead."""
    dead = [
        [
            _name(doc[f.victim])
            for f in found
            if _single(doc, f, SEXED) and f.kind == "killed" and not f.himself
        ]
        for found in findings
    ]
    result: list[list[Finding]] = []
    for i, found in enumerate(findings):
        elsewhere = [name for j, names in enumerate(dead) if j != i for name in names]
        result.append([replace(f, kind="shot") if _told_dead(doc, f, elsewhere) else f for f in found])
    return result


def shot_and_dead_here(doc: Doc, findings: Sequence[Finding]) -> frozenset[int]:
    """The single victims a sentence tells shot and, by the same noun or name, dead ('the man accused of
    shooting a girl was charged after the girl's death'): one person named twice, hit before she died, not
    one hurt besides the dead. A victim said to be besides the others ('another girl') is someone else."""
    dead = [
        f.victim
        for f in findings
        if _single(doc, f) and f.kind == "killed" and not f.himself and not besides_counted(doc[f.victim])
    ]
    return frozenset(
        f.victim
        for f in findings
        if f.kind == "shot"
        and _single(doc, f)
        and not besides_counted(doc[f.victim])
        and any(
            _same(_name(doc[f.victim]), _name(doc[d])) and _told_again(doc[f.victim], doc[d]) for d in dead
        )
    )


def _told_again(one: Token, other: Token) -> bool:
    """Whether the later of two mentions of a noun points back to the first: 'the girl', not 'a girl' (two
    people each introduced by 'a' are two); a name names one person wherever it stands."""
    later = one if one.i > other.i else other
    return later.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in DEFINITE for c in later.children)


def _told_dead(doc: Doc, finding: Finding, dead: list[tuple[str, frozenset[str]]]) -> bool:
    """Whether an injured finding's single victim is one another sentence names among the dead."""
    if finding.kind != "injured" or not _single(doc, finding, SEXED) or besides_counted(doc[finding.victim]):
        return False
    name = _name(doc[finding.victim])
    return any(_same(name, other) for other in dead)


def _single(doc: Doc, finding: Finding, pronouns: Mapping[str, str] | None = None) -> bool:
    """A finding of one victim named by a noun or a name, or by one of `pronouns` where given."""
    if finding.count != 1 or finding.victim < 0:
        return False
    victim = doc[finding.victim]
    return victim.pos_ in NAMING or (
        pronouns is not None and victim.pos_ == "PRON" and victim.lower_ in pronouns
    )


def _name(victim: Token) -> tuple[str, frozenset[str]]:
    """The victim's part of speech and words: a name's parts ('Acen King'), a pronoun's sex ('her' is
    'she'), else the noun's lemma."""
    if victim.pos_ == "PRON":
        return "PRON", frozenset({SEXED.get(victim.lower_, victim.lower_)})
    if victim.pos_ == "PROPN":
        parts = [t for t in victim.children if t.dep_ == "compound" and t.pos_ == "PROPN"]
        return "PROPN", frozenset(t.lower_ for t in [*parts, victim])
    return "NOUN", frozenset({victim.lemma_.lower()})


def _same(one: tuple[str, frozenset[str]], other: tuple[str, frozenset[str]]) -> bool:
    """Whether two victims' names name one person: the same noun, or a name whose parts hold the other's
    ('Acen', 'Acen King'); 'Mike Smith' is not 'John Smith'."""
    if one[0] != other[0]:
        return False
    return one[1] <= other[1] or other[1] <= one[1]
