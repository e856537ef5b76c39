"""Cleaning: article text from HTML (trafilatura) or plain text (own rules); rejecting unusable articles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kronika.clean.credits import credited_outlet
from kronika.clean.headline_lead import headline_led
from kronika.clean.language import WORD, guess_language, wordset
from kronika.clean.stamps import published_day
from kronika.model import Article, InputError, RawDocument
from kronika.read.common import looks_binary, parse_date

MIN_CHARS = 40  # shorter than this cannot hold a reportable sentence
MAX_CHARS = 2_000_000
_SHORT_WORDS = 12  # a line this short or shorter can be a heading, a credit or a button
_BODY_MIN_WORDS = 8
_TAIL_SHARE = 0.4  # an appeal that starts in the last 40% of the units ends the article
MIN_HEADLINE_WORDS = 4  # a headline read as the text must say something ('Tampa toddler shot in ...')
MIN_HEADLINE_CHARS = 20
_TITLE_PARTS = re.compile(r"\s+(?:\||::|-|–|—)\s+")  # 'Headline - Site Name', 'Headline :: WXYZ.com'
# A video playlist line opens with the clip's running time ('1:36 Deputy remembered at funeral'), not a
# time of day ('10:30 a.m.').
_PLAYLIST = re.compile(r"^\d{1,2}:\d{2}\s+(?![ap]\.?m\b)", re.IGNORECASE)
_CLIP_LENGTH = re.compile(r"^\d{1,2}:\d{2}$")  # a video's running time on a line of its own

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_LEADING_MARKS = re.compile(r"^[\s\-–—•*×·|>~_]+")
_SENTENCE_END = re.compile(r"""[.!?…:;]["'”’»)\]]*$""")
_FULL_PAGE = re.compile(r"<html[\s>]|<body[\s>]", re.IGNORECASE)

_CHROME = re.compile(
    r"""^(continue( reading)?|read more|read (the )?full (story|article)|share( this)?( story| article)?
    |advertisement|sponsored( content)?|print|e-?mail|comments?|\d+\s+comments?|close|more|next|previous
    |related( stories| articles| content)?|tweet|pinterest|facebook|twitter|whatsapp|linkedin|google\ plus
    |copy( link)?|watch( this)?( story| video)?|play( video)?|listen|skip\ to\ (main\ )?content|menu|search
    |home|top\ stories|trending|loading\.*|like\ this:.*|hide\ transcript.*|show\ transcript.*|a\ a)\W*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CHROME_PHRASES = re.compile(
    r"""\b(we\ have\ a\ small\ favou?r\ to\ ask|please\ support\ us|support\ (our|independent)\ journalism
    |subscribe|subscriber|subscription|newsletter|sign\ (up|in)|log\ ?in\b|cookies?\b
    |(or|to|please|now)\ register\b
    |register\ (now|today|here|for\ free|or|to\ (comment|continue|read|receive))\b
    |registered\ (users?|members?|subscribers?)\b|registering\ (for|with)\ (an\ account|us|our)
    |javascript|your\ browser|ad\ ?block|notifications?\b|verification|click\ (here|on\ the\ button)
    |tap\ here|all\ rights\ reserved|this\ material\ may\ not\ be|a\ friend\ wanted\ you\ to\ see
    |you\ must\ enter\ the\ characters|follow\ us|like\ us\ on
    |download\ (our|the)\b[^.]{0,40}\bapp\b|get\ breaking\ news|\bembed\b
    |terms\ of\ (use|service)|privacy\ policy
    |you\ are\ the\ owner\ of\ this|email\ notifications?|posts\ new\ content
    |delivered\ (right\ )?to\ your\ inbox|check\ your\ (spam|email|inbox)
    |already\ have\ an\ account|need\ an\ account|create\ (an\ account|one\ now)|why\ are\ we\ asking\ this
    |thank\ you\ for\ (reading|registering|signing\ up)|e-edition|tweet\ with\ a\ location)""",
    re.IGNORECASE | re.VERBOSE,
)
# A line naming a social network is chrome only when it asks the reader to go there ('Follow her on
# Twitter @handle', 'Like us on Facebook') or gives a handle; news often reports what someone posted there.
_SOCIAL_PROMPT = re.compile(
    r"""\b(follow|like\ (us|him|her|them|our|me)|find|join|keep\ up\ with|share|contact|reach
    |see\ more\ from|don.t\ miss)\b[^!?]{0,80}?\bon\ (facebook|twitter|instagram)\b
    |^on\ (facebook|twitter|instagram)\W*$|@\w+\ on\ twitter\b|\bon\ twitter\W+@\w""",
    re.IGNORECASE | re.VERBOSE,
)
_CREDIT = re.compile(
    r"""^(\(?(photos?|images?|pictures?|video|source|credit|photo\ credit|file\ photo)\s*:)
    |^(©|\(©|copyright\b)
    |\b(getty\ images|shutterstock|istock(photo)?|ap\ photo|afp\ photo|reuters\ photo)\b
    |\((reuters|ap|afp|tass|epa)\)\W*$
    |\((photos?|source|images?|credit|video)\s*:[^)]*\)\W*$
    |^(contributing|additional\ reporting|reporting\ by|editing\ by|written\ by|compiled\ by)\b
    |\b[A-Z][\w.'’-]*(\s[A-Z][\w.'’-]*)*\s/\s[A-Z][\w&.-]*(\s[A-Z][\w&.-]*)*\W*$""",
    re.VERBOSE,
)
_APPEAL = re.compile(
    r"""\b(small\ favou?r\ to\ ask|please\ (consider\ )?(support|donat|subscrib|contribut)
    |support\ (us|our\ (work|journalism|newsroom|reporting|mission)|independent\ journalism)
    |(make|making)\ a\ (donation|contribution)|become\ a\ (member|subscriber|supporter|patron)
    |subscribe\ (now|today|to\ our)|\bdonate\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_PREFIX_LINK = re.compile(
    r"^(related|read more|more|see also|watch|listen|also read|read)\s*:", re.IGNORECASE
)
# A highlight line reports the news in a few words ('Two adults, another child also injured'): it names a
# casualty, an act of the police or courts, or a day, which menu and link text does not.
_NEWS_WORD = re.compile(
    r"\b(?:shot|shoot\w*|kill\w*|injur\w*|wound\w*|dead|death|die[ds]?|slain|murder\w*|homicide|"
    r"arrest\w*|charged|suspect\w*|victim\w*|police|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"yesterday|tonight|last night)\b",
    re.IGNORECASE,
)
_MIN_HIGHLIGHT_WORDS = 4
_BYLINE = re.compile(r"^(by|written by|reporting by|posted by|updated)\b[:\s]", re.IGNORECASE)
_CONTACT = re.compile(r"^\S+@\S+\.\w+$|^(https?://|www\.)\S+$")


_MINOR_WORDS = wordset(
    "a an the of in on at to for and or but nor by with from as vs via into over after during amid"
)


@dataclass(frozen=True)
class Cleaned:
    """The outcome of the line rules: clean paragraphs and the headline found among them, if any."""

    paragraphs: tuple[str, ...]
    title: str | None
    highlights: tuple[str, ...] = ()  # short news lines, read only when the body says too little


def clean(doc: RawDocument) -> Article | InputError:
    """Turn a raw document into an Article with clean paragraphs, or say why it cannot be used."""
    if not doc.content.strip():
        lead = headline_text(doc.title)
        if lead is None:
            return InputError(doc.origin, "empty article")
        return _finish(doc, Cleaned((), doc.title), doc.title, doc.published)
    if looks_binary(doc.content):
        return InputError(doc.origin, "binary content")
    if doc.kind == "html":
        return _clean_html(doc)
    cleaned = clean_lines(_units(doc.content), doc.title)
    return _finish(doc, cleaned, doc.title or cleaned.title, doc.published)


def _clean_html(doc: RawDocument) -> Article | InputError:
    """Extract the main text with trafilatura, then apply the same line rules to its output."""
    import trafilatura

    result = _extract(trafilatura, doc, precise=True)
    if getattr(result, "text", None) is None:
        # Precision mode discards lone paragraphs, which is all a feed item or JSONL fragment may hold.
        result = _extract(trafilatura, replace(doc, content=_as_page(doc.content)), precise=False)
    text = getattr(result, "text", None)
    if not text or not text.strip():
        return InputError(doc.origin, "no article text found")
    title = doc.title or _optional(getattr(result, "title", None))
    cleaned = clean_lines([u for u in (_normalise(line) for line in text.split("\n")) if u], title)
    published = doc.published or parse_date(getattr(result, "date", None))
    article = _finish(doc, cleaned, title or cleaned.title, published)
    url = _optional(getattr(result, "url", None))
    if isinstance(article, Article) and article.url is None and url:
        return replace(article, url=url)
    return article


def _as_page(html: str) -> str:
    """Wrap an HTML fragment in a page with an <article>, so trafilatura treats it as the main text."""
    if _FULL_PAGE.search(html[:4096]):
        return html
    return f"<html><body><article>{html}</article></body></html>"


def _extract(trafilatura: Any, doc: RawDocument, *, precise: bool) -> Any:
    """Run trafilatura's extraction with metadata; None when it finds nothing or fails."""
    try:
        return trafilatura.bare_extraction(
            doc.content,
            url=doc.url,
            include_comments=False,
            include_tables=False,
            favor_precision=precise,
            favor_recall=not precise,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # a third-party parser on arbitrary pages: one bad page must not stop the batch
        return None


def _finish(
    doc: RawDocument, cleaned: Cleaned, title: str | None, published: date | None
) -> Article | InputError:
    """Apply the article-level checks and build the Article; a page whose body is only site furniture
    (a sign-in wall, a video playlist) is read from its headline, which still reports the news."""
    text = "\n\n".join(cleaned.paragraphs)
    lead = headline_text(title) if len(text) < MIN_CHARS else None
    if len(text) < MIN_CHARS and cleaned.highlights:
        # a page of highlight lines only: they tell the story (its day, its casualties) under the headline,
        # read as one lead paragraph so that their counts are read together ('one of eight shot' + 'killed')
        lead = " ".join(_stopped(line) for line in ([lead] if lead else []) + list(cleaned.highlights))
    if lead is None and title and len(text) >= MIN_CHARS:
        # a body of site furniture that tells nothing of the attack the headline reports is read under it
        text = headline_led(text, _TITLE_PARTS.split(_normalise(title)))
    text = lead or text
    if not text:
        return InputError(doc.origin, "no article text found")
    if len(text) < MIN_CHARS and lead is None:
        return InputError(doc.origin, f"too short: {len(text)} characters of text, need {MIN_CHARS}")
    if len(text) > MAX_CHARS:
        return InputError(doc.origin, f"too long: {len(text):,} characters, limit {MAX_CHARS:,}")
    language = guess_language(text)
    if language != "English":
        return InputError(doc.origin, f"not English (looks like {language})" if language else "not English")
    # a stamp may have been read as the title, or cut from a text page's head as site furniture
    head = doc.content[:STAMP_HEAD] if doc.kind == "text" else ""
    day = published_day(f"{title or ''}\n{head}\n{text}", published)
    source = doc.source or credited_outlet(doc.content)  # 'Copyright 2016 WAFB', dropped from the text
    return Article(id=doc.id, text=text, title=title, published=day, url=doc.url, source=source)


STAMP_HEAD = 500  # the characters of a text page's head that may hold its own 'Created: 01/26/2015' stamp


def _stopped(line: str) -> str:
    """A line ending in a full stop unless it ends like a sentence already."""
    return line if is_sentence(line) else f"{line}."


def headline_text(title: str | None) -> str | None:
    """A headline fit to stand for the article's text: its longest part once the site's name is cut
    ('Teen shot in Springfield - WXYZ.com' -> 'Teen shot in Springfield'), of some words; else None."""
    if not title:
        return None
    part = max(_TITLE_PARTS.split(_normalise(title)), key=len).strip()
    if len(part) < MIN_HEADLINE_CHARS or _words(part) < MIN_HEADLINE_WORDS or is_chrome(part):
        return None
    return part


def _optional(value: object) -> str | None:
    """A non-blank string, stripped, or None."""
    return value.strip() if isinstance(value, str) and value.strip() else None


# --- splitting into units -------------------------------------------------------------------------


def _normalise(line: str) -> str:
    """One line with invisible characters removed, odd spaces collapsed and leading bullets/dashes cut."""
    line = _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()
    return _LEADING_MARKS.sub("", line).strip()


def _units(text: str) -> list[str]:
    """Split plain text into units: paragraphs when blank lines separate hard-wrapped lines, else lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [n for n in (_normalise(line) for line in block.split("\n")) if n]
        units.extend([" ".join(lines)] if _hard_wrapped(lines) else lines)
    return [u for u in units if u]


def _hard_wrapped(lines: Sequence[str]) -> bool:
    """True when a block's lines are one paragraph broken at a fixed width (most end mid-sentence)."""
    if len(lines) < 2:
        return False
    inner = lines[:-1]
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    return open_ended / len(inner) >= 0.6 and sum(map(len, inner)) / len(inner) >= 40


# --- classifying units ----------------------------------------------------------------------------


def _words(unit: str) -> int:
    """Number of whitespace-separated words."""
    return len(unit.split())


def is_chrome(unit: str) -> bool:
    """Site furniture: buttons, share bars, sign-in and subscription prompts, notices, credits."""
    words = _words(unit)
    if _CHROME.match(unit) or _CONTACT.match(unit):
        return True
    if words <= 25 and _PLAYLIST.match(unit):
        return True
    if words <= 40 and any(rule.search(unit) for rule in (_CHROME_PHRASES, _SOCIAL_PROMPT, _CREDIT, _APPEAL)):
        return True
    return words <= 25 and bool(_PREFIX_LINK.match(unit))


def is_sentence(unit: str) -> bool:
    """True for a unit that ends like a sentence (final punctuation, possibly inside quotes)."""
    return bool(_SENTENCE_END.search(unit))


def is_heading(unit: str) -> bool:
    """A short line with no final punctuation: a headline, a section sub-heading or a label."""
    return _words(unit) <= _SHORT_WORDS and not is_sentence(unit)


def is_body(unit: str) -> bool:
    """A paragraph of news prose: a full sentence of some length, or a long run of words."""
    if is_chrome(unit):
        return False
    words = _words(unit)
    return (words >= _BODY_MIN_WORDS and is_sentence(unit)) or words > 2 * _SHORT_WORDS


def _title_case(unit: str) -> bool:
    """True when most words that are not minor words start with a capital letter."""
    words = [w for w in WORD.findall(unit) if w.lower() not in _MINOR_WORDS]
    if not words:
        return False
    return sum(1 for w in words if w[0].isupper()) / len(words) >= 0.75


def _looks_like_title(unit: str) -> bool:
    """A headline: a heading-like line that is title-case, or a longer sentence-case line; not a byline."""
    if not is_heading(unit) or _BYLINE.match(unit) or "|" in unit or unit.isupper():
        return False
    words = _words(unit)
    return (words >= 3 and _title_case(unit)) or words >= 6


# --- the rules ------------------------------------------------------------------------------------


def clean_lines(units: Sequence[str], title: str | None = None) -> Cleaned:
    """Drop site chrome, headlines, sub-headings and the closing appeal; find the headline if not given."""
    units = _cut_rail(_cut_appeal(list(units)))
    start = next((i for i, u in enumerate(units) if is_body(u)), None)
    if start is None:  # a very short text: start at its first sentence, the length check judges it
        start = next((i for i, u in enumerate(units) if is_sentence(u) and not is_chrome(u)), len(units))
    found = title or next((u for u in units[:start] if not is_chrome(u) and _looks_like_title(u)), None)
    body = [u for u in units[start:] if not is_chrome(u) and not is_heading(u) and not _same(u, found)]
    while body and not is_body(body[-1]) and not is_sentence(body[-1]):
        body.pop()
    highlights = (
        () if _has_clips(units) else tuple(u for u in units if is_highlight(u) and not _same(u, found))
    )
    return Cleaned(paragraphs=tuple(body), title=found, highlights=highlights)


_DOUBLED_HEAD = re.compile(r"(\w[^.!?\n]{15,150}?) \1 ")
# one or two doubled lines may be the story's own dek and photo caption (their counts are the story's);
# three runs make a rail
_MIN_RAIL_RUNS = 3


def _cut_rail(units: list[str]) -> list[str]:
    """Drop every unit printed twice or more in a row when a page has _MIN_RAIL_RUNS such runs: a rail of
    other stories' teasers, each a link and its summary of the same words, or a gallery's repeated caption;
    the story itself is printed once, and a rail left in gives its counts, places and days to the page.
    A unit opening with its own headline twice ('Mayor opens bridge Mayor opens bridge The mayor...') is
    such a teaser run into one line, dropped wherever it stands."""
    units = [u for u in units if not _DOUBLED_HEAD.match(u)]
    doubled = {i for i in range(1, len(units)) if units[i] == units[i - 1]}
    if sum(1 for i in doubled if i - 1 not in doubled) < _MIN_RAIL_RUNS:
        return units
    repeated = doubled | {i - 1 for i in doubled}
    return [u for i, u in enumerate(units) if i not in repeated]


def _has_clips(units: Sequence[str]) -> bool:
    """True for a page with a video rail: its short news lines are the headlines of other stories."""
    return any(_CLIP_LENGTH.match(u) or _PLAYLIST.match(u) for u in units)


def is_highlight(unit: str) -> bool:
    """A short news line in sentence case with no final stop ('No arrests as of Sunday afternoon'), as
    pages print above or instead of the story; a title-case label, a clip or a prompt is none."""
    if not is_heading(unit) or _words(unit) < _MIN_HIGHLIGHT_WORDS or is_chrome(unit):
        return False
    if _BYLINE.match(unit) or "|" in unit or unit.isupper() or _title_case(unit):
        return False
    return bool(_NEWS_WORD.search(unit))


def _cut_appeal(units: list[str]) -> list[str]:
    """Cut everything from the first donation/subscription appeal that starts near the end."""
    first_tail = int(len(units) * (1 - _TAIL_SHARE))
    for index in range(first_tail, len(units)):
        if _APPEAL.search(units[index]) and (is_chrome(units[index]) or _words(units[index]) <= 40):
            return units[:index]
    return units


def _same(unit: str, title: str | None) -> bool:
    """True when a unit repeats the headline (some pages print it again, or with the site name after it)."""
    if not title:
        return False
    a, b = unit.casefold().strip(" .:"), title.casefold()
    return a == b or (len(a) > 15 and b.startswith(a))
