"""A detention told as a standing state, not an arrest: 'is being held in a camp', 'fighters held by the
SDF', 'remains in detention', 'his prolonged detention'."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry
from kronika.events.prospects import PRESENT_BE
from kronika.nlp import has_aux

# Verbs of keeping someone detained, whose present passive tells where they are, not that they were taken.
_DETAINING: Final = frozenset({"hold", "detain", "imprison", "jail", "keep", "intern", "incarcerate"})
# Of these, the ones whose participle after a noun names a state ('foreigners held by the Kurds'); 'a man
# detained on Monday' often tells the arrest itself.
_KEEPING: Final = frozenset({"hold", "keep"})
_STAYING: Final = frozenset({"remain", "stay", "be", "languish", "spend", "sit"})
# The small model parses 'remains detained' with 'remains' as the passive auxiliary.
_STAYING_FORMS: Final = frozenset({"remain", "remains", "remained", "stay", "stays", "stayed"})
# What a holding is for, which tells a fresh arrest: 'is being held on suspicion of murder', 'held for
# questioning', 'held in connection with the shooting'.
_CHARGING: Final = frozenset({"suspicion", "charge", "charges", "questioning", "connection", "allegation"})
# 'currently held', 'still held': a detention told as it stands now
_NOW: Final = frozenset({"currently", "still", "now"})
_SPANS: Final = frozenset({"year", "month", "week", "decade", "day"})
_DETENTION_NOUNS: Final = frozenset({"detention", "custody", "captivity", "prison", "jail"})
# words telling how long a detention has lasted ('two-year-long', whose last word the parse hangs on it)
_LASTING: Final = frozenset(
    {"long", "lengthy", "prolonged", "protracted", "indefinite", "continued", "ongoing"}
)


def held_state(token: Token, entry: TriggerEntry) -> bool:
    """Whether a detention trigger tells where someone is kept, not an arrest: a present passive ('are held
    in prisons', 'is being held'), a participle after a noun for holding ('a Briton held by Kurds'), a
    participle or noun after 'remain' ('remains detained', 'remains in detention'), a holding told by how
    long it has lasted ('held since 2015', `_lasted`), or told under way ('camps holding their wives')."""
    if entry.plover != "COERCE" or entry.extras:
        return False
    lemma = token.lemma_.lower()
    if entry.pos == "N":
        return lemma in _DETENTION_NOUNS and (_kept_in(token) or _lasting(token))
    if lemma in _KEEPING and token.tag_ == "VBG" and has_aux(token, "be"):
        return True  # 'camps which are holding the fighters' wives', 'where they were holding him'
    if lemma not in _DETAINING or token.tag_ != "VBN" or _for_charges(token):
        return False
    if token.dep_ == "acl" and lemma in _KEEPING:
        return True
    if lemma in _KEEPING and _lasted(token):
        # 'have been held for two years in camps', 'held by an Islamist group since 2015' ('have been
        # detained since the vote' tells the arrests)
        return True
    if token.dep_ in ("acomp", "xcomp", "oprd") and token.head.lemma_.lower() in _STAYING:
        return True  # 'remains detained'
    return _present_passive(token)


def _lasted(verb: Token) -> bool:
    """'Held since 2015', 'held for up to two years', 'currently held': a detention told by how long it has
    gone on, or as it stands now (judged Guardian readings, study: 4 such states, no arrest)."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in _NOW:
            return True
        if child.dep_ == "prep" and child.lower_ == "since":
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(_a_while(o) for o in child.children):
            return has_aux(verb, "have")  # 'were held for a week by the rebels': a kidnapping now over
    return False


def _a_while(noun: Token) -> bool:
    """'Two years', 'months', 'decades': a span of time, the object of 'for'."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in _SPANS


def _for_charges(verb: Token) -> bool:
    """'Held on suspicion of murder', 'held for questioning', 'in connection with the shooting'."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    return any(o.lemma_.lower() in _CHARGING for p in preps for o in p.children if o.dep_ == "pobj")


def _present_passive(verb: Token) -> bool:
    """'Is held', 'are being held', 'is currently detained'; 'was held' and 'have been detained' tell acts."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _STAYING_FORMS for a in auxes):
        return True  # 'remains detained'
    if any(a.lemma_ in ("have", "will") or a.tag_ == "MD" for a in auxes):
        return False
    return any(a.lower_ in PRESENT_BE for a in auxes) and any(a.dep_ == "auxpass" for a in auxes)


def _lasting(noun: Token) -> bool:
    """'Its two-year-long detention of a pastor', 'his prolonged detention': custody told by how long it has
    lasted, a state, not the arrest."""
    return any(c.dep_ == "amod" and c.lower_ in _LASTING for c in noun.children)


def _kept_in(noun: Token) -> bool:
    """'Remains in detention', 'is in custody': the noun after 'in' on a verb of staying."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return False
    return noun.head.head.lemma_.lower() in _STAYING
