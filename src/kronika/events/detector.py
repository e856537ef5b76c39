"""The rule-based event detector: lexicon triggers per sentence, their arguments, type, modality, confidence.

Confidence of a detection = lexicon reliability of the trigger phrase (how often that phrase names
that event type) x 0.85 when no actor was found (an event without a doer is less certain to be
coded right) x 0.8 when the trigger sits in a subordinate clause or modifier rather than the main
clause (or the clause a reporting verb introduces) x 0.6 when the modality is not "asserted".
It is a ranking score in 0..1, not a calibrated probability.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kronika.events.lexicon import Lexicon, TriggerEntry
from kronika.events.modality import REPORTING, modality
from kronika.events.taxonomy import ACLED_TYPES_FOR_PLOVER, acled_event_type
from kronika.model import Article, Detection, EventType, Modality, Span

if TYPE_CHECKING:
    from kronika.events import AcledTyper

NO_ACTOR_FACTOR: Final = 0.85
NOT_ASSERTED_FACTOR: Final = 0.6
SUBORDINATE_FACTOR: Final = 0.8
# Verbs whose object noun names the event ("gave a welcome", "staged a protest"): the noun wins.
LIGHT_VERBS: Final = frozenset(
    {"give", "make", "hold", "launch", "stage", "issue", "mount", "carry", "conduct", "take", "offer"}
)
ACLED_MIN_PROBABILITY: Final = 0.6  # below this the classifier's sub-type does not replace the lexicon's
_TARGET_PREPS: Final = frozenset({"against", "on", "upon", "at", "with", "into", "onto"})
_PLACE_NOUNS: Final = frozenset({"street", "square", "road", "avenue", "capital", "city", "town", "streets"})
_PLACE_ENTS: Final = frozenset({"GPE", "LOC", "FAC"})
_VIOLENCE_CUES: Final = frozenset({"violent", "violently", "clash", "riot", "fighting", "violence"})
_PROTESTER_WORDS: Final = frozenset({"protester", "protestor", "demonstrator", "supporter", "activist"})
_MOB_WORDS: Final = frozenset({"mob", "crowd", "rioter", "vigilante"})
_CHARGE_VERBS: Final = frozenset({"accuse", "charge", "convict", "suspect", "acquit", "clear", "warn"})
_ARTICLES: Final = frozenset({"the", "a", "an"})
_NP_LEFT_DEPS: Final = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case"})


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
        found: list[Detection] = []
        for sent in _sentences(doc):
            candidates = _select(sent, [_Candidate(t, e) for t in sent if (e := self.lexicon.match(t))])
            found.extend(_detection(doc, article, sent, c) for c in candidates)
        return self._refine_acled(found)

    def _refine_acled(self, detections: list[Detection]) -> list[Detection]:
        """Replace lexicon ACLED sub-types with the classifier's where it is confident and consistent."""
        if self.acled is None:
            return detections
        todo = [i for i, d in enumerate(detections) if _acled_codes(d.type)]
        if not todo:
            return detections
        predictions = self.acled.predict([detections[i].sentence.text for i in todo])
        refined = list(detections)
        for index, prediction in zip(todo, predictions, strict=True):
            allowed = ACLED_TYPES_FOR_PLOVER[detections[index].type.plover]
            if prediction.probability >= ACLED_MIN_PROBABILITY and prediction.event_type in allowed:
                new_type = replace(
                    detections[index].type,
                    acled_event_type=acled_event_type(prediction.sub_event_type),
                    acled_sub_event_type=prediction.sub_event_type,
                )
                refined[index] = replace(detections[index], type=new_type)
        return refined


def _sentences(doc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, cut again at line breaks (a heading or caption is not part of the next sentence)."""
    out: list[SpacySpan] = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    out.append(doc[start : token.i])
                start = token.i + 1
        if sent.end > start:
            out.append(doc[start : sent.end])
    return [s for s in out if any(not t.is_space for t in s)]


def _acled_codes(event_type: EventType) -> bool:
    """Whether ACLED would code an event of this PLOVER type (protests, violence, seizures, arrests)."""
    if event_type.plover in ("PROTEST", "ASSAULT"):
        return True
    return event_type.plover == "COERCE" and event_type.mode in ("seize", "destroy", "arrest", "raid")


# --- choosing one trigger per event -------------------------------------------------------------


def _select(sent: SpacySpan, candidates: list[_Candidate]) -> list[_Candidate]:
    """Drop triggers that are part of another trigger's event; merge a sentence's protest triggers."""
    verbs = {c.token.i: c for c in candidates}
    kept = [c for c in candidates if not _subsumed(c, verbs) and not _verb_subsumed(c, verbs)]
    kept = _merge_conjuncts(kept)
    return _merge_protest(sent, kept)


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
    return token.dep_ in ("advcl", "xcomp") and governing.entry.plover == "PROTEST"


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
    best = max(protests, key=lambda c: (c.entry.mode == "riot", c.entry.reliability))
    if violent and best.entry.mode != "riot":
        riot = replace(best.entry, mode="riot", acled_sub="Violent demonstration")
        best = _Candidate(best.token, riot)
    absorbed = {c.token.i for c in protests}
    if violent:
        absorbed |= {c.token.i for c in candidates if c.token.lemma_.lower() in _VIOLENCE_CUES}
    absorbed.discard(best.token.i)
    return [best if c.token.i == best.token.i else c for c in candidates if c.token.i not in absorbed]


# --- building a detection ------------------------------------------------------------------------


def _detection(doc: Doc, article: Article, sent: SpacySpan, candidate: _Candidate) -> Detection:
    """Arguments, type, modality and confidence of one chosen trigger."""
    token, entry = candidate.token, candidate.entry
    actors, targets = _arguments(token, entry)
    event_type = _event_type(entry, actors)
    mod = _typed_modality(doc, token, entry)
    confidence = entry.reliability * (1.0 if actors else NO_ACTOR_FACTOR)
    confidence *= 1.0 if _in_main_clause(token) else SUBORDINATE_FACTOR
    confidence *= 1.0 if mod == "asserted" else NOT_ASSERTED_FACTOR
    return Detection(
        sentence=_sentence_span(article, sent),
        trigger=_trigger_span(article, token, entry),
        type=event_type,
        confidence=round(confidence, 3),
        modality=mod,
        actor_spans=tuple(_np_span(article, a, sent) for a in actors if a in sent),
        target_spans=tuple(_np_span(article, t, sent, _keeps_of(token)) for t in targets if t in sent),
    )


def _in_main_clause(token: Token) -> bool:
    """Whether the trigger is the main predicate (or its subject/object noun), reporting verbs aside."""
    while token.dep_ == "conj":
        token = token.head
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
        lemmas = {t.lemma_.lower() for a in actors for t in (a, *_of_objects(a))}
        if lemmas & _PROTESTER_WORDS:
            sub = "Violent demonstration"
        elif lemmas & _MOB_WORDS:
            sub = "Mob violence"
    return EventType(entry.plover, entry.mode, acled_event_type(sub), sub)


# --- arguments -----------------------------------------------------------------------------------


def _arguments(token: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Head tokens of the trigger's actors (doers) and targets (done to)."""
    if token.pos_ == "NOUN":
        actors, targets = _noun_arguments(token)
    else:
        actors, targets = _verb_arguments(token, entry)
    actors = [_antecedent(a) for a in actors]
    targets = [_antecedent(t) for t in targets if t.lemma_.lower() not in entry.extras]
    return _with_conjuncts(actors), _with_conjuncts(targets)


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ('politicians that protesters freed')."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _verb_arguments(verb: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Subject or passive agent as actor; object, passive subject, against/on/at/with objects as target."""
    actors: list[Token] = []
    targets: list[Token] = []
    passive = _is_passive_participle(verb) and any(c.dep_ == "agent" for c in verb.children)
    target_preps = _TARGET_PREPS | set(entry.extras)  # "call on X", "set fire to X", "break into X"
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive:
            actors.append(child)
        elif child.dep_ == "agent":
            actors.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("nsubjpass", "dobj", "nsubj"):
            targets.append(child)
        elif child.dep_ in ("prep", "prt", "dative") and child.lower_ in target_preps:
            targets.extend(g for g in child.children if g.dep_ == "pobj" and not _is_place(g))
    if not actors:
        actors = _inherited_actors(verb) or _conjunct_agents(verb)
    if verb.dep_ == "acl" and not targets and _is_passive_participle(verb) and verb.head.dep_ != "ROOT":
        targets = [verb.head]  # "mines seized by marauders": the modified noun is what was seized
    return actors, targets


def _conjunct_agents(verb: Token) -> list[Token]:
    """'the mine had been seized and the offices robbed by a gang': the agent serves both verbs."""
    return [
        g
        for conj in verb.conjuncts
        for child in conj.children
        if child.dep_ == "agent"
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _inherited_actors(verb: Token) -> list[Token]:
    """The subject a conjunct, a controlled clause or a participle shares with its head."""
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if verb.dep_ == "conj":
            return subjects or _inherited_actors(head)
        return subjects
    active = not _is_passive_participle(verb) or head.dep_ == "ROOT"  # a noun ROOT: the parse missed the verb
    if verb.dep_ in ("acl", "pcomp") and active:
        return [head] if head.pos_ in ("NOUN", "PROPN", "PRON") else []
    return []


def _is_passive_participle(verb: Token) -> bool:
    """A past participle used adjectivally ('mines seized by marauders')."""
    return verb.tag_ == "VBN"


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Possessor, 'by X' and a light verb's subject as actor; 'against/on/of/with X' as target."""
    actors = [c for c in noun.children if c.dep_ == "poss"]
    targets: list[Token] = []
    for child in noun.children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(objects)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"of"}:
            targets.extend(o for o in objects if not _is_place(o))
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            actors.append(child)
    if not actors and noun.dep_ == "dobj":
        actors = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return actors, targets


def _of_objects(token: Token) -> list[Token]:
    """The objects of the token's 'of' phrases."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _is_place(token: Token) -> bool:
    """A place noun ('onto the streets', 'in Bishkek') is a location, not a target."""
    return token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in _PLACE_NOUNS


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """The heads plus their conjuncts ('Hungarian and Romanian officials', 'X and Y')."""
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(t for t in head.conjuncts if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "PRON"))
    return out


# --- spans ---------------------------------------------------------------------------------------


def _keeps_of(trigger: Token) -> bool:
    """'accused the governor of corruption': after these verbs an 'of' phrase is the charge, not the name."""
    return trigger.lemma_.lower() not in _CHARGE_VERBS


def _np_span(article: Article, head: Token, sent: SpacySpan, with_of: bool = True) -> Span:
    """The noun phrase around a head, within its sentence: left modifiers, adjacent names, 'of' phrases."""
    tokens = [head]
    for child in head.lefts:
        if child.dep_ in _NP_LEFT_DEPS:
            tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ in ("appos", "compound", "flat") and not _comma_between(head, child):
            tokens.extend(t for t in child.subtree if t.dep_ not in ("punct", "relcl", "acl"))
        elif child.dep_ == "prep" and child.lower_ == "of" and with_of:
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                tokens.extend(
                    [child, obj, *(t for c in obj.lefts if c.dep_ in _NP_LEFT_DEPS for t in c.subtree)]
                )
    first = max(min(t.i for t in tokens), sent.start)
    last = min(max(t.i for t in tokens), sent.end - 1)
    doc = head.doc
    while first < head.i and (doc[first].lower_ in _ARTICLES or doc[first].is_punct):
        first += 1
    while last > head.i and doc[last].is_punct:
        last -= 1
    return _char_span(article, doc[first].idx, doc[last].idx + len(doc[last]))


def _comma_between(a: Token, b: Token) -> bool:
    """Whether punctuation separates two tokens (an appositive after a comma is a description)."""
    low, high = sorted((a.i, b.i))
    return any(t.is_punct for t in a.doc[low + 1 : high])


def _trigger_span(article: Article, token: Token, entry: TriggerEntry) -> Span:
    """The trigger word, widened over its phrase words when they are close ('called on', 'set fire to')."""
    related = [token, *token.children, *(g for c in token.children for g in c.children)]
    words = [t for t in related if t.lemma_.lower() in entry.extras]
    tokens = [token, *words]
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if last - first > len(entry.extras) + 2:  # words far apart: keep just the head word
        first = last = token.i
    doc = token.doc
    return _char_span(article, doc[first].idx, doc[last].idx + len(doc[last]))


def _sentence_span(article: Article, sent: SpacySpan) -> Span:
    """The sentence without surrounding whitespace."""
    start, end = sent.start_char, sent.end_char
    while start < end and article.text[start].isspace():
        start += 1
    while end > start and article.text[end - 1].isspace():
        end -= 1
    return _char_span(article, start, end)


def _char_span(article: Article, start: int, end: int) -> Span:
    """A Span over article.text."""
    return Span(start, end, article.text[start:end])
