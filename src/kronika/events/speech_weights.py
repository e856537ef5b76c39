"""How much a speech act weighs beside the act it tells: a protest's demands, an accusation of violence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kronika.events.acled_typing import acled_codable
from kronika.events.charges import charge
from kronika.events.noun_arguments import of_objects
from kronika.events.rules import RULE_BREAKING
from kronika.events.spans import np_span
from kronika.model import Article, EventType, Span

if TYPE_CHECKING:
    from kronika.events.acled_typing import Draft
    from kronika.events.lexicon import TriggerEntry
    from kronika.events.selection import Candidate

# Speech acts that a protest makes ("demonstrators demanded food", "gathered outside the ministry,
# demanding their wages"): they say what the protest was for, and weigh this much less than it.
_PROTEST_SPEECH: Final = frozenset({"REQUEST", "ACCUSE", "REJECT"})
DEMAND_FACTOR: Final = 0.6
# An accusation whose charge is an act of violence ("rebels accused the army of shelling their positions")
# reports that violence, and ACLED codes the violence: of its training notes whose first sentence says
# someone was accused of attacking, shelling, killing, abducting or the like (and names no protest), 92
# of 93 are coded as violence (34 attacks, 27 armed clashes, 8 shelling), one as a peaceful protest. Such
# an accusation weighs as a protest's demand does, below the violence it charges. A truce "violated" is no
# such charge: no training note's first sentence tells an accusation of breaking a ceasefire or a rule.
_DEMONSTRATORS: Final = frozenset({"protester", "protestor", "demonstrator"})
_PROTEST_WORDS: Final = (
    frozenset(
        {
            "protest",
            "demonstration",
            "demonstrate",
            "rally",
            "march",
            "sit",
            "picket",
            "vigil",
            "gather",
            "strike",
            # South Asia's own protest words: a sit-in, a shutdown, officials encircled, a campaign
            "dharna",
            "bandh",
            "hartal",
            "gherao",
            "procession",
            "blockade",
            "agitation",
        }
    )
    | _DEMONSTRATORS
)


def charges_weighed(
    article: Article, sent: SpacySpan, candidates: Sequence[Candidate], drafts: list[Draft]
) -> list[Draft]:
    """The drafts with an accusation whose charge is another draft's codable violence or seizure ("accused
    the army of shelling the town") weighed down by `DEMAND_FACTOR`: the charged act is the event, done
    by the accused where its own clause names no doer."""
    acts = [
        i
        for i, (c, d) in enumerate(zip(candidates, drafts, strict=True))
        if _violent(d.detection.type) and c.token.lemma_.lower() not in RULE_BREAKING
    ]
    weighed = list(drafts)
    for i, candidate in enumerate(candidates):
        found = charge(candidate.token) if candidate.entry.plover == "ACCUSE" else None
        charged = [j for j in acts if found is not None and found.holds(candidates[j].token)]
        if found is None or not charged:
            continue
        if found.weighs:
            detection = weighed[i].detection
            confidence = round(detection.confidence * DEMAND_FACTOR, 3)
            weighed[i] = replace(weighed[i], detection=replace(detection, confidence=confidence))
        accused = tuple(np_span(article, t, sent) for t in found.accused)
        for j in charged:
            if accused and not _named_doers(weighed[j].detection.actor_spans, candidates[j].token):
                weighed[j] = replace(weighed[j], detection=replace(weighed[j].detection, actor_spans=accused))
    return weighed


def _named_doers(spans: tuple[Span, ...], act: Token) -> bool:
    """Whether an act has doers besides its own noun's modifiers: in 'grenade attack blamed on X' the
    weapon is read as the attacker, and the accused is the doer the text names."""
    own = [(c.idx, c.idx + len(c)) for c in act.lefts if c.dep_ == "compound"]
    return any(not any(a <= s.start and s.end <= b for a, b in own) for s in spans)


def _violent(event_type: EventType) -> bool:
    """Whether an event is violence or a seizure ACLED codes (not a protest, a speech act or a movement)."""
    return event_type.plover in ("ASSAULT", "COERCE") and acled_codable(event_type)


def protest_speech(token: Token, entry: TriggerEntry, actors: Sequence[Token]) -> bool:
    """A demand, accusation or refusal made by protesters, or told as a participle beside a protest
    ("staged a sit-in, demanding ..."): the protest, not its words, is the event."""
    if entry.plover not in _PROTEST_SPEECH:
        return False
    if {t.lemma_.lower() for a in actors for t in (a, *of_objects(a))} & _DEMONSTRATORS:
        return True
    if token.dep_ in ("advcl", "conj") and _tells_protest(token.head):
        return True  # "protests broke out as residents demanded relief"
    # "amod": the parser hangs a participle after a protest noun on the noun that follows it ("staged a
    # demonstration deploring exclusion": 'deploring' modifies 'exclusion'); it is the same participle.
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl", "xcomp", "pcomp", "amod"):
        return False
    return any(t.lemma_.lower() in _PROTEST_WORDS for t in token.sent)


def _tells_protest(verb: Token) -> bool:
    """Whether a clause's verb, its subject or its object is a protest word ("protests broke out",
    "held a dharna", "students marched")."""
    if verb.lemma_.lower() in _PROTEST_WORDS:
        return True
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in _PROTEST_WORDS for c in verb.children
    )
