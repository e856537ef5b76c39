"""Where an event happened: the article's focus country, its dateline, and each event's place."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.mentions import PLACE_LABELS, PlaceMention, sentence_mentions
from kronika.geo.resolve import resolve_name
from kronika.model import ArticleContext, Detection, Place

LEAD_CHARS = 600  # mentions in the lead count double towards the focus country
MIN_SCORE = 0.5  # below this a mention is more likely an actor, an origin or a border than the event's place
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
_CAPS = r"[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}"
_DATELINE = re.compile(
    rf"^(?:{_DATE}\s+)?(?P<city>{_CAPS})(?:,\s*(?P<where>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}))?"
    rf"\s*(?:\([^)]{{1,40}}\))?\s*(?:—|–|--|-|:)\s*\S"
)
_DATED_CAPS = re.compile(rf"^{_DATE}\s+(?P<city>{_CAPS})\b(?![a-z])")
DATELINE_LINES = 6  # a dateline opens the story, but boilerplate lines may come first


def focus_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """Alpha-3 of the country the article is mostly about: places and demonyms; the lead counts double."""
    votes: Counter[str] = Counter()
    for ent in doc.ents:
        country = _ent_country(ent, gazetteer)
        if country:
            votes[country] += 2 if ent.start_char < LEAD_CHARS else 1
    if not votes:
        return None
    return max(votes.items(), key=lambda item: (item[1], -_first_seen(doc, item[0], gazetteer)))[0]


def _ent_country(ent: Span, gazetteer: Gazetteer) -> str | None:
    """The country a place entity or a demonym stands for."""
    if ent.label_ == "NORP":
        return gazetteer.demonym(ent.text)
    if ent.label_ in PLACE_LABELS or (ent.label_ == "PERSON" and len(ent) == 1):
        entry = resolve_name(gazetteer, ent.text, None, untagged=ent.label_ not in PLACE_LABELS)
        return entry.country if entry else None
    return None


def _first_seen(doc: Doc, country: str, gazetteer: Gazetteer) -> int:
    """Offset of the first mention of `country`, to break ties in favour of the lead."""
    return next((e.start_char for e in doc.ents if _ent_country(e, gazetteer) == country), len(doc.text))


def find_dateline(text: str, gazetteer: Gazetteer) -> Place | None:
    """The place of a dateline opening the text.

    Forms: 'BISHKEK —', 'BISHKEK, Kyrgyzstan (Reuters) -', 'Oct 7th 2020 ALMATY'.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line) or _DATED_CAPS.match(line)
        if match is None:
            continue
        where = match.groupdict().get("where")
        entry = _dateline_entry(gazetteer, match.group("city"), where)
        if entry is not None:
            return entry.to_place()
    return None


def _dateline_entry(gazetteer: Gazetteer, city: str, where: str | None) -> GeoEntry | None:
    """Resolve a dateline's city, narrowed by the country or region written after it."""
    entries = [e for e in gazetteer.lookup(city.title()) if e.lat is not None]
    if where:
        country = gazetteer.country(where)
        regions = {e.admin1 for e in gazetteer.lookup(where, kind="admin1")}
        entries = [e for e in entries if (country and e.country == country.country) or e.admin1 in regions]
    entries = [e for e in entries if e.kind != "admin1"]
    return max(entries, key=lambda e: (e.kind == "city", e.population), default=None)


def locate(doc: Doc, detection: Detection, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """Where this event happened: its sentence, else earlier sentences of its paragraph, else the dateline,
    else the focus country."""
    focus = ctx.focus_country
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    if sentence is None:
        return _fallback(ctx, gazetteer)
    trigger = _trigger_token(doc, detection)
    best = _best(sentence_mentions(doc, sentence, gazetteer, focus, trigger))
    if best is None:
        best = _best_before(doc, sentence, gazetteer, focus)
    if best is not None:
        return _place_of(best)
    return _fallback(ctx, gazetteer)


def _trigger_token(doc: Doc, detection: Detection) -> Token | None:
    """The trigger's head token."""
    span = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _best(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The top-scored mention, if it is likely enough to be the event's place."""
    return mentions[0] if mentions and mentions[0].score >= MIN_SCORE else None


def _best_before(doc: Doc, sentence: Span, gazetteer: Gazetteer, focus: str | None) -> PlaceMention | None:
    """The nearest earlier sentence of the same paragraph that names a likely place."""
    paragraph_start = doc.text.rfind("\n", 0, sentence.start_char) + 1
    earlier = [s for s in doc.sents if paragraph_start <= s.start_char and s.end_char <= sentence.start_char]
    for previous in reversed(earlier):
        best = _best(sentence_mentions(doc, previous, gazetteer, focus, previous.root))
        if best is not None:
            return best
    return None


def _place_of(mention: PlaceMention) -> Place:
    """The contract place for a mention; a region keeps its plain name."""
    return mention.entry.to_place()


def _fallback(ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The dateline's place, else the focus country at country precision."""
    if ctx.dateline is not None:
        return ctx.dateline
    if ctx.focus_country:
        country = gazetteer.country(ctx.focus_country)
        return country.to_place() if country else None
    return None
