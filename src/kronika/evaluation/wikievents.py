"""Scoring whole articles on WikiEvents, sentence by sentence: which sentences tell an event of what type."""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kronika.evaluation.common import MentionSource, Scorecard, sample, shorten
from kronika.evaluation.report import DatasetResult
from kronika.model import Article, EventMention

DATASET: Final = "wikievents"
FILES: Final = ("wikievents_dev.jsonl", "wikievents_test.jsonl")

# KAIROS event types (their first two levels) as the PLOVER type a sentence telling one should get. A death,
# an injury or damage is what an attack did, so a sentence telling one tells an ASSAULT. Types PLOVER does
# not code as events of their own (statements, travel, trade, disease, observing) are left out: a sentence
# that tells only those is scored on neither side.
KAIROS_TO_PLOVER: Final[dict[str, str]] = {
    "Conflict.Attack": "ASSAULT",
    "Life.Die": "ASSAULT",
    "Life.Injure": "ASSAULT",
    "ArtifactExistence.DamageDestroyDisableDismantle": "ASSAULT",
    "Conflict.Demonstrate": "PROTEST",
    "Justice.ArrestJailDetain": "COERCE",
    "Contact.ThreatenCoerce": "THREATEN",
    "Contact.RequestCommand": "REQUEST",
    "Justice.ChargeIndict": "ACCUSE",
    "Justice.InvestigateCrime": "ACCUSE",
    "Justice.TrialHearing": "ACCUSE",
    "Justice.Sentence": "SANCTION",
    "Justice.Convict": "SANCTION",
}
SCORED_TYPES: Final = frozenset(KAIROS_TO_PLOVER.values())


@dataclass(frozen=True)
class WikiSentence:
    """One sentence of a document: where it starts in the article built from the document, its text, the
    PLOVER types its annotated event mentions map to, and whether any event at all is annotated in it."""

    start: int
    text: str
    types: frozenset[str]
    annotated: bool


@dataclass(frozen=True)
class WikiDocument:
    """One annotated news document, its sentences in order."""

    id: str
    sentences: tuple[WikiSentence, ...]

    def article(self) -> Article:
        """The document as Kronika reads it: its sentences one to a line (the corpus kept no line breaks)."""
        return Article(id=self.id, text="\n".join(s.text for s in self.sentences))

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding character `offset` of `article()`'s text."""
        return bisect.bisect_right([s.start for s in self.sentences], offset) - 1


def load_wikievents(paths: Iterable[Path], limit: int, *, skip: int = 0) -> list[WikiDocument]:
    """A fixed sample of `limit` documents from the files that exist among `paths`."""
    documents = [
        _document(json.loads(line))
        for path in paths
        if path.is_file()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return sample(documents, limit, skip=skip)


def _document(record: dict) -> WikiDocument:
    """One corpus record as a WikiDocument: each sentence's text and the mapped types of its triggers."""
    types: dict[int, set[str]] = {}
    for mention in record["event_mentions"]:
        mapped = KAIROS_TO_PLOVER.get(".".join(mention["event_type"].split(".")[:2]))
        in_sentence = types.setdefault(mention["trigger"]["sent_idx"], set())  # annotated, mapped or not
        if mapped:
            in_sentence.add(mapped)
    sentences, start = [], 0
    for index, (_tokens, text) in enumerate(record["sentences"]):
        sentences.append(WikiSentence(start, text, frozenset(types.get(index, ())), index in types))
        start += len(text) + 1
    return WikiDocument(record["doc_id"], tuple(sentences))


def evaluate_wikievents(
    source: MentionSource, paths: Iterable[Path], limit: int, *, skip: int = 0
) -> DatasetResult:
    """Run the pipeline over each document and score the types it finds in each sentence."""
    documents = load_wikievents(paths, limit, skip=skip)
    groups = source.article_mentions(d.article() for d in documents)
    return score_wikievents(documents, list(groups))


def score_wikievents(
    documents: Sequence[WikiDocument], groups: Sequence[Sequence[EventMention]]
) -> DatasetResult:
    """Per sentence and scored type: recall (an annotated sentence gets a mention of its type) and precision
    (a sentence given a mention of a scored type has an annotation of that type), attacks apart; and for
    a mention of any type, whether its sentence tells any annotated event (statements and travel too)."""
    card = Scorecard(DATASET)
    for document, mentions in zip(documents, groups, strict=True):
        found: dict[int, set[str]] = {}
        for m in mentions:
            found.setdefault(document.sentence_of(m.trigger.start), set()).add(m.type.plover)
        for index, sentence in enumerate(document.sentences):
            where = f"{document.id}#{index}"
            if index in found:
                card.check(
                    "any type: sentences found that are annotated with any event",
                    sentence.annotated,
                    where,
                    "event where none is annotated",
                    f"{sorted(found[index])}: {shorten(sentence.text)!r}",
                )
            _score_sentence(card, sentence, found.get(index, set()) & SCORED_TYPES, where)
    return card.result(items=len(documents))


def _score_sentence(card: Scorecard, sentence: WikiSentence, ours: set[str], where: str) -> None:
    """One sentence's checks: each annotated type found (recall), each type found annotated (precision)."""
    text = shorten(sentence.text)
    for plover in sorted(sentence.types):
        card.check(
            _metric(plover, "found"),
            plover in ours,
            where,
            f"{plover} missed",
            f"{sorted(ours) or None}: {text!r}",
        )
    for plover in sorted(ours):
        card.check(
            _metric(plover, "annotated"),
            plover in sentence.types,
            where,
            f"{plover} not annotated",
            repr(text),
        )


def _metric(plover: str, side: str) -> str:
    """The row a check counts on: attacks (with deaths and damage) have rows of their own, the other scored
    types share two. 'found' is recall over annotated sentences, 'annotated' precision over the sentences
    given a type, against an annotation that leaves some events out (so a floor, not the precision)."""
    what = "attacks" if plover == "ASSAULT" else "other types"
    if side == "found":
        return f"{what}: annotated sentences found"
    return f"{what}: sentences found that are annotated"
