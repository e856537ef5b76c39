"""Who shot himself in a story, and whether he is one of the dead its other sentences name: in 'A boy
fatally shot himself.' ... 'the fatal shooting of a boy' the boy is one death told twice, where in 'A man
killed his neighbour.' ... 'He then took his own life.' the killer is one of the dead besides his victim.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kronika.casualties.victims import SUBJECTS, antecedent
from kronika.casualties.words import child

if TYPE_CHECKING:
    from kronika.casualties.finding import Finding

NAMING = {"NOUN", "PROPN"}  # a pronoun ('he') could be anyone, so it names no one here


def self_killers(doc: Doc, findings: Sequence[Finding]) -> frozenset[str]:
    """The nouns naming whoever killed himself in the sentence ('A 9-year-old boy fatally shot himself')."""
    doers = (_doer(doc[f.victim]) for f in findings if f.kind == "killed" and f.himself and f.victim >= 0)
    return frozenset(d.lemma_.lower() for d in doers if d is not None and d.pos_ in NAMING)


def named_dead(doc: Doc, findings: Sequence[Finding]) -> frozenset[str]:
    """The nouns naming the sentence's dead, but for a killer's own death ('the fatal shooting of a boy')."""
    dead = (doc[f.victim] for f in findings if f.kind == "killed" and not f.himself and f.victim >= 0)
    return frozenset(d.lemma_.lower() for d in dead if d.pos_ in NAMING)


# the words by which a death is told as someone's act ('shot his wife', 'the killing of a boy'), where 'died',
# 'was found dead' or 'passed away' tell only that someone died
KILLING = {"kill", "murder", "slay", "slain", "shoot", "shot", "shooting", "killing", "slaying", "homicide"}


def slays_another(doc: Doc, findings: Sequence[Finding]) -> bool:
    """Whether the sentence tells someone besides a self-killer shot, or killed by someone's act: in a
    story of a suicide whose other sentences only say that someone died ('was found dead', 'passed away'),
    that death is the self-killer's own, told again."""
    return any(
        not f.himself
        and f.token >= 0
        and (f.kind == "shot" or (f.kind == "killed" and doc[f.token].lemma_.lower() in KILLING))
        for f in findings
    )


def murder_suicide(doc: Doc, findings: Sequence[Finding]) -> list[Finding]:
    """The findings with a killer who 'shot himself' in the sentence that tells others killed by an act
    ('Three men were shot dead by a neighbour who then shot himself') counted among the dead: he is no
    wounded victim of his own attack, and such a shot ends a murder-suicide ('A man was found dead after he
    shot himself' tells one death, his own)."""
    killed = any(f.kind == "killed" and not f.himself and f.count > 0 for f in findings)
    if not (killed and slays_another(doc, findings)):
        return list(findings)
    # "A teen died when he shot himself by mistake": the one who shot himself is the one killed
    dead = {f.victim for f in findings if f.kind == "killed" and f.count == 1 and not f.himself} - {-1}
    return [
        replace(f, kind="killed") if f.kind == "shot" and f.himself and shooter(doc, f) not in dead else f
        for f in findings
    ]


def shooter(doc: Doc, finding: Finding) -> int:
    """Who shot himself: the doer of the reflexive, and for 'he' or 'she' the subject of the clause above
    ('a girl was killed when she shot herself' tells of the girl); -1 where no one is named."""
    doer = _doer(doc[finding.victim]) if finding.victim >= 0 else None
    if doer is not None and doer.lower_ in {"he", "she"}:
        subjects = (child(v, SUBJECTS) for v in doer.head.ancestors)
        above = next((s for s in subjects if s is not None), None)
        doer = antecedent(above) if above is not None else doer
    return doer.i if doer is not None else -1


def _doer(reflexive: Token) -> Token | None:
    """The subject of the clause a reflexive ('himself', 'his own life') sits in: who did it to himself."""
    for verb in [reflexive.head, *reflexive.head.ancestors]:
        subject = child(verb, SUBJECTS)
        if subject is not None:
            return antecedent(subject)
    return None
