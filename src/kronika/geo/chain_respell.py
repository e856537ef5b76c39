"""Chain names spelled a little differently from the gazetteer's: fuzzy towns in the regions a chain names."""

from __future__ import annotations

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.chain_name import ChainName
from kronika.geo.chain_text import Chain
from kronika.geo.compound_names import is_township
from kronika.geo.kin_regions import in_kin_regions
from kronika.geo.listed_towns import MIN_RIVAL_TOWN
from kronika.geo.names import name_key, without_article
from kronika.geo.nearby import entries_km
from kronika.geo.zip_towns import has_post_office

_STREET_WORDS = frozenset(
    {"road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane", "ln",
     "highway", "hwy", "way", "court", "place", "square", "park", "bridge", "market", "school", "hospital",
     "mall"}
)  # fmt: skip
RESPELLED_CUTOFF = 0.8  # 'Ghoryan' ~ 'Ghoriyan', 'Shahdadkot' ~ 'Shahdad Kot'; within named regions only
RESPELLED_BEFORE_TOWN_CUTOFF = 0.9  # before a town: 'Kotdiji' ~ 'Kot Diji', not 'Kotwali Nagar' ~ 'Kalinagar'
MIN_NAMESAKE_REGIONS = 2  # a district name read in this many first-level regions needs the one named
MIN_RESPELLED = 5  # shorter names match too many others
RESPELLED_KM = 250.0  # a district spans tens of kilometres: a respelled town this far from it is another
# Opening letters that spell one sound in different romanisations: any vowel or 'y' ('Iampil' /
# 'Yampil'), and k, q and c ('Kamishli' / 'Qamishli'). Others must agree.
_OPENING_CLASSES = str.maketrans({"e": "a", "i": "a", "o": "a", "u": "a", "y": "a", "q": "k", "c": "k"})
# 'j' spells the semivowel only beside 'y' and 'i' ('Jampil' / 'Yampil'); before any other vowel it is a
# consonant, Arabic's jim: 'al Asadiyah' is no Al Jawadiyah 150 km off (on training notes a 'j' read
# against 'a', 'e', 'o' or 'u' twice, once a town 91 km from the coders' point).
_SEMIVOWELS = frozenset("jyi")


def regions_after(later: list[list[GeoEntry]], country: str) -> set[str | None]:
    """The admin1 regions that names written after a name place it in ('Bassa LGA, Plateau': Plateau).

    A district name the lists hold in several first-level regions, none of them one a still later name
    is read as, places nothing: in 'Clinton (Middlesex, Connecticut)' the lists lack Connecticut's
    Middlesex County, and those of Massachusetts and New Jersey must not draw Clinton out of Connecticut.
    A district of one reading keeps it, the region written after it being the slip: 'Demoso Township,
    Loikaw District, Kayin State' is Kayah's, where Loikaw lies."""
    regions: set[str | None] = set()
    for at, group in enumerate(later):
        local = [e for e in group if e.country == country]
        outer = _first_level(later[at + 1 :], country)
        regions.update(e.admin1 for e in local if e.kind == "admin1")
        districts = [e for e in local if e.kind == "admin2"]
        if not _namesakes_elsewhere(districts, outer):
            regions.update(e.admin1 for e in districts)
    return regions


def _first_level(later: list[list[GeoEntry]], country: str) -> set[str | None]:
    """The first-level regions names of a chain are read as in `country`."""
    return {e.admin1 for group in later for e in group if e.country == country and e.kind == "admin1"}


def _namesakes_elsewhere(districts: list[GeoEntry], outer: set[str | None]) -> bool:
    """Whether one name's district readings lie in several first-level regions and none in, or in a kin
    of, the regions named after it ('Middlesex, Connecticut': Massachusetts, New Jersey, Virginia)."""
    if not outer or len({e.admin1 for e in districts}) < MIN_NAMESAKE_REGIONS:
        return False
    return not any(e.admin1 in outer or in_kin_regions([e], outer) for e in districts)


def respell_leading(
    gazetteer: Gazetteer,
    chain: Chain,
    options: list[list[GeoEntry]],
    picks: list[GeoEntry | None],
    country: str,
) -> None:
    """Fill the first unread names of a chain with towns spelled a little differently, innermost first:
    in 'a village in Kotdiji (Khairpur, Sindh)' the village is unknown but Kotdiji is Kot Diji. Before
    a known town ('Kotwali Nagar, Pratapgarh') only a nearly alike spelling counts: the name is more
    likely a quarter of that town than another town."""
    town_known = any(e is not None and e.kind == "city" for e in picks)
    cutoff = RESPELLED_BEFORE_TOWN_CUTOFF if town_known else RESPELLED_CUTOFF
    for i, name in enumerate(chain.names):
        if picks[i] is not None:
            return
        found = _respelled(gazetteer, name, country, regions_after(options[i + 1 :], country), cutoff)
        picks[i] = found if found is None or near_later(found, options[i + 1 :], country) else None
        if picks[i] is not None:
            return


def near_later(town: GeoEntry, later: list[list[GeoEntry]], country: str) -> bool:
    """Whether a respelled town lies within RESPELLED_KM of a district or town named after it, where the
    chain names one: a region holds many names spelled alike, and one far from the district the chain
    names is another place (a village written before a Javanese regency is no town spelled one letter
    otherwise 330 km off). A name read as a first-level region sets no reach, nor do its namesakes: in
    'Pine Ranch (California)' no town called California need lie near."""
    units = [
        e
        for group in later
        if not _names_region(group, country)
        for e in group
        if e.country == country and e.kind in ("admin2", "city")
    ]
    return not units or any(entries_km(town, e) <= RESPELLED_KM for e in units)


def _names_region(group: list[GeoEntry], country: str) -> bool:
    """Whether a chain name is read as a first-level region of `country`."""
    return any(e.kind == "admin1" and e.country == country for e in group)


def _respelled(
    gazetteer: Gazetteer, name: ChainName, country: str, regions: set[str | None], cutoff: float
) -> GeoEntry | None:
    """A town of the regions named after it, spelled a little differently ('Quamishli, al-Hasakeh')."""
    last = name.text.split()[-1].lower().strip(".")
    if not regions or len(name.text) < MIN_RESPELLED or last in _STREET_WORDS or name.part:
        return None
    if gazetteer.demonym(name.text) is not None:
        return None  # 'the Mexican state of Guanajuato': the country's word, no respelt Mexicanos
    if country == "USA" and is_township(name):
        return None  # an American township is a municipality of its own: 'Hamilton Township' is no Hampton
    if country == "USA" and any(has_post_office(name.text, region) for region in regions):
        return None  # a town of the state the lists lack ('Kansasville, Wisconsin'), not 'Nashville'
    found = gazetteer.fuzzy_town(name.text, country, regions, cutoff)
    # a village spelled a little otherwise is more likely another village the lists lack ('Bakri village'
    # is no Baikari union 90 km off): a place known to be that small is not read so (one of no known
    # size, 0, may be a city: 'Quamishli' is Al Qamishli)
    found = [e for e in found if not 0 < e.population < MIN_RIVAL_TOWN]
    # the closest spelling opening otherwise says the name is another place, and so do those further off
    return found[0] if found and same_opening(name.text, found[0].name) else None


def same_opening(written: str, listed: str) -> bool:
    """Whether two spellings open alike, an Arabic article aside, or one is a whole word of the other
    ('Lake Canandaigua' is Canandaigua's lake, 'NIA Valencia' Valencia's): romanisations vary a name's
    vowels, doubled letters and digraphs, seldom its opening sound, and a letter more or less before a
    name makes another name (in the Donbas, Orlivka is no Horlivka, Dachne no Udachne, Sofiivka no
    Novosofiivka; in Bangladesh, Ghonapara no Hotapara). Counted on 2,300 training notes: of the 39
    respellings read, 10 open otherwise, all towns 31-154 km from the coders' point."""
    first, second = (without_article(name_key(n)) or name_key(n) for n in (written, listed))
    if not (first and second):
        return False
    if f" {first} " in f" {second} " or f" {second} " in f" {first} ":
        return True
    if "j" in (first[0], second[0]):
        return {first[0], second[0]} <= _SEMIVOWELS
    return first[0].translate(_OPENING_CLASSES) == second[0].translate(_OPENING_CLASSES)


def respelled_country(gazetteer: Gazetteer, chain: Chain, options: list[list[GeoEntry]]) -> str | None:
    """For a chain whose only known name is its last, read as regions of several countries, the one
    country where an earlier name is a town of that region spelled a little differently: in 'Balade
    (Bossaso, Bari)', Bossaso is Somalia's Bosaso, so Bari is Somalia's region, not Italy's city."""
    if len(options) < 2 or any(options[:-1]):
        return None
    countries = {e.country for e in options[-1] if e.kind in ("admin1", "admin2")}
    found = {
        country
        for country in countries
        for name in chain.names[:-1]
        if not name.agency
        and _respelled(gazetteer, name, country, regions_after(options[-1:], country), RESPELLED_CUTOFF)
    }
    return next(iter(found)) if len(found) == 1 else None
