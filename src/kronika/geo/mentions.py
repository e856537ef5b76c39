"""Place mentions in a stretch of a spaCy doc, each resolved and scored as a candidate event location."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.borders import border_demonym
from kronika.geo.chain_types import ADMIN1_TYPES
from kronika.geo.compound_names import NATIONAL_TYPES, unit_country
from kronika.geo.dated_places import dated_entities
from kronika.geo.demonym_towns import demonym_country
from kronika.geo.hyphen_names import hyphen_towns
from kronika.geo.listed_names import listed_country
from kronika.geo.locative_names import governed_as_place
from kronika.geo.mention_scores import AT_PREPS, mention_score
from kronika.geo.names import REGION_TYPE_WORDS, name_key
from kronika.geo.numbered import numbered_division
from kronika.geo.particle_names import whole_name
from kronika.geo.peoples import named_as_people
from kronika.geo.placed_objects import placed_object
from kronika.geo.resolve import resolve_name
from kronika.geo.scene_nouns import modifies_scene, named_site, site_openings
from kronika.geo.split_names import split_regions
from kronika.geo.street_towns import street_town
from kronika.geo.surnames import someones_name
from kronika.geo.upazila_units import ISO3 as UPAZILA_COUNTRY
from kronika.geo.upazila_units import upazila_entry
from kronika.nlp import entities_in, per_doc

_NAMED_KEY = "kronika.places_named"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
UNTAGGED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP", ""})
# Words for a settlement that spaCy may take into a place's name ('Terow village' as one GPE).
_SETTLEMENT_WORDS = frozenset({"town", "village", "hamlet"})
CAPITAL_WORDS = frozenset({"capital"})
# A country named before these is a currency, not a place: 'the US dollar', 'the Turkish lira'.
CURRENCY_WORDS = frozenset(
    {"dollar", "euro", "pound", "rupee", "yuan", "rouble", "ruble", "lira", "currency"}
)
# Capitalised words that may stand before a place name without making it a surname: 'North Austin'.
_PLACE_PREFIXES = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western",
     "downtown", "greater", "upper", "lower", "new", "old", "fort", "port", "mount", "lake", "saint", "st"}
)  # fmt: skip


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text, the entry it resolves to, and how likely it is the event's location."""

    start: int  # character offsets into the doc text
    end: int
    text: str
    entry: GeoEntry
    score: float


def sentence_mentions(
    doc: Doc, span: Span, gazetteer: Gazetteer, focus: str | None, trigger: Token | None
) -> list[PlaceMention]:
    """Every resolvable place mention inside `span`, scored against the trigger (best first)."""
    found: dict[tuple[int, int], PlaceMention] = {}
    for phrase, entry in _places_named(doc, span, gazetteer, focus):
        score = mention_score(phrase, entry, trigger)
        found.setdefault((phrase.start_char, phrase.end_char), PlaceMention(
            phrase.start_char, phrase.end_char, phrase.text, entry, score))  # fmt: skip
    return sorted(found.values(), key=lambda m: (-m.score, m.start))


def _places_named(
    doc: Doc, span: Span, gazetteer: Gazetteer, focus: str | None
) -> tuple[tuple[Span, GeoEntry], ...]:
    """The places and capitals `span` names, read once per doc for each stretch and focus country: every
    event of an article asks of the same sentences, and only their scores differ (a doc is read by one
    pipeline, so by one gazetteer)."""
    named: dict[tuple[int, int, str | None], tuple[tuple[Span, GeoEntry], ...]] = per_doc(
        doc, _NAMED_KEY, dict
    )
    key = (span.start, span.end, focus)
    if key not in named:
        named[key] = (*_named_places(doc, span, gazetteer, focus), *_capital_phrases(span, gazetteer, focus))
    return named[key]


def _named_places(
    doc: Doc, span: Span, gazetteer: Gazetteer, focus: str | None
) -> list[tuple[Span, GeoEntry]]:
    """Place entities, 'X region' phrases, and capitalised words spaCy mis-tagged that the gazetteer knows.

    Steps, each leaving out the words an earlier one read: region phrases, hyphenated towns, entities
    (dated ones too), then untagged capitalised words; where none reads as a place, placed objects.
    """
    out: list[tuple[Span, GeoEntry]] = []
    covered: set[int] = set()
    for words in split_regions(span, gazetteer):  # 'Northern Bahr' + 'el Ghazal': one region
        region = _region_place(doc, span, words, gazetteer, focus)
        if region is not None:
            out.append(region)
            covered.update(range(words.start, region[0].end))
    for run, entry in hyphen_towns(span, gazetteer, focus):  # 'Winston-Salem': not Salem
        if not covered.intersection(range(run.start, run.end)):
            out.append((run, entry))
            covered.update(range(run.start, run.end))
    for ent in dated_entities(span, gazetteer, focus):  # 'early Sunday in Champaign' too, tagged a date
        if covered.intersection(range(ent.start, ent.end)):
            continue
        place = _entity_place(doc, ent, gazetteer, focus)
        if place is not None:
            out.append(place)
            covered.update(range(min(ent.start, place[0].start), place[0].end))
    out += _untagged_places(doc, span, gazetteer, focus, frozenset(covered))
    if out or focus == LOCAL_NEWS_COUNTRY:  # local news calls its people by one name ('said Jackson')
        return out
    return _placed_objects(doc, span, gazetteer, focus)


def _region_place(
    doc: Doc, span: Span, words: Span, gazetteer: Gazetteer, focus: str | None
) -> tuple[Span, GeoEntry] | None:
    """A region's words with the type word after them ('Naryn region', 'Deir ez Zor city'), if a place."""
    phrase = _with_region_word(doc, words)
    if phrase.end < span.end and doc[phrase.end].lower_ == "city":  # 'Deir ez Zor city': the town
        phrase = doc[phrase.start : phrase.end + 1]
    entry = resolve_name(gazetteer, phrase.text, focus)
    return (phrase, entry) if entry is not None else None


def _entity_place(
    doc: Doc, ent: Span, gazetteer: Gazetteer, focus: str | None
) -> tuple[Span, GeoEntry] | None:
    """The place an entity names, with the words that name it: a place entity, a name of our table or a
    scene's or site's name spaCy tagged otherwise; None for a currency, a numbered division, a people, a
    border's demonym, a person abroad, a surname or a name its type word belies."""
    listed = listed_country(ent, focus)  # 'RSF attack Terow', tagged a date: a town of our table
    scene = _scene_modifier(ent)  # 'outside the Stone Mountain home', tagged a body
    site = focus == LOCAL_NEWS_COUNTRY and named_site(_strip_det(ent), AT_PREPS)  # 'the Rupert Gun Range'
    scene = scene or site
    candidate = ent.label_ in PLACE_LABELS or _untagged_candidate(ent) or scene
    if (not candidate and not listed) or _currency(ent):
        return None
    # 'the 11th District'; 'Afar ethnic militias'
    if numbered_division(ent) or named_as_people(ent, gazetteer):
        return None
    phrase = _with_region_word(doc, _strip_det(ent))
    typed = phrase.end > ent.end  # 'Naryn region', 'Pulwama district': the lookup keeps regions only
    # 'attacked Mandera town', tagged a body: the word after it says a place, as a region word does
    typed = typed or _settlement_after(doc, phrase)
    untagged = ent.label_ not in PLACE_LABELS and not typed and not listed and not scene
    untagged = untagged and not governed_as_place(doc, phrase)  # 'a school in Kramatorsk', tagged a product
    # 'the Israeli town of Metula' in a story from Beirut: a town of the country its adjective names
    listed = listed or demonym_country(doc, phrase, gazetteer)
    phrase, entry = _particled(gazetteer, phrase, listed or focus, untagged)  # 'Um' + 'Dukhun county'
    entry = entry or _titled_region(gazetteer, doc, phrase, listed or focus)
    entry = entry or resolve_name(gazetteer, phrase.text, listed or focus, untagged=untagged)
    if entry is None and len(phrase) > 1 and phrase[-1].lower_ in _SETTLEMENT_WORDS:
        phrase = phrase[:-1]  # 'Terow village' tagged whole: the name before its noun
        entry = resolve_name(gazetteer, phrase.text, listed or focus, untagged=untagged)
    if entry is None and site:
        phrase, entry = _site_town(gazetteer, phrase, focus)
    if entry is not None and border_demonym(phrase, entry, gazetteer):
        return None  # 'near the Somali border': Somalia's frontier, not Ethiopia's Somali region
    if entry is not None and _foreign_person(ent, entry, focus):
        return None  # '"I'm shot," Mary said' in a story from Memphis: the woman, not Turkmenistan's Mary
    if entry is not None and not _surname(doc, phrase, entry) and not _foreign_to_type(phrase, entry):
        entry = street_town(gazetteer, phrase, entry, focus)  # '171st St. in Jamaica': Queens's
        return (phrase, _upazila_reading(gazetteer, phrase, entry))
    return None


def _untagged_places(
    doc: Doc, span: Span, gazetteer: Gazetteer, focus: str | None, covered: frozenset[int]
) -> list[tuple[Span, GeoEntry]]:
    """Capitalised words spaCy tagged as nothing, outside the words already read, that name places."""
    out: list[tuple[Span, GeoEntry]] = []
    for token in span:
        if token.i in covered or token.ent_type_ or not _untagged_token(token):
            continue
        word = doc[token.i : token.i + 1]
        if numbered_division(word) or named_as_people(word, gazetteer):
            continue
        phrase = _with_region_word(doc, word)
        untagged = phrase.end == token.i + 1
        phrase, entry = _particled(gazetteer, phrase, focus, untagged)  # 'Um' + 'Sidir'
        entry = entry or _titled_region(gazetteer, doc, phrase, focus)
        entry = entry or resolve_name(gazetteer, phrase.text, focus, untagged=untagged)
        if (
            entry is not None
            and not _surname(doc, phrase, entry)
            and not border_demonym(phrase, entry, gazetteer)
        ):
            out.append((phrase, _upazila_reading(gazetteer, phrase, entry)))
    return out


def _placed_objects(
    doc: Doc, span: Span, gazetteer: Gazetteer, focus: str | None
) -> list[tuple[Span, GeoEntry]]:
    """Where nothing else in the sentence reads as a place, its one-word names tagged as a body or a
    person that a preposition of place governs, read as tagged places are ('mortar shells fell on
    Malakal'; `geo/placed_objects.py`)."""
    out: list[tuple[Span, GeoEntry]] = []
    for ent in entities_in(span):
        phrase = _strip_det(ent)
        if not placed_object(ent, phrase) or named_as_people(ent, gazetteer):
            continue
        entry = resolve_name(gazetteer, phrase.text, focus)
        if (
            entry is not None
            and not _surname(doc, phrase, entry)
            and not border_demonym(phrase, entry, gazetteer)
        ):
            out.append((phrase, entry))
    return out


def _particled(
    gazetteer: Gazetteer, phrase: Span, focus: str | None, untagged: bool
) -> tuple[Span, GeoEntry | None]:
    """The phrase with the words of its name spaCy left out (`geo/particle_names.py`) and the place it is,
    where the lists hold it ('Um Dukhun county'); else the phrase as it is and None, read as written."""
    whole = whole_name(phrase)
    if (whole.start, whole.end) == (phrase.start, phrase.end):
        return phrase, None
    entry = resolve_name(gazetteer, whole.text, focus, untagged=untagged)
    return (whole, entry) if entry is not None else (phrase, None)


def _currency(ent: Span) -> bool:
    """Whether an entity names a currency's country ('US' in 'the US dollar exchange rate')."""
    return ent.end < len(ent.doc) and ent.doc[ent.end].lemma_.lower() in CURRENCY_WORDS


def _surname(doc: Doc, phrase: Span, entry: GeoEntry) -> bool:
    """Whether a one-word place name is a person's name: after a given name ('Vernon Houston'), before
    an age ('Evans, 17,') or the surname or given name of someone the article names in full
    (`geo/surnames.py`)."""
    if len(phrase) != 1:
        return False
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    after = doc[phrase.end : phrase.end + 3]
    given = (
        before is not None
        and before.is_title
        and before.pos_ == "PROPN"
        and before.ent_type_ not in PLACE_LABELS
        and before.lower_.strip(".") not in _PLACE_PREFIXES
    )
    # an age stands between commas or before 'years' ('Evans, 17, was'); 'Kauda, 2 injured' is a toll
    aged = (
        len(after) >= 2
        and after[0].text == ","
        and after[1].like_num
        and (len(after) == 2 or after[2].text in {",", "."} or after[2].lower_.startswith("year"))
    )
    return given or aged or someones_name(doc, phrase, town=entry.kind == "city")


def _scene_modifier(ent: Span) -> bool:
    """Whether a name of several words spaCy tagged as a body or a person modifies the scene's noun under
    a preposition of place ('outside the Stone Mountain home', 'at a Bowling Green apartment'): written so,
    a name is a town's, as one word would be read (`_untagged_candidate`)."""
    name = _strip_det(ent)
    return (
        ent.label_ in UNTAGGED_LABELS
        and ent.label_ != "NORP"
        and len(name) > 1
        and all(t.is_title for t in name)
        and modifies_scene(name[-1], AT_PREPS)
    )


def _site_town(gazetteer: Gazetteer, name: Span, focus: str | None) -> tuple[Span, GeoEntry | None]:
    """The town a site's own name opens with ('the Rupert Gun Range': Rupert), as its longest opening
    words that are a town's whole name in the focus country; else the name unread ('the Village Shooting
    Range' opens with no town: The Village is another's name)."""
    for opening in site_openings(name):
        entry = resolve_name(gazetteer, opening.text, focus, kind="city")
        if entry is not None and entry.country == focus and _whole_name(entry.name, opening.text):
            return opening, entry
    return name, None


def _whole_name(name: str, words: str) -> bool:
    """Whether the words write the whole name, its 'The' too: 'Village' is not 'The Village'."""
    article = name.lower().startswith("the ") == words.lower().startswith("the ")
    return article and name_key(name) == name_key(words)


def _foreign_person(ent: Span, entry: GeoEntry, focus: str | None) -> bool:
    """Whether a one-word name the tagger read as a person is one in American local news, where the place
    of that name lies abroad: such a story tells its own town's news, and calls people by one name."""
    return focus == LOCAL_NEWS_COUNTRY and ent.label_ == "PERSON" and len(ent) == 1 and entry.country != focus


def _untagged_candidate(ent: Span) -> bool:
    """A one-word non-place entity that may be a mis-tagged place ('Bishkek' as PERSON)."""
    return ent.label_ in UNTAGGED_LABELS and ent.label_ != "NORP" and len(ent) == 1 and ent[0].is_title


def _untagged_token(token: Token) -> bool:
    """A capitalised proper noun outside any entity, not opening the sentence."""
    return token.pos_ == "PROPN" and token.is_title and not token.is_sent_start and len(token) > 2


def _settlement_after(doc: Doc, phrase: Span) -> bool:
    """Whether a lower-case word for a settlement follows the phrase ('Mandera town', 'Kaloleni village')."""
    return phrase.end < len(doc) and doc[phrase.end].text in _SETTLEMENT_WORDS


def _strip_det(ent: Span) -> Span:
    """'the United States' -> 'United States' (the gazetteer key drops it anyway; offsets stay tight),
    and a possessive spaCy took into the name left out: "the Rajshahi City's" -> 'Rajshahi City'."""
    ent = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
    return ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent


def _upazila_reading(gazetteer: Gazetteer, phrase: Span, entry: GeoEntry) -> GeoEntry:
    """A name typed 'upazila' read as the upazila of that name ('Mirpur upazila': Kushtia's, not
    Dhaka's quarter); any other name's reading as it is."""
    if unit_country(phrase) != UPAZILA_COUNTRY:
        return entry
    return upazila_entry(gazetteer, _untyped(phrase).text, entry)


def _untyped(phrase: Span) -> Span:
    """A name without the national type word it may end with ('Mirpur upazila' -> 'Mirpur')."""
    return phrase[:-1] if len(phrase) > 1 and phrase[-1].lower_ in NATIONAL_TYPES else phrase


def _foreign_to_type(phrase: Span, entry: GeoEntry) -> bool:
    """Whether a name typed by a word for a unit only one country has ('Karimganj upazila', which only
    Bangladesh has) is read in another country (Assam's Karimganj): the type word says it is not there."""
    national = unit_country(phrase)
    return national is not None and entry.country != national


def _with_region_word(doc: Doc, phrase: Span) -> Span:
    """Extend 'Naryn' to 'Naryn region' when a region-type word follows it; 'state' only in lower case
    ('Lakes state' is South Sudan's state, not Côte d'Ivoire's Lacs; 'Ohio State' is a university)."""
    nxt = phrase.end
    if (
        nxt < len(doc)
        and doc[nxt].lower_ in REGION_TYPE_WORDS
        and (doc[nxt].lower_ not in {"state", "republic"} or doc[nxt].text == "state")
        and phrase.text.lower() not in _COMPASS_WORDS  # 'Shan-South state', split at its hyphen
    ):
        return doc[phrase.start : nxt + 1]
    return phrase


def _titled_region(gazetteer: Gazetteer, doc: Doc, phrase: Span, focus: str | None) -> GeoEntry | None:
    """The first-level region a name written after a type word in lower case and 'of' names ('the state of
    Guanajuato' is Guanajuato state, not its namesake town; 'the State of Palestine' is a country's title),
    where the lists hold one; else None. The chains read the same words (`chain_name._unit_before`)."""
    at = phrase.start
    if at < 2 or doc[at - 1].lower_ != "of" or doc[at - 2].text not in ADMIN1_TYPES:
        return None
    return resolve_name(gazetteer, f"{phrase.text} {doc[at - 2].text}", focus)


_COUNTRY_NOUNS = frozenset({"country", "nation"})
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})


def _capital_phrases(span: Span, gazetteer: Gazetteer, focus: str | None) -> list[tuple[Span, GeoEntry]]:
    """'the capital' (the focus country's) and 'the capital of X' (X's capital); 'the capital of South
    Kordofan State' names a region's capital, which the name beside it gives, so it is none of these."""
    out = []
    for token in span:
        if token.lower_ not in CAPITAL_WORDS or token.pos_ not in {"NOUN", "PROPN"} or _unit_capital(token):
            continue
        country = focus
        for child in token.children:
            objects = [t for t in child.children if t.dep_ == "pobj"] if child.lower_ == "of" else []
            if objects and objects[0].lower_ not in _COUNTRY_NOUNS:  # 'the capital of the country' is ours
                words = [t.text for t in objects[0].subtree if t.dep_ != "det"]  # 'Sri Lanka', not 'Lanka'
                named = gazetteer.country(" ".join(words))
                country = named.country if named else None
        capital = gazetteer.capital(country) if country else None
        if capital is not None:
            start = (
                token.i - 1
                if token.i > span.start and token.nbor(-1).lower_ in {"the", "its", "their"}
                else token.i
            )
            out.append((span.doc[start : token.i + 1], capital))
    return out


# Words for a unit below the country before 'capital': 'the district capital', 'the state's capital'.
_UNIT_CAPITAL_WORDS = frozenset(
    {"district", "provincial", "regional", "state", "county", "province", "region", "departmental",
     "divisional", "zonal", "municipal", "prefectural"}
)  # fmt: skip


def _unit_capital(token: Token) -> bool:
    """Whether 'capital' is a unit's, not the country's: 'LOCATION: Suguta in Samburu District (district
    capital = Maralal)' names no national capital."""
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.lower_ in {"'s", "’s"} and before.i > 0:
        before = before.nbor(-1)
    return before is not None and before.lower_ in _UNIT_CAPITAL_WORDS
