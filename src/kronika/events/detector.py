"""The rule-based event detector: lexicon triggers per sentence, their arguments, type, modality, confidence.

Confidence says how sure the detector is that the detection is an event the article reports, and
ranks an article's detections so that its main event (the lead sentence's main trigger) comes first.
It is the lexicon reliability of the trigger phrase (how often that phrase names that event type)
x 0.85 when no actor was found (an event without a doer is less certain to be coded right)
x 0.8 when the trigger sits in a subordinate clause or modifier rather than the main clause (or
the clause a reporting verb introduces), x 0.6 instead in a clause that describes a noun,
x 0.6 when the modality is not "asserted", x 0.9 when the sentence does not open a paragraph
(leads carry the news). The ACLED classifier reads a sentence that opens a paragraph together
with the rest of its paragraph (`discourse.passages`: ACLED codes an event from all its report
says), other sentences alone. When it confirms a sentence's ACLED-codable trigger (the one its
reading is consistent with, else the most confident), the two are combined as independent signs:
1 - (1 - confidence) x (1 - classifier probability). A sentence with a violence word but no
trigger gets classifier probability x 0.8 x the same structural factors. It is a ranking score
in 0..1, not a calibrated probability.
Last, `discourse.py` discounts follow-up sentences of a text whose first sentence is an
ACLED-codable event, and sentences that open with a pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kronika.events.acled_typing import (
    ACLED_MIN_PROBABILITY,
    Draft,
    acled_codable,
    fallback_type,
    type_sentence,
)
from kronika.events.arguments import arguments, conjunct_head, of_objects
from kronika.events.discourse import passages, weigh_by_discourse
from kronika.events.lexicon import ACTOR_NOUNS, Lexicon, TriggerEntry
from kronika.events.modality import REPORTING, modality
from kronika.events.rules import adjust, commitment, doers, modifies_noun
from kronika.events.spans import keeps_of, np_span, sentence_span, sentences, trigger_span
from kronika.events.taxonomy import acled_event_type
from kronika.model import Article, Detection, EventType, Modality

if TYPE_CHECKING:
    from kronika.events import AcledTyper
    from kronika.events.classifier import AcledPrediction

NO_ACTOR_FACTOR: Final = 0.85
NOT_ASSERTED_FACTOR: Final = 0.6
SUBORDINATE_FACTOR: Final = 0.8
NOUN_CLAUSE_FACTOR: Final = 0.6  # "weapons seized last year": a description, not the sentence's news
# Verbs whose object noun names the event ("gave a welcome", "staged a protest"): the noun wins.
LIGHT_VERBS: Final = frozenset(
    {"give", "make", "hold", "launch", "stage", "issue", "mount", "carry", "conduct", "take", "offer"}
)
NOT_LEAD_FACTOR: Final = 0.9
# A classifier reading without a lexicon trigger is the weaker sign (0.8: on ACLED notes such a
# reading of probability p is right about 0.8 p of the time; 0.7 left them under-confident).
FALLBACK_FACTOR: Final = 0.8
# The classifier alone makes an event of a trigger-less sentence only above this probability.
FALLBACK_MIN_PROBABILITY: Final = 0.6
# Words that show a sentence reports violence or protest even when no trigger phrase matched
# ("was found dead", "a bomb went off", "exchanged fire", "fired mortars"): the classifier decides.
VIOLENCE_WORDS: Final = frozenset(
    {
        "dead", "death", "die", "body", "fire", "gunfire", "gunman", "gun", "bomb", "blast", "explosive",
        "ied", "mortar", "artillery", "shell", "missile", "rocket", "projectile", "drone", "grenade",
        "wound", "injure", "injured", "fight", "firefight", "shootout", "skirmish", "target",
        "protest", "protester", "demonstrator", "demonstrate", "sit", "strike", "loot", "burn",
        "abduct", "kidnap", "raid", "storm", "capture", "clash", "militant", "insurgent",
        "shot", "shoot", "gunshot", "explosion", "explode", "detonate", "raze", "demolish", "arson",
        "torch", "motorcade", "blockade",
    }
)  # fmt: skip
# Prepositions that put a noun in the background of another event ("amid accusations", "despite protests").
_BACKGROUND_PREPS: Final = frozenset({"amid", "amidst", "despite"})
# Relative adverbs whose clause describes a place or time ("the building where he was held").
_DESCRIPTIVE_RELATIVES: Final = frozenset({"where", "when"})
_PRONOUN_SUBJECTS: Final = frozenset({"they", "it", "he", "she", "we"})
_ACTOR_ENTS: Final = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_VIOLENCE_CUES: Final = frozenset({"violent", "violently", "clash", "riot", "fighting", "violence"})
_PROTESTER_WORDS: Final = frozenset({"protester", "protestor", "demonstrator", "supporter", "activist"})
_MOB_WORDS: Final = frozenset({"mob", "crowd", "rioter", "vigilante"})


@dataclass(frozen=True)
class _Candidate:
    """A trigger token with the lexicon entry it matched, before filtering."""

    token: Token
    entry: TriggerEntry


@dataclass(frozen=True)
class RuleDetector:
    """Finds events with the trigger lexicon and the dependency parse; `acled` refines ACLED sub-types."""

    lexicon: Lexicon
    acled: AcledTyper | None = None

    def detect(self, doc: Doc, article: Article) -> list[Detection]:
        """Every event trigger in the article, one Detection per event, in text order."""
        sents = sentences(doc)
        leads = [_leads_paragraph(article, sent) for sent in sents]
        drafts = [self._drafts(doc, article, sent, lead) for sent, lead in zip(sents, leads, strict=True)]
        texts = passages(article.text, [(s.start_char, s.end_char) for s in sents], leads)
        predictions = self._predict(sents, texts, drafts)
        found: list[Detection] = []
        for sent, sent_drafts in zip(sents, drafts, strict=True):
            prediction = predictions.get(sent.start)
            found.extend(type_sentence(sent_drafts, prediction))
            if prediction is not None and not any(acled_codable(d.detection.type) for d in sent_drafts):
                found.extend(_fallback(doc, article, sent, prediction))
        if not sents:
            return found
        return weigh_by_discourse(found, sents[0].start_char, _sure_reading(predictions.get(sents[0].start)))

    def _drafts(self, doc: Doc, article: Article, sent: SpacySpan, lead: bool) -> list[Draft]:
        """The sentence's chosen triggers as detections, before ACLED typing."""
        matches = [_Candidate(t, e) for t in sent if (e := adjust(t, self.lexicon.match(t), self.lexicon))]
        candidates = _select(sent, matches)
        return [Draft(_detection(doc, article, sent, c, lead), c.entry.reliability) for c in candidates]

    def _predict(
        self, sents: list[SpacySpan], texts: list[str], drafts: list[list[Draft]]
    ) -> dict[int, AcledPrediction]:
        """Classifier predictions of `texts` (one per sentence: its passage), in one batch per document,
        for sentences that may hold an ACLED event."""
        if self.acled is None:
            return {}
        # the first sentence's passage is always read: its reading says which event leads the text
        wanted = [
            (sent, text)
            for i, (sent, text, sent_drafts) in enumerate(zip(sents, texts, drafts, strict=True))
            if i == 0
            or any(acled_codable(d.detection.type) for d in sent_drafts)
            or _violence_word(sent) is not None
        ]
        if not wanted:
            return {}
        predictions = self.acled.predict([text for _, text in wanted])
        return {sent.start: p for (sent, _), p in zip(wanted, predictions, strict=True)}


# --- choosing one trigger per event -------------------------------------------------------------


def _select(sent: SpacySpan, candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop triggers that are part of another trigger's event; merge a sentence's protest triggers."""
    candidates = [c for c in candidates if not _background(c)]
    verbs = {c.token.i: c for c in candidates}
    kept = [c for c in candidates if not _subsumed(c, verbs) and not _verb_subsumed(c, verbs)]
    kept = _merge_conjuncts(kept)
    return _merge_protest(sent, kept)


def _background(candidate: _Candidate) -> bool:
    """A trigger that sets the scene rather than reports an event.

    A noun under "amid"/"despite" ("amid accusations of fraud") is circumstance, and a passive
    relative clause on a place ("the prison where the leader was held") describes the place.
    """
    token = candidate.token
    if candidate.entry.pos == "N" and token.dep_ == "pobj" and token.head.lower_ in _BACKGROUND_PREPS:
        return True
    if token.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any(c.lower_ in _DESCRIPTIVE_RELATIVES for c in token.children)


def _subsumed(candidate: _Candidate, by_index: dict[int, _Candidate]) -> bool:
    """A noun that is another trigger's object, a protest's purpose clause, or a compound inside a trigger."""
    token = candidate.token
    head = token.head
    if candidate.entry.pos == "N" and token.dep_ == "compound":
        return True  # a modifier ("riot police", "rally site", "looting fears") names no event of its own
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in by_index:
        return candidate.entry.pos == "N"
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
        return by_index[clause.head.i].entry.plover == candidate.entry.plover
    if token.dep_ not in ("advcl", "xcomp"):
        return False
    # "marched to demand pay" is one protest; "struck a vehicle, killing four" is one attack
    return governing.entry.plover == "PROTEST" or (
        token.dep_ == "advcl" and governing.entry.plover == candidate.entry.plover
    )


def _light_verb(candidate: _Candidate) -> bool:
    """A bare light verb ('gave', 'held') whose object noun is itself a trigger."""
    return not candidate.entry.extras and candidate.token.lemma_.lower() in LIGHT_VERBS


def _verb_subsumed(candidate: _Candidate, by_index: dict[int, _Candidate]) -> bool:
    """A bare light verb gives way to the event noun it governs ('gave a warm welcome')."""
    if not _light_verb(candidate):
        return False
    return any(c.dep_ == "dobj" and c.i in by_index for c in candidate.token.children)


def _merge_conjuncts(candidates: list[_Candidate]) -> list[_Candidate]:
    """Of conjoined triggers of one type ("seized or damaged"), keep the most reliable."""
    by_index = {c.token.i: c for c in candidates}
    dropped: set[int] = set()
    for c in candidates:
        head = by_index.get(c.token.head.i)
        if c.token.dep_ != "conj" or head is None or head.entry.plover != c.entry.plover:
            continue
        if _has_subject(c.token):
            continue  # a conjoined clause with its own subject is an event of its own
        loser = head if c.entry.reliability > head.entry.reliability else c
        dropped.add(loser.token.i)
    return [c for c in candidates if c.token.i not in dropped]


def _has_subject(token: Token) -> bool:
    """Whether the token has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _merge_protest(sent: SpacySpan, candidates: list[_Candidate]) -> list[_Candidate]:
    """One protest per sentence: clash/violence triggers and violent cues make it a riot."""
    protests = [c for c in candidates if c.entry.plover == "PROTEST"]
    if not protests:
        return candidates
    violent = any(t.lemma_.lower() in _VIOLENCE_CUES for t in sent)
    best = max(
        protests, key=lambda c: (c.entry.mode == "riot", _in_main_clause(c.token), c.entry.reliability)
    )
    if violent and best.entry.mode != "riot":
        riot = replace(best.entry, mode="riot", acled_sub="Violent demonstration")
        best = _Candidate(best.token, riot)
    absorbed = {c.token.i for c in protests}
    if violent:
        absorbed |= {c.token.i for c in candidates if c.token.lemma_.lower() in _VIOLENCE_CUES}
    absorbed.discard(best.token.i)
    return [best if c.token.i == best.token.i else c for c in candidates if c.token.i not in absorbed]


# --- building a detection ------------------------------------------------------------------------


def _fallback(doc: Doc, article: Article, sent: SpacySpan, prediction: AcledPrediction) -> list[Detection]:
    """A detection from the classifier alone, for a sentence with a violence word but no codable trigger."""
    word = _violence_word(sent)
    event_type = fallback_type(prediction)
    if word is None or event_type is None or prediction.probability < FALLBACK_MIN_PROBABILITY:
        return []
    entry = TriggerEntry(
        pos="N" if word.pos_ == "NOUN" else "V",
        head=word.lemma_.lower(),
        extras=(),
        plover=event_type.plover,
        mode=event_type.mode,
        acled_sub=event_type.acled_sub_event_type,
        reliability=round(prediction.probability * FALLBACK_FACTOR, 3),
    )
    detection = _detection(doc, article, sent, _Candidate(word, entry), _leads_paragraph(article, sent))
    return [replace(detection, type=event_type)]


def _sure_reading(prediction: AcledPrediction | None) -> str | None:
    """The classifier's sub-type when it is sure enough to type with it, else None."""
    if prediction is None or prediction.probability < ACLED_MIN_PROBABILITY:
        return None
    return prediction.sub_event_type


def _violence_word(sent: SpacySpan) -> Token | None:
    """The sentence's first violence or protest word, preferring the main verb's own clause."""
    words = [t for t in sent if t.lemma_.lower() in VIOLENCE_WORDS or t.lower_ in VIOLENCE_WORDS]
    if not words:
        return None
    return min(words, key=lambda t: (t.pos_ != "VERB", t.i))


def _leads_paragraph(article: Article, sent: SpacySpan) -> bool:
    """Whether the sentence opens the article or a paragraph (only whitespace with a line break before it)."""
    before = article.text[: sent.start_char]
    stripped = before.rstrip()
    return not stripped or "\n" in before[len(stripped) :]


def _detection(doc: Doc, article: Article, sent: SpacySpan, candidate: _Candidate, lead: bool) -> Detection:
    """Arguments, type, modality and confidence of one chosen trigger."""
    token, entry = candidate.token, candidate.entry
    actors, targets = arguments(token, entry)
    actors = [d for a in actors for d in doers(_reported_speaker(token, a))]
    targets = [t for t in targets if _actor_like(t)]
    event_type = _event_type(entry, actors)
    mod = _typed_modality(doc, token, entry)
    promised = commitment(token, entry, mod) if mod != "asserted" else None
    if promised is not None:  # "X will visit Y", "said they would strike", "tried to kill": see commitment
        event_type, mod = _event_type(promised, actors), "asserted"
    confidence = entry.reliability * (1.0 if actors else NO_ACTOR_FACTOR)
    confidence *= _clause_factor(token)
    confidence *= 1.0 if mod == "asserted" else NOT_ASSERTED_FACTOR
    confidence *= 1.0 if lead else NOT_LEAD_FACTOR
    return Detection(
        sentence=sentence_span(article, sent),
        trigger=trigger_span(article, token, entry),
        type=event_type,
        confidence=round(confidence, 3),
        modality=mod,
        actor_spans=tuple(np_span(article, a, sent) for a in actors if a in sent),
        target_spans=tuple(np_span(article, t, sent, keeps_of(token)) for t in targets if t in sent),
    )


def _clause_factor(token: Token) -> float:
    """1 in the main clause, less in a subordinate clause, least in a clause that describes a noun."""
    if _in_main_clause(token):
        return 1.0
    return NOUN_CLAUSE_FACTOR if modifies_noun(token) else SUBORDINATE_FACTOR


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
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in _ACTOR_ENTS:
        return True
    return token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in ACTOR_NOUNS


def _in_main_clause(token: Token) -> bool:
    """Whether the trigger is the main predicate (or its subject/object noun), reporting verbs aside."""
    while token.dep_ == "conj":
        token = conjunct_head(token)
    if token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        token = token.head
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return token.dep_ in ("ccomp", "xcomp") and head.dep_ == "ROOT" and head.lemma_.lower() in REPORTING


def _typed_modality(doc: Doc, token: Token, entry: TriggerEntry) -> Modality:
    """Modality of the trigger; a threat or a refusal is itself asserted (the pipeline keeps THREATEN)."""
    found = modality(doc, token)
    if entry.plover in ("THREATEN", "REJECT") and found == "intended":
        return "asserted"
    return found


def _event_type(entry: TriggerEntry, actors: Sequence[Token]) -> EventType:
    """The lexicon's type, with ACLED Riots when protesters or a mob commit violence or seizures."""
    sub = entry.acled_sub
    if entry.plover in ("COERCE", "ASSAULT") and sub is not None:
        # "hundreds of demonstrators": the group noun's "of" object says who they are
        lemmas = {t.lemma_.lower() for a in actors for t in (a, *of_objects(a))}
        if lemmas & _PROTESTER_WORDS:
            sub = "Violent demonstration"
        elif lemmas & _MOB_WORDS:
            sub = "Mob violence"
    return EventType(entry.plover, entry.mode, acled_event_type(sub), sub)
