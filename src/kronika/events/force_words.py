"""The words ACLED's notes and the news name a state's forces by: one core vocabulary and named extras."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class ForceWords:
    """Words that name forces, each a regex alternative: one word or phrase with the inflections it takes
    ("officers?", "police\\w*"). A rule composes its pattern from the core and the extras it counts with."""

    alternatives: tuple[str, ...]

    def __add__(self, other: ForceWords) -> ForceWords:
        """These words and then `other`'s, each once."""
        added = tuple(word for word in other.alternatives if word not in self.alternatives)
        return ForceWords(self.alternatives + added)

    def without(self, *words: str) -> ForceWords:
        """These words less `words`, each of which must be one of them (a word that is not fails at import,
        so a misspelt exception cannot quietly leave the word in)."""
        missing = [word for word in words if word not in self.alternatives]
        if missing:
            raise ValueError(f"not among the force words: {missing}")
        return ForceWords(tuple(word for word in self.alternatives if word not in words))

    def replacing(self, word: str, by: str) -> ForceWords:
        """These words with `word` (one of them) told in the form `by` instead ("soldiers?" by "soldiers"
        where a rule was counted with the plural alone), in its place."""
        if word not in self.alternatives:
            raise ValueError(f"not among the force words: {word!r}")
        return ForceWords(
            tuple(by if alternative == word else alternative for alternative in self.alternatives)
        )

    def initial_either_case(self) -> ForceWords:
        """These words for a case-sensitive pattern: a word starting with a small letter takes either case
        there ("[Pp]olice\\w*"), one starting with a capital (an acronym, a name) only that capital."""
        return ForceWords(tuple(_initial_either_case(word) for word in self.alternatives))

    @property
    def group(self) -> str:
        """The words as one non-capturing regex group, "(?:police\\w*|officers?|...)"."""
        return "(?:" + "|".join(self.alternatives) + ")"


def _initial_either_case(word: str) -> str:
    """`word` with a small first letter matching either case ("army" -> "[Aa]rmy")."""
    first = word[0]
    return f"[{first.upper()}{first}]{word[1:]}" if first.islower() else word


# The core: the words every rule naming a state's forces on the ground reads them by. "police\w*" takes in
# policeman, policemen and policewomen; "gendarm\w*" the gendarmes and the gendarmerie.
CORE: Final = ForceWords(
    (r"police\w*", r"officers?", r"soldiers?", "troops", "army", "military", r"gendarm\w*", "security forces")
)

# Men of a force told by their rank or duty rather than their force ("two constables", "security personnel").
MEN_ON_DUTY: Final = ForceWords((r"constables?", "security personnel"))

# Bangladesh's forces by their names: the Rapid Action Battalion, Border Guard Bangladesh and the Ansar
# auxiliaries (ACLED's South Asia notes name them so, without "police" or "army").
BANGLADESH_FORCES: Final = ForceWords(("RAB", "BGB", "Ansar"))

# India's Border Security Force, which the notes of Bangladesh's border name as the BSF.
INDIA_BORDER_FORCE: Final = ForceWords(("BSF",))

# Indonesia's forces by their names: the civil service police unit (Satpol PP, the public order agency in
# English) and the armed forces (TNI).
INDONESIA_FORCES: Final = ForceWords(("Satpol PP", "Public Order Agency", "TNI"))

# The sea and border arms of a state: its navy, marines and border guards.
SEA_AND_BORDER: Final = ForceWords(("marines", "navy", "border guards?"))

# Law enforcers, law enforcement (agencies), the usual words of Bangladeshi and US reports for the police.
LAW_ENFORCERS: Final = ForceWords((r"law enforc\w*",))

# Guards of any kind (border, prison, security, presidential guards), as those who may fire on a crowd.
GUARDS: Final = ForceWords((r"guards?",))

# Armed men who fire on crowds for a government without being its forces: pro-government militias and
# Venezuela's colectivos.
PRO_GOVERNMENT_ARMED: Final = ForceWords((r"militia\w*", "colectivos"))

# A state's forces named by who commands them or what they are for: security, armed, government, state,
# federal or defence forces.
COMMANDED_FORCES: Final = ForceWords((r"(?:security|armed|government|state|federal|defen[cs]e) forces",))

# A state named as the body that holds territory or commands its forces: its government or regime.
STATE_ITSELF: Final = ForceWords(("government", "regime"))

# Forces or security men of any kind, as a bare word: "forces" alone (security, government, joint forces)
# and "security" before any noun (security men, agents, officials).
ANY_FORCES: Final = ForceWords(("security", "forces"))

# The authorities, as the notes name whoever acts for a state on a crowd or a road without naming its force
# ("authorities dispersed the sit-in", "authorities blocked the road").
AUTHORITIES: Final = ForceWords(("authorities",))
