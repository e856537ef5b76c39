"""Datelines: reading the place a story is filed from ('TACOMA, Wash. —') and using it to read the
towns its body names (a nearby town is where it happened, a far one a namesake or a part of that city)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kronika.datelines import CAPS, DATE, DATELINE
from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.american_local import american_wording
from kronika.geo.call_signs import page_station
from kronika.geo.chains import find_chains
from kronika.geo.dateline_hamlets import bare_hamlet
from kronika.geo.local import (
    FAR_KM,
    LOCAL_KM,
    NAMESAKE_KM,
    hospital_town,
    near_namesake,
    region_written,
    street_name,
)
from kronika.geo.names import name_key, strip_region_type
from kronika.geo.nearby import distance_km
from kronika.geo.township_datelines import township_dateline
from kronika.geo.unlisted import unlisted_town, written_region
from kronika.geo.zip_towns import office_entry
from kronika.model import ArticleContext, Place

# A dateline after a time stamp or a photo credit on the same line: '(07-05) 16:58 PDT SAN FRANCISCO --'.
# A single hyphen joining a lowercase word there is a compound's ('UN-contracted trucks'), no dateline's
# dash ('LAGOS-The police' is one).
_INNER_DATELINE = re.compile(
    rf"(?:^|\s)(?P<city>{CAPS})(?:,\s*(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}))?"
    rf"\s*(?:\([^)]{{1,40}}\))?(?:\s*(?:—|–|--)|\s+-|-(?=\s|[A-Z][a-z]))\s*\S"
)
# A dateline in small letters, which local pages write too: its state (or region) and a dash must follow
# the town, with a station's or agency's credit between them if any ('Norfolk, Va. - A woman died',
# 'Vigo County, Ind (WIBQ) - ...'); a name alone before a dash ('Update - ...') is no dateline.
_SMALL_DATELINE = re.compile(
    r"^(?P<city>[A-Z][a-z'.]+(?:[ -][A-Z][a-z'.]+){0,3}),\s*(?P<where>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-)\s+\S"
)
_COUNTY_WORD = re.compile(r"\b(?:COUNTY|PARISH|BOROUGH)\b", re.IGNORECASE)
_DATED_CAPS = re.compile(rf"^{DATE}\s+(?P<city>{CAPS})\b(?![a-z])")
# A community no list holds, by its post office: this near the dateline it is the newsroom's own area's
OFFICE_KM = 30.0
DATELINE_LINES = 6  # a dateline opens the story, but boilerplate lines may come first
_ARTICLES = frozenset({"A", "An", "The"})  # a sentence's first word joins the name after it: 'A Riverton man'


# '(AP) –', '(WSLS 10) –': the agency or station credited between a dateline and its dash
_CREDIT_END = re.compile(r"[^()\n]{0,12}\)\s*(?:—|–|--|-|:)")


_BARE_CREDIT_END = re.compile(r"[^()\n]{0,12}\)")
# A line's opening up to a credit that no dash follows: the dateline itself ('FORT WAYNE, Ind. (WANE) A')
_DATELINE_HEAD = re.compile(rf"^(?:{DATE}\s+)?{CAPS}(?:,\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}})?\s*$")


def credited(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands in the parentheses that credit a dateline's agency or
    station ('CAMERON, W.Va. (AP) –'; 'FORT WAYNE, Ind. (WANE) A child ...', the dash left out): 'AP'
    there is the Associated Press, not Andhra Pradesh."""
    opening = text.rfind("(", max(0, start - 12), start)
    if opening < 0:
        return False
    closing = _CREDIT_END.match(text, end)
    if closing is None and _DATELINE_HEAD.match(text[text.rfind("\n", 0, opening) + 1 : opening]):
        closing = _BARE_CREDIT_END.match(text, end)
    if closing is None:
        return False
    credit = text[opening + 1 : end] + closing.group(0)
    return not re.search(r"\b[a-z]", credit)  # names only: '(from Denver) -' is an aside


def bare_dateline(text: str) -> bool:
    """Whether a sentence is a dateline and nothing else ('SALEM, Ore. (KATU) —', 'DAYTON, Ohio
    -'): the parser cut the story's first words off from it, so the next sentence is the dateline's body."""
    stripped = text.strip()
    match = DATELINE.match(f"{stripped} x") if stripped else None
    return match is not None and match.end() == len(stripped) + 2


def find_dateline(text: str, gazetteer: Gazetteer, title: str | None = None) -> Place | None:
    """The place of a dateline opening the text; `title`, the page's headline, may credit the station
    whose market tells which of several same-named places a bare dateline means.

    Forms: 'BISHKEK —', 'BISHKEK, Kyrgyzstan (Reuters) -', 'Oct 7th 2020 ALMATY', 'TACOMA, Wash. —',
    a credit with no dash after it ('FORT WAYNE, Ind. (WANE) A child ...'), and after a time stamp on the
    same line, '11:02 PST OAKLAND --'.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = DATELINE.match(line) or _DATED_CAPS.match(line) or _INNER_DATELINE.search(line[:200])
        if match is None:
            small = _small_dateline(gazetteer, line, text, title)
            if small is not None:
                return small
            continue
        words = match.group("city").split()
        where = _stopped(gazetteer, match.groupdict().get("where"))
        for i in range(_credit_words(words) + 1):  # 'PST OAKLAND': a time zone or station before the city
            entry = _dateline_entry(gazetteer, " ".join(words[i:]), where, text, whole=i == 0, title=title)
            if entry is not None:
                return entry.to_place()
        # 'STAR TOWNSHIP, Mich. —': no list holds the township; its county, post office or own name
        unlisted = township_dateline(gazetteer, match.group("city"), where, text) or _unlisted_dateline(
            gazetteer, match.group("city"), where
        )
        if unlisted is not None:
            return unlisted
        if where is None and match.start("city") == 0:  # 'SMICKSBURG — A member of ...'
            hamlet = bare_hamlet(gazetteer, line, match.group("city"))
            if hamlet is not None:
                return hamlet
    return None


def _small_dateline(gazetteer: Gazetteer, line: str, text: str, title: str | None) -> Place | None:
    """The place of a dateline written in small letters ('Norfolk, Va. -'), where what follows the town
    is a state or region (not a country: such a line is left as before); 'Smith, Jones - ...' names none."""
    match = _SMALL_DATELINE.match(line)
    where = _stopped(gazetteer, match.group("where")) if match else None
    if match is None or where is None or written_region(gazetteer, where) is None:
        return None
    city = match.group("city")
    entry = _dateline_entry(gazetteer, city, where, text, title=title)
    if entry is not None:
        return entry.to_place()
    # 'Lake Township, Ohio --': as a township's or unlisted town's dateline in capitals is read
    return township_dateline(gazetteer, city.upper(), where, text) or _unlisted_dateline(
        gazetteer, city, where
    )


# What may stand before a dateline's city on its line: a time zone ('PST OAKLAND'), an agency or a station's
# call sign ('KXYZ'). Any other capitalised word opens the name: 'FULLER PARK' and 'LOWER EAST SIDE' are
# parts of a city, not Parks in Arizona nor Side in Turkey, and 'EAST TROY' is not Troy.
_CREDIT_WORD = re.compile(r"(?:[ECMP][SD]T|[ECMP]T|GMT|UTC|AP|AFP|UPI|CNN|(?!WEST$)[KW][A-Z]{2,3})")
# A state's abbreviation written without its full stop before the dash: 'CUMBERLAND, Ind-- ...'
_BARE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}")


def _credit_words(words: Sequence[str]) -> int:
    """How many words opening a dateline's run of capitals are a time zone, agency or call sign."""
    return next((i for i, w in enumerate(words) if not _CREDIT_WORD.fullmatch(w)), len(words) - 1)


def _stopped(gazetteer: Gazetteer, where: str | None) -> str | None:
    """What a dateline writes after its city, with the full stop a state's abbreviation lacks restored
    ('Ind' is 'Ind.', Indiana); a region's or country's full name ('Ohio', 'Iowa') as written."""
    bare = where.rstrip("-") if where else None
    if bare is None or not _BARE_ABBREVIATION.fullmatch(bare) or gazetteer.abbreviation(bare) is not None:
        return where
    if gazetteer.lookup(bare, kind="admin1") or gazetteer.country(bare) is not None:
        return where
    return f"{bare}." if gazetteer.abbreviation(f"{bare}.") is not None else where


def _unlisted_dateline(gazetteer: Gazetteer, city: str, where: str | None) -> Place | None:
    """A dateline town the gazetteer lacks, where its region is written after it ('TROY, W.Va. —'); a
    county word makes it no town."""
    region = written_region(gazetteer, where) if where else None
    if region is None or _COUNTY_WORD.search(city):
        return None
    return unlisted_town(gazetteer, city, region)


def _dateline_entry(
    gazetteer: Gazetteer,
    city: str,
    where: str | None,
    text: str = "",
    whole: bool = True,
    title: str | None = None,
) -> GeoEntry | None:
    """Resolve a dateline's city, narrowed by the country or region written after it; with none written,
    by the places the article names near each namesake, then by size. A county only where the dateline
    says so, or names no town and is read whole: 'PREVIOUS STORY:' is no dateline from Story County."""
    entries = [e for e in gazetteer.lookup(city.title()) if e.lat is not None]
    if where:
        country = gazetteer.country(where)
        region = gazetteer.abbreviation(where)
        regions = {region.admin1} if region else {e.admin1 for e in gazetteer.lookup(where, kind="admin1")}
        entries = [e for e in entries if (country and e.country == country.country) or e.admin1 in regions]
    county = _COUNTY_WORD.search(city) is not None or (whole and all(e.kind != "city" for e in entries))
    entries = [e for e in entries if e.kind == "city" or (county and e.kind == "admin2")]
    several = not where and len({(e.country, e.admin1) for e in entries}) > 1
    support = nearby_support(gazetteer, entries, text, title) if several and text else {}
    return max(entries, key=lambda e: (support.get(e, 0), e.kind == "city", e.population), default=None)


def near_dateline(
    place: Place, ctx: ArticleContext, gazetteer: Gazetteer, anchor: Place | None = None
) -> Place:
    """Swap a town far from the dateline's city (or `anchor`, the article's own town where there is no
    dateline) for its namesake near that city or else in its state within FAR_KM ('a party at Granger'
    in a story from Mattawa, Wash. is Washington's Granger), or, in American local news, for the city
    itself (a wire report from 'KYIV —' keeps the far town it names), unless the article
    names the far town's region ('CHICAGO — a shooting in Austin' is Chicago's Austin; 'in Austin,
    Texas' is not). A nearer town over the state line of a dateline that writes its state is read so
    too (`_over_state_line`)."""
    anchor = ctx.dateline or anchor
    if _unlisted_namesake(place, ctx.dateline):  # 'CAMERON, W.Va. — Cameron police...': the dateline's
        return ctx.dateline or place
    if not _comparable(place, anchor) or anchor is None:
        return place
    assert (
        place.lat is not None and place.lon is not None and anchor.lat is not None and anchor.lon is not None
    )
    km = distance_km(place.lat, place.lon, anchor.lat, anchor.lon)
    if km <= FAR_KM and not _over_state_line(place, km, ctx, gazetteer):
        return place
    if place.admin1 and place.admin1 != anchor.admin1 and _state_written(place, ctx.article.text, gazetteer):
        return place
    namesakes = [
        (distance_km(e.lat, e.lon, anchor.lat, anchor.lon), e.admin1 == anchor.admin1, e.to_place())
        for e in gazetteer.lookup(place.name, kind="city", country=place.country)  # biggest first
        if e.lat is not None and e.lon is not None
    ]
    close = [p for km, _, p in namesakes if km <= NAMESAKE_KM]
    in_state = [p for km, same, p in sorted(namesakes, key=lambda t: t[0]) if same and km <= FAR_KM]
    # a local newsroom's far town with no namesake nearby is a street or a misread, so the story is its
    # own town's; a wire report filed from a capital ('KYIV —') tells of towns across its country
    fallback = [anchor] if anchor.country == LOCAL_NEWS_COUNTRY else [place]
    return (close or in_state or fallback)[0]


def _over_state_line(place: Place, km: float, ctx: ArticleContext, gazetteer: Gazetteer) -> bool:
    """Whether a town `km` from the dateline, beyond the newsroom's own area (LOCAL_KM), lies in another
    state than the one the dateline writes after its city, a state the article never names: 'LONG
    BRANCH, NJ — ... their Jersey Shore house' is no borough of Pennsylvania 290 km off. A dateline
    that writes no state ('PHILADELPHIA —') tells no line: a big city's news spans its neighbours."""
    dateline = ctx.dateline
    return (
        dateline is not None
        and km > LOCAL_KM
        and place.admin1 != dateline.admin1
        and dateline_state(ctx.article.text, gazetteer) == dateline.admin1
        and not _state_written(place, ctx.article.text, gazetteer)
    )


def dateline_state(text: str, gazetteer: Gazetteer) -> str | None:
    """The state or region a dateline opening the text writes after its city ('TACOMA, Wash. —' gives
    Washington); None where the dateline writes none or there is no dateline."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        match = DATELINE.match(line)
        if match is None:
            continue
        where = _stopped(gazetteer, match.group("where"))
        region = written_region(gazetteer, where) if where else None
        return region.admin1 if region is not None else None
    return None


def _state_written(place: Place, text: str, gazetteer: Gazetteer) -> bool:
    """Whether the text names the town's state: in full anywhere, or abbreviated after the town's name
    ('Graysville, Tenn.')."""
    if place.admin1 is None:
        return False
    if place.admin1 in text:
        return True
    after = re.finditer(rf"\b{re.escape(place.name)},\s+(?P<state>[A-Z][\w.]*)", text)
    return any(
        (region := gazetteer.abbreviation(m.group("state"))) is not None and region.admin1 == place.admin1
        for m in after
    )


def _unlisted_namesake(place: Place, dateline: Place | None) -> bool:
    """Whether a town bears the name of a dateline town the gazetteer lacks (read with its region, no
    coordinates): the body's 'Cameron police' under 'CAMERON, W.Va.' are that town's, not Missouri's."""
    return (
        dateline is not None
        and dateline.lat is None
        and place.precision == dateline.precision == "city"
        and place.country == dateline.country
        and name_key(place.name) == name_key(dateline.name)
    )


def _comparable(place: Place, anchor: Place | None) -> bool:
    """The place is a town and the anchor a town or a county ('SULLIVAN COUNTY, Ind.'), both with
    coordinates in one country."""
    return (
        anchor is not None
        and place.precision == "city"
        and (anchor.precision == "city" or _county(anchor))
        and place.country == anchor.country
        and None not in (place.lat, place.lon, anchor.lat, anchor.lon)
    )


def _county(place: Place) -> bool:
    """Whether a place is a county or district (a unit below its region, so small enough to anchor)."""
    return place.precision == "admin1" and place.admin1 is not None and place.name != place.admin1


def local_town(gazetteer: Gazetteer, text: str, dateline: Place) -> GeoEntry | None:
    """The first town `text` names, however it is used ('a Riverton man', 'a Riverton apartment'),
    that lies within LOCAL_KM of the dateline's place, other than that place: after a dateline, local
    news names the town where it happened. Names written as a county, region or agency, or as a
    hospital's town, are passed over."""
    if dateline.lat is None or dateline.lon is None:
        return None
    for chain in find_chains(text):
        name = chain.names[0]
        if name.county or name.agency or name.admin1_hint or name.district:
            continue
        if street_name(text, name.start, name.end):  # the first name read is a street, whatever follows
            continue
        if hospital_town(text, name.start, name.end):  # 'flown to a hospital in Riverton': not the scene
            continue
        words = name.text.split()
        written = " ".join(words[1:]) if len(words) > 1 and words[0] in _ARTICLES else name.text
        for town in gazetteer.lookup(written, kind="city", country=dateline.country):
            if (
                town.lat is not None
                and town.lon is not None
                and town.name != dateline.name
                and distance_km(town.lat, town.lon, dateline.lat, dateline.lon) <= LOCAL_KM
            ):
                return town
    return None


def local_office(gazetteer: Gazetteer, written: str, dateline: Place) -> GeoEntry | None:
    """The community `written` names where the gazetteer holds no town so called in the dateline's
    American state but a post office there bears the name within OFFICE_KM of the dateline: 'NASHVILLE,
    Tenn. - ... at a Madison apartment complex' is the Madison beside Nashville, which no list holds (the
    gazetteer's Madison there is the county far west). None elsewhere."""
    if dateline.country != LOCAL_NEWS_COUNTRY or dateline.lat is None or dateline.lon is None:
        return None
    listed = gazetteer.lookup(written, kind="city", country=dateline.country)
    if name_key(written) == name_key(dateline.name) or any(t.admin1 == dateline.admin1 for t in listed):
        return None  # a listed town of the state is read as itself
    office = office_entry(written, dateline.admin1)
    if office is None or office.lat is None or office.lon is None:
        return None
    return office if distance_km(office.lat, office.lon, dateline.lat, dateline.lon) <= OFFICE_KM else None


def nearby_support(
    gazetteer: Gazetteer, entries: Sequence[GeoEntry], text: str, title: str | None = None
) -> dict[GeoEntry, int]:
    """For each entry, how many other names the text writes are towns or counties within LOCAL_KM of it,
    plus one if the text writes out its region: the context that tells which of several same-named
    places a bare dateline means ('WOODLAWN —' over a story naming Chicago is Chicago's Woodlawn, not
    Maryland's; 'MONTGOMERY COUNTY (WSLS) —' over one naming Roanoke is Virginia's). The state of a local
    station the text credits counts one too: a station reports its own market ('BATH COUNTY (WSLS 10) —'
    from Roanoke is Virginia's Bath County, not Kentucky's), and so does one only its headline credits.
    What only American local news writes counts one for each American namesake: 'SAN ANTONIO -' over 'the
    8600 block of' is Texas's city, whatever name near Uruguay's hamlet the story writes. A region of the
    town's own name ('Santa Ana', El Salvador's department and town) is written with the town, so counts
    nothing."""
    names = {name_key(n.text) for chain in find_chains(text) for n in chain.names}
    # a country written ('Bolivia's president', 'Bolivian') supports its own namesake, and is no town: 'LA
    # PAZ —' over a story naming Mexico is not the Philippine La Paz beside the town of Mexico, Pampanga
    countries = {name: found.country for name in names if (found := gazetteer.country(name)) is not None}
    names -= countries.keys()
    station = page_station(title, text)
    american = station is not None or american_wording(text)  # the station read once
    support: dict[GeoEntry, int] = {}
    for entry in entries:
        own = frozenset({name_key(entry.name), strip_region_type(name_key(entry.name))})
        near = sum(1 for name in names - own if near_namesake(gazetteer, name, entry, own))
        region = (
            entry.admin1
            and name_key(entry.admin1) not in own  # El Salvador's Santa Ana is written with its town
            and region_written(text, entry.admin1)
        )
        home = station is not None and entry.admin1 == station.state
        local = american and entry.country == LOCAL_NEWS_COUNTRY
        written = entry.country in countries.values()
        support[entry] = near + sum(map(int, (bool(region), home, local, written)))
    return support


def county_near_dateline(place: Place, ctx: ArticleContext, gazetteer: Gazetteer) -> Place:
    """A county or district read in another region than the dateline's, swapped for the one of that name
    in the dateline's region where there is one: 'TROY, W.Va. — a boy was shot in a Gilmer County
    community' is West Virginia's Gilmer County, not Georgia's."""
    dateline = ctx.dateline
    district = place.precision == "admin1" and place.name != place.admin1
    if (
        dateline is None
        or not district
        or dateline.country != place.country
        or dateline.admin1 == place.admin1
    ):
        return place
    namesakes = gazetteer.lookup(place.name, kind="admin2", country=place.country)
    same = [e for e in namesakes if e.admin1 == dateline.admin1 and name_key(e.name) == name_key(place.name)]
    return same[0].to_place() if same else place
