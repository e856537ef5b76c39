"""The rule-based event detector: lexicon triggers per sentence, their arguments, type, modality, confidence.

Confidence says how sure the detector is that the detection is an event the article reports, and
ranks an article's detections so that its main event (the lead sentence's main trigger) comes first.
It is (see `trigger_detection`) the lexicon reliability of the trigger phrase (how often that phrase names
that event type) x 0.85 when no actor was found (an event without a doer is less certain to be coded right)
x 0.8 when the trigger sits in a subordinate clause or modifier rather than the main clause (or
the clause a reporting verb introduces), x 0.6 instead in a clause that describes a noun,
x 0.6 when the modality is not "asserted", x 0.9 when the sentence does not open a paragraph
(leads carry the news), x 0.6 for a demand or accusation protesters make (the protest is the
event). The ACLED classifier reads a sentence that opens a paragraph together
with the rest of its paragraph (`passages.passages`: ACLED codes an event from all its report
says), other sentences alone. When it confirms a sentence's ACLED-codable trigger (the one its
reading is consistent with, else the most confident), the two are combined as independent signs:
1 - (1 - confidence) x (1 - classifier probability). A sentence with a violence word but no
trigger gets classifier probability x 0.8 x the same structural factors (where the text tells no
attack, from a weaker reading of violence if it has no trigger at all and tells a toll, `told_tolls`);
so does the text's first sentence, on its main verb, when the reading of its passage is sure (at
least 0.8) and none of its detections tells an event of that ACLED type (a report's main event is
told in its lead).
It is a ranking score in 0..1, not a calibrated probability.
Last, the ordered steps of `lead_steps.py` retype the lead by what its paragraph goes on to tell
(arrests after a protest, fire returned after an attack) and by the coder's heading, and
`follow_up_weights.py` discounts follow-up sentences of a text whose first sentence is an ACLED-codable
event, and sentences that open with a pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Final

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kronika.events.acled_rules import SURE_READING, acled_conventions, hijacked_attack
from kronika.events.acled_typing import (
    ACLED_MIN_PROBABILITY,
    VIOLENCE_AGAINST_CIVILIANS,
    Draft,
    acled_codable,
    fallback_type,
    lead_type,
    quiet_lead_type,
    threatened_only,
    type_sentence,
    uncoded_lead,
)
from kronika.events.battle_rules import fought_reading
from kronika.events.charged_readings import charged_reading
from kronika.events.chemical_attacks import chemical_attack
from kronika.events.clause_triggers import sentence_entry, trigger_lemmas
from kronika.events.coded_apart import without_coded_apart
from kronika.events.crowd_harm import crowd_harm
from kronika.events.doc_words import DocWords, doc_words
from kronika.events.follow_up_weights import weigh_by_discourse
from kronika.events.heading_lines import reporting_sentences
from kronika.events.headings import HEADING_PROBABILITY, heading_type
from kronika.events.lead_rules import lead_detection
from kronika.events.lead_steps import (
    LATER_STEPS,
    PARAGRAPH_STEPS,
    LeadScope,
    run_steps,
)
from kronika.events.lexicon import Lexicon, TriggerEntry
from kronika.events.loose_senses import harmless
from kronika.events.modality import object_denied
from kronika.events.passages import passages
from kronika.events.reading_ties import reading_breaks_tie
from kronika.events.rules import adjust
from kronika.events.selection import Candidate, select
from kronika.events.spans import date_or_dateline, sentences
from kronika.events.speech_weights import charges_weighed
from kronika.events.taxonomy import PEACEFUL_PROTEST, VIOLENT_ACLED_TYPES
from kronika.events.told_tolls import TOLL_MIN_PROBABILITY, tells_toll, toll_reading
from kronika.events.trigger_detection import trigger_detection
from kronika.events.violence_words import HARM_WORDS, only_harmless, violence_word
from kronika.model import Article, Detection, EventType

if TYPE_CHECKING:
    from kronika.events import AcledTyper
    from kronika.events.classifier import AcledPrediction

# How a sentence that reports ends; a line of its own without one is a title or byline.
_CLOSING: Final = frozenset(".!?\"')”’")
# A classifier reading without a lexicon trigger is the weaker sign (0.8: on ACLED notes such a
# reading of probability p is right about 0.8 p of the time; 0.7 left them under-confident).
FALLBACK_FACTOR: Final = 0.8
# The classifier alone makes an event of a trigger-less sentence only above this probability.
FALLBACK_MIN_PROBABILITY: Final = 0.6
# The classifier's reading of the text's lead passage is its main event, told or not by a trigger,
# from this probability on (calibrated: such readings are right about 2 times in 3, the same bar as the
# fallback). Rechecked on ACLED notes 0-1500: 0.8 -> 0.6 types 5 more leads right (troop movements,
# protests told without a trigger, police raids on drug labs) and no right one wrong; below 0.6 readings
# are right barely half the time (0.53 at 0.4-0.5), too weak to make an event of their own.
LEAD_MIN_PROBABILITY: Final = 0.6
# A text in which nothing at all is found ('The army succeeded in liberating the area', 'forces conducted
# operations targeting militants, camps were dismantled') is told by its lead's reading from this
# probability on: all it has to go by. On the held-out study slices (May 0..1600, validation 0..2000,
# extra 0..2000) the readings of such texts from 0.35 to 0.4 give the right event type 3 times in 4
# (2 right sub-types; the fourth is a clash read as an attack); below 0.35 right 1 time in 2.
QUIET_TEXT_MIN_PROBABILITY: Final = 0.35
# A reading of the lead's whole paragraph as a peaceful protest at least this sure outranks the words of
# damage or scuffles the paragraph names and a later protest mention read as one with intervention
# (`retype_lead`): on ACLED notes extra 0..1000 and 2000..3400 and May 0..300 and 1600..2538 this types 9
# more leads right and none wrong.
PEACEFUL_SURE: Final = 0.9


@dataclass(frozen=True)
class SentenceTriggers:
    """A sentence's chosen triggers, as drafts, and where the words start that the lexicon holds but the
    parse reads in another sense ('shot to fame', 'fought the charges'), words of harm done aside: the
    classifier's fallback event is read on none of them."""

    drafts: list[Draft]
    rejected: frozenset[int]


@dataclass(frozen=True)
class RuleDetector:
    """Finds events with the trigger lexicon and the dependency parse; `acled` refines ACLED sub-types."""

    lexicon: Lexicon
    acled: AcledTyper | None = None

    def detect(self, doc: Doc, article: Article) -> list[Detection]:
        """Every event trigger in the article, one Detection per event, in text order."""
        # a crosshead, a list item or a line of site chrome is not read (`heading_lines`)
        sents = reporting_sentences(doc, sentences(doc))
        if not sents:
            return []
        leads = _with_date_lines(sents, [_leads_paragraph(article, sent) for sent in sents])
        words = doc_words(doc)
        read = [
            self._triggers(doc, article, sent, lead, words) for sent, lead in zip(sents, leads, strict=True)
        ]
        drafts = [r.drafts for r in read]
        texts = passages(article.text, [(s.start_char, s.end_char) for s in sents], leads)
        top = _first_reporting(sents, leads)
        predictions = self._predict(sents, texts, drafts, top, words)
        found = [
            d
            for i, (sent, sent_read) in enumerate(zip(sents, read, strict=True))
            for d in _typed_sentence(
                doc, article, sent, sent_read, predictions.get(sent.start), i == top, words
            )
        ]
        lead_prediction = predictions.get(sents[top].start)
        if _quiet(found) and lead_prediction is not None and not only_harmless(sents[top], words):
            bar = QUIET_TEXT_MIN_PROBABILITY
            found += _lead_event(doc, article, sents[top], lead_prediction, [], bar, quiet=True)
        if not _tells_attack(found):
            found += _toll_events(doc, article, sents, read, predictions, words)
        first = sents[top].start_char
        lead_end = first + len(texts[top])
        # the rules read the lead's paragraph without what it marks as coded separately (another event's);
        # the classifier reads the whole note, as it was trained
        told = without_coded_apart(article.text)
        scope = LeadScope(doc, told, first, lead_end, lead_prediction, _sure_peaceful(lead_prediction))
        typed_lead = lead_detection(found, first)
        found = run_steps(PARAGRAPH_STEPS, found, scope)
        reading = fought_reading(_sure_reading(lead_prediction), typed_lead, lead_detection(found, first))
        found = run_steps(LATER_STEPS, found, scope)
        if not _asserted(found) and (kind := heading_type(article.text)) is not None:
            # the heading says what was coded even where no word of the note tells it ("Mass grave: ...")
            lead = _reading_detection(doc, article, sents[top], sents[top].root, kind, HEADING_PROBABILITY)
            found = [*found, replace(lead, modality="asserted")]
        found = reading_breaks_tie(found, first, lead_prediction, doc)
        weak = lead_prediction is not None and lead_prediction.probability < LEAD_MIN_PROBABILITY
        # a hijacking read as an air strike (the classifier's own lead event among them) is an attack
        found = [hijacked_attack(charged_reading(doc, article, d)) for d in found]
        # people counted hurt right after a protest that turned violent are its harm, no attack of their own
        found = crowd_harm(doc, found)
        return weigh_by_discourse(found, first, reading, weak=weak)

    @cached_property
    def _trigger_lemmas(self) -> frozenset[str]:
        """The lemmas a trigger can have (`clause_triggers.trigger_lemmas`), gathered once per detector."""
        return trigger_lemmas(self.lexicon)

    def _triggers(
        self, doc: Doc, article: Article, sent: SpacySpan, lead: bool, words: DocWords
    ) -> SentenceTriggers:
        """The sentence's chosen triggers as detections, before ACLED typing, and the words of the lexicon
        its parse reads as no event (`words`: the document's)."""
        # the other words have no entry: skip reading their parse
        tokens = [doc[i] for i in words.indices(sent, self._trigger_lemmas)]
        matches: list[Candidate] = []
        rejected: set[int] = set()
        for token in tokens:
            entry = sentence_entry(token, self.lexicon)
            adjusted = adjust(token, entry, self.lexicon)
            if adjusted is not None:
                matches.append(Candidate(token, adjusted))
            elif entry is not None and token.lemma_.lower() not in HARM_WORDS:
                rejected.add(token.idx)  # 'the wounded were taken to hospital' still tells harm done
        candidates = select(sent, matches)
        drafts = [
            Draft(trigger_detection(doc, article, sent, c, lead), c.entry.reliability) for c in candidates
        ]
        return SentenceTriggers(charges_weighed(article, sent, candidates, drafts), frozenset(rejected))

    def _predict(
        self, sents: list[SpacySpan], texts: list[str], drafts: list[list[Draft]], top: int, words: DocWords
    ) -> dict[int, AcledPrediction]:
        """Classifier predictions of `texts` (one per sentence: its passage), in one batch per document,
        for sentences that may hold an ACLED event; sentence `top` is the text's lead (`words`: the
        document's)."""
        if self.acled is None:
            return {}
        # the lead's passage is always read: its reading says which event leads the text
        wanted = [
            (sent, text, sent_drafts)
            for i, (sent, text, sent_drafts) in enumerate(zip(sents, texts, drafts, strict=True))
            if i == top
            or any(acled_codable(d.detection.type) for d in sent_drafts)
            or violence_word(sent, words) is not None
        ]
        if not wanted:
            return {}
        # the lead's passage first: a typer that reads only a document's first passages closely reads it
        wanted.sort(key=lambda read: read[0].start != sents[top].start)
        floors = [
            0.0 if sent.start == sents[top].start else _reading_floor(dr, not dr and tells_toll(sent, words))
            for sent, _, dr in wanted
        ]
        predictions = self.acled.predict([text for _, text, _ in wanted], floors)
        return {sent.start: p for (sent, _, _), p in zip(wanted, predictions, strict=True)}


def _reading_floor(drafts: list[Draft], toll: bool) -> float:
    """The least probability from which the reading of a sentence other than the lead changes anything
    (`_typed_sentence`): its asserted codable detection is typed by any reading; with codable ones none of
    them asserted, `type_sentence` leaves them and only a sure reading weighs in `acled_conventions`;
    with none codable, a reading also tells the `_fallback` event, and where the sentence has no trigger
    at all but tells a toll (`toll`), the `_toll_events` one from a lower bar."""
    codable = [d for d in drafts if acled_codable(d.detection.type)]
    if any(d.detection.modality == "asserted" for d in codable):
        return 0.0
    if codable:
        return SURE_READING
    return min(TOLL_MIN_PROBABILITY if toll else FALLBACK_MIN_PROBABILITY, SURE_READING)


def _with_date_lines(sents: Sequence[SpacySpan], leads: list[bool]) -> list[bool]:
    """`leads` with the sentence after a paragraph's date line ("06 June. Gunmen ...") or dateline
    ("RIVERSIDE, Calif. — Two men ...") opening the paragraph too: the news starts after it."""
    for i in range(len(sents) - 1):
        if leads[i] and date_or_dateline(sents[i]):
            leads[i + 1] = True
    return leads


def _first_reporting(sents: Sequence[SpacySpan], leads: Sequence[bool]) -> int:
    """The index of the text's lead: its first sentence, unless that is a line of its own without a
    closing stop (a title or byline: it reports nothing) or a date line or dateline before more text,
    then the next such, else 0."""
    for i, sent in enumerate(sents):
        alone = leads[i] and (i + 1 == len(sents) or leads[i + 1])
        if not alone or (sent.text.rstrip()[-1:] in _CLOSING and not date_or_dateline(sent)):
            return i
    return 0


def _typed_sentence(
    doc: Doc,
    article: Article,
    sent: SpacySpan,
    read: SentenceTriggers,
    prediction: AcledPrediction | None,
    is_lead: bool,
    words: DocWords,
) -> list[Detection]:
    """One sentence's detections, ACLED-typed (with the conventions a trigger settles against the
    classifier, `acled_rules`), with the classifier's own event where no trigger tells one: the
    fallback for a violence word the parse did not read in another sense (`read.rejected`), or in the
    text's lead its reading (whichever is surer); `words` are the document's."""
    drafts = read.drafts
    reading = prediction.probability if prediction else None
    typed = [acled_conventions(d, reading) for d in type_sentence(drafts, prediction)]
    if prediction is None:
        return typed
    extra: list[Detection] = []
    if not any(acled_codable(d.detection.type) for d in drafts):
        extra = _fallback(doc, article, sent, prediction, words, _unreal_words(drafts) | read.rejected)
    if is_lead:
        lead = [] if only_harmless(sent, words) else _lead_event(doc, article, sent, prediction, typed)
        if lead and (not extra or lead[0].confidence > extra[0].confidence):
            extra = lead
    # the classifier's own event names no weapon of its reading: a chemical agent the sentence names does
    extra = [chemical_attack(d) for d in extra]
    return uncoded_lead(typed + extra, prediction, LEAD_MIN_PROBABILITY) if is_lead else typed + extra


# --- building a detection ------------------------------------------------------------------------


def _unreal_words(drafts: Sequence[Draft]) -> frozenset[int]:
    """Where the triggers start that the rules read as no act done: a threat ('said they would protest if
    ...'), or an act denied, planned or supposed."""
    return frozenset(
        d.detection.trigger.start
        for d in drafts
        if d.detection.type.plover == "THREATEN" or d.detection.modality != "asserted"
    )


def _fallback(
    doc: Doc,
    article: Article,
    sent: SpacySpan,
    prediction: AcledPrediction,
    words: DocWords,
    unreal: frozenset[int] = frozenset(),
) -> list[Detection]:
    """A detection from the classifier alone, for a sentence with a violence word but no codable trigger;
    never on a word the rules read as no act done (`unreal`: where such triggers start)."""
    word = violence_word(sent, words, unreal)
    event_type = fallback_type(prediction)
    if word is None or event_type is None or prediction.probability < FALLBACK_MIN_PROBABILITY:
        return []
    return [_reading_detection(doc, article, sent, word, event_type, prediction.probability)]


def _toll_events(
    doc: Doc,
    article: Article,
    sents: Sequence[SpacySpan],
    read: Sequence[SentenceTriggers],
    predictions: dict[int, AcledPrediction],
    words: DocWords,
) -> list[Detection]:
    """Where the text tells no attack, an event for each sentence with no trigger at all that tells a toll
    (`told_tolls`) and whose reading is one of violence, if weaker than `_fallback` needs: 'few details
    were released, but one is dead following a gunshot' is the only telling of its attack, whose toll
    would otherwise be lost. Where an attack is told, such a sentence restates its toll ('she was hit and
    died of gunshot wounds'), and a charge, an accusation or a lawsuit tells the toll of the attack it is
    about."""
    found: list[Detection] = []
    for sent, sent_read in zip(sents, read, strict=True):
        prediction = predictions.get(sent.start)
        if sent_read.drafts or prediction is None or not toll_reading(prediction):
            continue
        word, event_type = violence_word(sent, words, sent_read.rejected), fallback_type(prediction)
        if word is not None and event_type is not None and tells_toll(sent, words):
            found.append(_reading_detection(doc, article, sent, word, event_type, prediction.probability))
    return found


def _tells_attack(detections: Sequence[Detection]) -> bool:
    """Whether any asserted detection tells an act of violence (an assault, or an ACLED type of violence)."""
    return any(
        d.modality == "asserted"
        and (d.type.plover == "ASSAULT" or d.type.acled_event_type in VIOLENT_ACLED_TYPES)
        for d in detections
    )


def _reading_detection(
    doc: Doc, article: Article, sent: SpacySpan, word: Token, event_type: EventType, probability: float
) -> Detection:
    """A detection on `word` of the type a classifier reading gives, weighed by how sure the reading is."""
    entry = TriggerEntry(
        pos="N" if word.pos_ == "NOUN" else "V",
        head=word.lemma_.lower(),
        extras=(),
        plover=event_type.plover,
        mode=event_type.mode,
        acled_sub=event_type.acled_sub_event_type,
        reliability=round(probability * FALLBACK_FACTOR, 3),
    )
    detection = trigger_detection(doc, article, sent, Candidate(word, entry), _leads_paragraph(article, sent))
    return replace(detection, type=event_type)


def _lead_event(
    doc: Doc,
    article: Article,
    sent: SpacySpan,
    prediction: AcledPrediction,
    typed: list[Detection],
    bar: float = LEAD_MIN_PROBABILITY,
    *,
    quiet: bool = False,
) -> list[Detection]:
    """The classifier's sure reading of the text's lead passage as an event of its first sentence, where
    none of that sentence's detections tells an event of that ACLED type.

    A report tells its main event in its lead; when its triggers miss it (a troop movement, "olive
    trees were cut down", a protest the parse hides), the reading stands for it, so that a
    follow-up's arrest or seizure does not become the main event (`weigh_by_discourse` caps those).
    """
    event_type = quiet_lead_type(prediction) if quiet else lead_type(prediction)
    if event_type is None or prediction.probability < bar or object_denied(sent.root, ()):
        return []  # "police made no arrests": the lead tells what was not done
    if harmless(sent.root):
        return []  # "the collapse of a canopy killed 15": a harm no one inflicted
    wanted = event_type.acled_event_type
    if any(d.modality == "asserted" and d.type.acled_event_type == wanted for d in typed):
        return []
    if any(d.modality in ("negated", "future") and d.type.plover == event_type.plover for d in typed):
        # "the talks ended without an agreement" denies that event, "leaders will gather for a summit on
        # Wednesday" tells it to come ('intended' is no such sign: "formed a human chain to protest")
        return []
    if threatened_only(event_type, typed):
        return []  # "an armed group threatened to attack schools": no attack was made
    if wanted == VIOLENCE_AGAINST_CIVILIANS and any(
        d.modality == "asserted" and d.type.plover == "PROTEST" for d in typed
    ):
        return []  # "villagers protested after a girl was raped": the harm is the protest's grievance
    # the sentence's main verb tells what the lead reports, and who did it
    detection = _reading_detection(doc, article, sent, sent.root, event_type, prediction.probability)
    if detection.modality == "habitual" or any(_outweighs(d, detection) for d in typed):
        return []  # "police routinely arrest protesters": a habit is no event to stand for
    return [replace(detection, modality="asserted")]


def _outweighs(found: Detection, lead: Detection) -> bool:
    """Whether a codable detection of the lead sentence tells its event better than the classifier's
    reading would: it is surer, or it is the very word (the lexicon names that word's event)."""
    if not acled_codable(found.type) or found.modality != "asserted":
        return False
    return found.confidence >= lead.confidence or found.trigger == lead.trigger


def _quiet(detections: Sequence[Detection]) -> bool:
    """Whether the detections tell no event but what some act was done for: none, or only purposes
    ("Police fire tear gas to disperse protests": the parse finds no trigger in "fire tear gas", and
    "disperse" is only intended). A negated, future or possible act says nothing happened."""
    return all(d.modality == "intended" for d in detections)


def _asserted(detections: Sequence[Detection]) -> bool:
    """Whether any of the detections is asserted (one that will become an event)."""
    return any(d.modality == "asserted" for d in detections)


def _sure_peaceful(prediction: AcledPrediction | None) -> bool:
    """Whether the classifier reads the lead's paragraph as a peaceful protest at `PEACEFUL_SURE` or more."""
    if prediction is None or prediction.sub_event_type != PEACEFUL_PROTEST:
        return False
    return prediction.probability >= PEACEFUL_SURE


def _sure_reading(prediction: AcledPrediction | None) -> str | None:
    """The classifier's sub-type when it is sure enough to type with it, else None."""
    if prediction is None or prediction.probability < ACLED_MIN_PROBABILITY:
        return None
    return prediction.sub_event_type


def _leads_paragraph(article: Article, sent: SpacySpan) -> bool:
    """Whether the sentence opens the article or a paragraph (only whitespace with a line break before it)."""
    text, start = article.text, sent.start_char
    begin = start  # the whitespace before the sentence, found without copying the text before it
    while begin > 0 and text[begin - 1].isspace():
        begin -= 1
    return begin == 0 or "\n" in text[begin:start]
