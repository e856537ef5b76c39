"""One chosen trigger made a Detection: its arguments, type, modality and confidence (see `detector`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kronika.events.arguments import arguments
from kronika.events.commitments import commitment
from kronika.events.lexicon import ACTOR_ENTITIES, ACTOR_NOUNS, TriggerEntry
from kronika.events.modal_words import REPORTING
from kronika.events.modality import modality
from kronika.events.noun_arguments import of_objects
from kronika.events.rules import doers, modifies_noun
from kronika.events.selection import Candidate, in_main_clause
from kronika.events.spans import keeps_of, np_span, sentence_span, trigger_span
from kronika.events.speech_weights import DEMAND_FACTOR, protest_speech
from kronika.events.target_words import names_business, without_remainders
from kronika.events.taxonomy import MOB_VIOLENCE, VIOLENT_DEMONSTRATION, acled_event_type
from kronika.model import Article, Detection, EventType, Modality

# the confidence factors `detector`'s docstring explains
NO_ACTOR_FACTOR: Final = 0.85
NOT_ASSERTED_FACTOR: Final = 0.6
SUBORDINATE_FACTOR: Final = 0.8
NOUN_CLAUSE_FACTOR: Final = 0.6  # "weapons seized last year": a description, not the sentence's news
NOT_LEAD_FACTOR: Final = 0.9
_PRONOUN_SUBJECTS: Final = frozenset({"they", "it", "he", "she", "we"})
_PROTESTER_WORDS: Final = frozenset({"protester", "protestor", "demonstrator", "supporter", "activist"})
_MOB_WORDS: Final = frozenset({"mob", "crowd", "rioter", "vigilante"})
# A group named by the protest it enforces or the campaign it wages ("bandh enforcers", "blockade
# supporters", "agitating workers", "cadres of the agitating front") is a crowd of protesters: South
# Asian reports name a party's street cadres so.
_PROTEST_MODIFIERS: Final = frozenset(
    {"bandh", "hartal", "blockade", "protest", "agitate", "agitating", "protesting", "striking"}
)
# the dash a dateline ends on ('IMPHAL — Authorities ...')
_DASHES: Final = frozenset({"—", "–", "-", "--"})


def trigger_detection(
    doc: Doc, article: Article, sent: SpacySpan, candidate: Candidate, lead: bool
) -> Detection:
    """Arguments, type, modality and confidence of one chosen trigger."""
    token, entry = candidate.token, candidate.entry
    actors, targets = arguments(token, entry)
    actors = [d for a in actors for d in doers(_reported_speaker(token, _past_dateline(a)))]
    targets = without_remainders([t for t in targets if _actor_like(t) or names_business(t)])
    event_type = _event_type(entry, actors)
    mod = _typed_modality(doc, token, entry)
    promised = commitment(token, entry, mod) if mod != "asserted" else None
    if promised is not None:  # "X will visit Y", "said they would strike", "tried to kill": see commitment
        event_type, mod = _event_type(promised, actors), "asserted"
    confidence = entry.reliability * (1.0 if actors else NO_ACTOR_FACTOR)
    confidence *= _clause_factor(token)
    confidence *= 1.0 if mod == "asserted" else NOT_ASSERTED_FACTOR
    confidence *= 1.0 if lead else NOT_LEAD_FACTOR
    confidence *= DEMAND_FACTOR if protest_speech(token, entry, actors) else 1.0
    return Detection(
        sentence=sentence_span(article, sent),
        trigger=trigger_span(article, token, entry),
        type=event_type,
        confidence=round(confidence, 3),
        modality=mod,
        actor_spans=tuple(np_span(article, a, sent) for a in actors if _within(a, sent)),
        target_spans=tuple(np_span(article, t, sent, keeps_of(token)) for t in targets if _within(t, sent)),
    )


def _within(token: Token, sent: SpacySpan) -> bool:
    """`token in sent`, told by index: the `in` test walks the span, making every token it passes."""
    return token.doc is sent.doc and sent.start <= token.i < sent.end


def _clause_factor(token: Token) -> float:
    """1 in the main clause, less in a subordinate clause, least in a clause that describes a noun."""
    if in_main_clause(token):
        return 1.0
    return NOUN_CLAUSE_FACTOR if modifies_noun(token) else SUBORDINATE_FACTOR


def _past_dateline(actor: Token) -> Token:
    """'IMPHAL — Authorities in Manipur imposed a curfew': a dateline the parser made the subject, the doer
    hung on it as its apposition, stands for that doer."""
    if not actor.text.isupper() or not any(c.text in _DASHES for c in actor.children):
        return actor
    return next((c for c in actor.children if c.dep_ == "appos"), actor)


def _reported_speaker(trigger: Token, actor: Token) -> Token:
    """'X said they had done it': a pronoun subject inside a reporting verb's complement stands for X."""
    if actor.lower_ not in _PRONOUN_SUBJECTS:
        return actor
    clause = trigger
    while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING:
        return actor
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.lower_ not in _PRONOUN_SUBJECTS]
    return speakers[0] if speakers else actor


def _actor_like(token: Token) -> bool:
    """Whether a target names who was acted on (people, groups, organisations, countries), not a thing."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False  # "on Thursday" is when, not whom
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ACTOR_ENTITIES:
        return True
    return token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS


def _typed_modality(doc: Doc, token: Token, entry: TriggerEntry) -> Modality:
    """Modality of the trigger; a threat or a refusal is itself asserted (the pipeline keeps THREATEN)."""
    found = modality(doc, token, entry.extras)
    if entry.plover in ("THREATEN", "REJECT") and found == "intended":
        return "asserted"
    return found


def _event_type(entry: TriggerEntry, actors: Sequence[Token]) -> EventType:
    """The lexicon's type, with ACLED Riots when protesters or a mob commit violence or seizures."""
    sub = entry.acled_sub
    if entry.plover in ("COERCE", "ASSAULT") and sub is not None:
        # "hundreds of demonstrators": the group noun's "of" object says who they are
        named = [t for a in actors for t in (a, *of_objects(a))]
        lemmas = {t.lemma_.lower() for t in named}
        if lemmas & _PROTESTER_WORDS or _named_by_protest(named):
            sub = VIOLENT_DEMONSTRATION
        elif lemmas & _MOB_WORDS:
            sub = MOB_VIOLENCE
    return EventType(entry.plover, entry.mode, acled_event_type(sub), sub)


def _named_by_protest(nouns: Sequence[Token]) -> bool:
    """Whether one of the nouns is modified by a protest word ("bandh enforcers", "agitating cadres")."""
    return any(
        c.dep_ in ("compound", "amod")
        and (c.lemma_.lower() in _PROTEST_MODIFIERS or c.lower_ in _PROTEST_MODIFIERS)
        for noun in nouns
        for c in noun.children
    )
