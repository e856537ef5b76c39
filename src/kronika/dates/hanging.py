"""What a time expression hangs on in the parse: an arrest or statement after the incident, a future or
scheduled act, a thing that is no incident."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kronika.dates.expressions import TimeExpression
from kronika.dates.incident_words import INCIDENT_LEMMAS, released_call
from kronika.textnorm import with_typographic

# what police and courts do to a suspect, which follows the incident of necessity (a statement may speak of
# another matter)
JUSTICE_LEMMAS = frozenset(
    {"arrest", "charge", "book", "indict", "arraign", "plead", "convict", "jail", "detain"}
)
# what follows an incident and has a day of its own: the arrest, the charge, the hearing and what a court
# orders or denies there ('ordered to stand trial', 'denied bond at a court appearance Monday'), the
# statement, and a state still holding when the report was written ('remained in critical condition Sunday');
# an indictment 'unsealed today' is the court's act of that day
AFTERMATH_LEMMAS = JUSTICE_LEMMAS | frozenset({
    "sentence", "unseal", "identify", "release", "hold", "appear", "file", "say", "tell", "announce",
    "report", "confirm", "state", "remain", "order", "deny", "appearance", "hearing", "arraignment",
})  # fmt: skip

INFLECTION = re.compile(r"(?:ed|ing|s)$")

FUTURE_AUXILIARIES = with_typographic({"will", "'ll", "shall"})
SCHEDULING_LEMMAS = frozenset({"schedule"})
# verbs that set an act for a day ahead, whether the day hangs on the verb or on its act ('called a strike for
# Tuesday')
SET_FOR_LEMMAS = frozenset({"call", "plan", "set", "slate", "announce", "schedule", "organise", "organize"})
# a report tells its past in the past tense: a day on a present-tense act of coming back or starting is
# the schedule of one ahead ('when students return to school on Monday', 'classes resume Tuesday', 'he
# returns to court Friday')
RESUMING_LEMMAS = frozenset({"return", "resume", "reopen", "begin", "start"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
# 'when students and staff return to classes': the parse may take the verb after a noun for a noun, though it
# heads the clause (a noun 'return' in a phrase, 'on his return home', is no clause's head)
NOUN_VERBS = frozenset({"return", "resume", "reopen"})
CLAUSE_EDGES = frozenset({"advcl", "conj"})


def ahead(doc: Doc, found: TimeExpression) -> bool:
    """The expression hangs on a verb in the future ('will be held Thursday'), one of scheduling, or a
    present-tense act of coming back or starting (`resumes`)."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    verb = hanging_verb(span)
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)
    scheduled = verb.lemma_.lower() in SCHEDULING_LEMMAS or _set_for(span) or _ahead_of(span)
    return future or scheduled or resumes(verb)


def _ahead_of(span: Span) -> bool:
    """'ahead of the January election', 'in the run-up to Sunday's vote': a day of an event still to come."""
    above = list(span.root.ancestors)[:4]
    return any(
        t.lower_ == "ahead" or (t.lower_ == "up" and any(c.lower_ == "run" for c in t.children))
        for t in above
    )


def _set_for(span: Span) -> bool:
    """'called a general strike for Tuesday', 'a rally planned for Friday': a day an act is called, planned
    or set for is one still ahead of the call."""
    prep = span.root.head
    if prep.lower_ != "for" or prep.dep_ != "prep" or span.root.dep_ != "pobj":
        return False
    owner = prep.head
    return owner.lemma_.lower() in SET_FOR_LEMMAS or (
        owner.pos_ == "NOUN" and owner.head.lemma_.lower() in SET_FOR_LEMMAS
    )


def resumes(verb: Token) -> bool:
    """The verb tells in the present tense a coming back or a start still ahead ('pupils return to class
    on Tuesday'); not shots or a fight starting, nor fire returned ('officers return fire'), which a
    headline may tell in the present of a day past."""
    lemma = verb.lemma_.lower()
    misread = verb.tag_ == "NN" and lemma in NOUN_VERBS and verb.dep_ in CLAUSE_EDGES
    if lemma not in RESUMING_LEMMAS or not (verb.tag_ in PRESENT_TAGS or misread):
        return False
    return not any(c.lemma_.lower() in INCIDENT_LEMMAS for c in verb.children if c.dep_ in {"nsubj", "dobj"})


def dates_aftermath(doc: Doc, found: TimeExpression) -> bool:
    """The expression hangs on an arrest, charge, hearing or statement ('police said Monday', 'was
    arrested on Sept. 28'), on a call made public later ('released audio from two 911 calls on Monday'), or
    on a victim's condition ('was in critical condition Sunday')."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    verb = hanging_verb(span)
    return is_after(verb, AFTERMATH_LEMMAS) or released_call(verb) or in_condition(verb) or surrenders(verb)


SURRENDER_LEMMAS = frozenset({"surrender"})
REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def surrenders(verb: Token) -> bool:
    """The verb tells a suspect giving himself up ('turned himself in Thursday night', 'surrendered to
    police Wednesday'): a day on it dates the surrender, which follows the incident as an arrest does."""
    lemma = verb.lemma_.lower()
    if lemma in SURRENDER_LEMMAS:
        return True
    return lemma == "turn" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)


# a victim's condition told as the report found it: 'was in critical condition Sunday', 'was listed in
# stable condition Monday' (as 'remained hospitalized Sunday' is, through 'remain' among AFTERMATH_LEMMAS)
CONDITION_VERBS = frozenset({"be", "list"})
CONDITION_NOUNS = frozenset({"condition"})


def in_condition(verb: Token) -> bool:
    """The verb tells a victim's condition ('were out of critical condition Sunday'): a day on it dates
    the report of the victim's state, which may come days after the harm, not the harm itself."""
    if verb.lemma_.lower() not in CONDITION_VERBS:
        return False
    phrases = (c for c in verb.children if c.dep_ == "prep")
    return any(t.dep_ == "pobj" and t.lemma_.lower() in CONDITION_NOUNS for p in phrases for t in p.subtree)


def hanging_verb(span: Span) -> Token:
    """The word a time expression hangs on, past a preposition ('remained at large Monday': 'remained'),
    and past the place a preposition names where the parse hangs the day on it ('pleaded not guilty in a
    courtroom Tuesday': 'pleaded'; a day tells when something happened, not when a place was), but not past
    an incident's own word ('charged in the shooting Wednesday': the shooting's day), and the incident noun
    whose phrase a day closes, though the parse hangs it on the act around it (`_closing_incident_noun`)."""
    verb = span.root.head
    if _on_place_noun(span.root) and verb.lemma_.lower() not in INCIDENT_LEMMAS:
        verb = verb.head
    verb = verb.head if verb.pos_ == "ADP" else verb
    return _closing_incident_noun(span, verb) or verb


def _closing_incident_noun(span: Span, verb: Token) -> Token | None:
    """'was charged in the fatal shooting of his brother around 1:54 a.m. Wednesday': a day closing the
    phrase of an incident noun, with no verb between them, is the incident's day, though the parse hangs it
    on an arrest, charge or statement around it (as 'charged in the shooting Wednesday' is, where the parse
    hangs it on the noun)."""
    if not is_after(verb, AFTERMATH_LEMMAS) or span.root.head.i != verb.i:
        return None
    before = span.doc[span.root.sent.start : span.start]
    nouns = [
        t for t in before if t.pos_ == "NOUN" and t.lemma_.lower() in INCIDENT_LEMMAS and not _names_charge(t)
    ]
    if not nouns:
        return None
    between = span.doc[nouns[-1].i + 1 : span.start]
    return None if any(t.pos_ in {"VERB", "AUX"} for t in between) else nouns[-1]


def _names_charge(noun: Token) -> bool:
    """The noun names a charge, not the incident: 'charged with murder Friday', 'filed murder charges
    Monday' (a noun modifying another is no phrase of its own)."""
    charged_with = noun.head.lower_ == "with" and is_after(noun.head.head, AFTERMATH_LEMMAS)
    return charged_with or noun.dep_ in {"compound", "amod", "nmod"}


def _on_place_noun(word: Token) -> bool:
    """The parse hangs the word as a bare noun phrase ('Tuesday') on a preposition's object."""
    head = word.head
    return word.dep_ == "npadvmod" and head.dep_ == "pobj" and head.head.pos_ == "ADP"


def is_after(verb: Token, lemmas: frozenset[str]) -> bool:
    """The verb is one of `lemmas`, or is carried by one the parse takes for its auxiliary ('remained
    hospitalized Sunday': 'remained' is the auxiliary of 'hospitalized')."""
    carriers = (c for c in verb.children if c.dep_ in {"aux", "auxpass"})
    # the parser leaves an auxiliary it does not know unlemmatised ('remained')
    return verb.lemma_.lower() in lemmas or any(INFLECTION.sub("", c.lower_) in lemmas for c in carriers)


def dates_other_thing(doc: Doc, found: TimeExpression) -> bool:
    """A possessive day naming a thing that is no incident: 'Sunday's election', 'Friday's game'."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "poss":
        return False
    return span.root.head.lemma_.lower() not in INCIDENT_LEMMAS
