"""What a protest's paragraph tells its crowd did and what the police did to it: fires lit and statues toppled
are the crowd's own violence, violence someone is held to account for is not; a protest the police shut
down met their intervention; an arrest of one person, one told as a noun, or people jailed or imprisoned,
is no police action on it."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.model import Detection, Span

# Fires lit and statues pulled down are violence of the crowd's own, which the words of barricades and
# violence `discourse` looks for do not name ("demonstrators lit tyres along the highway", "members toppled
# two statues"): of ACLED's protest and riot training notes that tell one, 89% (50 of 56) are violent
# demonstrations; of its protest notes whose only sign of violence is one, 88% (15 of 17) (the peaceful ones:
# bonfires lit as a vigil, a statue toppled by a man whose arrest the protest is against). So is something
# set ablaze ("set ablaze sugar cane fields and staged a road blockade", not a victim "who was set ablaze",
# the grievance): of ACLED's training notes that tell a protest and that, 102 of 104 are riots (59 violent
# demonstrations, 43 mob violence). So are fires lit at all ("blocked the road with lit fires"): of ACLED's
# training notes that say so and name no tyres or bonfires, 94% (31 of 33) are violent demonstrations.
# A statue felled is told with more words than "toppled" ("decapitated the statue of a navigator", "knocked
# over a statue", "pulled down a First Regiment Monument statue", "a statue at the church green was toppled"):
# of ACLED's training notes that tell one so and none of the narrower wording this had before, 9 of 12 are
# violent demonstrations (the others: a troop movement after statues "were toppled by rioters", a church's
# statues beheaded by intruders, a march after a statue was torn down "by another group": felled by others,
# it is no act of this crowd's, and is left out), and every training note ACLED tagged "[statue]" is a riot
# (44 of 44). Replayed on the 432 training notes naming a statue or monument: 5 more typed right, none wrong.
# The particle may follow the statue ("tore the monument down") as it may precede it.
_STATUE_FELLED: Final = (
    r"toppl\w*|tore down|tear down|tearing down|torn down|pulled down|pull down|pulling down|decapitat\w*|"
    r"behead\w*|knock(?:ed|ing) (?:over|down)|brought down"
)
_FELLED_THEN_PARTICLE: Final = r"tore|tear|tearing|pulled|pull|pulling|knocked|knocking|brought"
FIRES_AND_STATUES: Final = re.compile(
    r"\b(?:lit|lighting|lighted|light) (?:\w+ ){0,3}?(?:tyres|tires|bonfires?|fires)\b"
    rf"|\b(?:{_STATUE_FELLED}) (?:[\w'-]+ ){{0,5}}?(?:statues?|monuments?)\b"
    rf"|\b(?:{_FELLED_THEN_PARTICLE}) (?:[\w'-]+ ){{0,4}}?(?:statues?|monuments?) (?:down|over)\b"
    rf"|\b(?:statues?|monuments?) (?:[\w().,'-]+ ){{0,8}}?(?:was|were|had been) (?:\w+ )?"
    rf"(?:{_STATUE_FELLED})\b"
    r"(?! by (?:another|other|a rival|rival)\b)"
    r"|(?<!who was )(?<!who were )(?<!who had been )\bset (?:[\w'-]+ ){0,4}?(?:ablaze|alight)\b",
    re.IGNORECASE,
)

# Violence someone is held to account for, by an arrest or by the protest's own demand ("demanding the
# release of two leaders arrested for their involvement in a clash on Friday that left six injured",
# "punishment of the chairman for his role in the killing of a trader"), happened before the protest: its
# grievance, no violence of the crowd's. Of ACLED's protest and riot training notes whose only violence
# words lie in such a phrase (and the grievances `discourse` blanks), all 3 are peaceful protests.
HELD_TO_ACCOUNT: Final = re.compile(
    r"\b(?:for|over) (?:their|his|her|its|the) (?:alleged )?(?:involvement|role|part|participation) in "
    r"(?:an? |the )?(?:[\w-]+ ){0,2}?(?:clash(?:es)?|attacks?|killings?|murders?|violence|riots?|rioting|"
    r"assaults?|vandalism|arson|beating)\b(?: (?!(?:and|but|while|then|as|before|when)\b)[\w'-]+){0,8}",
    re.IGNORECASE,
)

# Police who shut down, halted or broke up a protest ("Police shut down the march for lack of a permit")
# acted on it: of ACLED's training notes that say so, none is a peaceful protest (23 are protests with
# intervention, 5 riots, 1 excessive force). Police who "stopped" or "obstructed" a rally are not
# counted: ACLED codes a fifth of those notes as peaceful protests. (The forces are the core, "forces" or
# "security", and the authorities: that matches just the training notes the older list did.)
SHUT_DOWN: Final = re.compile(
    rf"\b{(fw.CORE + fw.ANY_FORCES + fw.AUTHORITIES).group}\b[^.]{{0,40}}?(?<!not )(?<!n't )(?<!never )"
    r"\b(?:shut down|shutting down|shuts down|halted|broke up|cut short|put an end to|ended) "
    r"(?:the |their |a |an |its )?(?:\w+ )?(?:march|marches|protests?|rall(?:y|ies)|demonstrations?|"
    r"sit-ins?|procession|event|gathering|human chain|assembly)\b",
    re.IGNORECASE,
)

_ARREST_NOUN: Final = re.compile(r"(?:arrests?|detentions?)$", re.IGNORECASE)
# People jailed or imprisoned ("the government imprisoned monks", "a leader jailed for life") serve a
# sentence, which is a court's or a government's act, mostly the protest's grievance, never the police
# acting on the crowd: of ACLED's protest training notes (peaceful, with intervention or excessive force)
# whose sentences after the first name someone jailed or imprisoned, 28 of 29 are peaceful protests and
# none a protest with intervention.
_SENTENCE_SERVED: Final = re.compile(r"^(?:jail|imprison)", re.IGNORECASE)
_SINGULAR: Final = frozenset({"he", "she", "him", "her", "one", "a", "an"})
# Words a target span may leave before it that still belong to its noun phrase ("The man" read as "man").
_DETERMINERS: Final = frozenset({"the", "a", "an", "one"})


def arrest_told_apart(detection: Detection) -> bool:
    """Whether an arrest is not the police acting on the protest: a noun ("slogans against the arrest
    of demonstrators" names a grievance), a sentence served ("the state imprisoned monks"), or done to one
    person ("He was arrested", "one man was detained", "The man was arrested": a single arrest is seldom a
    protest's dispersal)."""
    trigger = detection.trigger.text
    if _ARREST_NOUN.match(trigger) or _SENTENCE_SERVED.match(trigger):
        return True
    for target in detection.target_spans:
        words = _with_determiner(detection.sentence, target).lower().split()
        if words and (words[0] in _SINGULAR or (words[0] == "the" and not words[-1].endswith("s"))):
            return True
    return False


def _with_determiner(sentence: Span, target: Span) -> str:
    """The target's words with the determiner its span leaves out just before it in its sentence ("man"
    read from "The man was arrested" is "The man")."""
    before = sentence.text[: max(0, target.start - sentence.start)].split()
    if before and before[-1].lower() in _DETERMINERS:
        return f"{before[-1]} {target.text}"
    return target.text
