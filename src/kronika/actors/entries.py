"""Which lexicon entry a phrase means: a telling modifier over a generic head, a coder's likely group
over an unknown one."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.actors.cues import lexicon_matches
from kronika.actors.heads import is_member_head
from kronika.actors.keys import word_key
from kronika.actors.lexicon import ActorLexicon, LexiconEntry

# Heads too general to name an actor when a modifier says more: "military authorities", "Hamas supporters".
GENERIC_HEADS = frozenset(
    word_key(w)
    for w in [
        "official", "officials", "officer", "officers", "staff", "authority", "authorities", "supporter",
        "supporters", "force", "forces", "member", "members", "leader", "leaders", "group", "groups",
        "people", "personnel", "office", "administration", "camp", "spokesman", "spokeswoman",
        "spokesperson", "representative", "representatives", "aide", "aides", "state", "reinforcement",
        "reinforcements",
    ]
)  # fmt: skip

# Words that open a coder's guess at who the unknown doer was: "unknown armed group (likely X)",
# "gunmen believed to belong to X". Only a named rebel group is taken: over the training notes an
# "unknown armed group (likely Al Shabaab ...)" is coded as that rebel group two times in three, while
# guesses at a people or a party ("likely Muslims", "likely BNP") stay militias.
_HEDGES = frozenset(
    {"likely", "probably", "possibly", "presumably", "suspected", "suspectedly", "believed", "allegedly"}
)
_REACH = 6  # words between the hedge and the group's name ("believed to be members of the")
_CLOSERS = frozenset({")", ",", ".", ";"})


def likely_group(head: Token, lexicon: ActorLexicon) -> LexiconEntry | None:
    """The rebel group named (not "rebels") in a hedge right after the head, if any: in a parenthesis,
    or as "believed to belong to" (read in the document: a doer's span often ends before the hedge)."""
    doc = head.doc
    k = head.i + 1
    opened = k < len(doc) and doc[k].text in ("(", ",")
    k += opened
    if k + 1 >= len(doc) or doc[k].lower_ not in _HEDGES:
        return None
    if doc[head.i + 1].text != "(" and doc[k + 1].lower_ not in ("to", "of"):
        return None  # outside a parenthesis only "believed to ...", "suspected of ..." hedge
    inside: list[Token] = []
    for token in doc[k + 1 : k + 1 + _REACH + 8]:
        if token.text in _CLOSERS:
            break
        inside.append(token)
    for start, _, entry in lexicon_matches(inside, lexicon):
        if start - k <= _REACH and entry.sector == "REB" and not entry.pattern[:1].islower():
            return entry
    return None


# Words that tie an unknown doer to the group it serves: "assailants belonging to the X", "gunmen of the
# X brigade", "a man with suspected ties to X", "fighters loyal to X", "militants affiliated with X".
_TIES: Final = (
    ("belonging", "to"), ("belongs", "to"), ("affiliated", "with"), ("affiliated", "to"), ("loyal", "to"),
    ("linked", "to"), ("of",), ("with", "ties", "to"), ("with", "links", "to"),
)  # fmt: skip
_TIE_HEDGES: Final = frozenset({"suspected", "alleged", "reported", "close", "known"})
# Who a tie names: a state's forces, a rebel group or a gang, or a militia by its name; a generic
# "militia" or "group" tells no more than the unknown doer itself.
_SWORN_TO: Final = frozenset({"MIL", "COP", "SPY", "REB", "CRM"})


def sworn_group(head: Token, lexicon: ActorLexicon) -> LexiconEntry | None:
    """The armed group or force an unknown doer is said to belong to right after its head, if any."""
    after = [t for t in head.doc[head.i + 1 : head.i + 6] if t.lower_ not in _TIE_HEDGES]
    words = tuple(t.lower_ for t in after)
    tie = next((t for t in _TIES if words[: len(t)] == t), None)
    if tie is None:
        return None
    k = after[len(tie) - 1].i + 1  # the first word after the tie
    inside: list[Token] = []
    for token in head.doc[k : k + _REACH + 2]:
        if token.text in _CLOSERS:
            break
        inside.append(token)
    for start, _, entry in lexicon_matches(inside, lexicon):
        named = not entry.pattern[:1].islower()
        if start - k <= _REACH and (entry.sector in _SWORN_TO or (entry.sector == "UAF" and named)):
            return entry
    return None


# A state force's generic word before a unit's code names that force's unit: "the military LIB 142",
# "Myanmar military LIR-438" (Myanmar's notes name the battalion that fired). Of 87 training notes
# naming a LIB, LIR, IB or MOC, 51 code state forces first, and 27 of those read the unit as an unknown
# armed group while the code was taken for a name.
_UNIT_FORCES = frozenset({"MIL", "COP"})


def _unit_of(force: LexiconEntry, head: Token) -> bool:
    """Whether `head` is a unit's code ("LIB-437", "MOC-8", "IB") that a generic state force's word names."""
    generic = force.sector in _UNIT_FORCES and force.pattern[:1].islower()
    code = head.text.replace("-", "")
    return generic and code.isalnum() and code[:1].isupper() and code.upper() == code and len(code) > 1


def telling_entry(
    entry: LexiconEntry | None, modifiers: list[LexiconEntry], head_words: list[Token], head: Token
) -> LexiconEntry | None:
    """The entry a phrase means: a telling modifier beats a generic or member head ("Taliban militants")."""
    head_key = tuple(word_key(t.text) for t in head_words if word_key(t.text))
    if not modifiers:
        return entry
    last = modifiers[-1]
    if entry is None:
        # 'the al-Shabab group', 'the Hamas authorities': a generic head the lexicon has no word for
        generic = word_key(head.text) in GENERIC_HEADS
        return last if is_member_head(head) or _unit_of(last, head) or generic else None
    if len(head_key) == 1 and head_key[0] in GENERIC_HEADS:
        return last
    armed = ("REB", "UAF", "MIL", "CRM")
    named = not last.pattern[:1].islower()
    # a named group's own police or security forces are that group ("HTS security forces")
    head_armed = (*armed, "COP", "SPY")
    if named and entry.pattern[:1].islower() and entry.sector in head_armed and last.sector in armed:
        return last  # "Taliban militants" are the Taliban, "IS fighters" are IS
    return entry
