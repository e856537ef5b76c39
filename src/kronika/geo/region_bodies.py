"""The countries of the first-level regions (or the countries themselves) a note names only inside a body's
or a movement's name ('the Sindh National Party', 'Tamil Nadu Agricultural University', 'Jeay Sindh', 'the
Nepal Sadhbhawan Party'), as the home its shared town names read in."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.names import name_key
from kronika.geo.resolve import BODY_WORDS, COMMON_WORDS
from kronika.nlp import entities, span_text

# A body's, a people's or a person's tag (spaCy tags 'Tamil Nadu' a person at times): not a place's, which
# votes as one already (geo/focus.py), nor a site's, so often named after places elsewhere
_BODY_LABELS = frozenset({"ORG", "NORP", "PERSON"})
MAX_REGION_WORDS = 3  # 'Khyber Pakhtunkhwa', 'Jammu and Kashmir'
MIN_REGION_CHARS = 4  # shorter capitalised words are initials ('UP' of a Bangladeshi union parishad)
# A one-word region counts only under its own name and this big: capitalised words of bodies' names are
# the names of regions somewhere too ('the District Council', District of Columbia; 'Rajya Sabha', Libya's
# Sabha), a big region's name hardly ever
MIN_ONE_WORD_REGION = 1_000_000
OPENING_CHARS = 3000  # a long article's opening says where it is; reading on costs lookups


def region_body_countries(doc: Doc, gazetteer: Gazetteer) -> frozenset[str]:
    """The one country of each first-level region that a body, a movement or a people the note names is
    named after, the region opening its name: 'the Sindh National Party' protests in Pakistan and
    'students of Tamil Nadu Agricultural University' in India, so a town name such a note shares with a
    bigger namesake abroad ('outside the Hyderabad press club') is that country's town. A region closing
    a name is a place's part or a street's namesake ('Negros Oriental', 'Garita de Lima square'); a region
    of two countries ('Punjab') tells neither; a region spaCy tags as a place votes as one already
    (geo/focus.py); in a person's name only a region of two words or more counts ('Victoria' names no
    Australian state). An American state makes no home: it names newspapers and companies the world over
    ('the New York Times reported'), and America has a namesake of nearly every town, so such a home would
    read a note's towns there; American local news is told apart by its own words
    (geo/american_local.py)."""
    found: set[str] = set()
    for ent in entities(doc):
        if ent.label_ not in _BODY_LABELS or ent.start_char >= OPENING_CHARS:
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        for size in range(1, min(MAX_REGION_WORDS, len(words)) + 1):
            run = words[:size]
            # a one-word region must open a longer name ('the Sindh National Party'): alone it is a place
            # spaCy took for a body ('refugees from Tigray' in a Sudanese note), read as a place or not
            if _candidate(run, ent.label_) and (size > 1 or len(words) > 1):
                found |= _region_countries(span_text(doc[run[0].i : run[-1].i + 1]), gazetteer)
    return frozenset(found - {LOCAL_NEWS_COUNTRY}) | _country_bodies(doc, gazetteer)


def _country_bodies(doc: Doc, gazetteer: Gazetteer) -> frozenset[str]:
    """The country a body's name opens with, where the note names only one so: 'supporters of the Nepal
    Sadhbhawan Party ... in Bara and Parsa districts' are Nepal's Bara, not Sudan's. A body named after its
    country acts at home; America is left out, as its states are (its namesakes of nearly every town)."""
    found: set[str] = set()
    for ent in entities(doc):
        if ent.label_ != "ORG" or ent.start_char >= OPENING_CHARS:
            continue
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        for size in range(1, min(MAX_REGION_WORDS, len(words) - 1) + 1):  # the country and more words
            run = words[:size]
            if not _candidate(run, ent.label_):
                continue
            country = gazetteer.country(span_text(doc[run[0].i : run[-1].i + 1]))
            if country is not None:
                found.add(country.country)
                break
    found.discard(LOCAL_NEWS_COUNTRY)
    return frozenset(found) if len(found) == 1 else frozenset()


def _candidate(run: list[Token], label: str) -> bool:
    """Whether the opening words of a name may write a region: capitalised at both ends, in a person's
    name two words or more."""
    return run[0].is_title and run[-1].is_title and (len(run) > 1 or label != "PERSON")


def _region_countries(text: str, gazetteer: Gazetteer) -> set[str]:
    """The country of the first-level region the words write, where it lies in one country only."""
    key = name_key(text)
    if len(text) < MIN_REGION_CHARS or key in COMMON_WORDS or key in BODY_WORDS:
        return set()  # 'the Central Committee': a word of the land, no region's name
    if gazetteer.country(text) is not None:
        return set()  # a country's name is read as one
    regions = [e for e in gazetteer.lookup(text) if e.kind == "admin1"]
    if " " not in text.strip():
        big = [e for e in regions if name_key(e.name) == key and e.population >= MIN_ONE_WORD_REGION]
        if len(big) < len(regions):  # a region abroad so called in translation, or a small one
            return set()
    countries = {e.country for e in regions}
    return countries if len(countries) == 1 else set()
