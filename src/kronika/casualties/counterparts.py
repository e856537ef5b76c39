"""The victim told as the other of the shooter's own kind: 'a teen accidentally shot another teen', 'one of
the boys shot the other boy'. 'Another' there sets the victim beside the shooter, not beside victims the
story has already counted, so he is no one hurt besides its dead."""

from __future__ import annotations

from spacy.tokens import Token

ONE_PERSON = frozenset({"him", "her"})
# nouns that name the same kind of person: a 'teenager' who shot 'another teen' shot one of his own kind
PEERS: tuple[frozenset[str], ...] = (
    frozenset({"teen", "teenager", "youth", "juvenile", "adolescent"}),
    frozenset({"child", "kid"}),
)


def shooters_counterpart(verb: Token, victim: Token) -> bool:
    """Whether the object of an active casualty verb is 'another' or 'the other' of the kind its subject
    names ('a teenager ... shot another teen'): the shooter's counterpart, not a further victim. A count
    ('two other men') or a subject of another kind ('he killed his wife, then shot another woman') is not."""
    if victim.dep_ != "dobj" or victim.head.i != verb.i:
        return False
    if not any(c.lower_ in {"other", "another"} for c in victim.children):
        return False
    if any(c.dep_ == "nummod" or c.like_num for c in victim.children):
        return False
    kind = _kind(victim)
    return any(_kind(shooter) & kind for shooter in _shooters(verb))


def _kind(person: Token) -> frozenset[str]:
    """The nouns naming the same kind of person as this one."""
    lemma = person.lemma_.lower()
    return next((peers for peers in PEERS if lemma in peers), frozenset({lemma}))


def _shooters(verb: Token) -> list[Token]:
    """The words naming the verb's subject: the subject, its apposition ('one of the juveniles, a 10-year-old
    boy'), the group it is one of, and for a pronoun the subject of the clause it hangs in ('the teen found a
    gun before he shot ...')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    names = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    names += [g for p in subject.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if subject.pos_ == "PRON":
        names += [c for a in verb.ancestors for c in a.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return names


def killed_by_that_shot(verb: Token, victim: Token | None) -> Token | None:
    """The one shot where a participle on the shooting tells his death ('shot his brother, killing the
    20-year-old', 'shot another teen in the chest, killing the youth', 'shot another man, killing him'): one
    person told twice, so the death is his; None where the participle counts others or the shot hit more
    than one."""
    head = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.lemma_.lower() != "kill"
        or head.lemma_.lower() != "shoot"
    ):
        return None
    # 'killing him': a pronoun of one person points back to the one just shot
    named = victim is not None and (victim.tag_ in {"NN", "JJ"} or victim.lower_ in ONE_PERSON)
    if victim is None or not named or any(c.dep_ == "nummod" for c in victim.children):
        return None
    shot = next((c for c in head.children if c.dep_ == "dobj"), None)
    if shot is None or shot.tag_ != "NN" or any(c.dep_ in {"conj", "nummod"} for c in shot.children):
        return None
    return shot
