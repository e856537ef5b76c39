"""Deaths a note tells as the cause of its event, not its toll: 'clashes were triggered by the death of a
man', 'protesters blocked the road after a man was found murdered'.

A death that sparked an event came before it, and ACLED codes it as an event of its own (or not at all); the
event it sparked carries only the deaths it caused. A protest or riot 'after' a death is about that death;
an attack or clash 'after' one may well have caused it ('died after he was shot'), so only the explicit
words of cause (triggered, sparked, prompted by) hold for every event.
"""

from __future__ import annotations

from spacy.tokens import Token

from kronika.clauses import opens_before
from kronika.model import Detection
from kronika.nlp import since_opener

CAUSE_VERBS = frozenset({"trigger", "spark", "prompt", "provoke", "ignite", "cause"})


def told_as_cause(token: Token, detection: Detection) -> bool:
    """Whether a casualty word tells the death that set off the event rather than one the event caused."""
    path = [token, *token.ancestors]
    if any(t.dep_ == "agent" and t.head.lemma_.lower() in CAUSE_VERBS for t in path):
        return True
    if _counted_since(token, detection):
        return True
    crowd = detection.type.plover == "PROTEST" or detection.type.acled_event_type in {"Riots", "Protests"}
    # the death in an 'after' clause set the crowd off, unless the event is told in that clause itself
    # ('a curfew was imposed after clashes killed five': the clashes are the event, the dead their toll)
    return crowd and any(opens_before(t) and not _holds_trigger(t, detection) for t in path)


def _holds_trigger(clause: Token, detection: Detection) -> bool:
    """Whether the event's trigger lies within the clause."""
    return clause.left_edge.idx <= detection.trigger.start <= clause.right_edge.idx


def _counted_since(token: Token, detection: Detection) -> bool:
    """'protested on Thursday, the third day since the killing of two men': a death in a phrase of 'since'
    is the earlier event time is counted from, none of the toll of an event told outside that phrase."""
    opener = since_opener(token)
    if opener is None:
        return False
    start, end = opener.left_edge.idx, opener.right_edge.idx + len(opener.right_edge)
    return not start <= detection.trigger.start < end
