"""The hurt a story counts, held within everyone it says was hit.

A story that states how many were hit in all ('a total of five people were shot') and how many of them
died leaves the rest as the hurt, whatever 'others' a later sentence counts against another group ('they
aimed at one man; the other four victims were hit by accident': four besides the one aimed at, not besides
the three dead).
"""

from __future__ import annotations


def within_hit(injured: int | None, shot: int, dead_shot: int, killed: int) -> int:
    """The story's hurt: at least the hit who did not die, and, where some of the hit died, no more than
    them (a count of hurt beyond that, yet short of all the hit, is of 'others' besides someone other than
    the dead); a count of hurt as large as all the hit is of others besides them ('A man died. The other
    four victims were shot': four lived)."""
    alive = shot - dead_shot
    if injured is None or injured <= alive or injured >= shot or killed == 0:
        return max(injured or 0, alive)
    return alive
