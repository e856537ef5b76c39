"""Place-name normalisation: the lookup key and the plain English display name of a region."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from kronika.textnorm import strip_accents

# Words that name a region's type rather than the region ("Naryn Region", "Chuyskaya oblast'").
REGION_TYPE_WORDS = frozenset(
    {
        "region",
        "oblast",
        "oblasti",
        "oblys",
        "oblysy",
        "province",
        "provincia",
        "governorate",
        "prefecture",
        "shaary",
        "state",
        "district",
        "department",
        "county",
        "krai",
        "kraj",
        "respublika",
        "republic",
        "municipality",
        "territory",
        "division",
        "viloyati",
        "wilaya",
        "vilayet",
        "muhafazah",
        "gorod",
        "raion",
        "rayon",
        "parish",
    }
)
# Only these are dropped from the name shown in records; "state", "department", "division" and "district"
# too, unless what is left is a bare adjective: "Borno State" -> "Borno", but "Free State" stays.
_DISPLAY_SUFFIX = re.compile(
    r"[\s,]+(region|oblast'?|province|governorate|shaary|respublika|kraj|krai|oblysy|viloyati|prefecture"
    r"|state|department|division|district|county)$",
    re.IGNORECASE,
)
_KEEP_SUFFIX_AFTER = frozenset({"free", "federal", "capital", "central", "national", "new", "red sea"})
_DISPLAY_PREFIX = re.compile(r"^(gorod|city of|province of|respublika)\s+", re.IGNORECASE)
_REGION_NUMBER = re.compile(r"\s*\((?:region\s+)?[ivx0-9-]+(?:-[a-z])?\)$", re.IGNORECASE)
# Letters NFKD leaves alone, spelled as English-language reports spell them ("Diyarbakır" -> "Diyarbakir").
_LATIN_FOLD = str.maketrans({"ı": "i", "İ": "I", "ə": "e", "ǝ": "e", "Ə": "E", "ł": "l", "Ł": "L"})
_MARKS = re.compile(r"[’‘ʼʻ`´]")
# iso3166-2 writes a name's other spellings or its code in brackets: "Galicia [Galicia]", "Skåne län [SE-12]".
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")
_APOSTROPHES = re.compile(r"['’‘ʼʻ`´]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


# Arabic articles written before a name or not at all ('Al Qamishli' / 'Qamishli', 'ash-Shula').
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ez", "es", "adh", "ath"})
MIN_BARE_NAME = 5  # 'El Paso' is not 'Paso': only a long name stands without its article
_CITY_WORD = " city"


# a pure function of the name, asked hundreds of times per article (every gazetteer lookup keys its name)
@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Lower-case, accent- and punctuation-free key without a leading 'the': 'BISHKEK' -> 'bishkek'."""
    plain = name.translate(_LATIN_FOLD)
    plain = (plain if plain.isascii() else strip_accents(plain)).lower()  # most names are plain ASCII
    plain = _APOSTROPHES.sub("", plain)
    key = _NON_WORD.sub(" ", plain).strip()
    return key[4:] if key.startswith("the ") else key


_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def city_side(key: str) -> bool:
    """Whether a name key is a compass point and 'side' ('south side'): what a city calls its parts
    ('shot on the South Side'), never a town, which is written in one word ('Southside')."""
    first, _, rest = key.partition(" ")
    return first in _COMPASS_POINTS and rest == "side"


# A school's own word: 'the University', or 'Saginaw Valley State University' cut at its last word
_BODY_WORDS = frozenset({"university", "college"})


def body_word(key: str) -> bool:
    """Whether a name key is a school's own word written alone, which names the school, never the hamlet
    so called (University, Florida; College, Alaska): ACLED's notes place no event at those hamlets, and a
    town's school is written with its town ('Urbana University')."""
    return key in _BODY_WORDS


def is_article(word: str) -> bool:
    """Whether a word is an Arabic article ('al', 'El'), which names nothing on its own."""
    return word.lower() in _ARTICLES


def without_article(key: str) -> str | None:
    """The key without a leading Arabic article ('al hasakah' -> 'hasakah'), None if it has none or if
    only a type word would be left ('AL district', the Awami League's, is no 'district')."""
    first, _, rest = key.partition(" ")
    if first not in _ARTICLES or len(rest) < MIN_BARE_NAME or rest in REGION_TYPE_WORDS:
        return None
    return rest


# Abbreviations that open town names, each with its spelled-out forms ('Ft. Lauderdale', 'Mt. Oliver').
_OPENING_WORDS = {
    "ft": ("fort",),
    "mt": ("mount",),
    "fort": ("ft",),
    "mount": ("mt",),
}
# A saint's name is one name however it is written: the index holds 'St. Paul' (Alberta) apart from
# 'Saint Paul' (Minnesota), and 'St.' is written for a female saint too ('St. Genevieve').
_SAINT_WORDS = ("st", "saint", "ste", "sainte")


def saint_spellings(key: str) -> list[str]:
    """The key with its opening 'St'/'Saint'/'Ste'/'Sainte' written the other ways ('st paul' ->
    'saint paul', 'ste paul', 'sainte paul'); [] for a key that opens with no saint."""
    first, _, rest = key.partition(" ")
    if first not in _SAINT_WORDS or not rest:
        return []
    return [f"{other} {rest}" for other in _SAINT_WORDS if other != first]


def spelled_variants(key: str) -> list[str]:
    """The key with its opening abbreviation spelled out or abbreviated ('ft lauderdale' -> 'fort
    lauderdale'; 'saint louis' -> 'st louis'), for names the index holds in the other form."""
    first, _, rest = key.partition(" ")
    variants = [f"{other} {rest}" for other in _OPENING_WORDS.get(first, ())] if rest else []
    variants += saint_spellings(key)
    bare = _INNER_DE.sub(" ", key)  # 'san pablo de huitzo' -> 'san pablo huitzo'
    return variants + _final_h_variants(key) + _final_yi_variants(key) + ([bare] if bare != key else [])


# Particles that open American and French town names, written apart or joined: 'La Salle' and 'LaSalle',
# 'De Kalb' and 'DeKalb', 'Du Quoin' and 'DuQuoin'.
_JOINABLE_PARTICLES = ("la", "le", "de", "du")
MIN_JOINED_REST = 4  # 'Lamu', 'Derna', 'Delhi': a short rest is no name of its own


def particle_variants(key: str) -> list[str]:
    """The key with an opening particle joined to the next word or split from it ('la salle' <->
    'lasalle'), for names written both ways."""
    first, _, rest = key.partition(" ")
    if first in _JOINABLE_PARTICLES and rest:
        return [first + rest]
    particle = next((p for p in _JOINABLE_PARTICLES if first.startswith(p)), None)
    if particle is None or len(first) - len(particle) < MIN_JOINED_REST:
        return []
    return [f"{particle} {key[len(particle) :]}"]


_INNER_DE = re.compile(r" (?:de|del|de la) (?=\w)")


MIN_FINAL_H_NAME = 5  # 'Hama' stays 'Hama': a short name is too often another place with an 'h'


def _final_h_variants(key: str) -> list[str]:
    """The key with an Arabic final -a written -ah or the other way round ('diwaniya' -> 'diwaniyah',
    'raqqah' -> 'raqqa'), or the Levantine -eh written -e, -a or -ah ('nabatiyeh' -> 'nabatiye'):
    transliterations differ only there, so one spelling finds the other."""
    last = key.rsplit(" ", 1)[-1]
    if len(last) < MIN_FINAL_H_NAME:
        return []
    if key.endswith("eh"):
        return [key[:-1], key[:-2] + "a", key[:-2] + "ah"]
    if key.endswith("ah"):
        return [key[:-1]]
    return [key + "h"] if key.endswith("a") else []


MIN_FINAL_YI_WORD = 6  # 'Kryvyi', not a short word such as a Chinese town's 'Anyi'


def _final_yi_variants(key: str) -> list[str]:
    """The key with Ukrainian adjectives' final -yi written -yy ('kryvyi rih' -> 'kryvyy rih',
    'kropyvnytskyi' -> 'kropyvnytskyy'): the national romanisation notes use ends them in -yi, the
    lists' in -yy."""
    words = key.split()
    spelled = [w[:-2] + "yy" if len(w) >= MIN_FINAL_YI_WORD and w.endswith("yi") else w for w in words]
    return [" ".join(spelled)] if spelled != words else []


def short_town_keys(key: str) -> set[str]:
    """Shorter keys a town's key may be written under: without an article ('al qamishli' -> 'qamishli')
    or without 'City' ('cabanatuan city' -> 'cabanatuan'). The caller keeps those naming nothing else,
    so 'Kansas City' is never 'Kansas'."""
    keys = set()
    bare = without_article(key)
    if bare:
        keys.add(bare)
    if key.endswith(_CITY_WORD) and len(key) - len(_CITY_WORD) >= MIN_BARE_NAME:
        keys.add(key[: -len(_CITY_WORD)])
    return keys


# Particles after which a Spanish or Portuguese town's honorific part follows: 'Pachuca de Soto',
# 'Acapulco de Juárez', 'Jaboatão dos Guararapes' are written 'Pachuca', 'Acapulco', 'Jaboatão'.
_HONORIFIC_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das"})
# Opening words too generic to stand for the town alone ('Ciudad de México' is never 'Ciudad').
_GENERIC_OPENINGS = frozenset(
    {"ciudad", "villa", "puerto", "heroica", "santa", "santo", "san", "sao", "nueva", "nuevo", "general"}
)


def honorific_short_key(key: str) -> str | None:
    """The first word of a town written with an honorific part ('pachuca de soto' -> 'pachuca'), else None.
    Only one long opening word counts: 'San Juan de los Lagos' keeps its name."""
    words = key.split()
    if len(words) < 3 or words[1] not in _HONORIFIC_PARTICLES:
        return None
    first = words[0]
    return first if len(first) >= MIN_BARE_NAME and first not in _GENERIC_OPENINGS else None


# A numbered part of a settlement ('Zolote-4', 'Mine 22'): reports number mines and quarters of a town.
_NUMBERED = re.compile(r"^(?P<name>[a-z][a-z ]*[a-z]) \d{1,2}$")


def without_number(key: str) -> str | None:
    """The key without a trailing quarter or mine number ('zolote 4' -> 'zolote'), None if it has none."""
    match = _NUMBERED.match(key)
    return match.group("name") if match and len(match.group("name")) >= MIN_BARE_NAME else None


def strip_region_type(key: str) -> str:
    """Drop region-type words from both ends of a name key ('naryn region' -> 'naryn'); never empties it."""
    words = key.split()
    while len(words) > 1 and words[-1] in REGION_TYPE_WORDS:
        words.pop()
    while len(words) > 1 and words[0] in REGION_TYPE_WORDS:
        words.pop(0)
        if len(words) > 1 and words[0] == "of":  # 'Region of Magallanes'
            words.pop(0)
    if len(words) > 1 and words[0] == "city" and words[1] == "of":
        words = words[2:]
    return " ".join(words)


# Type words of second-level units: 'Pulwama district', 'Halifax County', 'Popasna raion'.
_ADMIN2_WORDS = frozenset({"district", "county", "municipality", "raion", "rayon", "parish", "borough"})


def region_level(key: str) -> str:
    """The kind of region a region-typed key names: 'admin2' after a district word, else 'admin1'."""
    words = key.split()
    return "admin2" if words and words[-1] in _ADMIN2_WORDS else "admin1"


def has_region_type(key: str) -> bool:
    """Whether a name key ends with a region-type word ('talas region'), so it names an admin1 unit."""
    words = key.split()
    return len(words) > 1 and words[-1] in REGION_TYPE_WORDS


def display_region(name: str) -> str:
    """The plain name of a region: 'Bishkek Shaary' -> 'Bishkek', 'Borno State' -> 'Borno'."""
    name = _MARKS.sub("", _REGION_NUMBER.sub("", _BRACKETED.sub("", name).translate(_LATIN_FOLD))).strip()
    previous = None
    while previous != name:
        previous = name
        stripped = _DISPLAY_SUFFIX.sub("", name).strip()
        if stripped.lower() not in _KEEP_SUFFIX_AFTER:
            name = stripped
        name = _DISPLAY_PREFIX.sub("", name).strip()
    if "," in name:  # iso3166-2 inverts some names: "Adygeja, Respublika" was cut above to "Adygeja"
        name = name.split(",")[0].strip()
    return _TITLED_ELISION.sub(lambda m: m.group(0).lower(), name)


# A lone capital after a word's inner apostrophe is a title-casing slip of the city list ("Murang'A" for
# Kenya's Murang'a, "Jema'A"); French elisions ("Côte d'Azur") and names like "Grand'Anse" go on past
# one letter and are left as written.
_TITLED_ELISION: Final = re.compile(r"(?<=[a-z]{2})'[A-Z]\b")


MAX_ACRONYM = 3  # a name of this many capitals ('UN', 'AU') is an acronym, not a town


def shouted(word: str) -> bool:
    """Whether a written name is one word of capitals longer than a short acronym ('NISS', 'SUST',
    'INGO'). A body's acronym so written reads by chance as a place's other name (Serbia's Nis,
    Finland's Inga): on the training notes such words that the lists hold name a place 760 times, one
    within 50 km of the event 8 times (regions and towns of the note's own country, 'FENI')."""
    return word.isupper() and word.isalpha() and len(word) > MAX_ACRONYM
