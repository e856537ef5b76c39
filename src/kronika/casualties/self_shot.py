"""One person who shot himself, told in one sentence both as the shooter and as a victim: 'A detective who
accidentally shot himself is in stable condition', 'a boy is in critical condition after he shot himself'.

The reflexive and the word that tells the victim's state each read one person shot; they are the same one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kronika.casualties.finding import Finding
from kronika.casualties.selves import shooter

__all__ = ["one_self_shooter"]

HURT = frozenset({"shot", "injured"})
# the victim told hurt is named by a noun: a pronoun ('told police her son had shot her before he shot
# himself') may be read back to the wrong person
NAMING = frozenset({"NOUN", "PROPN"})


def one_self_shooter(doc: Doc, findings: Sequence[Finding]) -> list[Finding]:
    """The sentence's findings without the reflexive 'shot himself' of someone another finding already
    counts as hurt (the one shot is the one who shot): he is one person hit, not two."""
    hurt = {f.victim for f in findings if _one_named_hurt(doc, f)}
    return [f for f in findings if not (_shot_himself(f) and shooter(doc, f) in hurt)]


def _one_named_hurt(doc: Doc, finding: Finding) -> bool:
    """A finding of one person hurt, named by a noun ('a detective who ... is in stable condition')."""
    named = finding.victim >= 0 and doc[finding.victim].pos_ in NAMING
    return finding.kind in HURT and not finding.himself and finding.count == 1 and named


def _shot_himself(finding: Finding) -> bool:
    """A finding of one person who shot himself and lived (a self-killer's death is told apart)."""
    return finding.kind == "shot" and finding.himself and finding.count == 1
