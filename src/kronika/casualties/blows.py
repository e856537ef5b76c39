"""People hurt by a blow with a gun rather than by its shot: 'pistol-whipped', 'pistol-whipping two of them'.

A pistol-whipping is an injury with a gun, as the Gun Violence Archive counts it, yet its victim was not
shot: the parse finds no casualty word in it, and the people a sentence says were shot do not take it in.
So these victims are counted apart and added to the injured of the story, unless the blow falls on someone
the story has told already ('pistol-whipping the boy', 'pistol-whipped him', 'the victim was
pistol-whipped'): that victim is one of those it counts, shot or hurt, and no one besides them.
"""

from __future__ import annotations

import re

from kronika.casualties.numbers import parse_count

# "was pistol-whipped", "pistol whipping two of the customers", "pistol-whipped him": one victim per
# telling unless a count follows
PISTOL_WHIP = re.compile(
    r"\bpistol[\s-]?whip(?:ped|ping|s)?\b(?:\s+(?P<n>two|three|four|five|six|\d+)\s+(?:of|people|men|women)\b)?",
    re.IGNORECASE,
)


# a victim the story has told already, as the blow's object or its subject: a pronoun ('him', 'them',
# 'her' not followed by a noun of hers) or a bare definite person ('the boy', 'the victim'; not 'the
# clerk', whom a robbery story may name first by his job)
_TOLD = r"(?:the\s+(?:victim|boy|girl|teen|teenager|man|woman)\b)"
_TOLD_OBJECT = re.compile(
    rf"\s+(?:him|them|{_TOLD}|her(?=\s*(?:[^\w\s]|$|(?:in|on|with|and|before|after|until|while|as|at|about"
    r"|then|repeatedly|several|twice)\b)))",
    re.IGNORECASE,
)
_TOLD_SUBJECT = re.compile(rf"\b(?:he|she|{_TOLD})\s+(?:was|had\s+been)\s+(?:\w+\s+)?$", re.IGNORECASE)


def pistol_whipped(text: str) -> int:
    """How many people the sentence says were struck with a gun ('a woman was pistol-whipped'): 0 for none.
    A blow on someone told already ('shot the boy after pistol-whipping him') adds no one: the story's
    counts take that victim in (GVA study: 2 of 8 articles telling a pistol-whipping so counted one twice)."""
    return sum(
        (parse_count(m["n"]) or 1) if m["n"] else 1
        for m in PISTOL_WHIP.finditer(text)
        if not (_TOLD_OBJECT.match(text, m.end()) or _TOLD_SUBJECT.search(text, 0, m.start()))
    )
