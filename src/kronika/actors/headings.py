"""What a coder's heading before a note ('Security measures: ...', 'Training: ...') tells of its doers."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from kronika.model import Actor, Span

# A heading: a few words and a colon opening the note ('Movement of forces: On 5 May, ...').
_HEADING: Final = re.compile(r"\s*([A-Za-z][A-Za-z -]{1,30}):\s")
# Headings coders write before a note of their kind of event (`events.headings` types them; 'Agreement'
# and 'Interception' it leaves untyped are headings all the same). Their words name the kind, never a doer,
# though the parser reads 'Recruitment: the group held ...' with 'Recruitment' the verb's subject.
HEADINGS: Final = frozenset(
    {
        "movement of forces", "security measures", "recruitment", "change to armed group",
        "property destruction", "looting", "land seizure", "arrests", "defusal", "weapons seizure",
        "detonation", "non-violent activity", "other", "training", "displacement", "mass grave",
        "agreement", "interception",
    }
)  # fmt: skip
# Headings of a state's measures (curfews, bans, closures): of the training notes so headed, all but one
# code state or external forces (17 and 4 of 22); whoever the note names issuing them ('Tennessee issued a
# curfew', 'the Van Governor's Office extended the ban') is its authority.
STATE_HEADINGS: Final = frozenset({"security measures"})
# Headings of an armed group's own activity: the training notes headed 'Training' all code a militia
# (political 6, identity 2), so a group the lexicon does not know that trains or recruits is one.
ARMED_HEADINGS: Final = frozenset({"training", "recruitment"})


def heading(text: str) -> tuple[str, int] | None:
    """The heading opening a note, lower-cased, and the offset just after its colon; None without one."""
    found = _HEADING.match(text)
    if found is None or found.group(1).strip().lower() not in HEADINGS:
        return None
    return found.group(1).strip().lower(), found.end(1) + 1


def without_heading(actors: tuple[Actor, ...], text: str) -> tuple[Actor, ...]:
    """The actors other than the heading's words read as one ('Movement of forces', 'Recruitment')."""
    found = heading(text)
    if found is None:
        return actors
    return tuple(a for a in actors if a.text.strip().lower() != found[0])


def headed_doers(
    doers: tuple[Actor, ...], text: str, sentence: Span, country: str | None
) -> tuple[Actor, ...]:
    """The doers of an event in a headed note's first sentence as its heading codes them: a state's
    security measures are its government's where the note names no doer ('in Tennessee a curfew was
    issued'), and doers it names, none with a sector, are that authority ('Tennessee issued a curfew');
    a group with no sector that trains or recruits is an armed group ('the Sentinels held a training')."""
    found = heading(text)
    if found is None or sentence.start > found[1]:
        return doers
    if found[0] in STATE_HEADINGS and all(a.sector is None for a in doers):
        # an armed group or a crowd the note names is no authority and keeps its own sector ('HTS imposed
        # a curfew' is HTS's measure)
        doers = tuple(replace(a, sector="GOV") for a in doers) or (Actor("Government", "", country, "GOV"),)
    if found[0] in ARMED_HEADINGS:
        doers = tuple(replace(a, sector="UAF") if a.sector is None else a for a in doers)
    return doers
