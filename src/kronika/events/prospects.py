"""Event nouns told only as a prospect or as called off ('analysts expect more protests', 'talks are due to
resume', 'the rally was cancelled', 'there were no reports of violence'), and events someone goes to or takes
part in, which share that verb's modals and negation (`attended`: 'will travel to Paris for talks')."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.model import Modality
from kronika.nlp import has_aux
from kronika.textnorm import with_typographic

# Verbs whose object is an event that has not happened yet: 'observers predict fresh clashes'.
_EXPECTING: Final = frozenset({"expect", "predict", "forecast", "anticipate", "foresee"})
# Adjectives after 'be' that put the subject's event ahead: 'talks are due to resume', 'likely to focus'.
_AHEAD_ADJECTIVES: Final = frozenset({"due", "likely", "unlikely", "set", "poised", "scheduled", "slated"})
# Passive verbs that do the same with a to-infinitive or in the present: 'talks are expected to resume',
# 'a rally is planned for Friday'.
_AHEAD_VERBS: Final = frozenset({"expect", "schedule", "slate", "set", "plan"})
# What a place or a force is open to: 'vulnerable to attack', 'safe from air strikes'.
_EXPOSED: Final = frozenset({"vulnerable", "safe", "immune", "exposed", "susceptible", "prone", "open"})
# Nouns after 'be' that make the subject's event a prospect: 'renewed fighting is a possibility'.
_PROSPECT_NOUNS: Final = frozenset({"possibility", "prospect", "option", "likelihood"})
# Present forms of "be" as an auxiliary: 'talks are scheduled', 'he is being held'.
PRESENT_BE: Final = with_typographic({"is", "are", "am", "'s", "'re"})
# Verbs that call an event off before it takes place ('the summit was postponed'); 'suspended the talks'
# and 'delayed the vote' tell an event that went on or came later, so they are not among them.
_CALLING_OFF: Final = frozenset({"cancel", "postpone", "scrap", "defer", "shelve"})
_OFF_PHRASES: Final = frozenset({"call", "put"})  # 'called off', 'put off'
# Scheduling words on a noun that hold it ahead when they say what for: 'talks due to recommence'.
_SCHEDULING: Final = frozenset({"due", "scheduled", "schedule", "set", "slated", "slate", "planned", "plan"})
_SET_FOR: Final = frozenset({"for", "on", "in"})
_COMING: Final = frozenset({"next", "coming"})  # 'the talks next week'
# Adjectives that hold an event ahead unless a past verb tells it done ('Trump's planned withdrawal', 'a
# possible withdrawal'; 'carried out a planned attack', 'a possible accidental shooting left a man dead').
# 'Upcoming', 'potential', 'proposed' and their like hold it unsure whatever the verb (modality._UNREALISED).
_AHEAD_WORDS: Final = frozenset({"planned", "promised", "possible", "prospective", "eventual"})
# Nouns that hold a run of one event: 'a sixth round of talks', 'a new wave of strikes'.
_ROUNDS: Final = frozenset({"round", "wave", "series", "day", "week", "session"})
# Verbs by which someone goes to an event or takes part in it ('attend the talks', 'travel to Paris for
# talks', 'participate in negotiations'): the event shares their modals, tense and negation.
_ATTENDING_OBJECTS: Final = frozenset({"attend", "join", "boycott", "skip"})
_GOING: Final = frozenset({"travel", "go", "head", "fly", "come", "arrive", "return", "leave"})
_TAKING_PART: Final = frozenset({"participate", "take", "engage", "join"})
# Nouns that report an event, whose 'no' denies it: 'no reports of violence', 'no sign of fighting'.
_REPORT_NOUNS: Final = frozenset({"report", "sign", "evidence", "indication", "word", "trace", "record"})


def prospect(noun: Token) -> Modality | None:
    """The modality an event noun takes from how its clause holds it: expected or scheduled (future), called
    off or reported absent (negated), a condition or what one is open to (hypothetical); None where the
    clause says none of these."""
    if noun.pos_ != "NOUN":
        return None
    if _reported_absent(noun):
        return "negated"
    if _in_case_of(noun) or _exposed_to(noun):
        return "hypothetical"  # 'in the event of an offensive', 'left vulnerable to Turkish attack'
    if _begun(noun):
        return None  # 'protests that began on Monday are expected to continue'
    held = _holder(noun)
    head = held.head
    if held.dep_ in ("dobj", "nsubjpass") and _called_off(head):
        return "negated"  # 'the planned summit was postponed', 'police cancelled the march'
    if _modified_ahead(noun):
        return "future"  # 'talks planned for later this month', 'the summit next week'
    if held.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _EXPECTING:
        return "future"  # 'analysts expect more protests', 'more strikes are expected'
    if held.dep_ in ("nsubj", "nsubjpass") and _held_ahead(head):
        return "future"  # 'talks are due to resume on Thursday', 'a new round of talks is due to begin'
    return None


def _in_case_of(noun: Token) -> bool:
    """'In the event of an attack', 'in case of an offensive': a condition, no event."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    case = of.head
    if case.dep_ != "pobj" or case.head.lower_ != "in":
        return False
    # the idiom's own words only: 'in the specific case of Saturday's attack' tells that attack
    words = {c.lower_ for c in case.children if c.i != of.i}
    return (case.lower_ == "event" and words <= {"the"}) or (case.lower_ == "case" and not words)


def _exposed_to(noun: Token) -> bool:
    """'Vulnerable to Turkish attack', 'safe from air attack', 'exposed to reprisals': what a place or a
    force is open to, not what befell it."""
    word = noun.head
    if noun.dep_ != "pobj" or word.lower_ not in ("to", "from", "against"):
        return False
    return word.head.pos_ == "ADJ" and word.head.lemma_.lower() in _EXPOSED


def held_by(noun: Token) -> Token:
    """The noun whose place in its clause holds an event noun's: the first of nouns joined by 'and'
    ('called a new day of strikes and protests': 'protests' is held as 'strikes' is), and the round it is a
    round of ('a new day of strikes': 'day'); the noun itself otherwise, or for any other word."""
    if noun.pos_ != "NOUN":
        return noun
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i:
        noun = noun.head
    return _holder(noun)


def _holder(noun: Token) -> Token:
    """The noun whose place in the clause holds the event: 'a new round of talks' is held by 'round'."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _ROUNDS:
        return noun.head.head
    return noun


def _modified_ahead(noun: Token) -> bool:
    """Whether a word on the noun puts it ahead: a participle or adjective of scheduling with what it is
    set for ('talks due to recommence', 'talks planned for later this month'), a relative clause that holds
    it ahead ('talks that are due to restart') or a coming period ('the summit next week', 'the next
    meeting'). 'Ahead of the talks' is no such word: a past story tells what came before talks since held
    (judged Guardian readings, study: 4 real, 3 noise)."""
    for child in noun.children:
        lemma = child.lemma_.lower()
        if child.dep_ in ("acl", "amod") and lemma in _SCHEDULING and _set_for(child):
            return True
        if child.dep_ == "relcl" and _held_ahead(child):
            return True
        if child.dep_ == "npadvmod" and any(c.lower_ in _COMING for c in child.children):
            return True
        if child.dep_ == "amod" and child.lower_ in _COMING:
            return True  # 'the next meeting'
        if child.dep_ == "amod" and child.lower_ in _AHEAD_WORDS and not _done_after_all(noun):
            return True
    return False


def _done_after_all(noun: Token) -> bool:
    """'Gunmen carried out a planned attack', 'a possible accidental shooting left a man dead', 'the planned
    march went ahead': the subject or object of a past verb was done after all, whatever was planned."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.tag_ == "VBD" or has_aux(verb, "have")


def _set_for(word: Token) -> bool:
    """'Due to resume', 'planned for Friday', 'scheduled on 3 May': what it is set for, written out."""
    return any(
        (c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children))
        or (c.dep_ == "prep" and c.lower_ in _SET_FOR)
        for c in word.children
    )


# words by which a past-tense clause still tells its event ahead: 'that was due to begin', 'was scheduled for'
_DUE: Final = frozenset({"due", "schedule", "scheduled", "expect", "plan", "set"})


def _begun(noun: Token) -> bool:
    """Whether a clause on the noun tells its event as under way or done: 'that began on Monday' (not 'that
    was due to begin on Sunday', which tells it ahead)."""
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or any(t.lemma_.lower() in _DUE for t in clause.subtree):
            continue
        if clause.tag_ == "VBD" or any(a.lemma_ == "have" and a.dep_ == "aux" for a in clause.children):
            return True
    return False


def _called_off(verb: Token) -> bool:
    """'cancelled', 'postponed', 'called off', 'put off'."""
    lemma = verb.lemma_.lower()
    if lemma in _CALLING_OFF:
        return True
    return lemma in _OFF_PHRASES and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _held_ahead(verb: Token) -> bool:
    """Whether the verb holds its subject's event ahead: 'be' with 'due', 'likely', 'set to', or a present
    passive of expecting or scheduling ('are expected to resume', 'is planned for Friday')."""
    children = list(verb.children)
    if verb.lemma_.lower() == "be":
        if any(c.dep_ == "attr" and c.lemma_.lower() in _PROSPECT_NOUNS for c in children):
            return True  # 'renewed fighting is a possibility'
        ahead = [c for c in children if c.dep_ == "acomp" and c.lemma_.lower() in _AHEAD_ADJECTIVES]
        return any(not _looks_back(c) for c in ahead)
    if verb.lemma_.lower() not in _AHEAD_VERBS or verb.tag_ != "VBN" or _looks_back(verb):
        return False
    if any(c.dep_ == "xcomp" and any(t.tag_ == "TO" for t in c.children) for c in children):
        return True  # 'are expected to resume', 'is set to begin'
    return any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in children)


def _looks_back(word: Token) -> bool:
    """'The attack is likely to have been carried out by ...': a perfect infinitive tells a past act."""
    verbs = [c for c in word.children if c.dep_ == "xcomp"]
    return any(a.dep_ == "aux" and a.lemma_ == "have" for v in verbs for a in v.children)


def _reported_absent(noun: Token) -> bool:
    """'There were no reports of violence', 'no sign of fighting': a report denied denies its event."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    holder = noun.head.head
    if holder.lemma_.lower() not in _REPORT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children)


def attended(noun: Token, verb: Token) -> bool:
    """Whether the noun names an event the verb's subject goes to or takes part in ('will attend the summit',
    'will travel to Paris for talks', 'will not participate in any negotiations'): it shares the verb's
    modals, tense and negation."""
    lemma = verb.lemma_.lower()
    if noun.dep_ == "dobj":
        return lemma in _ATTENDING_OBJECTS
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head.lower_
    return (lemma in _GOING and preposition in ("for", "to")) or (
        lemma in _TAKING_PART and preposition == "in"
    )
