"""The countries of the first-level regions a note names only inside a body's or a movement's name ('the
Sindh National Party', 'Tamil Nadu Agricultural University', 'Jeay Sindh'), as the home its shared town
names read in."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.mentions import PLACE_LABELS
from kronika.geo.names import name_key
from kronika.geo.resolve import BODY_WORDS, COMMON_WORDS

MAX_REGION_WORDS = 3  # 'Khyber Pakhtunkhwa', 'Jammu and Kashmir'
MIN_REGION_CHARS = 4  # shorter capitalised words are initials ('UP' of a Bangladeshi union parishad)
# A one-word region counts only under its own name and this big: capitalised words of bodies' names are
# the names of regions somewhere too ('the District Council', District of Columbia; 'Rajya Sabha', Libya's
# Sabha), a big region's name hardly ever
MIN_ONE_WORD_REGION = 1_000_000
OPENING_CHARS = 3000  # a long article's opening says where it is; reading on costs lookups


def region_body_countries(doc: Doc, gazetteer: Gazetteer) -> frozenset[str]:
    """The one country of each first-level region written in the note's capitalised words outside a
    place's tag: 'the Sindh National Party' protests in Pakistan and 'students of Tamil Nadu Agricultural
    University' in India, so a town name such a note shares with a bigger namesake abroad ('outside the
    Hyderabad press club') is that country's town. A region of two countries ('Punjab') tells neither; a
    region spaCy tags as a place votes as one already (geo/focus.py); in a person's name only a region of
    two words or more counts ('Victoria Mensah' names no Australian state). An American state makes no
    home: it names newspapers and companies the world over ('the New York Times reported'), and America
    has a namesake of nearly every town, so such a home would read a note's towns there; American local
    news is told apart by its own words (geo/american_local.py)."""
    found: set[str] = set()
    tokens = [t for t in doc if t.idx < OPENING_CHARS]
    for size in range(1, MAX_REGION_WORDS + 1):
        for i in range(len(tokens) - size + 1):
            run = tokens[i : i + size]
            if _candidate(run):
                found |= _region_countries(doc.text[run[0].idx : run[-1].idx + len(run[-1].text)], gazetteer)
    return frozenset(found - {LOCAL_NEWS_COUNTRY})


def _candidate(run: list[Token]) -> bool:
    """Whether a run of tokens may write a region named outside a place: capitalised at both ends, in no
    place's tag, in a person's tag only two words or more."""
    first, last = run[0], run[-1]
    if not (first.is_title and last.is_title):
        return False
    if any(t.ent_type_ in PLACE_LABELS for t in run):
        return False
    return len(run) > 1 or first.ent_type_ != "PERSON"


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
