"""An attacker killed by the police ('before police shot him dead', 'the gunman was fatally shot by
officers', 'he died in a shootout with deputies', 'Pell was shot and killed in a gun battle with
troopers'): the archive counts him among the dead, besides the victims the story's other sentences count,
as it does a gunman who kills himself. A death told again by the attacker's own noun ('the suspect was
pronounced dead') or by no noun at all is his, told twice."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

ATTACKER_NOUNS = frozenset({"gunman", "shooter", "suspect", "attacker", "assailant", "killer", "sniper"})
# a lone dead one named so may be the attacker himself ('a shooting that left one man dead' ... 'before
# police killed him')
ANYONE = frozenset({"man", "male", "person", "individual", "guy", "adult"})
_ATTACKER = "(?:" + "|".join(sorted(ATTACKER_NOUNS)) + ")"
_WHO = rf"(?:\bhe\b|\bhim\b|\bthe\s+(?:[\w-]+\s+)?{_ATTACKER}\b)"
_POLICE = r"(?:police|officers?|deputies|deputy|troopers?|agents?|SWAT|sergeant|detectives?|marshals?)"
_DEATH = r"(?:shot\s+(?:and\s+killed|dead|to\s+death)|fatally\s+(?:shot|wounded)|killed|gunned\s+down)"
_FIGHT = r"(?:shoot-?out|gunfight|gun\s+battle|exchange\s+of\s+gunfire|firefight|confrontation)"
# words between the police and their act that tell no report of another's act ('police said the man ...')
_ACTING = r"(?:(?!\b(?:said|say|says|told|reported|believe[sd]?)\b)[^.;:])"
# the attacker named by his name ('officers shot Glenn to death'): one or two capitalised words
_NAME = r"(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?"
# the attacker named by his name as the subject of his own death at the police's hands ('Pell was shot and
# killed in a gun battle with troopers', 'Pell was killed by police'): whom the police kill is the one
# they fought
# (not a capitalised pronoun opening a sentence: 'It was unclear if he was killed by police')
_NAMED = rf"(?<![\w'’-])(?!(?-i:It|This|That|There|He|She|They|We|You|I)\b){_NAME}(?=\s+(?:was|died)\b)"
SLAIN_ATTACKER = re.compile(
    # "the gunman was shot and killed by officers", "he was fatally shot by a deputy"
    rf"(?:{_WHO}|{_NAMED})[^.;:]{{0,60}}?\b(?:was|were|had\s+been|being)\s+{_DEATH}\s+by\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_POLICE}\b"
    # "police shot and killed the suspect", "before police shot him dead"
    rf"|\b{_POLICE}\b[^.;:]{{0,60}}?\b(?:{_DEATH}\s+{_WHO}|shot\s+{_WHO}\s+dead)"
    # "officers shot Glenn to death", "police fatally wounded Wilkes", "police found after shooting him dead"
    rf"|\b{_POLICE}\b{_ACTING}{{0,80}}?\b(?:shot\s+{_NAME}\s+(?:dead|to\s+death)|fatally\s+(?:shot|wounded)\s+{_NAME}\b"
    rf"|shooting\s+{_WHO}\s+(?:dead|to\s+death))"
    # "he died in a shootout with officers", "the suspect was killed in an exchange of gunfire with police",
    # "Pell was shot and killed in a gun battle with troopers" (GVA study: 1 story, its gunman so missed)
    rf"|(?:{_WHO}|{_NAMED})[^.;:]{{0,60}}?\b(?:died|was\s+(?:shot\s+and\s+)?killed|was\s+fatally\s+shot)\s+"
    rf"(?:in|during)\s+(?:an?|the)\s+{_FIGHT}\s+with\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_POLICE}\b"
    # "the gunman died after being wounded by deputies", "he died at a hospital after officers shot him": a
    # death told as the police's shot's end (GVA study rows: 1, and its sentence was the toll's only word
    # of him)
    rf"|{_WHO}[^.;:]{{0,60}}?\bdied\b[^.;:]{{0,40}}?\bafter\s+(?:(?:being|he\s+was)\s+(?:shot|wounded)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?by\s+(?:[\w'’-]+\s+){{0,3}}?{_POLICE}\b|(?:[\w'’-]+\s+){{0,2}}?{_POLICE}\s+"
    r"(?:shot|wounded)\s+him\b)",
    re.IGNORECASE,
)


# a pure function of the sentence's text, asked again of every sentence of a story for each of its events
@lru_cache(maxsize=4096)
def tells_slain_attacker(text: str) -> bool:
    """Whether the sentence tells the attacker killed by the police."""
    return SLAIN_ATTACKER.search(text) is not None


@dataclass(frozen=True)
class DeadTold:
    """What one sentence of a story tells of the dead: how many, named by which nouns, and whether it is
    the sentence telling the attacker killed by the police."""

    killed: int | None
    dead: frozenset[str]
    slain_attacker: bool
    with_killer: bool = False  # its count takes the killer in ('six killed, including the suspect')


def with_slain_attacker(told: Sequence[DeadTold], killed: int | None) -> int | None:
    """The story's dead with an attacker the police killed counted once, besides his victims: the victims
    are those another sentence counts by a noun that is not the attacker's ('left a woman dead'), or the
    slain sentence itself where it counts more than him ('a gunman who killed five people died in a
    shootout with officers')."""
    if not any(t.slain_attacker for t in told) or any(t.with_killer for t in told):
        return killed
    victims = [
        t.killed
        for t in told
        if t.killed
        and ((t.slain_attacker and t.killed > 1) or (not t.slain_attacker and _others(t.killed, t.dead)))
    ]
    if not victims:
        return killed if killed else 1
    return max(max(victims) + 1, killed or 0)


def _others(killed: int, dead: frozenset[str]) -> bool:
    """Whether a sentence's dead are people besides the attacker: named by a noun, not the attacker's, and
    more than one or named by a noun that could not be him ('a woman', not 'a man')."""
    return bool(dead) and not dead & ATTACKER_NOUNS and (killed > 1 or not dead <= ANYONE)
