"""Sentences recalling an earlier incident told for context: 'Earlier this month, ...', 'another attack'."""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Doc, Token

from kronika.casualties.stories import recalled_story, story_sentences
from kronika.model import Detection, EventDate

# a sentence opened so tells what happened before the article's own incident, not the incident itself;
# a bare 'Last month,' is left out: a follow-up report opens so about its own incident
RECALL_OPENING: Final = re.compile(
    r"^\W*(?:earlier\s+(?:this|in\s+the)|also\s+(?:last|earlier\s+this))\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
# a past period named in the sentence: with 'another' or 'separate' on the trigger, an older incident.
# Kept beside dates/expressions.py's parser, whose expressions do not answer the same: it finds no
# 'earlier in the week' and no count-less 'weeks ago', and it finds 'the previous week' and 'two days
# ago', which this regex does not count as a past period
PAST_PERIOD: Final = re.compile(
    r"\b(?:(?:last|earlier\s+this|earlier\s+in\s+the)\s+(?:week|weekend|month|year)|(?:weeks|months|years)\s+ago)\b",
    re.IGNORECASE,
)
OTHER_INCIDENT: Final = frozenset({"another", "separate", "previous", "prior"})
# how long before the article's current incident a story opening on a calendar date must be dated to be
# read as an earlier incident the article recalls
RECALLED_DAYS: Final = 7


def opens_with_recall(sentence: str) -> bool:
    """The sentence opens with a recalling adverbial: 'Earlier this month, ...', 'Also last week, ...'."""
    return RECALL_OPENING.search(sentence) is not None


def another_incident(trigger: Token, sentence: str) -> bool:
    """The trigger is named as another, older incident: 'another shooting last month', 'a separate attack
    last week' (without the past period, 'another man was shot' is a second victim of the same incident)."""
    path = [trigger]  # up to the clause's verb, so 'was another shooting' finds 'another' on the noun
    while path[-1].pos_ not in {"VERB", "AUX"} and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    words = [child for token in path for child in token.children]
    marked = any(child.lower_ in OTHER_INCIDENT and child.dep_ in {"det", "amod"} for child in words)
    return marked and PAST_PERIOD.search(sentence) is not None


def in_recalled_story(
    doc: Doc, detection: Detection, event_date: EventDate, current: EventDate | None
) -> bool:
    """The detection is told in the sentence by which the article turns, on a calendar date, to another story
    once its own incident has a day ('A man was shot Sunday. ... On June 2, eleven were shot at a block
    party'), dated a week or more before the day of the article's current incident told before it: an
    earlier incident the article recalls, background like one opened by 'Earlier this month'.

    Only the opening sentence: the sentences after it may return to the article's own incident, which no
    boundary marks. A date under a week before the current day (a follow-up report's 'On Saturday, Aug. 22,
    the boy died') tells the article's own incident as often as another."""
    day = event_date.value
    if day is None or current is None or current.value is None or (current.value - day).days < RECALLED_DAYS:
        return False
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    if sentence is None:
        return False
    story = story_sentences(doc, sentence)
    return bool(story) and story[0].start == sentence.start and recalled_story(doc, story[0])
