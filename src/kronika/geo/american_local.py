"""What only American local news writes: a page so marked is American whatever its names vote."""

from __future__ import annotations

import re

from kronika.geo.call_signs import page_station

# A sheriff's office or deputies, an address as 'the 2800 block of', a North American phone number: a story
# writing one is American whatever a demonym ('a German shepherd'), a surname ('Jordan', 'Maldonado'), a
# translated word ('the Lake', Chad's Lac) or a war a veteran served in ('an Iraq war veteran') votes.
# ('sheriff's deputies': all 21 ACLED notes and the 4 of GVA 0..1400 that write it are American.) So are a
# town's own 'Police Department' (all 243 ACLED notes that write it are American, and 326 of GVA 0..2100
# articles do) and a call to 911 (all 6 ACLED notes). So is a clock time in a continental zone ('16:58 PDT',
# '6:55 PM EST': 40 GVA 0..2100 articles, 10 of them not marked otherwise; no ACLED training note of 89,071):
# '(07-05) 16:58 PDT SAN FRANCISCO --' is California's city, though 'Guerrero streets' votes for Mexico.
# So is American criminal law's wording: a felony, a murder or manslaughter by degree, a State's Attorney,
# and the NYPD or LAPD (of ACLED notes, 26, 11, 1 and 65 write them, all American; 51 GVA 0..2100
# articles write one and nothing above: 'Bristol Police' then reads Connecticut's town, not England's).
# So is a network's local channel ('NBC4', 'Fox 5': 5 ACLED notes, all American; 25 GVA 0..2100 articles
# write one and nothing above).
_AMERICAN_LOCAL = re.compile(
    r"\b(?:[Ss]heriff['’]s (?:[Oo]ffice|[Dd]epartment|deputies)|County [Ss]heriff|\d{2,5} block of)"
    r"|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b"
    r"|\bPolice Department\b|\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?) 911\b|\b911 (?:calls?|dispatch)"
    r"|\b\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?\s?)?[ECMP][SD]T\b"
    r"|\bfelon(?:y|ies)\b"
    r"|\b(?:[Ff]irst|[Ss]econd|[Tt]hird)[- ]degree (?:murder|manslaughter|assault|homicide)"
    r"|\bState['’]s Attorney|\b(?:NYPD|LAPD)\b"
    r"|\b(?:NBC|ABC|CBS|FOX|Fox) ?\d{1,2}\b"
)


def american_local(text: str, title: str | None = None) -> bool:
    """Whether a page is American local news by what only such news writes: a sheriff's office, an
    address block, a phone number, a town's police department, a 911 call, a clock time in a continental
    zone ('16:58 PDT'), American criminal law's words ('a felony', 'second-degree murder', "the State's
    Attorney", 'NYPD'), or a local station's credit
    ('(WMC) -', 'KHOU.com'), in the text or, for the station, in the headline ('... - WBRC FOX6 News')."""
    return american_wording(text) or page_station(title, text) is not None


def american_wording(text: str) -> bool:
    """Whether the text writes what only American local news writes, a station's credit aside (for a
    caller that has read the station already)."""
    return _AMERICAN_LOCAL.search(text) is not None
