"""What several spec files share: the field names every contract record carries, the default detector's
detections of a sentence, made-up detections and lead scopes, the check of a detection's ACLED coding, spec
cases named by their rule, the place a note's first event is read at, the names of a text's place chains,
where an American local story places an event, a listed town as the places stage gives it, the toll counted
for a story's event, training rows of the coder-table builds, a script of scripts/ imported as a module, a
small ACLED export."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Final

import pytest
from _pytest.mark import ParameterSet
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.casualties import count_casualties
from kronika.coder_build.rows import CoderRow
from kronika.events import load_detector
from kronika.events.arguments import arguments
from kronika.events.classifier import AcledPrediction
from kronika.events.lead_rules import LeadScope
from kronika.events.lead_steps import LeadStep
from kronika.events.lexicon import TriggerEntry
from kronika.events.taxonomy import acled_event_type
from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains
from kronika.geo.dateline import find_dateline
from kronika.model import (
    Actor,
    Article,
    ArticleContext,
    Casualties,
    Detection,
    EventDate,
    EventMention,
    EventType,
    Evidence,
    Place,
    Span,
)
from kronika.pipeline import Pipeline
from kronika.places import locate

# The contract's record fields, spelled as the contract spells them; a record may carry more.
CONTRACT_FIELDS: Final = frozenset(
    {
        "id",
        "articles",
        "type",
        "mode",
        "acled_event_type",
        "acled_sub_event_type",
        "date",
        "date_precision",
        "historical",
        "actors",
        "targets",
        "location",
        "fatalities",
        "injured",
        "evidence",
        "confidence",
    }
)


def detected(nlp: Language, text: str) -> list[Detection]:
    """The default detector's detections of `text`, read as an article of its own."""
    article = Article(id="t", text=text)
    return load_detector().detect(nlp(text), article)


def plover_by_trigger(nlp: Language, text: str) -> dict[str, str]:
    """The PLOVER type of each trigger text (lower-cased) the default detector finds in one text."""
    return {d.trigger.text.lower(): d.type.plover for d in detected(nlp, text)}


def asserted_only(detections: Sequence[Detection]) -> list[Detection]:
    """Only the detections the pipeline turns into events: those told as having happened."""
    return [d for d in detections if d.modality == "asserted"]


def made_up_detection(
    sentence: str,
    trigger: str,
    plover: str,
    sub: str | None = None,
    *,
    mode: str | None = None,
    confidence: float = 0.9,
    text: str | None = None,
) -> Detection:
    """A made-up detection of `sentence`, triggered on the first `trigger` in it.

    The sentence stands at the start of the article unless `text`, the whole article, is given; the type
    is PLOVER `plover` (with `mode`) and, where `sub` is given, that ACLED sub-type under its event type.
    """
    start = 0 if text is None else text.index(sentence)
    at = sentence.index(trigger) + start
    return Detection(
        sentence=Span(start, start + len(sentence), sentence),
        trigger=Span(at, at + len(trigger), trigger),
        type=EventType(plover, mode, acled_event_type(sub) if sub else None, sub),
        confidence=confidence,
    )


def assert_sub_type(found: Detection | EventType, expected: str | None) -> None:
    """Assert that `found` (a detection, or the type a rule gave) is coded as ACLED sub-type `expected`
    (None: not coded), under that sub-type's event type: a retyping rule must move both together."""
    kind = found.type if isinstance(found, Detection) else found
    assert kind.acled_sub_event_type == expected
    assert kind.acled_event_type == acled_event_type(expected)


def classifier_reading(sub: str, probability: float) -> AcledPrediction:
    """The ACLED classifier's reading of ACLED sub-type `sub` (its event type follows) at `probability`."""
    return AcledPrediction(acled_event_type(sub) or "", sub, probability)


def lead_scope(
    text: str,
    lead_end: int | None = None,
    *,
    prediction: AcledPrediction | None = None,
    peaceful: bool = False,
) -> LeadScope:
    """The scope of a lead sentence that starts `text`, its paragraph running to `lead_end` (the text's end
    where not given), read by the classifier as `prediction` (surely a peaceful protest where `peaceful`);
    its document is an empty one."""
    end = len(text) if lead_end is None else lead_end
    return LeadScope(Doc(Vocab()), text, 0, end, prediction, peaceful)


def lead_retyped(step: LeadStep, paragraph: str, plover: str, sub: str) -> Detection:
    """The lead after `step`: the first sentence of `paragraph` (up to '. '), typed `plover` and `sub` and
    triggered on its second word, retyped in the scope of the whole paragraph."""
    sentence = paragraph.split(". ")[0]
    lead = made_up_detection(sentence, sentence.split()[1], plover, sub)
    (out,) = step([lead], lead_scope(paragraph))
    return out


def detection_on(text: str, sentence_with: str, plover: str = "ASSAULT") -> Detection:
    """A detection on the sentence (ending at '.') that holds `sentence_with`, triggered on its first word."""
    at = text.index(sentence_with)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0) if at else 0
    end = text.index(".", at) + 1
    return Detection(
        Span(start, end, text[start:end]), Span(start, start + 1, text[start]), EventType(plover), 1.0
    )


def story_toll(
    nlp: Language, text: str, sentence_with: str | None = None, title: str | None = None
) -> Casualties:
    """Killed and injured as counted for the event told in the sentence of `text` that holds `sentence_with`
    (the text's first twelve characters where not given), under the headline `title` where given."""
    told = text[:12] if sentence_with is None else sentence_with
    return count_casualties(nlp(text), detection_on(text, told), title)


def whole_sentence(text: str, event_type: EventType | None = None) -> Detection:
    """A detection covering the whole text, triggered on its first word: an assault unless told otherwise."""
    return Detection(Span(0, len(text), text), Span(0, 1, text[0]), event_type or EventType("ASSAULT"), 1.0)


def rule(wording: str, *cases: tuple[object, ...]) -> list[ParameterSet]:
    """The cases of one rule in a parametrized spec, each named by the rule's wording and its first value."""
    return [pytest.param(*case, id=f"{wording}: {case[0]}") for case in cases]


def asked(read: tuple[object, ...], expected: tuple[object, ...]) -> tuple[object, ...]:
    """What a case asks of a reading: its values where the case expects one, None where it asks nothing."""
    return tuple(None if want is None else got for got, want in zip(read, expected, strict=True))


def first_event_place(pipeline: Pipeline, text: str) -> tuple[str, str | None, str]:
    """The country, region and name of the place of a note's first event (a note of 2 April 2021)."""
    mentions = pipeline.mentions(Article("t", text, published=date(2021, 4, 2)))
    location = mentions[0].location
    assert location is not None
    return (location.country, location.admin1, location.name)


def types_told_after(pipeline: Pipeline, lead: str, sentence: str, published: date) -> list[str]:
    """The PLOVER types of the mentions the pipeline reads from `sentence`, a paragraph of its own after
    `lead`'s (the lead sets what the story already told: an arrest, or no violence at all)."""
    article = Article("probe", f"{lead}\n\n{sentence}", published=published)
    return [m.type.plover for m in pipeline.mentions(article) if m.evidence.start > len(lead)]


def chain_names(text: str) -> list[list[str]]:
    """The names of each place chain of `text`, in the order the chains stand."""
    return [[n.text for n in chain.names] for chain in find_chains(text)]


def listed_town(gazetteer: Gazetteer, name: str, country: str, admin1: str | None = None) -> Place:
    """The gazetteer's town of that name in that country (and first-level region, where given), as the
    places stage gives it before any rule moves it."""
    towns = gazetteer.lookup(name, kind="city", country=country)
    return next(e for e in towns if admin1 is None or e.admin1 == admin1).to_place()


def locate_us(nlp: Language, gazetteer: Gazetteer, text: str, trigger: str) -> Place | None:
    """Where an American local story, all of it `text`, places the event its first `trigger` names (the
    trigger's sentence first)."""
    detection = made_up_detection(text, trigger, "ASSAULT")
    ctx = ArticleContext(Article("t", text), focus_country="USA", dateline=find_dateline(text, gazetteer))
    return locate(nlp(text), detection, ctx, gazetteer)


def made_up_mention(
    kind: EventType, toll: Casualties, sentence: str, when: EventDate, at: int = 0
) -> EventMention:
    """A made-up mention of `kind` counting `toll` on `when`, told by `sentence` at offset `at` of an
    article, with no place or actors."""
    article = "a1"
    return EventMention(
        article_id=article,
        type=kind,
        date=when,
        location=None,
        actors=(),
        targets=(),
        casualties=toll,
        evidence=Evidence(article, sentence, at, at + len(sentence)),
        trigger=Span(at, at + 1, sentence[0]),
        historical=False,
        confidence=0.9,
    )


def coder_row(
    location: str,
    lat: float,
    lon: float,
    note: str | None = None,
    *,
    iso3: str,
    admin1: str,
    admin2: str = "",
    admin3: str = "",
) -> CoderRow:
    """A training row coded at `location` (`lat`, `lon`) under `admin1` of `iso3` (and `admin2`, `admin3`
    where given); its note is `note`, or where not given one telling of clashes in the location.

    A spec file binds its country and region with functools.partial; a case may still override them.
    """
    return CoderRow(iso3, admin1, admin2, admin3, location, lat, lon, note or f"Clashes in {location}.")


def script_module(name: str) -> ModuleType:
    """The script scripts/`name`.py, imported as a module (once: a second call returns the first import)."""
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses of the script look their module up here
    spec.loader.exec_module(module)
    return module


def span_actors(nlp: Language, lexicon: ActorLexicon, text: str, doer: str) -> list[tuple[str, str | None]]:
    """The (name, sector) of each actor the span `doer` of `text` names, in an article of `text` alone."""
    start = text.index(doer)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [(a.name, a.sector) for a in actors.resolve([Span(start, start + len(doer), doer)])]


def phrase_actors(
    nlp: Language, lexicon: ActorLexicon, text: str, phrase: str, focus: str | None = None, nth: int = 0
) -> tuple[Actor, ...]:
    """The actors the `nth` occurrence of `phrase` in `text` resolves to, in an article of `text` alone
    whose focus country is `focus`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    ctx = ArticleContext(Article("t", text), focus_country=focus)
    return ArticleActors(nlp(text), ctx, lexicon).resolve([Span(start, start + len(phrase), phrase)])


def country_place(gazetteer: Gazetteer, iso3: str) -> Place:
    """A country as the places stage gives a place known only by its country."""
    entry = gazetteer.country(iso3)
    assert entry is not None
    return entry.to_place()


def verb_roles(
    nlp: Language, text: str, trigger: str, plover: str = "ASSAULT", mode: str | None = None
) -> tuple[list[str], list[str]]:
    """The actor and target head words `arguments` finds for the first token written `trigger`, read as a
    verb trigger of `plover` (and `mode`)."""
    token = next(t for t in nlp(text) if t.text == trigger)
    actors, targets = arguments(token, TriggerEntry("V", token.lemma_, (), plover, mode, None, 1.0))
    return [a.text for a in actors], [t.text for t in targets]


def unnamed_doer_sectors(nlp: Language, lexicon: ActorLexicon, text: str, trigger: str) -> list[str | None]:
    """The sectors of the doers an attack whose clause names nobody gets (`EventDoers.unnamed`)."""
    detection = made_up_detection(text, trigger, "ASSAULT", "Attack")
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    return [a.sector for a in EventDoers(actors).unnamed(detection)]


ACLED_FIELDS: Final = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "admin1",
    "latitude",
    "longitude",
    "fatalities",
    "inter1",
    "notes",
)


def write_acled_notes(path: Path, notes: Sequence[str]) -> None:
    """A gzipped ACLED export, one row per note: mob violence in Osh on 2 March 2021 by rioters."""
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ACLED_FIELDS)
        writer.writeheader()
        for note in notes:
            values = ("KGZ1", "2-Mar-21", "Riots", "Mob violence", "Osh", "40.52", "72.79", "0", "5", note)
            writer.writerow(dict(zip(ACLED_FIELDS, values, strict=True)))


OLD_ACLED_FIELDS: Final = (
    "EVENT_ID_CNTY",
    "EVENT_DATE",
    "EVENT_TYPE",
    "INTER1",
    "ADMIN1",
    "LATITUDE",
    "LONGITUDE",
    "NOTES",
    "FATALITIES",
)


def write_old_acled_notes(path: Path, rows: Sequence[tuple[str, str]]) -> None:
    """A gzipped old-schema (2015) ACLED export, one row per (event type, note): Dhaka, 5 March 2015."""
    with gzip.open(path, "wt", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, OLD_ACLED_FIELDS)
        writer.writeheader()
        for n, (kind, note) in enumerate(rows, 1):
            values = (f"BNG{n}", "05-March-2015", kind, "5", "Dhaka", "23.71", "90.41", note, "1")
            writer.writerow(dict(zip(OLD_ACLED_FIELDS, values, strict=True)))
