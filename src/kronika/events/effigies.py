"""A lead read as a mob's violence whose paragraph tells only an effigy burnt is a peaceful protest."""

from __future__ import annotations

import re
from typing import Final

from kronika.events.lead_rules import LeadRule, ParagraphTells
from kronika.events.taxonomy import MOB_VIOLENCE, PEACEFUL_PROTEST

# An effigy burnt, hung or beaten: a party's or a crowd's show of anger at someone, harming no one.
_EFFIGY: Final = re.compile(r"\beffig(?:y|ies)\b", re.IGNORECASE)
# Anyone harmed or attacked, property broken, a road blocked or police that had to step in make the note
# more than the effigy, whatever else it tells.
_MORE: Final = re.compile(
    r"\bkill|\binjur|\bwound|\bhurt\b|\battack|\bassault|\bbeat(?:en)? up\b|\bclash|\bvandal|\bdamag|"
    r"\bknock(?:ed)? down|\bset (?:fire|ablaze)|\btorch|\bstones?\b|\bbricks?\b|\bblock|\bbarricad|"
    r"\bpolice|\bdispers|\btear ?-?gas|\bchased?\b|\bbombs?\b",
    re.IGNORECASE,
)

# A lead read as mob violence whose paragraph tells an effigy (burnt, hung, paraded) and no one harmed,
# nothing else broken and no police stepping in is a peaceful protest: ACLED codes an effigy burnt as a
# demonstration's symbolic act. Of ACLED's training notes that tell an effigy, 31 of 35 are peaceful
# protests (none mob violence; 3 violent demonstrations and an attack, each telling a road blocked, a
# stage knocked down or someone assaulted); all 22 that tell none of the words below are.
burnt_effigy: Final = LeadRule(
    readings=frozenset({MOB_VIOLENCE}),
    tells=ParagraphTells(_EFFIGY, _MORE),
    becomes=PEACEFUL_PROTEST,
)
