"""A lead protest read as violent whose paragraph tells only that the crowd stormed a place is peaceful."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import PEACEFUL_PROTEST, VIOLENT_DEMONSTRATION

# A crowd that "stormed" an office, a court or a town hall to press a demand ("farmers stormed the
# commission's headquarters to demand a report", "veterans stormed the embassy demanding compensation")
# went in in numbers, which the lexicon's "storm" and the classifier read as rioting. ACLED codes such a
# note, where nothing else is done or met, as a peaceful protest: of ACLED's protest and riot training
# notes that say "stormed" or "storming" and tell none of the words below, 15 are peaceful protests, 2 mob
# violence (neighbours who stormed a home; youths at a polling station) and none a violent demonstration.
_STORMED: Final = re.compile(r"\bstorm(?:ed|ing)\b", re.IGNORECASE)
# What makes the storming more than a crowd going in: harm, damage, arms or a fight; the crowd's anger
# or force ("rowdy youths", "forced their way in"); an attempt that police or guards met ("tried to storm
# the office"); any police action (arrests, dispersal, tear gas, intervention); troops or armed forces.
# The police named only as whom the crowd came to see ("demanding to meet the police chief") are none.
_MORE_THAN_STORMED: Final = re.compile(
    r"clash|\bston|brick|\brock|riot|vandal|torch|set fire|loot|ransack|pelt|bomb|burn|damag|smash|broke|"
    r"break|attack|assault|beat|injur|violen|rough|forc|fight|weapon|\barm(?:s|ed)\b|hostage|lock|seiz|"
    r"chas|scar|threat|fire|shot|gun|knife|machete|arrest|detain|dispers|tear[- ]?gas|prevent|\bstopp?|"
    r"interven|\bforces\b|soldiers|gendarm|lathi|baton|water cannon|rubber|bullets|cordon|confront|"
    r"\bguards?\b|troops|\barmy\b|military|control|snatch|hijack|abduct|kidnap|\bmobs?\b|rowdy|angry|"
    r"irate|unruly|tried to|attempt",
    re.IGNORECASE,
)

# A lead protest read as a violent demonstration whose paragraph tells the crowd storming a place and
# nothing more is a peaceful protest.
stormed_office: Final = LeadRule(
    readings=frozenset({VIOLENT_DEMONSTRATION}),
    plover="PROTEST",
    tells=ParagraphTells(_STORMED, _MORE_THAN_STORMED),
    becomes=PEACEFUL_PROTEST,
)
