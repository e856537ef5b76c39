"""Deaths in custody: who held someone who died in a cell, a jail or detention did the harm."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from spacy.tokens import Span as DocSpan

from kronika.model import Actor

if TYPE_CHECKING:
    from kronika.actors.resolve import ArticleActors

# Where someone is held: "in police custody", "under RAB custody", "while in detention of the police",
# "during his detention", "in a police cell", "in a detention centre", "in jail".
HELD: Final = re.compile(
    r"\b(?:in|under|during|while in|inside)\s+(?:(?!from\b|of\b|a case\b)[\w'’.-]+\s+){0,4}?"
    r"(?:custody|costody|detention|cell|jail|prison)\b",
    re.IGNORECASE,
)
# A holding offered as the alternative to the death tells two fates, not a death in custody ("parents who
# were either killed or in detention"); "died of torture or ill treatment in prison" is one.
_ALTERNATIVE: Final = re.compile(
    r"\bor\s+(?:(?:were|was|are|is|being|remained)\s+)?(?:in|under|held|detained|jailed|imprisoned|arrested)\b",
    re.IGNORECASE,
)
# The words for the place of holding, whose modifiers may name who holds it.
PLACES: Final = frozenset({"custody", "costody", "detention", "cell", "jail", "prison"})
# How a modifier names the keeper of a place of holding ("police custody", "Sudanese custody").
KEEPER_DEPS: Final = frozenset({"compound", "amod", "poss", "nmod"})
# Words of a death or of the harm that led to one, told of whoever was held.
DEATH_WORDS: Final = frozenset({"die", "death", "dead", "kill", "torture", "beat"})
# Sectors of those who hold people: a state's police, army, intelligence or government, or an armed
# group that keeps its own prisoners ("died in the militia's detention").
HOLDERS: Final = frozenset({"COP", "MIL", "SPY", "GOV", "JUD", "REB", "UAF", "CRM"})
# A state's organs, which hold people far more often than any group does.
STATE: Final = frozenset({"COP", "MIL", "SPY", "GOV", "JUD"})
# Sectors whose named agent in the sentence did the harm itself ("gunmen killed a prisoner in jail").
ARMED: Final = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "CRM"})


def died_held(sentence: DocSpan) -> bool:
    """Whether the sentence tells of a death (or torture or beating) of someone held: "a suspect died in
    police custody", "a prisoner was found dead in his cell", "tortured to death during detention"."""
    held = HELD.search(sentence.text)
    if held is None:
        return False
    start = sentence.start_char
    deaths = [t.idx - start for t in sentence if t.lemma_.lower() in DEATH_WORDS or t.lower_ in DEATH_WORDS]
    return any(not _ALTERNATIVE.search(_between(sentence.text, at, held)) for at in deaths)


def _between(text: str, at: int, held: re.Match[str]) -> str:
    """The text from a death word at `at` through the place of holding, or from that place to the word."""
    return text[at : held.end()] if at < held.start() else text[held.start() : at]


def custodians(
    actors: ArticleActors, sentence: DocSpan, victims: tuple[Actor, ...], country: str | None
) -> tuple[Actor, ...]:
    """Who held the dead, for a death in custody whose clause names no armed doer: the force or group
    the sentence names ("police custody", "RAB custody", "at the gendarmerie", "Sri Lankan custody")
    other than the dead, else the state's police. Conflict coders code a death in custody as the
    custodian's violence against a civilian (of 35 such training notes, 33 code state forces first,
    one a militia that held its own prisoner); the dead, who the parser makes the subject of "died",
    did nothing."""
    held = {a.name for a in victims}
    # a state's body only by the place's own word ("government custody"): elsewhere a capital named as
    # where the jail is reads as its government
    nearby = [a for a in actors.actors_in(sentence) if a.sector in ARMED]
    found = [*_holders_named_by_place(actors, sentence), *nearby]
    named = [a for a in found if a.sector in HOLDERS and a.name not in held]
    # the state's forces before an armed group the sentence may name as the dead's ("a JNIM suspect")
    named.sort(key=lambda a: a.sector not in STATE)
    return (named[0],) if named else (Actor("Police", "", country, "COP"),)


def _holders_named_by_place(actors: ArticleActors, sentence: DocSpan) -> list[Actor]:
    """The actors that the word for the place of holding names as its keeper: "RAB custody", "Sri Lankan
    custody", "the police's cell", "in detention of the anti-drug police", "Koglweogo detention"."""
    keepers: list[Actor] = []
    for place in (t for t in sentence if t.lemma_.lower() in PLACES):
        for child in place.children:
            tokens = [child] if child.dep_ in KEEPER_DEPS else []
            if child.dep_ == "prep" and child.lower_ in ("of", "by"):
                tokens = [g for g in child.children if g.dep_ == "pobj"]
            keepers += [a for a in map(actors.actor_at, tokens) if a is not None]
    return keepers
