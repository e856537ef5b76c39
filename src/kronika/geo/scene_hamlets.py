"""Hamlets no list holds that American local news writes as a scene ('shot in Vanduser', 'near Vanduser',
'in the Vanduser area') with no state beside them, read in the state the story is placed in."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.chains import TYPE_WORDS
from kronika.geo.city_parts import listed_part
from kronika.geo.dateline import DATELINE
from kronika.geo.local import hospital_town, street_name
from kronika.geo.mention_scores import BEARINGS
from kronika.geo.nearby import COUNTY_KM, distance_km, entries_km
from kronika.geo.story_county import counties_written
from kronika.geo.unlisted import NOT_TOWN_LABELS, town_part, unlisted_town
from kronika.geo.zip_towns import has_post_office, office_entry
from kronika.model import Place
from kronika.nlp import doc_text, entities, per_doc
from kronika.person_nouns import PERSONS, ROLES

# The compass points a scene is measured from a town by ('northwest of Vanduser'); not the adjectives
# ('northern'), which measure nothing 'of' a town
_POINTS = tuple(sorted((b for b in BEARINGS if not b.endswith("ern")), key=lambda b: (-len(b), b)))
# Where a town stands as the scene: after 'in', 'near', 'outside', 'between' (the first of the two
# places a scene lies between: 'a campsite between Vanduser and Sikeston') or a compass point and 'of'
# ('northwest of Vanduser'), optionally as 'the town of'; after 'on' too, but only for an island
# (`_ISLAND`); 'of Vanduser' alone is someone's home, not the scene.
_SCENE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Oo]utside(?:\s+of)?|[Bb]etween|(?P<on>[Oo]n)"
    r"|(?P<bearing>" + "|".join(_POINTS) + r")\s+of)\s+(?:the\s+)?"
    r"(?P<town>(?:town|village|community|hamlet|borough)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})(?P<area>\s+area\b)?"
)
# The last words of an island's name: 'on' places a scene on an island ('shot on Vanduser Island'), while
# 'on' before other capitals is a day, a street or a medium ('on Sunday', 'on Facebook')
_ISLAND = frozenset({"island", "isle", "key"})
# A hamlet lies this close to the county or the town (a newsroom's, a hospital's) the story is placed at;
# a post office of its name farther off is another town (a county's centre to its edge is seldom more)
NEAR_KM = 80.0
# Words that make a run of capitals a body, a building or a road, not a town ('in Vanduser Fire Department')
_NOT_TOWN_WORDS = frozenset(
    {"police", "fire", "department", "school", "high", "elementary", "academy", "church", "hospital",
     "center", "centre", "park", "mall", "road", "street", "avenue", "highway", "river", "lake", "creek",
     "court", "jail", "university", "college", "club", "bar", "apartments", "hall"}
)  # fmt: skip

# 'an autopsy is being conducted in Vanduser', 'an autopsy at the Forensic Center in Vanduser': where the
# dead are examined, often a far city, not a scene (the autopsy written first, within the sentence)
_AUTOPSY_BEFORE = re.compile(r"\bautops(?:y|ies)\b[^.!?\n]{0,80}$", re.IGNORECASE)
AUTOPSY_CONTEXT = 100  # how far back before the name an autopsy is looked for
# The nouns that make a town written before them someone's home ('a Sikeston man'), not the scene
_HOME_NOUNS = PERSONS | ROLES | {"resident", "residents", "native", "couple"}
_PERSON_AFTER = re.compile(r"\s+([a-z]+)\b")
# A listed town smaller than this has no named quarters: a hamlet its story writes as the scene is one
# nearby, whatever farther town of the state a post office of that name serves
SMALL_TOWN = 25_000

# The labels that make a scene's run of capitals no hamlet: not an ORG or a PRODUCT, which spaCy's small
# model gives a town it has never seen ('a home in Vanduser'); a post office of the story's state bearing
# the name near its place, or in a county it names, makes it a town still
_NOT_HAMLET_LABELS = NOT_TOWN_LABELS - {"ORG", "PRODUCT"}


@dataclass(frozen=True)
class Hamlet:
    """A run of capitals written where a scene's town stands: the name, where it begins in the article,
    and whether a word around it calls it a place ('the Vanduser area', 'the town of Vanduser')."""

    name: str
    start: int
    called_place: bool


def scene_hamlets(text: str, offset: int = 0) -> list[Hamlet]:
    """The runs of capitals `text` (starting at `offset` in the article) writes where a scene's town
    stands, trimmed of a day or a sentence's end written after them ('in Vanduser Friday'); none that
    is a street, a hospital's town, a body or a listed big city's neighbourhood ('in Roxbury')."""
    found = []
    for match in _SCENE.finditer(text):
        name = town_part(match.group("name"))
        words = [w.lower().strip(".,") for w in name.split()]
        if not words or any(w in TYPE_WORDS or w in _NOT_TOWN_WORDS for w in words) or listed_part(name):
            continue
        if match.group("on") and words[-1] not in _ISLAND:
            continue
        start = match.start("name")
        if street_name(text, start, start + len(name)) or hospital_town(text, start, start + len(name)):
            continue
        if _AUTOPSY_BEFORE.search(text[max(0, start - AUTOPSY_CONTEXT) : start]):
            continue
        # 'the Vanduser area', 'the town of Vanduser', and 'northwest of Vanduser': a point is measured from
        # a place, whatever spaCy tags the name (an ORG, most often, for a hamlet it has never seen)
        area = match.group("area") and name == match.group("name")
        called = bool(match.group("town") or area or match.group("bearing"))
        found.append(Hamlet(name, offset + start, called))
    return found


def scene_hamlet(
    gazetteer: Gazetteer, place: Place, doc: Doc, sentence: Span, states: Collection[str]
) -> Place | None:
    """For an American event placed no closer than a town, the one hamlet its sentence writes as the
    scene ('a shooting in Vanduser' in a story placed at its county, its newsroom's city or only in
    America): a name no list holds in the state, that a post office of the state bears (a real town
    there, not a word in capitals), and that spaCy tags as no body, building or date unless a word calls
    it a place ('the Vanduser area'; an ORG or a PRODUCT, spaCy's guesses at an unseen town, are no
    bodies here). The state is the place's own, else (for a place known only as
    America, or read in a state the story never writes) the one of `states` (those the story writes) that
    has such a post office. None where there is none, or two different ones."""
    return _one_hamlet(gazetteer, place, doc, scene_hamlets(sentence.text, sentence.start_char), states)


def story_hamlet(
    gazetteer: Gazetteer, place: Place, doc: Doc, sentence: Span, states: Collection[str]
) -> Place | None:
    """For an American event whose sentence does not write its place (borrowed from the dateline, the
    lead or the town the story names most; a dateline opening the sentence writes the newsroom's town,
    not the scene) or writes only its county ('a Franklin County girl'), the one hamlet the whole story
    writes as a scene, read as `scene_hamlet` reads one in the sentence: the newsroom's city or the county
    is no closer than it."""
    county = place.precision == "admin1" and place.name != place.admin1
    # a county the sentence writes ('a Franklin County girl') is no closer than a hamlet the story places
    # the scene at; a town it writes is, unless only as someone's home ('a Sikeston man died')
    if not county and _writes_scene(_after_dateline(sentence.text), place.name):
        return None
    story = per_doc(doc, "kronika.scene_hamlets", lambda: scene_hamlets(doc_text(doc)))
    return _one_hamlet(gazetteer, place, doc, story, states)


def _writes_scene(text: str, name: str) -> bool:
    """Whether `text` writes the town `name` other than as a person's home ('a Sikeston man', 'two
    Sikeston teens'): a home says who, not where."""
    for match in re.finditer(re.escape(name), text, re.IGNORECASE):
        after = _PERSON_AFTER.match(text, match.end())
        if after is None or after.group(1).lower() not in _HOME_NOUNS:
            return True
    return False


def _after_dateline(text: str) -> str:
    """The sentence less a dateline opening it: the newsroom's town there ('NEWPORT (WKXT) – A boy was
    shot in Cocke County') is not where the sentence places its event, so the story's hamlet may be."""
    match = DATELINE.match(text)
    return text[match.end() - 1 :] if match else text


def _one_hamlet(
    gazetteer: Gazetteer, place: Place, doc: Doc, hamlets: Sequence[Hamlet], states: Collection[str]
) -> Place | None:
    """The hamlet where `hamlets` (article offsets) hold one name only that a post office of the place's
    state (of one of `states` for a place known only as America; of it or one of `states` for a place
    read in a state the story never writes, a far namesake at times: 'Highland', read as California's in a
    Wisconsin story) bears, spaCy tags as no body, building
    or date unless a word calls it a place, and the lists lack there; None where there is no such name,
    or two (a listed town written as a scene too leaves the scene in doubt). A hamlet whose post office
    lies far from the place stands only in a county the story names, or (without a point) beside a small
    town, which has no quarters to be named so."""
    if place.country != LOCAL_NEWS_COUNTRY or place.precision not in ("city", "admin1", "country"):
        return None
    candidates = [place.admin1] if place.precision != "country" else sorted(states)
    if place.precision != "country" and place.admin1 not in states:
        # a place read in a state the story never names may be a far namesake ('Highland', read as
        # California's): the states the story does name may hold the hamlet too
        candidates += sorted(states)
    others = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in _NOT_HAMLET_LABELS]
    scenes = [h for h in hamlets if h.called_place or not any(s <= h.start < e for s, e in others)]
    found = {
        (h.name, state) for h in scenes for state in candidates if state and has_post_office(h.name, state)
    }
    counties = _named_counties(gazetteer, doc)
    # placed only in America, at a county (which may be a namesake of another state's) or in a state the
    # story never writes ('Franklin County' read as Ohio's): a county the story names that holds a post
    # office of the hamlet's name tells the hamlet's state
    if (
        place.precision == "country"
        or (place.precision == "admin1" and place.name != place.admin1)
        or place.admin1 not in states
    ):
        found |= {(h.name, c.admin1) for h in scenes for c in counties if c.admin1 and _in_county(h.name, c)}
    if len(found) != 1:
        return None
    name, state = found.pop()
    region = next(
        (r for r in gazetteer.lookup(state, kind="admin1", country=LOCAL_NEWS_COUNTRY) if r.admin1 == state),
        None,
    )
    hamlet = unlisted_town(gazetteer, name, region) if region is not None else None
    if hamlet is None:
        return None
    # 'A Hart County teen ... in the Cub Run area', placed at the far hospital's city: the county named
    # tells the story's own ground, wherever the hurt were taken
    if _near(hamlet, place) or any(c.admin1 == state and _in_county(name, c) for c in counties):
        return hamlet
    # 'outside a home in Vanduser' in a story of a small town: no quarter of that town, but a hamlet near
    # it that shares its name with a far post office, so its point is unknown
    return replace(hamlet, lat=None, lon=None) if _small_town(gazetteer, place) else None


def _small_town(gazetteer: Gazetteer, place: Place) -> bool:
    """Whether the place is a listed town with fewer than SMALL_TOWN people (its own entry's, at its point,
    else its state's town of the name: `Gazetteer.population`)."""
    if place.precision != "city":
        return False
    people = gazetteer.population(place)
    return people is not None and people < SMALL_TOWN


def _named_counties(gazetteer: Gazetteer, doc: Doc) -> list[GeoEntry]:
    """Every American county of each name the story writes with its county word ('Hart County': Georgia's
    and Kentucky's), with a point; read once per article."""
    return per_doc(
        doc,
        "kronika.scene_hamlets.counties",
        lambda: [
            county
            for name in sorted(counties_written(gazetteer, doc_text(doc)))
            for county in gazetteer.lookup(name, kind="admin2", country=LOCAL_NEWS_COUNTRY)
            if county.lat is not None and county.lon is not None
        ],
    )


def _in_county(name: str, county: GeoEntry) -> bool:
    """Whether a post office of the county's state named `name` lies within COUNTY_KM of its centre."""
    office = office_entry(name, county.admin1)
    return office is not None and entries_km(office, county) <= COUNTY_KM


def _near(hamlet: Place, place: Place) -> bool:
    """Whether the hamlet lies within NEAR_KM of the town or county the event was placed at (a place
    known only by its state or country is near anything in it): a far post office of the name is
    another town, the name a quarter of the city ('Linwood' in a Detroit story, 160 km from Linwood)."""
    if place.precision == "country" or place.name == place.admin1:
        return True
    if hamlet.lat is None or hamlet.lon is None or place.lat is None or place.lon is None:
        return False
    return distance_km(hamlet.lat, hamlet.lon, place.lat, place.lon) <= NEAR_KM
