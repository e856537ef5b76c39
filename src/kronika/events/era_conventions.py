"""ACLED conventions one country's coders held for a span of years (`data/era_conventions.tsv`), applied."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Final

from kronika.events.taxonomy import coded_as
from kronika.model import Detection
from kronika.nlp import paragraph_bounds
from kronika.tables import shipped_text, table_rows

TABLE: Final = "data/era_conventions.tsv"

# Bangladesh's outlawed communist outfits, as its notes spell them: the Purba (Purbo) Banglar Communist
# Party and its factions (Janajuddha, Red Flag, Lal Pataka), the Purba Banglar Sarbahara Party, Gono Mukti
# Fouj. The hill parties (PCJSS, UPDF) are left out: their members harmed are mostly attacks (91 of the
# 113 training notes told so).
_OUTFIT: Final = (
    r"(?:PBCP|PBSP|Purb[oa] ?Bangl?a(?:r|er)? (?:Communist|Sarbahara)|Purbangla Communist|Janaj?udd?h?a|"
    r"Jana ?Judd?h?o|Jonajuddha|Red Flag|La+l[- ]?P[ao]t+aka|Biplobi Communist|Gono ?Mukti Fou[jz])"
)
# One of the outfit's people; a former member is no longer its own (a victim the coders code as a civilian).
_ROLE: Final = (
    r"(?<!former )(?<!ex-)\b"
    r"(?:member|leader|cadre|activist|operative|militant|outlaw|commander|chief|head)s?\b"
)
_HARMED: Final = (
    r"(?:killed|shot(?: dead)?|hacked(?: to death)?|stabbed(?: to death)?|murdered|gunned down|slaughtered|"
    r"found dead|injured|wounded)"
)
# The outfit's person harmed: 'a cadre of PBCP-Janajuddha was shot dead', 'a PBCP-Red Flag leader was
# stabbed', 'unidentified men killed a leader of the PBCP', 'the body of a cadre of the outlawed PBCP'.
# The outfit named only as the doer ('PBCP cadres shot a union chairman') tells none.
_OUTLAW_MEMBER_HARMED: Final = re.compile(
    rf"{_ROLE}[^.;]{{0,70}}?{_OUTFIT}[^.;]{{0,80}}?\b(?:was|were)\b(?: \w+){{0,2}} {_HARMED}"
    rf"|{_OUTFIT}[^.;]{{0,40}}?{_ROLE}[^.;]{{0,50}}?\b(?:was|were)\b(?: \w+){{0,2}} {_HARMED}"
    rf"|\b(?:killed|shot dead|murdered|hacked to death|stabbed to death) (?:a|an|one|two|three|the|\d+)\b"
    rf"[^.;]{{0,50}}?(?:{_ROLE}[^.;]{{0,40}}?{_OUTFIT}|{_OUTFIT}[^.;]{{0,30}}?{_ROLE})"
    rf"|\bbody of (?:a|an|the)\b[^.;]{{0,40}}?{_ROLE}[^.;]{{0,40}}?{_OUTFIT}",
    re.IGNORECASE,
)
# A party's (or its student, youth or volunteer wing's) men beating or assaulting someone: 'BCL activists
# assaulted a student', 'a journalist was beaten up by Jubo League men'. A paragraph that arms them, tells
# a stabbing, hacking, shooting, bomb or death, or that the coders call a targeted attack tells an attack
# whatever the year, so it tells none.
_PARTY: Final = (
    r"(?:BCL|Chhatra League|Jubo League|Awami League|AL|BNP|JCD|Chhatra Dal|Jubo Dal|Shibir|ICS|JeI|"
    r"Jamaat(?:-e-Islami)?|Swechchhasebak (?:League|Dal))"
)
# up to three words between the party and the deed, none of them making the party the one harmed
_PARTY_WORDS: Final = r"(?:(?!(?:was|were|is|are|been|being|by)\b)[\w'-]+ ){0,3}?"
_ARMED_OR_DEADLY: Final = (
    r"targeted attack|stab|hack|sharp|weapon|machete|\bshot|fire|\bgun|killed|death|bomb|\brods?\b"
)
_PARTY_MEN_ASSAULT: Final = re.compile(
    # anchored at the paragraph's start so that the lookahead reads the whole paragraph once
    rf"^(?![\s\S]*(?:{_ARMED_OR_DEADLY}))[\s\S]*?"
    rf"(?:\b{_PARTY}\b\)? {_PARTY_WORDS}(?:allegedly )?(?:assaulted|beat(?: up)?|attacked|swooped on)\b"
    rf"|\b(?:assaulted|beaten(?: up)?|attacked)\b (?:allegedly )?by {_PARTY_WORDS}{_PARTY}\b)",
    re.IGNORECASE,
)
# A clash told of locals, villagers, a party's factions or its rivals ("two groups of villagers clashed
# using guns over a land dispute"): no gunfight or fire exchanged, no coder's "armed clash", no armed
# outfit (the Rohingya groups, the hill parties, the Kuki-Chin army) and no troops, border guards or RAB
# named on either side. Anchored at the paragraph's start so that the lookahead reads it whole once.
_ARMED_SIDE: Final = (
    r"armed (?:\w+ )?clash|gun ?fight|gun ?battle|exchange of (?:gun)?fire|exchanged (?:gun)?fire|"
    r"open(?:ed)? fire|fired at each other|ARSA|Arakan|\bRSO\b|Rohingya Solidarity|\bKNF\b|\bKNA\b|Kuki|"
    r"UPDF|PCJSS|\bJSS\b|Jana Samhati|Mog Liberation|\bMLP\b|militant|\barmy\b|military|soldiers|\bBGB\b|"
    r"border guard|\bRAB\b|joint forces|Armed Police|\bBSF\b|Myanmar"
)
_LOCAL_CLASH: Final = re.compile(rf"^(?![\s\S]*(?:{_ARMED_SIDE}))[\s\S]*?\bclash", re.IGNORECASE)
# A clash told with gunfire ("one was hit by a bullet as two groups of the League clashed", "shots were fired
# during the clash"), no state force on either side: through 2019 Bangladesh's coders made such a clash of
# party men, villagers or rivals an armed one, whatever the classifier's reading of the crowd. Anchored at
# the paragraph's start so that the lookahead reads it whole once.
_STATE_SIDE: Final = (
    r"police|\bcops?\b|\bRAB\b|Rapid Action|\bBGB\b|border guard|\barmy\b|soldiers?|military|troops|"
    r"law enforc|security forces|joint forces|\bAnsar\b|\bBSF\b"
)
_GUNFIRE: Final = (
    r"\b(?:bullets?|gunshots?|guns?|shot|firing|fired|gunfire|pistols?|revolvers?|rifles?|shotguns?|"
    r"firearms?)\b"
)
_GUNFIRE_CLASH: Final = re.compile(
    rf"^(?![\s\S]*(?:{_STATE_SIDE}))(?=[\s\S]*\bclash)[\s\S]*?{_GUNFIRE}", re.IGNORECASE
)
# A paragraph that calls what happened a riot, rioting or rioters ("youths rioted outside the tallying
# centre"), not the police sent against it ("anti-riot police") and with no mob or lynching told.
_RIOT_NAMED: Final = re.compile(
    r"^(?![\s\S]*(?:\bmobs?\b|lynch))[\s\S]*?(?<!anti-)(?<!anti )\briot(?:s|ing|ers?|ed|ous)?\b"
    r"(?! (?:police|squad|gear|unit|control))",
    re.IGNORECASE,
)
# A clash told with no riot, protest, demonstration, rally or march in its paragraph ("rival supporters
# clashed in the market", "clashes between two clans left four dead"): the crowd came to fight, not to
# demand. Anchored at the paragraph's start so that the lookahead reads it whole once.
_UNDEMANDING_CLASH: Final = re.compile(
    r"^(?![\s\S]*(?:riot|protest|demonstr|rall(?:y|ies)|\bmarch))[\s\S]*?\bclash", re.IGNORECASE
)
# A headline's air raid or strike, capitalised as headlines are ("Air Raid Kills Three in Abu Karshola",
# "Villages Hit By Air Strikes"): a sentence's air raid is written in lower case, so the capitals tell the
# headline. Case-sensitive on purpose.
_HEADLINE_AIR_RAID: Final = re.compile(r"\bAir (?:Raids?|Strikes?)\b")
# The wordings a row of the table may name.
WORDINGS: Final = MappingProxyType(
    {
        "outlaw_member_harmed": _OUTLAW_MEMBER_HARMED,
        "party_men_assault": _PARTY_MEN_ASSAULT,
        "local_clash": _LOCAL_CLASH,
        "riot_named": _RIOT_NAMED,
        "gunfire_clash": _GUNFIRE_CLASH,
        "undemanding_clash": _UNDEMANDING_CLASH,
        "headline_air_raid": _HEADLINE_AIR_RAID,
    }
)


@dataclass(frozen=True)
class Convention:
    """One row of the table: where a paragraph tells `wording`, a detection read as `read` in `country`
    between the years `first` and `last` is coded `coded`."""

    wording: str
    country: str
    first: int
    last: int
    read: str
    coded: str


@cache
def era_conventions() -> tuple[Convention, ...]:
    """The table's conventions, in its order; a row naming an unknown wording is an error."""
    rows = tuple(
        Convention(row[0], row[1], int(row[2]), int(row[3]), row[4], row[5])
        for row in table_rows(shipped_text(TABLE))
    )
    unknown = {row.wording for row in rows} - WORDINGS.keys()
    if unknown:
        raise ValueError(f"{TABLE} names unknown wordings: {sorted(unknown)}")
    return rows


def era_convention(detection: Detection, text: str, country: str | None, when: date | None) -> Detection:
    """The detection coded as the first convention of the table says that holds in `country` (ISO
    alpha-3) in the year of `when`, for the sub-type it was read as, where its paragraph of `text` tells
    the convention's wording; else unchanged."""
    if country is None or when is None:
        return detection
    for convention in era_conventions():
        if (
            convention.country == country
            and convention.first <= when.year <= convention.last
            and detection.type.acled_sub_event_type == convention.read
        ):
            # the paragraph is cut only for a detection some row could recode: most never get here
            begin, end = paragraph_bounds(text, detection.sentence.start, detection.sentence.end)
            if WORDINGS[convention.wording].search(text[begin:end]):
                return coded_as(detection, convention.coded)
    return detection
