"""Which country an article is about: its places, demonyms, place chains and dateline, weighed."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.actor_demonyms import is_demonym, named_region_country
from kronika.geo.american_local import american_local
from kronika.geo.armed_groups import home_reading
from kronika.geo.article import article_places
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import Chain, ChainName, find_chains
from kronika.geo.compound_names import unit_country
from kronika.geo.dateline import credited, find_dateline
from kronika.geo.focus_ties import is_landmark, place_countries
from kronika.geo.listed_towns import listed_countries
from kronika.geo.lone_towns import lone_town_country
from kronika.geo.mentions import CURRENCY_WORDS, PLACE_LABELS
from kronika.geo.missions import mission_owners
from kronika.geo.names import name_key
from kronika.geo.national_words import in_national_word
from kronika.geo.peoples import named_as_people
from kronika.geo.region_bodies import region_body_countries
from kronika.geo.resolve import (
    BODY_WORDS,
    COMMON_WORDS,
    MIN_FOREIGN_CITY,
    MIN_UNTAGGED_FOREIGN_CITY,
    resolve_name,
)
from kronika.geo.surnames import name_words
from kronika.geo.untagged_countries import untagged_country
from kronika.model import Place
from kronika.nlp import doc_text, entities

_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG"})  # labels spaCy gives a town it misreads
LEAD_CHARS = 600  # mentions in the lead count double towards the focus country
MISSION_VOTES = 1.0  # a country's mission named (its embassy stands abroad) takes back one vote
DATELINE_VOTES = 3.0  # a dateline ('CAMERON, W.Va. (AP) -') outweighs a name or two of page noise
CHAIN_VOTE_CHARS = 3000  # chains past the opening add little to the focus and cost lookups


def focus_country(
    doc: Doc,
    gazetteer: Gazetteer,
    clues: Mapping[str, float] | None = None,
    homes: frozenset[str] = frozenset(),
    words: Mapping[str, float] | None = None,
    title: str | None = None,
) -> str | None:
    """Alpha-3 of the country the article is mostly about: places and demonyms, the lead counting double,
    and `clues`, other votes by country (the home countries of the parties it names), which also take a
    tie and read a chain found in two countries alike. A place name that reads as a place in one of
    `homes`, the home countries of the armed groups it names, votes for that country, not for a bigger
    namesake abroad (`geo/armed_groups.py`). `words`, votes for the countries whose own words for local
    bodies the note writes (`geo/national_words.py`), count as clues beside some other vote, and alone
    only where no place name tells the country: 'soldiers formed a human chain on the highway in Zouq
    Mosbeh' is Lebanon's, though Bangladeshi notes write 'human chain' most. What only American local
    news writes, in the text or a station's credit in its headline (`title`), makes the local-news
    country such a home too: beside 'the Panama City Police Department', 'Panama City' is Florida's
    town, not Panama's capital."""
    american = american_local(doc_text(doc), title)
    # 'the Sindh National Party ... in Hyderabad': a body named after a region of one country makes it home
    homes = homes | region_body_countries(doc, gazetteer)
    if american:
        homes = homes | {LOCAL_NEWS_COUNTRY}
    people = name_words(doc)
    parties = frozenset(clues or ()) | frozenset(words or ())
    chains = _chain_votes(doc_text(doc), gazetteer, people, homes, parties)
    dateline = find_dateline(doc_text(doc), gazetteer)
    mentions = _mention_tally(doc, gazetteer, _Sources(clues or {}, homes, people, chains, dateline))
    tally = _full_tally(doc, gazetteer, mentions, chains, dateline, american)
    votes = _with_words(tally.votes, words or {}) if tally.votes else tally.votes
    region = named_region_country(doc, gazetteer) if votes and tally.demonyms_only else None
    if region is not None:  # a demonym says who acted; a region named says where
        return region
    if not votes:
        return _unvoted_country(doc, gazetteer, homes, words or {})
    return _tie_broken(doc, gazetteer, homes, replace(tally, votes=votes), parties)


@dataclass(frozen=True)
class _Sources:
    """What the mentions of an article are read against: the other votes by country (`clues`), the armed
    groups' homes, the words of people's names, the place chains read whole and the dateline."""

    clues: Mapping[str, float]
    homes: frozenset[str]
    people: frozenset[str]
    chains: _ChainVotes
    dateline: Place | None


@dataclass(frozen=True)
class _Tally:
    """The votes for each country (in the order first cast, which settles a full tie), and what the
    voting mentions tell besides."""

    votes: dict[str, float]
    demonyms_only: bool  # every vote an actor's nationality: 'Turkish convoys entered Idleb'
    placed: frozenset[str]  # countries a place name votes for, not only an actor's country
    landmarks: frozenset[str]  # countries of the towns the note measures its scene from


def _mention_tally(doc: Doc, gazetteer: Gazetteer, sources: _Sources) -> _Tally:
    """The clues' votes and those of each place or demonym the article mentions, as spaCy tags them."""
    votes: dict[str, float] = defaultdict(float, sources.clues)
    demonyms_only = not sources.clues
    placed: set[str] = set(sources.chains.votes)
    landmarks: set[str] = set()
    for ent in entities(doc):
        country = _mention_country(ent, doc, gazetteer, sources)
        if country and not sources.chains.overrules(ent, country, gazetteer):
            votes[country] += _vote_weight(ent, gazetteer)
            demonyms_only = demonyms_only and is_demonym(ent, gazetteer)
            placed |= place_countries(ent, country, gazetteer)
            if is_landmark(ent) or _countryside_of(ent):  # 'in Hama countryside' holds the scene too
                landmarks.add(country)
    return _Tally(votes, demonyms_only, frozenset(placed), frozenset(landmarks))


def _mention_country(ent: Span, doc: Doc, gazetteer: Gazetteer, sources: _Sources) -> str | None:
    """The country one mention votes for; none for a mention that says nothing of where the story is (a
    credit, a local body's word, a name aside, a land across the border, a people)."""
    if (
        credited(doc_text(doc), ent.start_char, ent.end_char)
        or in_national_word(doc_text(doc), ent.start_char, ent.end_char)  # 'Pradeshiya Sabha'
        or _aside(ent, sources.people)
        or _across_border(ent, gazetteer)
        or named_as_people(ent, gazetteer)
    ):
        return None
    return (
        _dateline_reading(ent, sources.dateline)
        or unit_country(ent)
        or _ent_country(ent, gazetteer, sources.homes)
    )


def _full_tally(
    doc: Doc,
    gazetteer: Gazetteer,
    mentions: _Tally,
    chains: _ChainVotes,
    dateline: Place | None,
    american: bool,
) -> _Tally:
    """The mentions' tally with the place chains', the dateline's and American local news' votes added and
    the votes of countries whose missions the note names taken back; only countries left with votes."""
    votes: dict[str, float] = defaultdict(float, mentions.votes)
    demonyms_only = mentions.demonyms_only
    for country, n in chains.votes.items():
        votes[country] += n
        demonyms_only = False
    if dateline is not None:  # the writer's own word on where the story is filed from
        votes[dateline.country] += DATELINE_VOTES
        demonyms_only = False
    if american:  # it counts as a dateline
        votes[LOCAL_NEWS_COUNTRY] += DATELINE_VOTES
        demonyms_only = False
    for country in mission_owners(doc_text(doc), gazetteer):  # 'outside the Indian High Commission'
        votes[country] -= MISSION_VOTES
    kept = {country: n for country, n in votes.items() if n > 0}
    return replace(mentions, votes=kept, demonyms_only=demonyms_only)


def _unvoted_country(
    doc: Doc, gazetteer: Gazetteer, homes: frozenset[str], words: Mapping[str, float]
) -> str | None:
    """The country of a short note no mention votes for: it may name only a small town, whose one
    country is the note's."""
    # a region the note places its event in, though spaCy took it for a body ('in Ar-Raqqa' as ORG),
    # says more than a hamlet of that note's other names in American local news ('Mansura', La.)
    return (
        named_region_country(doc, gazetteer, located=True)
        or _local_news_country(doc, gazetteer)
        or lone_town_country(doc, gazetteer)
        or _home_of_names(doc, gazetteer, homes)
        or untagged_country(doc, gazetteer, homes)  # 'Burkinabe soldiers', which spaCy leaves untagged
        or (next(iter(words)) if words and len(words) == 1 else None)
        or _body_home(doc, gazetteer)
    )


def _body_home(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The one country whose region or own name opens the bodies a note names, where nothing else tells
    its country: 'Kerala State Road Transport Corporation employees struck work' is India's, and its
    region is then read from the body's name (`geo/named_region.py`)."""
    found = region_body_countries(doc, gazetteer)
    return next(iter(found)) if len(found) == 1 else None


def _tie_broken(
    doc: Doc, gazetteer: Gazetteer, homes: frozenset[str], tally: _Tally, parties: frozenset[str]
) -> str:
    """The country with most votes, a tie broken by what the note says of each country.

    A tie goes to the country of the town the note measures its scene from ('Kumo, south of Geneina'
    is Sudan's Kumo, not Nigeria's) or whose countryside it names ('Sinjar, in Hama countryside'), then
    to a country whose parties the note names, then to one a place name votes for over one only an
    actor's nationality does ('US forces struck Daynile (Banadir)'), then to the lead: 'BCL factions
    clashed in Gopalganj' is Bangladesh's Gopalganj, though the name is as much Bihar's and a party has
    no place to be first seen at."""
    return max(
        tally.votes.items(),
        key=lambda item: (
            item[1],
            item[0] in tally.landmarks,
            item[0] in parties,
            item[0] in tally.placed,
            -_first_seen(doc, item[0], gazetteer, homes),
        ),
    )[0]


def _with_words(votes: Mapping[str, float], words: Mapping[str, float]) -> dict[str, float]:
    """The votes with those of the note's own words for local bodies added."""
    total = dict(votes)
    for country, n in words.items():
        total[country] = total.get(country, 0.0) + n
    return total


# A name before these words is a town's quarter ('the South Plaza neighborhood') or a site in it ('Al
# Karama square'), whose name says nothing of the country: both are often named after places abroad.
_QUARTER_WORDS = ("neighborhood", "neighbourhood", "square", "roundabout", "street", "avenue")


def _aside(ent: Span, people: frozenset[str]) -> bool:
    """Whether a mention says nothing of the article's country: a word of a person's name ('Jordan' of
    'Jordan Gray', though tagged a place), a town's quarter ('the South Plaza neighborhood'), or where
    someone was born ('a German-born teacher')."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 2]
    born = len(after) == 2 and after[0].text == "-" and after[1].lower_ == "born"
    quarter = len(after) > 0 and after[0].lower_ in _QUARTER_WORDS
    return (len(ent) == 1 and ent.text in people) or born or quarter


def _across_border(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a country is named as the land across a border from the scene ('near the border with
    Somalia', 'along the borders with Mali and Niger'): a note measures its scene from the country it is
    not in. A region so named ('the border with West Darfur') may be the note's own, and still votes. On
    training notes a country written after 'border with' or 'border of' is the note's own 6 times in 62;
    of the 76 notes writing 'border(s) with', the focus comes right on 15 and goes wrong on 2."""
    if gazetteer.country(ent.text) is None:
        return False
    words = [t.lower_ for t in ent.doc[max(0, ent.start - 6) : ent.start] if t.lower_ != "the"]
    if words[-1:] == ["and"] and len(words) >= 2:  # 'the borders with Mali and Niger'
        words = words[:-2]
    return words[-2:] in (["border", "with"], ["borders", "with"])


def _vote_weight(ent: Span, gazetteer: Gazetteer) -> float:
    """How much a mention says about the article's country: the lead counts double; a nationality
    ('Turkish forces shelled...') or a country owning what follows ("India's border guards") half, as
    forces and officials act abroad; a name found in several countries a share; a currency ('the US
    dollar exchange rate') nothing."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lemma_.lower() in CURRENCY_WORDS:
        return 0.0
    weight = 2.0 if ent.start_char < LEAD_CHARS else 1.0
    if (ent.label_ == "NORP" and gazetteer.demonym(ent.text)) or _owner(ent, gazetteer):
        return weight / 2
    return weight / _readings(ent.text, gazetteer)


def _owner(ent: Span, gazetteer: Gazetteer) -> bool:
    """Whether a country is named as the owner of what follows, not of a place: "India's border guards"
    says whose guards, as 'Indian' would, while "Syria's Idlib province" still says where."""
    doc = ent.doc
    owned = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return (
        owned is not None
        and doc[ent.end].lower_ in ("'s", "’s")
        and owned.ent_type_ not in PLACE_LABELS
        and gazetteer.country(ent.text) is not None
    )


def _readings(name: str, gazetteer: Gazetteer) -> int:
    """In how many countries a name is a sizeable place: 'Santa Cruz' (Bolivia, California, Spain...)
    says less about an article's country than 'Watsonville' does. A town of our own list is one conflict
    reports name, so it counts whatever its size: 'Nyanza' is Rwanda's town and Kenya's old province."""
    entries = gazetteer.lookup(name)
    if any(e.kind == "country" for e in entries):
        return 1
    sizeable = {e.country for e in entries if e.kind == "admin1" or e.population >= MIN_FOREIGN_CITY}
    return max(1, len(sizeable | listed_countries(name)))


def _home_of_names(doc: Doc, gazetteer: Gazetteer, homes: frozenset[str]) -> str | None:
    """For a note naming no country, the one armed group's home that its names read as places in,
    whatever spaCy tagged them ('SPLM-IO forces shelled Bentiu', Bentiu taken for a body): a rebel
    group fights at home, but only a name of its home says the note is there ('SPLA soldiers marched
    into Bor' in 2013 is South Sudan's Bor, though the lexicon files the SPLA under Sudan)."""
    found = {home_reading(ent.text, gazetteer, homes) for ent in entities(doc) if ent.label_ in _NAME_LABELS}
    found.discard(None)
    return next(iter(found)) if len(found) == 1 else None


def _local_news_country(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """For an article naming no country, the local-news country if it names one of its towns as a place
    (or only as someone's: 'A Hutchinson teen was arrested')."""
    places = article_places(doc, gazetteer, LOCAL_NEWS_COUNTRY)
    town = places.main or places.home
    if town is None or _named_abroad(town.name, gazetteer):
        return None
    return town.country


def _named_abroad(name: str, gazetteer: Gazetteer) -> bool:
    """Whether a town name read in American local news says nothing of America: an everyday word of the
    land or a body ('the Valley', 'Centre'), or a name that, with no country told, is a region or a city
    of millions abroad ('south Delhi' is India's capital, not Delhi, California)."""
    key = name_key(name)
    if key in COMMON_WORDS or key in BODY_WORDS:
        return True
    abroad = resolve_name(gazetteer, name, None)
    # only a region or a city of millions outweighs the American town: 'Sault Ste. Marie' stays Michigan's
    # though Ontario's is bigger
    big = abroad is not None and (abroad.kind == "admin1" or abroad.population >= MIN_UNTAGGED_FOREIGN_CITY)
    return big and abroad is not None and abroad.country != LOCAL_NEWS_COUNTRY


@dataclass(frozen=True)
class _ReadChain:
    """A place chain as read whole: the country it is read in and how many of its names agree there."""

    chain: Chain
    country: str
    support: int


@dataclass(frozen=True)
class _ChainVotes:
    """The countries a note's place chains vote for, and where each resolved chain's names lie."""

    votes: Counter[str]
    # (start, end) of each name of a chain read whole -> that reading
    names: Mapping[tuple[int, int], _ReadChain]

    def overrules(self, ent: Span, country: str, gazetteer: Gazetteer) -> bool:
        """Whether a chain read in another country holds the mention: in 'Salima village in Laisamis
        sub county' the sub-county makes Salima a Kenyan village, so it casts no vote for Malawi's town.
        Not where more of the chain's names agree in the mention's own country: 'Montego Bay, Saint James
        Parish' is read in Louisiana by the parish alone, but both names agree in Jamaica."""
        return any(
            start < ent.end_char
            and ent.start_char < end
            and read.country != country
            and not _agrees_better(read, country, gazetteer)
            for (start, end), read in self.names.items()
        )


def _agrees_better(read: _ReadChain, country: str, gazetteer: Gazetteer) -> bool:
    """Whether the chain read in `country` has more of its names agree than as it was read."""
    there = resolve_chain(gazetteer, read.chain, country)
    return there is not None and there.entry.country == country and there.support > read.support


def _chain_votes(
    text: str,
    gazetteer: Gazetteer,
    people: frozenset[str] = frozenset(),
    homes: frozenset[str] = frozenset(),
    parties: frozenset[str] = frozenset(),
) -> _ChainVotes:
    """Countries of place chains whose names confirm each other ('Rawson, Chubut'; 'Tacoma, Wash.') or
    that name a region as one ('Rakhine state'): two votes each, as a short note may name no country.
    A chain typed by a word for a unit only one country has ('Sadar upazila') votes for that country,
    known or not. A chain of people's names ('Faith Jordan, Gray's grandmother') votes for nothing. A
    chain is read in the home country of the one armed group's home the note names, if any ('El Fademia
    village, Bau locality' beside the SPLM-N is Sudan's Bau, not Sarawak's). Short of one, a chain read
    as well in two countries goes to the one country of the parties the note names (`parties`): 'BNP
    activists clashed in Gopalganj district town' is Bangladesh's district, not Bihar's namesake."""
    home = next(iter(homes)) if len(homes) == 1 else next(iter(parties)) if len(parties) == 1 else None
    votes: Counter[str] = Counter()
    names: dict[tuple[int, int], _ReadChain] = {}
    for chain in find_chains(text[:CHAIN_VOTE_CHARS]):
        if credited_chain(text, chain) or text[chain.end :].lstrip().lower().startswith(_QUARTER_WORDS):
            continue  # '(AP) –' credits an agency; 'in the South Plaza neighborhood' names a quarter
        if any(set(n.text.split()) <= people for n in chain.names):
            continue
        national = {n.national for n in chain.names if n.national}
        if national:  # 'Sreepur upazila, Magura': only Bangladesh has upazilas, whatever Magura may be
            votes.update(dict.fromkeys(national, 2))
            continue
        if len(chain.names) == 1 and not _typed(chain.names[0]):
            continue  # a lone name ('Sevilla', a surname) is counted as an entity, if spaCy tags it one
        found = resolve_chain(gazetteer, chain, home)
        if found is not None and found.sole and len(chain.names) > 1:
            continue  # read by its one known name alone, which is counted as an entity if tagged one
        if found is not None and found.entry.kind != "country":
            votes[found.entry.country] += 2
            read = _ReadChain(chain, found.entry.country, found.support)
            names.update(dict.fromkeys(((n.start, n.end) for n in chain.names), read))
    return _ChainVotes(votes, names)


def _typed(name: ChainName) -> bool:
    """Whether a chain name carries a region word ('Rakhine state', 'Pulwama district')."""
    return name.admin1_hint or name.county or name.district


def _dateline_reading(ent: Span, dateline: Place | None) -> str | None:
    """The local-news country for a mention of an American dateline's own town: 'SANTA ANA - ... in
    Santa Ana' names California's town each time, not El Salvador's bigger department. Only an American
    dateline: a note's 'US-Mexican border' can read as a dateline of France's Us, and it is no town."""
    if dateline is None or dateline.country != LOCAL_NEWS_COUNTRY:
        return None
    return dateline.country if name_key(ent.text) == name_key(dateline.name) else None


def _ent_country(ent: Span, gazetteer: Gazetteer, homes: frozenset[str] = frozenset()) -> str | None:
    """The country a place entity or a demonym stands for; an everyday land word ('the Lake' of a
    hospital's name, 'the Valley') stands for none, though some region abroad is so called. A place
    name that reads in one of `homes` (armed groups' home countries) stands for that country."""
    if name_key(ent.text) in COMMON_WORDS:
        return None
    if ent.label_ in PLACE_LABELS or (ent.label_ == "PERSON" and len(ent) == 1):  # 'in Leer' as PERSON
        home = home_reading(ent.text, gazetteer, homes)
        if home is not None:
            return home
    if ent.label_ == "NORP":  # a demonym, or a region spaCy took for one ('Aleppo')
        entry = (
            None if gazetteer.demonym(ent.text) else resolve_name(gazetteer, ent.text, None, untagged=True)
        )
        return gazetteer.demonym(ent.text) or (entry.country if entry else None)
    placed = _countryside_of(ent)  # the word after it says a place, as a place tag does
    if ent.label_ in PLACE_LABELS or (ent.label_ == "PERSON" and len(ent) == 1) or placed:
        untagged = ent.label_ not in PLACE_LABELS and not placed
        entry = resolve_name(gazetteer, ent.text, None, untagged=untagged)
        return entry.country if entry else None
    return None


def _countryside_of(ent: Span) -> bool:
    """Whether a name is written before 'countryside' ('in Hama countryside', Hama tagged a body): only a
    place has one. On training notes such a name that the lists know is in the note's country 31 times
    in 31."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ == "countryside"


def _first_seen(doc: Doc, country: str, gazetteer: Gazetteer, homes: frozenset[str] = frozenset()) -> int:
    """Offset of the first mention of `country`, to break ties in favour of the lead."""
    return next(
        (e.start_char for e in entities(doc) if _ent_country(e, gazetteer, homes) == country),
        len(doc_text(doc)),
    )


def credited_chain(text: str, chain: Chain) -> bool:
    """Whether a chain runs into a dateline's credit ('CAMERON, W.Va. (AP) –' reads on to 'AP'): the
    dateline itself is read as a dateline."""
    return any(credited(text, name.start, name.end) for name in chain.names)
