"""The `Finding` record: one count of killed or injured people a sentence states, with the word it was read
from and the victims' noun phrase, so that one person told twice in a sentence is counted once."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.casualties.patterns import Kind


@dataclass(frozen=True)
class Finding:
    """One stated count of killed or injured people, with the token it was read from."""

    kind: Kind
    count: int
    token: int  # index of the casualty word in the doc
    victim: int = -1  # index of the head of the victims' noun phrase, -1 where unknown
    # "four were wounded, two of them fatally": the dead are counted among those hit, so the sentence's
    # injured are really people hit, some of whom died
    among_hit: bool = False
    himself: bool = False  # the victim is the doer himself ("before fatally shooting himself")
    later: bool = False  # a death after the attack of someone hurt in it ("has died", "succumbed")
