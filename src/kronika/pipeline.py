"""Runs the stages in order: per article (a map) and then across articles (merge, the one reduce)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol, TextIO

from spacy.language import Language
from spacy.tokens import Doc

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.coding import coded_by_doers
from kronika.actors.cues import article_entries
from kronika.actors.doers import joined_actors
from kronika.casualties import count_casualties, headline_casualties
from kronika.casualties.recalled_days import SentenceDay, in_passing, recalled_days, told_before
from kronika.casualties.stories import story_start
from kronika.clean import clean
from kronika.dates import dated_by_itself, is_historical, resolve_date
from kronika.dedup.merge import merge_mentions
from kronika.events import EventDetector, load_detector
from kronika.events.blockade_regions import regional_blockade
from kronika.events.era_conventions import era_convention
from kronika.events.realis import RealisModel
from kronika.events.threat_dates import dated_by_saying
from kronika.gazetteer import Gazetteer
from kronika.geo.armed_groups import armed_group_countries
from kronika.geo.background import background_place
from kronika.geo.dateline import find_dateline
from kronika.geo.eras import as_of
from kronika.geo.focus import focus_country
from kronika.geo.national_words import word_countries, word_votes
from kronika.geo.party_country import party_votes
from kronika.geo.people_homes import people_countries
from kronika.geo.police_homes import with_police
from kronika.geo.story_town import story_town
from kronika.geo.sudans import south_on_day
from kronika.geo.surnames import article_surnames
from kronika.model import (
    Article,
    ArticleContext,
    Detection,
    Event,
    EventDate,
    EventMention,
    Evidence,
    InputError,
)
from kronika.nlp import analyse, load_nlp, paragraph_bounds
from kronika.places import locate
from kronika.read import read_inputs
from kronika.reconcile.follow_ups import attacks_keep_tolls, headline_lends_toll
from kronika.reconcile.recalled_tolls import fresh_lead_outweighs
from kronika.reconcile.told_days import attacks_leave_aftermath_days, attacks_take_told_days
from kronika.reconcile.unlikely import MIN_REALIS, screen_unlikely

# articles spaCy parses together: its default of 1,000 would hold a thousand parsed articles at once (about
# 10 MB each for a long one) before the first is analysed; a few dozen parse as fast
PARSE_BATCH = 32


@dataclass(frozen=True)
class Extraction:
    """What one run produced: the articles read, the merged events, and the inputs that failed."""

    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    errors: tuple[InputError, ...]


@dataclass(frozen=True)
class _Dated:
    """An asserted detection with its day and whether it is background to the article's news."""

    detection: Detection
    date: EventDate
    historical: bool


@dataclass(frozen=True)
class _StoryDays:
    """Which sentences a toll is not read from: `recalled`, those telling only background on a day, by
    their start; `current`, those telling the article's current story."""

    recalled: Mapping[int, date]
    current: frozenset[int]

    def apart(self, historical: bool, when: EventDate) -> frozenset[int] | None:
        """The sentences an event's toll leaves out: a current event's, the background set well before its
        day; background told by its year ('similar clashes in 2008 left two dead'), the current story's (one
        told by its month may be a trial story's own incident: 'back in June, when she shot herself')."""
        if not historical:
            return told_before(self.recalled, when.value)
        return self.current if when.precision == "year" else None


@dataclass(frozen=True)
class Pipeline:
    """The loaded models and resources, passed explicitly to every stage."""

    nlp: Language
    detector: EventDetector
    gazetteer: Gazetteer
    lexicon: ActorLexicon
    # None scores no reading's realis
    realis: RealisModel | None = None
    # readings scored under this are dropped, but for the article's most confident one and tolls no other
    # reading counts (`reconcile/unlikely.py`; 0 keeps every reading)
    min_realis: float = MIN_REALIS

    @classmethod
    def load(cls, actor_lexicon: Path | None = None, min_realis: float = MIN_REALIS) -> Pipeline:
        """Load spaCy, the event detector with its ACLED typer, the gazetteer, the actor lexicon and the
        realis model, which screens readings under `min_realis` (`reconcile/unlikely.py`)."""
        from kronika.events.transformer import DOCUMENT_READS, BlendedTyper

        return cls(
            nlp=load_nlp(),
            detector=load_detector(BlendedTyper.load(reads=DOCUMENT_READS)),
            gazetteer=Gazetteer.load(),
            lexicon=ActorLexicon.load(actor_lexicon),
            realis=RealisModel.load(),
            min_realis=min_realis,
        )

    def mentions(self, article: Article) -> list[EventMention]:
        """Every asserted event the article reports, with its arguments resolved."""
        return self.mentions_from_doc(article, analyse(self.nlp, article))

    def mentions_from_doc(self, article: Article, doc: Doc) -> list[EventMention]:
        """The article's asserted events from its already parsed Doc (lets callers batch the parsing)."""
        named = article_entries(doc, self.lexicon)
        homes = armed_group_countries(named) | people_countries(article.text) | word_countries(article.text)
        words = word_votes(article.text)
        ctx = ArticleContext(
            article=article,
            focus_country=focus_country(
                doc,
                self.gazetteer,
                # the parties it names act at home, and so do the police it names by their country
                with_police(party_votes(named), doc, self.gazetteer),
                homes,
                words=words,
                title=article.title,
            ),
            dateline=find_dateline(article.text, self.gazetteer, article.title),
            home_country=next(iter(homes)) if len(homes) == 1 else None,
        )
        actors = ArticleActors(doc, ctx, self.lexicon)
        dated = self._dated(doc, ctx)
        # sentences that tell only an earlier incident, on the day they name: none of a later event's toll
        recalled = recalled_days(
            [
                SentenceDay(
                    d.detection.sentence.start,
                    d.date,
                    d.historical,
                    in_passing(doc, d.detection),
                    attack=d.detection.type.plover == "ASSAULT",
                    own_day=dated_by_itself(d.date),
                )
                for d in dated
            ],
            article.published,
        )
        # background told by its year counts its own toll, none of the sentences telling the current story
        current = frozenset(d.detection.sentence.start for d in dated if not d.historical)
        mentions = [self._mention(doc, d, ctx, actors, _StoryDays(recalled, current)) for d in dated]
        # a shooting named in passing by a later act's sentence takes the day written out for its toll
        mentions = attacks_take_told_days(mentions, article.published, doc)
        # nor the day of its arraignment told in the lead, where its toll's other tellings give a later day
        mentions = attacks_leave_aftermath_days(mentions, article.published, doc)
        # an arrest's sentence restating its shooting's toll leaves the toll to the shooting
        kept = attacks_keep_tolls(mentions)
        # a headline's toll no sentence is read as telling is the article's lead event's
        if article.title:
            kept = headline_lends_toll(kept, headline_casualties(article.title))
            # a fresh attack's story keeps an earlier attack it recalls from outweighing its own toll
            kept = fresh_lead_outweighs(kept, article.published)
        # a local story's event placed only in the country happened in the town its other reports name
        placed = story_town(kept, ctx.focus_country, article_surnames(doc))
        # what the article tells besides its main reading, too unlikely to be a particular event
        return screen_unlikely(placed, self.min_realis)

    def _dated(self, doc: Doc, ctx: ArticleContext) -> list[_Dated]:
        """The article's asserted detections in reading order, each dated and told current or background."""
        dated: list[_Dated] = []
        # "the day before", "the same day" point back to the last dated current event in reading order, or
        # to one dated earlier in the same sentence, background or not ('abducted in 2021 and later released')
        previous: EventDate | None = None
        in_sentence: tuple[int, EventDate] | None = None
        for detection in sorted(self.detector.detect(doc, ctx.article), key=_reading_order):
            if detection.modality != "asserted":
                continue  # denials, forecasts and hypotheticals are not events
            same = in_sentence is not None and in_sentence[0] == detection.sentence.start
            anchor = in_sentence[1] if in_sentence is not None and same else previous
            # a threat is dated by its saying, not by the day of the act it threatens
            when = resolve_date(doc, dated_by_saying(doc, detection), ctx, anchor)
            # `previous`: the last dated current event before it, whose day a recalled story's is before
            historical = is_historical(when, detection, doc, ctx.article.published, previous)
            if when.value is not None:
                in_sentence = (detection.sentence.start, when)
            if when.value is not None and not historical:
                previous = when
            dated.append(_Dated(detection, when, historical))
        return dated

    def _realis(self, doc: Doc, detection: Detection) -> float | None:
        """How likely the reading is a particular event at all (the realis model, where loaded)."""
        if self.realis is None:
            return None
        realis = self.realis.probability(doc, detection.trigger, detection.confidence, detection.type.plover)
        return round(realis, 4)

    def _mention(
        self,
        doc: Doc,
        dated: _Dated,
        ctx: ArticleContext,
        actors: ArticleActors,
        days: _StoryDays,
    ) -> EventMention:
        article = ctx.article
        detection, event_date, historical = dated.detection, dated.date, dated.historical
        sentence = detection.sentence
        detection = coded_by_doers(actors, detection)  # who did it can change ACLED's coding
        doers = actors.doers(detection)
        # the map as it stood on the event's day, else on the report's
        day = event_date.value or article.published
        # (an old-south town read in Sudan after independence is South Sudan's: `geo/sudans.py`)
        place = south_on_day(
            as_of(locate(doc, detection, ctx, self.gazetteer, doers), day), day, self.gazetteer
        )
        # a protest that blocked roads is a violent demonstration where and when its country's coders say so
        country = place.country if place is not None else ctx.focus_country
        detection = regional_blockade(detection, article.text, country, event_date.value or article.published)
        # what a country's coders coded one way for a span of years, which the text alone does not tell
        coded = era_convention(detection, article.text, country, event_date.value or article.published)
        if coded.type != detection.type:
            # the doers as the convention's coding reads them join those as the text's does: an attack by
            # "members of the BCL" coded a riot keeps the party and gains its men as the rioting crowd
            doers = joined_actors(doers, actors.doers(coded))
        detection = coded
        # background told by its year ('uprisings in 2005') is placed where its paragraph says
        if historical and event_date.precision == "year":
            begin, _ = paragraph_bounds(article.text, sentence.start, sentence.end)
            told = article.text[begin : sentence.end]
            place = background_place(place, told, self.gazetteer, ctx.focus_country)
        return EventMention(
            article_id=article.id,
            type=detection.type,
            date=event_date,
            location=place,
            actors=doers,
            targets=actors.resolve(detection.target_spans),
            casualties=count_casualties(
                doc,
                detection,
                article.title,
                article.published,
                apart=days.apart(historical, event_date),
            ),
            evidence=Evidence(article.id, sentence.text, sentence.start, sentence.end),
            trigger=detection.trigger,
            historical=historical,
            confidence=detection.confidence,
            realis=self._realis(doc, detection),
            published=article.published,
            story=story_start(doc, sentence.start, sentence.end),
        )

    def article_mentions(self, articles: Iterable[Article]) -> Iterator[list[EventMention]]:
        """Mentions per article, parsing in batches of `PARSE_BATCH` with spaCy's nlp.pipe."""
        pending = list(articles)
        docs = self.nlp.pipe((article.text for article in pending), batch_size=PARSE_BATCH)
        for article, doc in zip(pending, docs, strict=True):
            yield self.mentions_from_doc(article, doc)

    def extract_articles(self, articles: Sequence[Article]) -> list[Event]:
        """Merged events from already-cleaned articles."""
        mentions = [m for group in self.article_mentions(articles) for m in group]
        return merge_mentions(mentions)

    def extract(
        self,
        paths: Sequence[str],
        *,
        published: date | None = None,
        stdin: TextIO | None = None,
        progress: bool = False,
    ) -> Extraction:
        """Read, clean and analyse every input, then merge events across all of them."""
        return extract_with(self, paths, published=published, stdin=stdin, progress=progress)


def _reading_order(detection: Detection) -> tuple[int, int]:
    """Sort key: where the detection's trigger sits in the article."""
    return (detection.sentence.start, detection.trigger.start)


def read_articles(
    paths: Sequence[str], *, published: date | None = None, stdin: TextIO | None = None
) -> tuple[list[Article], list[InputError]]:
    """Read and clean all inputs; the ones that fail become InputErrors, the rest go on."""
    articles: list[Article] = []
    errors: list[InputError] = []
    seen: set[str] = set()
    for item in read_inputs(paths, published=published, stdin=stdin):
        result = item if isinstance(item, InputError) else clean(item)
        if isinstance(result, InputError):
            errors.append(result)
        elif result.id in seen:
            errors.append(InputError(result.id, "duplicate article id; the first one was kept"))
        else:
            seen.add(result.id)
            articles.append(result)
    return articles, errors


class ArticleAnalyser(Protocol):
    """What gives each article's mentions, in the articles' order: a `Pipeline`, or a `workers.WorkerPool`
    of pipelines in other processes."""

    def article_mentions(self, articles: Iterable[Article]) -> Iterator[list[EventMention]]:
        """Mentions per article, in input order."""
        ...


def extract_with(
    analyser: ArticleAnalyser,
    paths: Sequence[str],
    *,
    published: date | None = None,
    stdin: TextIO | None = None,
    progress: bool = False,
) -> Extraction:
    """Read and clean every input, have `analyser` analyse the articles, and merge their mentions into
    records across all of them (the one reduce, always in the calling process)."""
    articles, errors = read_articles(paths, published=published, stdin=stdin)
    groups = with_progress(analyser.article_mentions(articles), len(articles), progress)
    mentions = [m for group in groups for m in group]
    return Extraction(tuple(articles), tuple(merge_mentions(mentions)), tuple(errors))


def with_progress(
    groups: Iterator[list[EventMention]], total: int, enabled: bool
) -> Iterator[list[EventMention]]:
    """Wrap the per-article iterator in a progress bar on standard error when asked and it is a terminal."""
    if not enabled:
        return groups
    from tqdm import tqdm

    # delay keeps short batches quiet; disable=None drops the bar where standard error is no terminal,
    # so logs and callers reading the one-line errors never get bar frames among them
    return iter(tqdm(groups, total=total, unit="article", delay=2.0, leave=False, disable=None))
