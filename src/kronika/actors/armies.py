"""Named non-state armies: "the Kuki-Chin National Army" is a rebel group, not a state's military."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Token

from kronika.actors.cues import NAME_JOINERS, place_matches
from kronika.actors.lexicon import ActorLexicon, LexiconEntry
from kronika.textnorm import with_typographic

# Words such a name puts before its head ("National", "Liberation") that name nobody by themselves.
QUALIFIERS: Final = frozenset(
    {
        "national",
        "liberation",
        "independence",
        "salvation",
        "revolutionary",
        "resistance",
        "democratic",
        "people",
        "peoples",
        "popular",
        "land",
        "local",
        "community",
        "nationalities",
        "-",
    }
) | with_typographic({"people's", "'s"})
# Training notes code a named "X National/Liberation/Independence Army" as a rebel group (TPNPB, KIA,
# KNLA, ARSA, KNA: 230 of 230 coded inter 2) and a named "X Defence Force" as a militia (SLDF, YDF, KNDF,
# the local PDFs: 370 of 370 coded inter 3); a state's are named by its country ("the Nigerian Army",
# "Kenya Defence Forces"), which this leaves to the lexicon and the place words.
ARMY_SECTORS: Final = {"army": "REB", "force": "UAF", "forces": "UAF"}
DEFENCE: Final = frozenset({"defence", "defense"})


def named_army_sector(core: Sequence[Token], head: Token, lexicon: ActorLexicon) -> str | None:
    """The sector of a capitalised non-state army's name ending at `head`, or None for anything else.

    The name must be capitalised throughout, hold at least one word besides the qualifiers and a
    "Defence" before "Force", and name no country, capital or people (those are a state's forces).
    """
    key = head.lower_
    if key not in ARMY_SECTORS or not head.text[:1].isupper():
        return None
    name = _name_run(core, head)
    if key != "army":
        if not name or name[-1].lower_ not in DEFENCE:
            return None
        name = name[:-1]
    words = [t for t in name if t.lower_ not in QUALIFIERS]
    if not words or any(not t.text[:1].isupper() for t in words):
        return None
    if place_matches(list(name), lexicon):
        return None
    return ARMY_SECTORS[key]


def _name_run(core: Sequence[Token], head: Token) -> list[Token]:
    """The capitalised words (and the hyphens and "'s" inside them) just before the head."""
    run: list[Token] = []
    for token in reversed([t for t in core if t.i < head.i]):
        joiner = token.text in NAME_JOINERS
        if not (joiner or token.text[:1].isupper()):
            break
        run.insert(0, token)
    while run and run[0].text in NAME_JOINERS:
        run.pop(0)
    return run


# Armed men of a people rather than its state: "Ethiopian raiders", "Somali militia", "Sudanese bandits"
# (notes code such a group as an identity or political militia, never as the state's forces).
ARMED_PEOPLE: Final = frozenset(
    {
        "raider",
        "raiders",
        "bandit",
        "bandits",
        "gunman",
        "gunmen",
        "militia",
        "militias",
        "militiaman",
        "militiamen",
        "attacker",
        "attackers",
        "assailant",
        "assailants",
        "rustler",
        "rustlers",
        "tribesmen",
    }
)


def armed_people_noun(demonym: Token) -> Token | None:
    """The armed men's noun a nationality adjective qualifies, when the doer phrase holds only the
    adjective: its head ("Ethiopian raiders attack") or, where the parser made the adjective the
    subject and the noun a compound of the verb ("Somali militia shoots"), the word right after it."""
    candidates = [demonym.head] if demonym.dep_ == "amod" else []
    if demonym.i + 1 < len(demonym.doc):
        candidates.append(demonym.doc[demonym.i + 1])
    return next((t for t in candidates if t.i == demonym.i + 1 and t.lower_ in ARMED_PEOPLE), None)


# A sniper is a marksman of a force: one a state's word qualifies ("a regime sniper", "Israeli snipers",
# "army snipers") is that state's military. Training notes code 17 of 17 such snipers as state or foreign
# forces; a named group's ("a Taliban sniper") is that group's, as its name says.
STATE_WORDS: Final = frozenset({"GOV", "MIL"})


def state_sniper(
    head: Token, modifiers: Sequence[LexiconEntry], core: Sequence[Token], lexicon: ActorLexicon
) -> bool:
    """Whether a phrase headed by "sniper(s)" names a state's sniper: by a state's word or a country's."""
    if head.lemma_.lower() != "sniper":
        return False
    if any(m.sector in STATE_WORDS for m in modifiers):
        return True
    places = place_matches([t for t in core if t.i < head.i], lexicon)
    return any(p[2].kind in ("demonym", "country") for p in places)
