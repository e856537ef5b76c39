"""One place name of a chain as written ('Kyauktaw Township', 'Municipality of Allende'): its text without
type words, what those words make it, and the capitalised words that look like a name but are no place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kronika.geo.chain_parts import compass_part
from kronika.geo.chain_types import ADMIN1_TYPES, COUNTY_TYPES, DISTRICT_TYPES, SETTLEMENT_TYPES, TYPE_WORDS
from kronika.geo.compound_names import NATIONAL_TYPES
from kronika.geo.names import name_key
from kronika.textnorm import MONTH_NAMES, WEEKDAY_NAMES

# A full stop after a word of four letters or more ends the sentence, and the name: 'near Kamyanka,
# Donetsk. The OSCE ...', 'his mother's house in Katy. They had ...'; after a shorter one it abbreviates
# a word of the name ('St. Louis', 'Ft. Lauderdale').
SENTENCE_STOP = r"[a-z]{3}\."
_NOT_PLACES = (
    MONTH_NAMES
    | WEEKDAY_NAMES
    | {"on", "in", "at", "the", "as", "police", "security", "movement", "unknown", "unidentified"}
)
# Holidays that are also towns' names (Christmas, Florida): written after a word of time ('on Christmas in
# Southgate', 'over Easter'), the name is the day, not the town.
_HOLIDAYS = frozenset({"christmas", "easter", "thanksgiving", "halloween"})
_DAY_BEFORE = re.compile(r"\b(?:on|over|before|after|since|until|during|this|last)\s+$", re.IGNORECASE)
# A police or government unit is named by its work, not a place: 'the Patrol Division', 'Special
# Operations Division', 'the Narcotics Unit'. A name ending in such a word is no place.
_UNIT_WORDS = frozenset(
    {"patrol", "operations", "investigations", "investigative", "homicide", "narcotics", "tactical",
     "enforcement", "detectives", "intelligence", "robbery", "traffic", "crimes"}
)  # fmt: skip
# A town's hall or council is where it meets, named by the building or body, not a place: 'outside City
# Hall in Lynn', 'the City Council in Rexburg' are in Lynn and Rexburg, not Hall County or Council, Idaho.
_SEAT_WORDS = frozenset({"hall", "council"})
# A county's type word written small after its name and before its state's bracket ('Montgomery county
# (Texas)', as coders write American counties) types the name as the capitalised word does: the county,
# not a town of its name in another state. Without the bracket ('Meru county') it may be Kenya's county,
# a first-level region, which the capitalised word's own lookup finds.
_SMALL_COUNTY_WORDS = frozenset({"county", "parish"})
# Bangladesh's word for an upazila's elected council, written after the upazila's name and type word
# ('Kotalipara Upazila Parishad'): the council sits in the upazila's town, so the name is the upazila's.
_COUNCIL_WORD = "parishad"
# An agency after a town ends the place name: 'Hopewell Police Chief', 'Kern County Sheriff's Office'.
_AGENCY = re.compile(
    r"[ \-](?:(?:Metropolitan|Metro|City) )?(?:Police|Sheriff|Sheriff's|Sheriff’s|Fire|Marshal)\b"
)
# Words for a party's or a body's people after its initials: 'AL activists', 'BNP men', 'JCD cadres'.
_MEMBER_WORDS = frozenset(
    {"activists", "men", "supporters", "leaders", "cadres", "members", "workers", "followers", "militants"}
)
# The men of a police unit: capitals written before one of these ('SWAT and PACE officers') are the
# unit's acronym, never a town (Pace, Florida), when the word after is written in lower case (a
# headline in capitals, 'GARY OFFICERS SHOT', still names Gary).
_FORCE_WORDS = frozenset({"officers", "deputies", "agents", "troopers", "detectives"})
# A day written straight after a place, with no 'on' ('clashed in Pabna Sadar Upazila Wednesday night')
# runs on into the place's capitalised name; it names no part of the place.
_WEEKDAY_AFTER = re.compile(r"[ \-](?:" + "|".join(sorted(WEEKDAY_NAMES)) + r")\.?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# A saint's name owning a body's word names the body, whose town is written apart ("St. John's University",
# "St. Mary's Hospital in Reno"), never the town of the saint's name (Saint John, Indiana)
_SAINT_BODY = re.compile(
    r"^(?:St\.?|Saint|Ste\.?)\s+[A-Z][a-z]+['’]s\s+(?:University|College|Hospital|School|Church|Cathedral|Academy|"
    r"Medical|Episcopal|Catholic|Parish|High|Prep)\b"
)
# A title of office opens a person's name or an office ('Justice of the Peace', 'Judge Ann Reed',
# 'Sheriff Tom Hale'), never a place, though a village may share the word (Justice, Illinois).
_OFFICE_TITLES = frozenset(
    {"justice", "judge", "sheriff", "commissioner", "coroner", "mayor", "governor", "senator", "deputy",
     "detective", "sergeant", "sgt", "lieutenant", "lt", "trooper", "constable", "prosecutor", "councilman",
     "councilwoman", "alderman", "magistrate"}
)  # fmt: skip
_PLACE_NOUNS = frozenset({"village", "town", "city", "island", "port", "district", "province", "region"})


@dataclass(frozen=True)
class ChainName:
    """One name of a chain: its text as written, without type words, and what its type word made it."""

    start: int
    end: int
    text: str
    admin1_hint: bool
    county: bool = False  # 'Pierce County': a county, never the town of that name
    district: bool = False  # 'Qaysar district': the district, else the town it is named after
    agency: bool = False  # 'Tulare County Sheriff's Office': whose officers act, not where
    settlement: bool = False  # 'Dar'a city': the town, not the region of that name
    regency: bool = False  # 'Mimika regency': Indonesia's wide unit, its seat often otherwise named
    village: bool = False  # 'Kandal village': never the province of that name
    whole: str = ""  # the name with its closing type word, for towns so named ('Cape Town')
    placed: bool = False  # after a word for a place: 'the village of Ftireh', 'the island of Kalymnos'
    owned: str = ""  # the name read on past its possessive, for places so named ('Cox's Bazar')
    national: str = ""  # the one country whose word for a unit types the name ('Chakaria upazila': BGD)
    unit: str = ""  # the first-level type word written with it ('Lakes state': state), see unit_types.py
    opened: str = ""  # the name with the capitalised preposition opening its sentence ('In Amenas')
    part: bool = False  # a city's quarter written after it and a dash ('Dhaka - Mirpur'): read as nothing
    titled: str = ""  # the name with the type word and 'of' written before it ('District of Columbia')
    bracketed: bool = False  # written in brackets after the name before it ('Hadba (Tripoli)')
    quarter: bool = False  # written as a quarter of the town after it ('Shyamoli area of Dhaka city')


@dataclass(frozen=True)
class _Written:
    """A name match with what opens and closes it and is no part of the place cut off."""

    text: str  # the name as written, up to a possessive, an agency or a day after it
    opening: int  # characters of the capitalised preposition opening the sentence ('In Amenas')
    lead: int  # characters of an office's title or 'Residents of' before the name
    agency: re.Match[str] | None  # 'Police', 'Sheriff's' after the town: whose officers act
    owned: str  # the name read on past its possessive ('Cox's Bazar')


@dataclass(frozen=True)
class _Typed:
    """A name's words without its type words, those type words, and the name as a type word makes it."""

    words: list[str]
    types: list[str]  # the type words before 'of' and after the name ('Municipality of', 'Township')
    closing: list[str]  # the type words after the name
    titled: str  # the name with the type word and 'of' before it ('District of Columbia')
    whole: str  # the name with its closing type word, for towns so named ('Cape Town')


def read_name(match: re.Match[str], offset: int) -> ChainName | None:
    """A name match without its type words, or None for month names and other capitalised non-places.
    Type words count after the name ('Kyauktaw Township') and before 'of' ('Municipality of Allende').

    Steps: what opens and closes the match but is no place is cut off; its type words are set apart;
    the word written after it may type it too; a name that is no place is dropped.
    """
    written = _written(match)
    if written is None:
        return None
    typed_name = _typed_name(written)
    start = match.start() + written.opening + written.lead
    end = start + len(written.text)
    after = _words_after(match.string, written.text, end)
    typed = _POSSESSIVE.sub("", after[0]).strip(",.)") if after else ""
    if typed == "sub" and len(after) > 1 and after[1].startswith("county"):
        typed = "subcounty"  # 'Laisamis sub county': the two words are one type word
    text = " ".join(typed_name.words)
    if _no_place(match.string, text, typed_name, typed, start, end):
        return None
    before = match.string[max(0, start - _NOUN_OF_CHARS) : start]
    types = [*typed_name.types, typed, _unit_before(before)]
    return ChainName(
        start + offset,
        end + offset,
        text,
        admin1_hint=any(t in ADMIN1_TYPES for t in types),
        county=any(t in COUNTY_TYPES for t in typed_name.types) or _small_county(typed, after),
        district=any(t in DISTRICT_TYPES for t in types),
        agency=written.agency is not None,
        settlement=any(t in SETTLEMENT_TYPES for t in types),
        regency="regency" in types,
        village="village" in types,
        whole=typed_name.whole,
        owned=written.owned,
        national=next((NATIONAL_TYPES[t] for t in types if t in NATIONAL_TYPES), ""),
        unit=next((t for t in types if t in ADMIN1_TYPES), ""),
        opened=match.group()[: written.opening + len(text)] if written.opening and not written.lead else "",
        placed=_after_place_noun(before),
        titled=typed_name.titled,
    )


def _written(match: re.Match[str]) -> _Written | None:
    """The name a match writes, without the preposition opening its sentence, an office's title or
    'Residents of' before it, and an agency, a day or a possessive after it; None for an office's name
    or a saint's body ('St. John's University')."""
    written, opening = _without_opening_preposition(
        match.group(), match.string[match.end() : match.end() + 12]
    )
    titled_office = _office_title(written)
    if titled_office is None:
        return None
    # what opens the name but is not the place: an office's title, else 'Residents of'
    lead_words = titled_office or _people_of(written)
    written = written[lead_words:]
    agency = _AGENCY.search(written)
    written = written[: agency.start()] if agency else written
    written = _WEEKDAY_AFTER.sub("", written)  # 'in Fulbaria Upazila Friday': the day, after the place
    if _SAINT_BODY.match(written):
        return None
    possessive = _POSSESSIVE.search(written)  # "Beirut's Barbir area": Beirut, whose part is unlisted
    owned = _owned(written) if possessive else ""
    written = written[: possessive.start()] if possessive else written
    return _Written(written, opening, lead_words, agency, owned)


def _typed_name(written: _Written) -> _Typed:
    """The name's words with its type words set apart: one before 'of' ('Municipality of Allende') and
    those closing it ('Kyauktaw Township')."""
    words = written.text.split()
    types: list[str] = []
    titled = ""
    if len(words) > 2 and words[0].lower() in TYPE_WORDS and words[1] == "of":
        types.append(words[0].lower())
        titled = " ".join(words)
        words = words[2:]
    whole = " ".join(words) + _city_word(written.agency)
    words, closing = _closing_types(words)
    types.extend(closing)
    return _Typed(words, types, closing, titled, whole)


def _no_place(string: str, text: str, name: _Typed, typed: str, start: int, end: int) -> bool:
    """Whether a name is no place: a month, a word too short, a holiday, a unit's or a seat's name, a
    numbered thing, a town's part by its bearing, a party's or a police unit's initials."""
    # a two-letter word is a place only written with its type word ('Ye township', Mon's; 'Bo town')
    if (
        name_key(text) in _NOT_PLACES
        or len(text) < 2
        or (len(text) == 2 and not text.isupper() and not (name.closing or typed in TYPE_WORDS))
    ):
        return True
    if name_key(text) in _HOLIDAYS and _DAY_BEFORE.search(string[max(0, start - 8) : start]):
        return True  # 'shot two teens on Christmas in Boone': the day, then the town
    if name.words[-1].lower() in _UNIT_WORDS | _SEAT_WORDS or _numbered(string, start, end):
        return True
    if compass_part(string, start, end):
        return True  # 'Let Pa Kyin (North)': the village's northern part, not Hong Kong's North District
    if text.isupper() and typed in _MEMBER_WORDS:  # 'AL activists': a party's men, not Alabama
        return True
    return text.isupper() and typed in _FORCE_WORDS and string[end : end + 16].split()[0].islower()


# A full stop after a long word ends the sentence (`SENTENCE_STOP`), and a line break the paragraph: the
# word after opens the next one and types nothing of the name ('west of Cotton Plant.' then 'State police
# said': no state Cotton Plant).
_SENTENCE_END = re.compile(rf"{SENTENCE_STOP}$")
_BREAK_AFTER = re.compile(r"^[ \t]*[\r\n]")


def _small_county(typed: str, after: list[str]) -> bool:
    """Whether the words after a name are a county's type word written small, then a bracket."""
    return typed in _SMALL_COUNTY_WORDS and len(after) > 1 and after[1].startswith("(")


def _words_after(text: str, written: str, end: int) -> list[str]:
    """The few words written after a name ending at `end` of `text`, lower-cased, none where the name
    ends its sentence or paragraph."""
    if _SENTENCE_END.search(written) or _BREAK_AFTER.match(text[end:]):
        return []
    return text[end : end + 16].lower().split()


# A preposition opening a sentence is capitalised and so read into the name after it: 'In Natore,
# assailants ...' names Natore, placed by that 'In' as by any other (but 'In Amenas' and 'At Tuhayat'
# are names so written: `chain_resolve.candidates` reads the name whole first).
_OPENING_PREPOSITIONS = frozenset({"In", "At", "Near", "Outside"})


# So is the article opening a sentence about a town's man or teen: 'A Hutchinson teen was arrested' names
# Hutchinson, read as 'the Hutchinson teen' is (61 GVA 0..2100 articles write it so, 33 of 110,537 ACLED
# notes); only before such a person's word, as 'A Coruña' and 'An Najaf' are names so written.
_OPENING_ARTICLES = frozenset({"A", "An"})
_TOWNS_PERSON = re.compile(
    r"\s+(?:man|woman|men|women|teen|teenager|teens|boy|girl|resident|residents|couple|family|mother"
    r"|father|toddler|child)\b"
)


def opened_by_article(name: ChainName) -> bool:
    """Whether the name was read past an article opening its sentence ('A Hutchinson teen'): the town
    of someone in the story, not the scene, which places an event only as the page's one town."""
    return name.opened.split(" ", 1)[0] in _OPENING_ARTICLES


def _without_opening_preposition(written: str, after: str = "") -> tuple[str, int]:
    """A name without a capitalised preposition written before it, or an article where `after`, the text
    after the name, opens with a person's word ('A Hutchinson teen'), and how many characters that took."""
    first, _, rest = written.partition(" ")
    if first in _OPENING_PREPOSITIONS and rest[:1].isupper():
        return rest, len(first) + 1
    if first in _OPENING_ARTICLES and rest[:1].isupper() and _TOWNS_PERSON.match(after):
        return rest, len(first) + 1
    return written, 0


# A numbered street or unit beside a name makes it a street or a unit: '4th and Green' is a corner, 'the
# 11th District' a police district, never Green, Ohio, or the District of Columbia.
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_NUMBERED_BEFORE = re.compile(rf"\b{_ORDINAL}\s+(?:(?:and|&)\s+)?$", re.IGNORECASE)
_NUMBERED_AFTER = re.compile(rf"^\s+(?:and|&)\s+{_ORDINAL}\b", re.IGNORECASE)


def _numbered(text: str, start: int, end: int) -> bool:
    """Whether a name at `start`..`end` of `text` follows an ordinal ('the 11th District', '4th and
    Green') or is crossed by a numbered street after it ('Green and 4th')."""
    before = text[max(0, start - 20) : start]
    return bool(_NUMBERED_BEFORE.search(before) or _NUMBERED_AFTER.match(text[end:]))


def _office_title(written: str) -> int | None:
    """How many characters a title of office, a person's name and 'of' open a name with ('Governor of
    Kano State', 'Mayor Ann Reed of Dayton': the place after 'of'), 0 for no title, None where the title
    opens a person's name alone ('Judge Ann Reed') or stands alone."""
    words = written.split(" ", 2)
    first = words[1] if words[0] == "The" and len(words) > 1 else words[0]
    if first.lower().rstrip(".") not in _OFFICE_TITLES:
        return 0
    of = written.rfind(" of ")
    return of + 4 if of > 0 and written[of + 4 : of + 5].isupper() else None


# People named by where they live or what they belong to open a sentence and so are capitalised, and
# 'of' joins them to the place as a particle would: 'Residents of Padaviya town, North Central, staged a
# protest' names Padaviya in North Central, not a place 'Residents of Padaviya'.
_PEOPLE_OF = frozenset(
    {"residents", "resident", "inhabitants", "villagers", "people", "citizens", "members", "students",
     "activists", "supporters", "employees", "workers", "leaders", "teachers", "parents", "traders",
     "journalists", "cadres", "followers", "representatives", "farmers", "fishermen", "families"}
)  # fmt: skip


def _people_of(written: str) -> int:
    """How many characters a word for people and 'of' open a name with ('Residents of Padaviya': the
    place after 'of'), else 0."""
    first, _, rest = written.partition(" of ")
    return len(first) + 4 if first.lower() in _PEOPLE_OF and rest[:1].isupper() else 0


def _owned(written: str) -> str:
    """A name read on past its possessive without its type words ("Cox's Bazar district" -> "Cox's
    Bazar"): the gazetteer decides whether a place is so named (`compound_names.py`)."""
    return " ".join(_closing_types(written.split())[0])


def _closing_types(words: list[str]) -> tuple[list[str], list[str]]:
    """The name's words without the type words closing it, and those type words, last first ("in
    Montgomery County." at a full stop: Montgomery, county)."""
    name = list(words)
    types: list[str] = []
    if len(name) > 2 and name[-1].lower() == _COUNCIL_WORD and name[-2].lower() in NATIONAL_TYPES:
        name.pop()  # 'Kotalipara Upazila Parishad': the upazila's council, which sits in its town
    while len(name) > 1 and name[-1].lower().strip(".") in TYPE_WORDS:
        types.append(name.pop().lower().strip("."))
        if types[-1] == "county" and len(name) > 1 and name[-1].lower() == "sub":
            name.pop()  # 'Muhoroni Sub County': Kenya's sub-county, not a county
            types[-1] = "subcounty"
    return name, types


_NOUN_OF_CHARS = 40  # 'the municipality of ': enough text before a name to read its place noun and 'of'


def _after_place_noun(before: str) -> bool:
    """Whether text ends in a word for a place and 'of' ('the village of ')."""
    words = [w.lower() for w in before.split()[-2:]]
    return len(words) == 2 and words[1] == "of" and words[0] in _PLACE_NOUNS


def _unit_before(before: str) -> str:
    """The first-level type word, written in lower case, that text ends in with 'of' ('the northern
    state of '): it types the name after it as that region, as 'Guanajuato state' would; else ''."""
    words = before.split()[-2:]
    return words[0] if len(words) == 2 and words[1] == "of" and words[0] in ADMIN1_TYPES else ""


def _city_word(agency: re.Match[str] | None) -> str:
    """' City' where an agency's words open with it: 'Grove City Police' may be Grove City's police, so
    the name is kept whole too and a town so called wins over 'Grove' (`candidates`)."""
    return " City" if agency is not None and agency.group().lstrip(" -").startswith("City ") else ""
