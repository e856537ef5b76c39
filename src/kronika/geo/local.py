"""Local news: a neighbourhood stands for its city, unless written as a town of its own; streets,
hospitals' towns and cities named for their parts are not the scene; the distances local news is read by
(datelines in `geo/dateline.py` use them too)."""

from __future__ import annotations

import re

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.municipal import governed_alone
from kronika.geo.names import name_key
from kronika.geo.nearby import distance_km
from kronika.model import Place
from kronika.textnorm import WEEKDAY_PATTERN

LOCAL_KM = 60.0  # a town this close to the dateline's is in the newsroom's own area
FAR_KM = 300.0  # a town this far from the dateline is not local to it
NAMESAKE_KM = 40.0  # a town of the same name this close to the dateline is the one meant
# 'the South Chicago neighborhood', 'the Hermitage area': the name of a part of a city, not a town
_PART_WORDS = r"(?:neighbou?rhood|section|community|area)"
_NEIGHBOURHOOD_AFTER = re.compile(r"\s+neighbou?rhoods?\b", re.IGNORECASE)
_NEIGHBOURHOOD_WORD = r"\s+neighbou?rhood\b"
# 'the 500 block of Washington Street', 'the 8200 block of Sunbury': a street, not the place so named
STREET_TYPE = (
    r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|"
    r"Ct\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Place|Terrace|Circle|Trail|Pike)"
)
_STREET_WORD = rf"\s+{STREET_TYPE}"
_STREET_AFTER = re.compile(rf"{_STREET_WORD}\b")
_STREET_ENDING = re.compile(rf"{_STREET_WORD}$")  # the name as tagged may hold the street word itself
# 'South Orange Blossom Trail', 'Dallas Acworth Highway': a name that opens a longer street name; only
# words that name nothing but a street, as 'Court', 'Place' and 'Way' end names of courts and the like
_STREET_RUN = re.compile(
    rf"(?:\s+(?!{WEEKDAY_PATTERN}\b)[A-Z][a-z'’]+){{1,2}}"
    r"\s+(?:Street|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Trail|Pike)\b"
)
# 'near North Holly and San Marcos avenues': streets named at a crossing, one plural street word after both
_STREET_PAIR = re.compile(
    r"\s+and(?:\s+[A-Z][\w.'’]*){1,3}\s+(?i:streets|avenues|roads|boulevards|drives|lanes)\b"
)
# 'near Seventh Street and Broadway', 'at Heritage Dr. off East Valley': the name joined to a street is the
# street crossing it (a town after a street is joined by 'in' or 'near', never by these)
_STREET_CROSSING = re.compile(rf"{_STREET_WORD}\s+(?:and|off)\s+$")
# 'Ridge and Stanton streets', 'between Green and Springfield Streets': a plural street word after the
# second name of a pair makes it one of the streets it counts ('on Chicago streets' are the city's)
_STREETS_AFTER = re.compile(r"\s+(?i:streets|avenues|roads|boulevards|drives|lanes)\b")
_PAIR_BEFORE = re.compile(r"[A-Z0-9][\w.'’]*\s+(?:and|&)\s+$")
# '4th and Green', 'Green and Third': a numbered street joined to the name makes both streets of a crossing
_NUMBERED = r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
# 'speeding off down Stanton', 'walking along Ridge': a name one drives down or walks along is a street
_ALONG_BEFORE = re.compile(r"\b(?:down|along)\s+$")
# 'sped away north on Laflin', 'last seen eastbound on Pueblo': what one heads along a bearing on is a
# street (a town is driven to, not on)
_HEADING_ON = re.compile(r"\b(?:north|south|east|west)(?:bound)?\s+on\s+$", re.IGNORECASE)
# 'on Idaho Street near Yellowstone', 'on Baldwin near Greenwood': police place a shooting on a city
# street by the street it nears; a town near a road is written after a road or highway ('Old Atlanta
# Road near Suwanee'), not after a city street's word or a bare name one stood 'on'
_NEAR_STREET = re.compile(
    rf"(?:\s(?:Street|St\.|Avenue|Ave\.)|\bon\s+(?!{WEEKDAY_PATTERN}\b)[A-Z][a-z]+)\s+near\s+$"
)
# 'on Baldwin near Greenwood': the bare name stood 'on' is the first of the two streets
_ON_BEFORE = re.compile(r"\bon\s+$")
# ... and the name it nears the second ('on Glenwood Avenue near Decatur' may near a town)
_NEAR_BARE_STREET = re.compile(rf"\bon\s+(?!{WEEKDAY_PATTERN}\b)[A-Z][a-z]+\s+near\s+$")
_NEAR_AFTER = re.compile(
    r"\s+near\s+[A-Z][a-z]+(?:\s+(?:Street|St\.|Avenue|Ave\.))?\s*(?:[.,;]|\s(?:in|on|at)\s)"
)
_NUMBERED_BEFORE = re.compile(rf"\b{_NUMBERED}\s+(?:and|&)\s+$")
_NUMBERED_AFTER = re.compile(rf"\s+(?:and|&)\s+{_NUMBERED}\b(?!\s+(?:of|time|year|day))")
# '6902 North Star Road, Campbellsburg': a house number, its street and a comma; the name after is the
# street's town, as police write a full address
_ADDRESS_BEFORE = re.compile(
    rf"\b\d+(?:\s+block\s+of)?(?:\s+[A-Z0-9][\w.'’\-]*){{1,4}}?{_STREET_WORD}\.?,\s*$"
)
_STREET_BEFORE = re.compile(
    r"\bblock\s+of\s+(?:the\s+)?(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?$", re.I
)
# 'near the intersection of Prescott and Gollihar', 'the corner of Ridge and Stanton streets': police name a
# crossing by its two streets, town names as they may be; the first only where 'and' and a name follow
_CORNER = r"\b(?:intersection|corner)\s+of\s+(?:the\s+)?(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|West\s+)?"
_CORNER_FIRST = re.compile(rf"{_CORNER}$")
_CORNER_AND = re.compile(r"\s+(?:and|&)\s+[A-Z0-9]")
_CORNER_SECOND = re.compile(rf"{_CORNER}(?:[A-Z0-9][\w.'’\-]*\s+){{1,4}}(?:and|&)\s+(?:[NSEW]\.?\s+)?$")
# 'at Upton and North Poe', 'near Nottingham and East Warren': a scene at two names, the second led by its
# bearing, is a crossing of two city streets (towns are written 'in', and a pair of them seldom so)
_BEARING = r"(?:[NSEW]\.?|North|South|East|West)\s+"
_BEARING_PAIR_AFTER = re.compile(rf"\s+(?:and|&)\s+{_BEARING}[A-Z][a-z]+\b")
_BEARING_PAIR_FIRST = re.compile(rf"\b(?:at|near)\s+(?:{_BEARING})?$")
_BEARING_PAIR_SECOND = re.compile(
    rf"\b(?:at|near)\s+(?:{_BEARING})?[A-Z][a-z]+\s+(?:and|&)\s+(?:{_BEARING})?$"
)
_BEARING_LED = re.compile(_BEARING)
_BEARING_BEFORE = re.compile(rf"\b{_BEARING}$")


# 'East Flatbush', 'North Lawndale': a side of a place, named as a city's quarters are, not as towns
_SIDE_OF = re.compile(r"(?:North|South|East|West)\s+[A-Z]")
HOSPITAL_CONTEXT = 100  # characters before a name read for the hospital it places and who stood at it
_PART_OF = re.compile(r"\s+(?:suburbs?|neighbou?rhood|section|community|enclave)\s+of\s+(?:the\s+)?[A-Z]")
# a medical examiner's office is where the dead are taken, as a hospital is where the hurt are
_HOSPITAL = (
    r"(?:Hospital|Medical Cent(?:er|re)|Trauma Cent(?:er|re)|Health Cent(?:er|re)|Infirmary"
    r"|Medical Examiner(?:['’]s Office)?)"
)
_HOSPITAL_BEFORE = re.compile(
    rf"\b{_HOSPITAL}(?:,|\s+(?:in|at|near))\s+(?:the\s+|nearby\s+|downtown\s+)?$", re.IGNORECASE
)
_HOSPITAL_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’]*){{0,3}}\s+{_HOSPITAL}\b")
# 'taken to a Tulsa hospital', 'in critical condition in an Atlanta area hospital': a hospital the hurt are
# taken to or lie in (not 'near a Toledo hospital')
_TO_A = re.compile(r"\b(?:to|in)\s+an?\s+$")
_LOWER_HOSPITAL_AFTER = re.compile(r"\s+(?:area\s+)?hospital\b")
# 'taken to Mount Sinai', 'a friend drove him to Christ': where the hurt are taken is a hospital, whether or
# not its name carries the word (and a town they are taken to is the hospital's, not the scene)
_TAKEN_TO = re.compile(
    r"\b(?:taken|transported|rushed|driven|drove\s+(?:him|her|them|\w+self)|flown|airlifted|brought)"
    r"\s+(?:back\s+)?to\s+$"
    r"|\bhospitali[sz]ed\s+in\s+$",  # 'are hospitalized in Jackson': where the hurt lie, as a hospital's town
    re.IGNORECASE,
)
# 'The body will be sent to Lakeview for an autopsy', 'the state crime lab in Lakeview for autopsies': where
# the dead are examined, as a hospital is where the hurt are treated, not the scene
_AUTOPSY_AFTER = re.compile(r"\s+for\s+(?:an?\s+)?autops(?:y|ies)\b", re.IGNORECASE)
# A hospital's own name before its type word: "St. Joseph's", "Dignity Health's St. Joseph's".
_HOSPITAL_NAME = r"(?:[A-Z][\w'’.]*\s+){0,4}"
# 'demonstrated outside the hospital in East London', 'shot near the old hospital in Natore': a hospital
# stood at or by is the scene, not where the wounded were taken
_AT_HOSPITAL = re.compile(
    rf"\b(?:outside(?:\s+of)?|in\s+front\s+of|inside|near|beside)\s+(?:the\s+|a\s+)?{_HOSPITAL_NAME}{_HOSPITAL}",
    re.IGNORECASE,
)
# 'staged a protest at a hospital in Abbottabad', 'in the Civil Hospital, Ludhiana': a hospital the event
# is at or in is its scene too, unless the words before tell of care for the hurt ('died at a hospital in')
_IN_HOSPITAL = re.compile(rf"\b(?:at|in)\s+(?:the\s+|a\s+)?{_HOSPITAL_NAME}{_HOSPITAL}", re.IGNORECASE)
# 'warplanes struck a hospital in Ariha', 'gunmen raided the district hospital in Kajo Keji': a hospital
# attacked is the scene itself
_HOSPITAL_HIT = re.compile(
    r"\b(?:struck|strikes?|hit|bombed|shelled|attacked|raided|targeted|stormed|destroyed|damaged|torched"
    rf"|looted|set\s+fire\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){{0,3}}?{_HOSPITAL}",
    re.IGNORECASE,
)
_CARE = re.compile(
    r"\b(?:died|dies|dead|death|treated|taken|transported|flown|rushed|airlifted|admitted|hospitali[sz]ed"
    r"|recovering|remains?|listed|condition|succumbed|care|surgery|injur\w*|wounded|shot|victims?)\b",
    re.IGNORECASE,
)


def neighbourhood_of(place: Place, sentence: str, town: Place | None) -> Place:
    """The article's own town (dateline, else main town) for a place the sentence calls a part of a
    city ('shot in the South Chicago neighborhood', 'in the Hermitage area'), where that town is near
    or the sentence says 'neighborhood' (a neighbourhood is a part of a city, whatever far town of its
    name the lists hold: 'the Austin neighborhood' of a Chicago story is not Austin, Indiana); else the
    place itself. Another far namesake is left to `near_dateline`."""
    if (
        town is None
        or town.precision != "city"
        or place.precision != "city"
        or town.name == place.name
        or town.country != place.country
        or None in (place.lat, place.lon, town.lat, town.lon)
        or not re.search(rf"\b{re.escape(place.name)}\s+{_PART_WORDS}\b", sentence, re.IGNORECASE)
    ):
        return place
    assert place.lat is not None and place.lon is not None and town.lat is not None and town.lon is not None
    near = distance_km(place.lat, place.lon, town.lat, town.lon) <= NAMESAKE_KM
    written = re.search(rf"\b{re.escape(place.name)}{_NEIGHBOURHOOD_WORD}", sentence, re.IGNORECASE)
    return town if near or written else place


def neighbourhood_named(text: str, end: int) -> bool:
    """Whether the name ending at `end` is written as a neighbourhood ('in the Austin neighborhood'): a
    part of the article's city, whatever town of that name the lists hold, so no vote for a town."""
    return bool(_NEIGHBOURHOOD_AFTER.match(text, end))


def town_of(gazetteer: Gazetteer, place: Place, text: str) -> Place:
    """The big city a place lies in or beside (`Gazetteer.town_of`), unless the article writes the place as
    a municipality: 'the Denver suburb of Wheat Ridge', 'the City of Brookfield', or a dateline with its
    state ('YPSILANTI, Mich. (WXYZ) -', 'MOUNT VERNON, N.Y. —': a wire dateline names a town, never a
    neighbourhood), or a body of its own government ('the Beaverton Police Department', `geo/municipal.py`);
    nor where the article never names the big city: a story about a quarter of a city names its city
    ('Chicago police', 'in the Bronx') or heads it with the quarter ('NORTH LAWNDALE —'), and a quarter
    named for a side of a place ('East Flatbush') needs no city named, while a story that only tells of
    Ypsilanti is about Ypsilanti, not the Ann Arbor beside it.
    A town's bare 'police' or a bare dateline is not enough: a local paper heads a story with the
    neighbourhood it happened in ('WOODLAWN —' is Chicago's), while no neighbourhood is called a suburb or
    a city, or has a police department or mayor of its own."""
    if place.precision == "city" and (
        re.search(rf"\b(?:(?:City|Town|Village) of|suburbs? of(?: the)?) {re.escape(place.name)}\b", text)
        or _stated_dateline(place.name, text)
        or governed_alone(place.name, text)  # 'the Beaverton Police Department': a town of its own
    ):
        return place
    town = gazetteer.town_of(place)
    quarter = _named(town.name, text) or _bare_dateline(place.name, text) or _SIDE_OF.match(place.name)
    return town if town is place or quarter else place


def _named(name: str, text: str) -> bool:
    """Whether the text names the town, as written or in a dateline's capitals ('CHICAGO —'), its leading
    article aside ('The Bronx' as 'in the Bronx'), and a quarter the lists hold as the city by its compass
    word ('South Boston') named by its city ('Boston's Dorchester neighborhood')."""
    bare = re.sub(r"^(?:The|North|South|East|West) ", "", name)
    return bool(re.search(rf"\b(?:{re.escape(bare)}|{re.escape(bare.upper())})\b", text))


def _bare_dateline(name: str, text: str) -> bool:
    """Whether the place heads the story in capitals with no state ('NORTH LAWNDALE —'), as a city's own
    paper heads a story with the quarter it happened in, whether or not it names the city."""
    return bool(re.search(rf"(?<![\w,])[ \t]*{re.escape(name.upper())}[ \t]*(?:—|–|--|-[ \t])", text))


def _stated_dateline(name: str, text: str) -> bool:
    """Whether a line opens with the town's name in capitals and a word after its comma, its state's
    ('LONE TREE, CO -', 'DUNDALK, Md. (WJZ) —'), as a dateline that names a town does."""
    return bool(
        re.search(rf"(?m)^[ \t]*{re.escape(name.upper())},[ \t]+[A-Z][A-Za-z.]{{1,13}}[ \t]*[(—–:-]", text)
    )


def part_named(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] only says whose part the place after it is: 'the Denver suburb
    of Wheat Ridge' happened in Wheat Ridge."""
    return bool(_PART_OF.match(text, end))


def hospital_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] places a hospital, not the shooting: 'taken to a hospital in
    Fort Wayne', 'flown to Parkview Hospital in Fort Wayne', 'rushed to Jamaica Hospital', 'taken to a
    Tulsa hospital', 'in critical condition in an Atlanta area hospital', 'remain hospitalized in Jackson';
    nor does the medical examiner's ('sent to the State Medical Examiner in Bismarck'), nor a town the
    dead are sent to for an autopsy ('sent to Dallas for an autopsy'). A hospital stood at is the scene
    ('nurses rallied outside the hospital in Durban'), as is one attacked ('struck a hospital in Ariha')."""
    before = text[max(0, start - HOSPITAL_CONTEXT) : start]
    hospital = _HOSPITAL_BEFORE.search(before)
    if hospital is not None and _stood_at(before[: hospital.end()]):
        return False
    return bool(
        hospital
        or _HOSPITAL_AFTER.match(text, end)
        or autopsy_town(text, start, end)
        or _TAKEN_TO.search(text[max(0, start - 30) : start])
        or (_TO_A.search(text[max(0, start - 9) : start]) and _LOWER_HOSPITAL_AFTER.match(text, end))
    )


def autopsy_town(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is where the dead were sent to be examined ('sent to Dallas
    for an autopsy', 'the crime lab in Little Rock for autopsy'), often far from the scene."""
    return _AUTOPSY_AFTER.match(text, end) is not None


def _stood_at(before: str) -> bool:
    """Whether the hospital that ends `before` is where the event was, not where the hurt were cared for."""
    if _AT_HOSPITAL.search(before) or _HOSPITAL_HIT.search(before):
        return True
    inside = _IN_HOSPITAL.search(before)
    return inside is not None and _CARE.search(before[: inside.start()]) is None


def ends_in_street_word(name: str) -> bool:
    """Whether a name's last word is a street word ('Bourbon Street'), or the name is one alone, where a
    number before it was cut off ('W. 33rd Street')."""
    return bool(_STREET_ENDING.search(" " + name))


def street_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a street's: followed by a street word ('Washington
    Street'), by a word or two and a street word ('South Orange Blossom Trail'), after 'block of'
    ('the 8200 block of Sunbury'), as police give an address, or joined to a street it crosses
    ('Seventh Street and Broadway'), or named with another at a crossing ('the intersection of Prescott
    and Gollihar', 'at Upton and North Poe', 'Ridge and Stanton streets', '4th and Green', 'on Idaho
    Street near Yellowstone', 'on Baldwin near Greenwood'), or driven down ('down Stanton', 'sped off
    north on Laflin')."""
    return bool(
        _STREET_AFTER.match(text, end)
        or _STREET_RUN.match(text, end)
        or _STREET_PAIR.match(text, end)
        or _STREET_ENDING.search(text, start, end)
        or _STREET_BEFORE.search(text[max(0, start - 40) : start])
        or _STREET_CROSSING.search(text[max(0, start - 40) : start])
        or (_STREETS_AFTER.match(text, end) and _PAIR_BEFORE.search(text[max(0, start - 30) : start]))
        or _NUMBERED_BEFORE.search(text[max(0, start - 20) : start])
        or _ALONG_BEFORE.search(text[max(0, start - 10) : start])
        or _HEADING_ON.search(text[max(0, start - 20) : start])
        or _NEAR_STREET.search(text[max(0, start - 40) : start])
        or (_ON_BEFORE.search(text[max(0, start - 5) : start]) and _NEAR_AFTER.match(text, end))
        or _NUMBERED_AFTER.match(text, end)
        or _corner(text, start, end)
    )


def neared_by_bare_street(text: str, start: int) -> bool:
    """Whether the name starting at `start` is the street a bare street name stood 'on' nears ('on Baldwin
    near Greenwood'), as police place a shooting by the crossing; a town is neared from a street told with
    its street word ('on Glenwood Avenue near Decatur'), if by any."""
    return bool(_NEAR_BARE_STREET.search(text[max(0, start - 40) : start]))


def _corner(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is one of the two streets a crossing is named by ('the
    intersection of Prescott and Gollihar')."""
    before = text[max(0, start - 80) : start]
    return bool(
        (_CORNER_FIRST.search(before) and _CORNER_AND.match(text, end))
        or _CORNER_SECOND.search(before)
        or (_BEARING_PAIR_FIRST.search(before) and _BEARING_PAIR_AFTER.match(text, end))
        or (_BEARING_PAIR_SECOND.search(before) and _named_with_bearing(text, start, end))
    )


def _named_with_bearing(text: str, start: int, end: int) -> bool:
    """Whether the second name of a pair is led by its bearing, inside the name ('East Warren') or just
    before it ('East ' + 'Warren')."""
    return bool(
        _BEARING_LED.match(text, start, end) or _BEARING_BEFORE.search(text[max(0, start - 8) : start])
    )


def after_address(text: str, start: int) -> bool:
    """Whether the name at `start` follows a street address and its comma ('at 6902 North Star Road,
    Campbellsburg'): the town the address is in."""
    return bool(_ADDRESS_BEFORE.search(text, max(0, start - HOSPITAL_CONTEXT), start))


def written_beside(name: str, text: str) -> bool:
    """Whether the text writes a city as what the scene lies beside, not in: 'in suburban Phoenix', 'near
    the Detroit border', 'a Phoenix-area motel', 'outside Detroit', 'a Detroit suburb'. A dateline's own
    town (MESA, Ariz. — ...) is then the scene, not the big city its body names."""
    city = re.escape(name)
    beside = (
        rf"\bsuburban\s+{city}\b|\b(?:just\s+)?outside(?:\s+of)?\s+{city}\b"
        rf"|\b{city}(?:[\s-]+area\b|\s+(?:border|city\s+limits?|line|suburbs?|metro)\b)"
    )
    return re.search(beside, text) is not None


# 'a Barre teenager', 'an 18-year-old Hesperia resident': the town written as a person's home
_HOME_WORDS = (
    r"(?:man|woman|men|women|teens?|teenagers?|boys?|girls?|residents?|couple|family|mother|father|toddler"
    r"|child|students?|hunters?)"
)


def home_over_dateline(name: str, body: str, dateline: str, text: str) -> bool:
    """Whether a town the body under a dateline names only as someone's home ('NORTHFIELD — a Barre
    teenager was shot') gives way to the dateline's town, which the article goes on to write as the scene
    ('hunting on a farm in Northfield'): the victim came from home to where the newsroom dates the story.
    A home town the dateline's article never writes so is kept: the modifier is then most often the scene."""
    city, home = re.escape(name), re.escape(dateline)
    only_home = re.search(rf"\b{city}\b(?!\s+{_HOME_WORDS}\b)", body) is None
    # 'in Northfield Township' under 'NORTHFIELD —' writes the township around the town, not the town
    scene = rf"\b(?:in|at)\s+{home}\b(?!\s+(?:Township|County|Parish|Borough)\b)"
    return only_home and re.search(scene, text) is not None


def near_namesake(
    gazetteer: Gazetteer, name: str, entry: GeoEntry, own: frozenset[str] = frozenset()
) -> bool:
    """Whether a town or county called `name` lies within LOCAL_KM of the entry, where its name's key is
    none of `own` (the entry itself listed under another key); the support that tells which of several
    same-named places a text means (`geo/dateline.py`, `geo/regional.py`)."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(
        e.kind in ("city", "admin2")
        and e.lat is not None
        and e.lon is not None
        and name_key(e.name) not in own
        and distance_km(e.lat, e.lon, entry.lat, entry.lon) <= LOCAL_KM
        for e in gazetteer.lookup(name, country=entry.country)
    )


def region_written(text: str, admin1: str) -> bool:
    """Whether the text writes out the region's name, not as the end of another's ('West Virginia' writes
    no Virginia)."""
    return re.search(rf"(?<!West )\b{re.escape(admin1)}\b", text) is not None
