"""Which words of a sentence tell its incident: the attack's own words, a weapon going off, the finding
or reporting of the victim, a scene a 'when' clause interrupts, a call to 911, the police's response, a
quarrel breaking out and the ride to hospital."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

# verbs and nouns by which a report says when its incident took place (general news vocabulary); the shots
# themselves ('shots rang out Sunday'), a shootout and the slain tell it as much as 'shooting' does, and so
# do a gunman's rampage, an ambush and a massacre ('rampaged through the mall on Friday') (not 'hurt', as
# often a heart's as a victim's)
INCIDENT_LEMMAS = frozenset({
    "happen", "occur", "shoot", "shooting", "kill", "wound", "injure", "injury", "stab", "attack", "fire",
    "gunfire", "gunshot", "murder", "homicide", "slaying", "rob", "robbery", "die", "death", "crash",
    "explode", "explosion", "clash", "incident", "strike", "shot", "shootout", "slay", "rampage", "ambush",
    "massacre",
})  # fmt: skip
DEATH_LEMMAS = frozenset({"die", "death"})
HARM = INCIDENT_LEMMAS - DEATH_LEMMAS  # the attack itself, which a death may follow by days

FINDING_LEMMAS = frozenset({"find", "discover"})
DEAD = "dead"  # 'found dead': the state a finding verb tells of a victim killed
CALL_LEMMAS = frozenset({"report"})  # an incident 'was reported' to the police when it happened
SUFFER_LEMMAS = frozenset({"suffer", "sustain"})  # 'suffered a gunshot wound Monday': the day of the harm
STATE_EDGES = frozenset({"oprd", "xcomp", "acomp", "ccomp", "conj"})  # 'found shot', 'found dead'
# 'the gun discharged', 'he discharged his weapon': a weapon going off (a patient is discharged from hospital)
WEAPON_NOUNS = frozenset({
    "gun", "handgun", "firearm", "weapon", "pistol", "revolver", "rifle", "shotgun", "round", "shot",
})  # fmt: skip
# an incident noun breaking out as the subject of its verb: 'shots rang out early Sunday', 'gunfire erupted
# at 2 a.m.', 'the shootout started Saturday night' (the verb, not the noun, carries the day)
OUTBREAK_LEMMAS = frozenset({"ring", "erupt", "break", "echo", "start", "begin"})
# a quarrel breaking out leads straight into the shooting it ends in: 'on the night of Aug. 2 a fight
# broke out', 'an argument started at the party around 1 a.m. Sunday' (the verb carries the day)
QUARREL_NOUNS = frozenset({
    "argument", "fight", "dispute", "altercation", "confrontation", "quarrel", "scuffle", "brawl",
    "fistfight",
})  # fmt: skip
# a victim rushed to hospital is taken there as the harm is done: 'medics rushed her to a clinic Sunday'
TRANSPORT_LEMMAS = frozenset({"take", "rush", "transport", "airlift", "fly", "drive", "bring"})
HOSPITAL_NOUNS = frozenset({"hospital", "center", "centre"})
# the emergency response to an incident comes as it happens: 'officers responded to the home about 2 a.m.
# Sunday', 'deputies were called to the apartments at 1:11 a.m. Monday', 'were dispatched to a report'
RESPONSE_LEMMAS = frozenset({"respond", "dispatch", "call"})
# a call to 911 is made as the incident happens: 'his wife called 911 shortly before midnight Thursday',
# 'dispatchers received a 911 call at 3:15 a.m. Saturday'
CALL_VERBS = frozenset({"call", "dial"})
EMERGENCY_NUMBER = "911"
# a 911 call made public later is the release's object, not the incident: 'police released audio from two
# 911 calls on Tuesday' (the parse may hang the day on the calls) dates the release
RELEASE_LEMMAS = frozenset({"release", "publish", "obtain", "air", "play"})
# responders taking a call come as the incident happens, 911 named or not: 'police received a call at 9:18
# p.m. Saturday', 'dispatchers got the first call before midnight' (a relative's call brings later news)
TAKING_LEMMAS = frozenset({"receive", "get", "take"})
RESPONDER_NOUNS = frozenset({
    "police", "officer", "deputy", "dispatcher", "dispatch", "trooper", "authority", "patrol", "sheriff",
    "office", "center", "department", "crew",
})  # fmt: skip
# the edges from a call up to the verb whose object it is: 'released [audio] from [the] calls'
OBJECT_PATH_EDGES = frozenset({"dobj", "pobj", "prep", "nsubjpass", "appos", "conj"})


def incident_words(sentence: Span, lemmas: frozenset[str]) -> list[Token]:
    """The sentence's incident words, the verb of finding that a victim's state hangs on ('was found
    shot Sunday': Sunday dates the finding of the shot man, the nearest the report comes to the shooting),
    the verb by which an incident was reported to the police ('the shooting was reported about 4 p.m.
    Saturday': the call came as it happened), the verb by which a victim suffered the harm ('suffered
    a gunshot wound Monday evening'), the verb by which shots or a shootout broke out ('shots rang out
    Sunday'), a call to 911, and (where any lemmas are asked for) the verb by which a quarrel broke out,
    the verb a shot is the agent of ('hit by gunfire') and the victim's ride to hospital."""
    words = [t for t in sentence if t.lemma_.lower() in lemmas and not _dismissal(t)]
    if "shoot" in lemmas:
        words += _gunned_down(sentence)
    found = [t.head for t in words if t.dep_ in STATE_EDGES and t.head.lemma_.lower() in FINDING_LEMMAS]
    called = [t.head for t in words if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in CALL_LEMMAS]
    suffered = [t.head for t in words if t.dep_ == "dobj" and t.head.lemma_.lower() in SUFFER_LEMMAS]
    broke_out = [t.head for t in words if t.dep_ == "nsubj" and t.head.lemma_.lower() in OUTBREAK_LEMMAS]
    words += _discharges(sentence)
    if lemmas:
        words += _quarrels(sentence) + _struck_by(words) + _to_hospital(sentence)
    return (
        words
        + found
        + _found_dead(sentence, lemmas)
        + called
        + suffered
        + broke_out
        + _when_framed(words)
        + _responses(sentence)
        + _emergency(sentence)
    )


def _gunned_down(sentence: Span) -> list[Token]:
    """The verb 'gunned down' ('a man gunned down on New Year's Eve'): a shooting told by the weapon's verb
    (the lemma 'gun' alone is as often the weapon's noun, which dates no incident)."""
    return [
        t
        for t in sentence
        if t.lemma_.lower() == "gun" and t.pos_ == "VERB" and any(c.lower_ == "down" for c in t.children)
    ]


# People a 'fire' dismisses ('the four officers were fired on Tuesday', 'fired the police chief')
_DISMISSED: Final = frozenset(
    {
        "officer", "officers", "chief", "employee", "employees", "worker", "workers", "manager", "coach",
        "director", "minister", "staff", "deputy", "deputies", "trooper", "troopers", "guard", "guards",
    }
)  # fmt: skip


def _dismissal(token: Token) -> bool:
    """Whether a 'fire' dismisses people ('the officers were fired on Tuesday'): no gunfire to date."""
    if token.lemma_.lower() != "fire" or token.pos_ != "VERB":
        return False
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _DISMISSED for c in token.children)


def _quarrels(sentence: Span) -> list[Token]:
    """The verbs by which a quarrel broke out ('a fight broke out', 'an argument started'): the quarrel a
    shooting ends is told on the day it came to blows."""
    return [
        t.head
        for t in sentence
        if t.dep_ == "nsubj"
        and t.lemma_.lower() in QUARREL_NOUNS
        and t.head.lemma_.lower() in OUTBREAK_LEMMAS
    ]


def _struck_by(words: list[Token]) -> list[Token]:
    """The verb an incident word is the agent of ('two men were hit by gunfire while they waited at a
    bus stop Monday evening', 'grazed by shots'): the harm is the verb's, and so is its day."""
    return [
        t.head.head
        for t in words
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.pos_ == "VERB"
    ]


def _to_hospital(sentence: Span) -> list[Token]:
    """The verbs by which a victim was taken to hospital ('medics rushed her to a clinic Sunday', 'was
    airlifted to a trauma center early Monday'): the ride follows the harm at once, unlike a death."""
    return [
        t
        for t in sentence
        if t.lemma_.lower() in TRANSPORT_LEMMAS
        and any(
            c.dep_ == "prep"
            and c.lower_ == "to"
            # the parse may hang a closing day on the place ('to Lakeside Hospital Sunday')
            and any(o.lemma_.lower() in HOSPITAL_NOUNS for o in c.subtree)
            for c in t.children
        )
    ]


def _found_dead(sentence: Span, lemmas: frozenset[str]) -> list[Token]:
    """'Two men were found dead in the house on Sunday': the finding of the dead is the nearest the report
    comes to the killing, as 'found shot' is (unlike a death, which may follow the harm by days)."""
    if not lemmas:
        return []
    return [
        t
        for t in sentence
        if t.lemma_.lower() in FINDING_LEMMAS
        and any(c.dep_ in STATE_EDGES and c.lower_ == DEAD for c in t.children)
    ]


def _discharges(sentence: Span) -> list[Token]:
    """'The revolver discharged', 'a round was discharged', 'he discharged his weapon': a gun going off is
    the incident's own word, though 'discharge' also tells of a patient leaving hospital."""
    return [
        t
        for t in sentence
        if t.lemma_.lower() == "discharge"
        and any(
            c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in WEAPON_NOUNS for c in t.children
        )
    ]


def _when_framed(words: list[Token]) -> list[Token]:
    """The verb a 'when' clause telling the incident hangs on: 'Around 8:20 p.m. Friday, the girl was near
    a bus stop when a gunman opened fire' sets the incident at the time of the scene the clause interrupts."""
    framed = []
    for word in words:
        clause = word
        while clause.dep_ == "conj" and clause.head.i != clause.i:  # 'when a car drove up and someone fired'
            clause = clause.head
        if clause.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            framed.append(clause.head)
    return framed


def _responses(sentence: Span) -> list[Token]:
    """The verbs by which police or medics were sent to an incident ('responded to', 'were called to',
    'dispatched to'), which date it as closely as its own words."""
    return [t for t in sentence if t.lemma_.lower() in RESPONSE_LEMMAS and _goes_to(t)]


def _emergency(sentence: Span) -> list[Token]:
    """The words by which someone called 911: the verb ('called 911', 'dialed 911'), the call itself ('a 911
    call at 2 a.m.') and the verb taking it ('received a 911 call Saturday')."""
    calls = [
        t
        for t in sentence
        if t.lemma_.lower() in CALL_VERBS
        and any(c.lower_ == EMERGENCY_NUMBER for c in t.children)
        and not _released(t)
    ]
    taking = [t.head for t in calls if t.pos_ == "NOUN" and t.dep_ in {"dobj", "nsubjpass"}]
    return calls + taking


def taken_calls(sentence: Span) -> list[Token]:
    """The verbs by which police or dispatchers took a call ('Gaston County police received a call at 9:18
    p.m. Saturday'): the call came in as the incident happened, though no incident word is in the sentence.
    Not among `incident_words`: a sentence telling the incident by its own words dates it more closely."""
    return [
        t
        for t in sentence
        if t.lemma_.lower() in TAKING_LEMMAS
        and any(c.dep_ == "dobj" and c.lemma_.lower() == "call" and not _released(c) for c in t.children)
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in RESPONDER_NOUNS for c in t.children)
    ]


def released_call(word: Token) -> bool:
    """The word is a call a later act made public: a day the parse hangs on it ('released audio from two 911
    calls on Monday') dates the release."""
    return word.lemma_.lower() == "call" and _released(word)


def _released(call: Token) -> bool:
    """The call is what a later act made public ('released recordings of the 911 call', 'obtained the 911
    calls'): it is reached from a verb of releasing through objects and their prepositions alone."""
    token = call
    while token.dep_ in OBJECT_PATH_EDGES and token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token.lemma_.lower() in RELEASE_LEMMAS
    return False


def _goes_to(verb: Token) -> bool:
    """The verb has a 'to' phrase of its own: where the responders went."""
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
