"""Choosing one trigger per event in a sentence: what is part of another trigger's event, what sets the
scene, and one protest per sentence."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kronika.events.commemorated import commemorated
from kronika.events.commitments import AGREEING, DECIDED_TOGETHER
from kronika.events.framing import frames_other_event
from kronika.events.inherited_doers import conjunct_head
from kronika.events.jailbreaks import breaks_out, broken_into
from kronika.events.lexicon import TriggerEntry
from kronika.events.modal_words import REPORTING
from kronika.events.modality import modality
from kronika.events.rules import power_seized
from kronika.events.taxonomy import VIOLENT_DEMONSTRATION

# Modes of one type told of two objects that are two acts: arrests beside a demolition ('arrested 12 men and
# demolished the home of a suspect')
_ARREST_AND_DEMOLITION: Final = frozenset({"arrest", "destroy"})
# Verbs whose object noun names the event ("gave a welcome", "staged a protest"): the noun wins.
LIGHT_VERBS: Final = frozenset(
    {"give", "make", "hold", "launch", "stage", "issue", "mount", "carry", "conduct", "take", "offer"}
)
# Prepositions that put a noun in the background of another event ("amid accusations", "despite protests").
_BACKGROUND_PREPS: Final = frozenset({"amid", "amidst", "despite"})
# Relative adverbs whose clause describes a place or time ("the building where he was held").
_DESCRIPTIVE_RELATIVES: Final = frozenset({"where", "when"})
# A headline's verbs of harm that are also plural nouns: "shooting wounds four" parses as a noun phrase
# whose head is "wounds", but the sentence tells a shooting, so its "compound" names the event.
_HEADLINE_HARM_VERBS: Final = frozenset({"wounds", "kills", "injures", "hurts", "leaves", "claims"})
_AFTER: Final = frozenset({"after", "following"})
# What a state imposes after violence (a curfew, a ban, troops sent in), told with the violence it answers;
# a surrender or a resignation 'following a government offensive' names the offensive only as its setting
_ANSWERING_VIOLENCE: Final = frozenset({"COERCE", "SANCTION", "MOBILIZE"})
_VIOLENCE_CUES: Final = frozenset({"violent", "violently", "clash", "riot", "fighting", "violence"})
# Words opening a sentence's backdrop: what follows them to the sentence's end is the setting of the event
# the sentence reports ("a mob torched a house, amid the outbreak of violence following demonstrations").
# Of ACLED's training notes whose lead sentence names a protest only after "amid", 132 of 189 are mob
# violence and 11 violent demonstrations; of the 134 whose backdrop names violence, none is a violent
# demonstration. Replayed, those 189 gain 4 mob violences read as violent demonstrations before, and lose
# none; the study slices' notes with "amid" (159) keep their readings.
_BACKDROP_OPENERS: Final = frozenset({"amid", "amidst"})


@dataclass(frozen=True)
class Candidate:
    """A trigger token with the lexicon entry it matched, before filtering."""

    token: Token
    entry: TriggerEntry


def select(sent: SpacySpan, candidates: list[Candidate]) -> list[Candidate]:
    """Drop triggers that are part of another trigger's event; merge a sentence's protest triggers."""
    candidates = [c for c in candidates if not _background(c)]
    # "unrest pushed the court to annul the vote": the annulment is the news, the unrest its setting
    tokens = [c.token for c in candidates]
    candidates = [
        c for c in candidates if c.entry.plover != "PROTEST" or not frames_other_event(c.token, tokens)
    ]
    verbs = {c.token.i: c for c in candidates}
    kept = [c for c in candidates if not _subsumed(c, verbs) and not _verb_subsumed(c, verbs)]
    kept = _merge_conjuncts(kept)
    backdrop = _backdrop_start(sent)
    return _merge_protest(sent, _without_backdrop_protests(kept, backdrop), backdrop)


def _backdrop_start(sent: SpacySpan) -> int:
    """The index of the sentence's first backdrop opener ("amid") after its main verb, else the sentence's
    end: an opener before it ("On Monday, amid a meeting, activists protested", "people hit by the
    floods amid the lockdown staged a protest") sets the scene of only its own phrase."""
    root = sent.root.i
    return next((t.i for t in sent if t.lower_ in _BACKDROP_OPENERS and t.i > root), sent.end)


def _without_backdrop_protests(candidates: list[Candidate], start: int) -> list[Candidate]:
    """The candidates without protests named only in the sentence's backdrop (from token `start` on,
    `_backdrop_start`): the demonstrations a mob's violence came "amid" set its scene and are no event of
    the sentence's. A protest the sentence names before its backdrop keeps them (`_merge_protest` joins
    them)."""
    if any(c.entry.plover == "PROTEST" and c.token.i < start for c in candidates):
        return candidates
    # the violence named with them is the same backdrop ("amid the outbreak of violence following
    # demonstrations"), as `_merge_protest` would have absorbed it into their protest
    if not any(c.entry.plover == "PROTEST" and c.token.i >= start for c in candidates):
        return candidates
    return [c for c in candidates if c.token.i < start or not _protest_or_violence(c)]


def _protest_or_violence(candidate: Candidate) -> bool:
    """Whether the candidate is a protest trigger or a cue of violence (`_VIOLENCE_CUES`)."""
    return candidate.entry.plover == "PROTEST" or candidate.token.lemma_.lower() in _VIOLENCE_CUES


def _background(candidate: Candidate) -> bool:
    """A trigger that sets the scene rather than reports an event.

    A noun under "amid"/"despite" ("amid accusations of fraud") is circumstance, a past event commemorated
    ("to commemorate the 1998 riot") the occasion, and a passive
    relative clause on a place ("the prison where the leader was held") describes the place.
    """
    token = candidate.token
    if candidate.entry.pos == "N" and token.dep_ == "pobj" and token.head.lower_ in _BACKGROUND_PREPS:
        return True
    if candidate.entry.pos == "N" and _class_compared(token):
        return True  # "in one of the deadliest attacks of the conflict": the class the event is ranked in
    if commemorated(token):
        return True  # "to commemorate the 1998 riot": the occasion, not an event
    if token.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any(c.lower_ in _DESCRIPTIVE_RELATIVES for c in token.children)


def _class_compared(noun: Token) -> bool:
    """Whether an event noun names the class an event is ranked in ('one of the deadliest attacks'), not
    an event of its own."""
    ranked = any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children)
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return ranked and of is not None and of.head.lower_ == "one"


def _headline_subject(token: Token) -> bool:
    """A noun read as a compound of a headline's misparsed verb ("Shooting wounds four"): its subject."""
    head = token.head
    return head.dep_ == "ROOT" and head.i == token.i + 1 and head.lower_ in _HEADLINE_HARM_VERBS


def _subsumed(candidate: Candidate, by_index: dict[int, Candidate]) -> bool:
    """A noun that is another trigger's object, a protest's purpose clause, or a compound inside a trigger."""
    token = candidate.token
    head = token.head
    if candidate.entry.pos == "N" and token.dep_ == "compound" and not _headline_subject(token):
        return True  # a modifier ("riot police", "rally site", "looting fears") names no event of its own
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in by_index:
        return candidate.entry.pos == "N" and not _violence_before(candidate, by_index[head.head.i])
    if head.i not in by_index or head is token:
        return False
    governing = by_index[head.i]
    if token.dep_ in ("dobj", "compound", "attr") and candidate.entry.pos == "N":
        return not _light_verb(governing)
    if token.dep_ in ("nsubj", "nsubjpass") and candidate.entry.pos == "N":
        return governing.entry.plover == candidate.entry.plover  # "a bomb exploded": one event
    clause = token
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "killing four and wounding two": the conjunct shares its head's clause
    if clause is not token and clause.dep_ == "advcl" and clause.head.i in by_index:
        # 'stormed the village, opening fire on residents and setting granaries ablaze': one attack
        attack = by_index[clause.head.i]
        return attack.entry.plover == candidate.entry.plover or _attack_burning(attack, candidate)
    if token.dep_ not in ("advcl", "xcomp"):
        return False
    # "marched to demand pay" is one protest; "struck a vehicle, killing four" is one attack, and so is
    # "stormed the market, setting fire to shops": the burning is the attack's own
    return governing.entry.plover == "PROTEST" or (
        token.dep_ == "advcl"
        and (governing.entry.plover == candidate.entry.plover or _attack_burning(governing, candidate))
    )


def _attack_burning(governing: Candidate, candidate: Candidate) -> bool:
    """Whether a trigger is destruction told as a participle of an attack ('stormed the market, setting
    fire to shops'), with no subject of its own."""
    token = candidate.token
    return (
        governing.entry.plover == "ASSAULT"
        and candidate.entry.mode == "destroy"
        and token.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _violence_before(candidate: Candidate, governing: Candidate) -> bool:
    """'imposed a curfew after clashes that left nine dead': violence an act of another kind came after is an
    event of its own, not a part of that act."""
    token = candidate.token
    after = token.head.lower_ in _AFTER and candidate.entry.plover == "ASSAULT"
    return after and governing.entry.plover in _ANSWERING_VIOLENCE


def _light_verb(candidate: Candidate) -> bool:
    """A bare light verb ('gave', 'held') whose object noun is itself a trigger."""
    return not candidate.entry.extras and candidate.token.lemma_.lower() in LIGHT_VERBS


def _verb_subsumed(candidate: Candidate, by_index: dict[int, Candidate]) -> bool:
    """A bare light verb gives way to the event noun it governs ('gave a warm welcome'), and an agreement
    to the sanction its parties agreed to impose ('agreed to impose sanctions': `commitments`)."""
    children = candidate.token.children
    if candidate.token.lemma_.lower() in AGREEING:
        return any(c.dep_ == "xcomp" and _decided_together(by_index.get(c.i)) for c in children)
    if not _light_verb(candidate):
        return False
    return any(c.dep_ == "dobj" and c.i in by_index for c in children)


def _decided_together(candidate: Candidate | None) -> bool:
    """Whether a trigger is an act that parties agreeing to it decide together (a sanction)."""
    return candidate is not None and candidate.entry.plover in DECIDED_TOGETHER


def _merge_conjuncts(candidates: list[Candidate]) -> list[Candidate]:
    """Of conjoined triggers of one type ("seized or damaged"), keep the most reliable; a jailbreak keeps
    apart from a seizure of something else, and absorbs the storming of the prison it frees people from."""
    by_index = {c.token.i: c for c in candidates}
    dropped: set[int] = set()
    for c in candidates:
        head = by_index.get(c.token.head.i)
        if c.token.dep_ != "conj" or head is None or _has_subject(c.token):
            continue  # a conjoined clause with its own subject is an event of its own
        jailbreak = breaks_out(c.token, c.entry)
        stormed = broken_into(c.token) if jailbreak else None
        if stormed is not None and stormed.i == head.token.i:
            dropped.add(head.token.i)  # 'stormed the jail and freed its inmates': one breakout
        elif (
            head.entry.plover == c.entry.plover
            and jailbreak == breaks_out(head.token, head.entry)
            and not _two_acts(head, c)
        ):
            # prisoners freed beside buildings seized are two acts on two objects
            loser = head if c.entry.reliability > head.entry.reliability else c
            dropped.add(loser.token.i)
    return [c for c in candidates if c.token.i not in dropped]


def _two_acts(first: Candidate, second: Candidate) -> bool:
    """Whether conjoined triggers of one type are two acts: a seizure of power beside another act ('seized
    power and detained the leader': the coup and the arrest), or arrests beside a demolition ('arrested 12
    people and demolished the home of a man'), not one act told twice ('looted and burned shops', 'seized
    the town and burned the market')."""
    modes = {first.entry.mode, second.entry.mode}
    if len(modes) < 2:
        return False
    return modes == _ARREST_AND_DEMOLITION or any(power_seized(t.token) for t in (first, second))


def _has_subject(token: Token) -> bool:
    """Whether the token has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _merge_protest(sent: SpacySpan, candidates: list[Candidate], backdrop: int) -> list[Candidate]:
    """One protest per sentence: clash/violence triggers and violent cues before the sentence's backdrop
    (from token `backdrop` on, `_backdrop_start`) make it a riot."""
    protests = [c for c in candidates if c.entry.plover == "PROTEST"]
    if not protests:
        return candidates
    # a riot commemorated is the occasion, violence in the backdrop the setting: no cue of the crowd's own
    violent = any(t.lemma_.lower() in _VIOLENCE_CUES and not commemorated(t) and t.i < backdrop for t in sent)
    # what the crowd did outranks what it only tried or meant to do ("blocked highways and tried to storm
    # the airport": the blockade is the protest told)
    best = max(
        protests,
        key=lambda c: (
            modality(sent.doc, c.token) == "asserted",
            c.entry.mode == "riot",
            in_main_clause(c.token),
            c.entry.reliability,
        ),
    )
    if violent and best.entry.mode != "riot":
        riot = replace(best.entry, mode="riot", acled_sub=VIOLENT_DEMONSTRATION)
        best = Candidate(best.token, riot)
    absorbed = {c.token.i for c in protests}
    # the violence of the backdrop is its setting, no event of its own ("marched amid a wave of violence")
    absorbed |= {
        c.token.i
        for c in candidates
        if c.token.lemma_.lower() in _VIOLENCE_CUES and (violent or c.token.i >= backdrop)
    }
    absorbed.discard(best.token.i)
    return [best if c.token.i == best.token.i else c for c in candidates if c.token.i not in absorbed]


def in_main_clause(token: Token) -> bool:
    """Whether the trigger is the main predicate (or its subject/object noun), reporting verbs aside."""
    while token.dep_ == "conj":
        token = conjunct_head(token)
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        token = token.head
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return token.dep_ in ("ccomp", "xcomp") and head.dep_ == "ROOT" and head.lemma_.lower() in REPORTING
