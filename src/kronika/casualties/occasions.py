"""Deaths a story tells as the occasion of its incident, not its toll: the dead a vigil or a funeral was held
for ('shot during a vigil for a boy killed that morning'), whom the gathering mourned ('gathered to mourn the
death of a man'), or whom the attack avenged ('in retaliation for the killing of his cousin').

Such a death came before the attack, which did not cause it; the archive counts only those the attack hit.
The wording's own reading of the same victims ('a vigil for a 14-year-old fatally shot') goes with the
parse's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding

# the gatherings for the dead and the acts of revenge whose object is an earlier death
OCCASIONS = frozenset(
    {"vigil", "memorial", "funeral", "mourn", "retaliation", "retaliate", "revenge", "avenge"}
)


def told_as_occasion(token: Token) -> bool:
    """Whether a casualty word hangs under a vigil, memorial, funeral, mourning or revenge: the death the
    gathering was for or the attack avenged, not one the attack caused."""
    return any(_occasion(t) or _beside_occasion(t) for t in token.ancestors)


def _occasion(token: Token) -> bool:
    """A common word for a gathering for the dead or for revenge ('Lee Memorial', a hospital's name, is where
    the hurt were taken)."""
    return token.lemma_.lower() in OCCASIONS and token.pos_ in {"NOUN", "VERB"}


def _beside_occasion(token: Token) -> bool:
    """'gathered for a vigil for a boy killed': a 'for' the parse hung on the verb beside the vigil's own."""
    return (
        token.dep_ == "prep"
        and token.lower_ == "for"
        and any(
            c.dep_ == "prep" and c.i < token.i and any(_occasion(o) for o in c.children)
            for c in token.head.children
        )
    )


def without_occasions(doc: Doc, findings: Sequence[Finding]) -> list[Finding]:
    """A sentence's findings less the deaths and hurts told as an occasion, and less the wording's counts
    of the same kind and number, which read those same victims again."""
    dropped = {(f.kind, f.count) for f in findings if f.token >= 0 and told_as_occasion(doc[f.token])}
    if not dropped:
        return list(findings)
    kept = [f for f in findings if f.token < 0 or not told_as_occasion(doc[f.token])]
    parsed = {(f.kind, f.count) for f in kept if f.token >= 0}
    return [f for f in kept if f.token >= 0 or (f.kind, f.count) not in dropped - parsed]
