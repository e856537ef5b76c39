"""What a whole article says about place: the regions it names and the town it is mostly about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.arrest_towns import arrest_town
from kronika.geo.chain_name import opened_by_article
from kronika.geo.chain_resolve import candidates, resolve_chain
from kronika.geo.chains import Chain, find_chains
from kronika.geo.county_towns import inside_counties
from kronika.geo.far_landmarks import far_landmark, nearby_town
from kronika.geo.local import (
    FAR_KM,
    LOCAL_KM,
    hospital_town,
    neared_by_bare_street,
    neighbourhood_named,
    street_name,
)
from kronika.geo.names import name_key
from kronika.geo.nearby import entries_km
from kronika.geo.surnames import someones_word
from kronika.nlp import doc_text, entities

LEAD_CHARS = 400  # a town named in the headline or first lines is what local news is about
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Words after a town that show it is a place, not a surname: 'Richmond police said', 'a Monroe man'.
_PLACE_FOLLOWERS = frozenset(
    {"police", "officers", "county", "man", "woman", "teen", "resident", "residents"}
)
_AGENCY_WORDS = frozenset({"police", "officers"})
# A name the text goes on to call a settlement is a place, whatever the tagger took it for: 'Ridgeway, a
# small town some 25 miles north of Columbia', 'Tyrone, a small unincorporated community'.
_CALLED_SETTLEMENT = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:community|town|city|village|suburb|hamlet|township|borough)"
    # the noun ends the phrase ('a town of 1,200', 'a community about 60 miles'): 'Holt, a town councilman'
    # is a man
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:of|in|about|near|just|some|roughly|approximately|located|outside|that|where|"
    r"with|on|along|north|south|east|west|northeast|northwest|southeast|southwest|\d)\b)"
)
_CACHE_KEY = "kronika.places.article"
_FROM = re.compile(r"(?:\bfrom|\d,\s+of)\s+(?:the\s+)?$")  # 'a man from X', 'Evans, 17, of X
# A capitalised name set off by a comma, then 'of' and the town, with no age between: 'Ray Olsen, of Mason
# City,' is where he lives. Not 'Tom Olsen, of the Ames Police Department': a force names the scene.
_NAME_OF = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+(?:Jr|Sr|II|III|IV)\.?)?,\s+of\s+$")
NAME_OF_CHARS = 40  # how far back a name before ', of' is looked for
# 'Associated Press writer Ann Lee in Houston contributed to this report', '... contributed reporting from
# Sioux Falls': a credit line closing the story names where its reporters were, not where it happened
_CREDIT = re.compile(
    r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting|writing)\b", re.IGNORECASE
)
CREDIT_LINE_CHARS = 400  # a credit line is a short paragraph of its own; a flat page is one long line


@dataclass(frozen=True)
class ArticlePlaces:
    """Regions named anywhere in an article (they pick among same-named towns) and its main town."""

    focus: str | None
    hinted: frozenset[str]
    main: GeoEntry | None
    chains: tuple[Chain, ...] = ()  # every run of place-like names, in reading order
    # the town written only as someone's ('A Hutchinson teen was arrested'), where the article names no
    # other town and no county: the page's place when nothing else, headline or station, gives one
    home: GeoEntry | None = None


def article_places(doc: Doc, gazetteer: Gazetteer, focus: str | None) -> ArticlePlaces:
    """The article's named regions and main town, worked out once per doc (kept in its user_data)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if isinstance(cached, ArticlePlaces) and cached.focus == focus:
        return cached
    chains = find_chains(doc_text(doc))
    hinted = _named_regions(gazetteer, chains, focus)
    main, home = _main_town(doc, gazetteer, chains, focus, hinted)
    found = ArticlePlaces(focus, hinted, main, tuple(chains), home)
    doc.user_data[_CACHE_KEY] = found
    return found


def _named_regions(gazetteer: Gazetteer, chains: list[Chain], focus: str | None) -> frozenset[str]:
    """First-level regions of the focus country named in full or, after a town, by abbreviation, or
    as the state of a county that only one state has."""
    regions: set[str] = set()
    for chain in chains:
        for i, name in enumerate(chain.names):
            for entry in candidates(gazetteer, name, i):
                exact = i > 0 or name_key(entry.name) == name_key(name.text)
                if entry.kind == "admin1" and entry.country == focus and exact and entry.admin1:
                    regions.add(entry.admin1)
            if name.county:  # 'Tulare County' names its state too, where only one state has it
                states = {
                    e.admin1
                    for e in candidates(gazetteer, name, i)
                    if e.kind == "admin2" and e.country == focus
                }
                regions.update(s for s in states if s and len(states) == 1)
    return frozenset(regions)


def _main_town(
    doc: Doc, gazetteer: Gazetteer, chains: list[Chain], focus: str | None, hinted: frozenset[str]
) -> tuple[GeoEntry | None, GeoEntry | None]:
    """The town of the focus country the article names most, the lead counting triple, a town inside a
    region the article names winning a tie; None if none. Second, the one so read of the towns written
    only as someone's (`ArticlePlaces.home`), where the article names no other and no county."""
    votes: Counter[GeoEntry] = Counter()
    homes: Counter[GeoEntry] = Counter()  # towns written only as a sentence's 'A Hutchinson teen'
    first: dict[GeoEntry, int] = {}
    places = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in _PLACE_LABELS]
    text = doc_text(doc)
    counties = _counties_read(gazetteer, chains, focus, hinted)
    for written in chains:
        chain = _past_address(text, written)  # a town after an address is a place, tagged or not
        home_of = named_home(text, written)  # 'Ray Olsen, of Mason City': a last resort, as a home
        if (
            _away(text, written)
            or neighbourhood_named(text, written.end)
            # 'in Rice, 40 miles southeast of Dallas': a landmark for the reader, miles off the scene;
            # 'taken into custody on Thursday in Manning': where the suspect was caught, not the scene;
            # 'a bakery in nearby Layton': a town beside the story's own, which 'nearby' measures from
            or (
                focus == LOCAL_NEWS_COUNTRY
                and (
                    far_landmark(text, written.start)
                    or nearby_town(text, written.start)
                    or arrest_town(text, written.start)
                )
            )
            or (chain is written and (not _looks_like_place(text, chain, places) or _street(text, chain)))
            # 'on Baldwin near Greenwood': past the first street, the name it nears is a street too
            or (chain is not written and neared_by_bare_street(text, chain.start))
        ):
            continue
        found = resolve_chain(gazetteer, chain, focus, hinted)
        town = (gazetteer.region_city(found.entry) or found.entry) if found else None  # 'D.C.': Washington
        if found is None or town is None or town.kind != "city" or town.country != focus:
            continue
        if found.support < 2 and (state_named(gazetteer, town) or _someones(doc, text, town, chain)):
            continue
        if len(chain.names) == 1 and _county_short(counties, town):
            continue
        # 'A Louisville man is charged after a shooting in Ozark': a town read only as someone's home, past
        # the article opening the sentence, is no main town ('Anderson County deputies ... A Seneca woman
        # is accused': the county's story), only the page's last resort
        ballot = homes if home_of or opened_by_article(written.names[0]) else votes
        ballot[town] += (3 if chain.start < LEAD_CHARS else 1) + _agency_bonus(text, chain)
        first.setdefault(town, chain.start)
    home = most_named(homes, first, hinted) if homes and not votes and not counties else None
    if not votes:
        return None, home
    votes, first = _coherent(gazetteer, votes, first)
    return most_named(votes, first, hinted), None


def most_named(votes: Counter[GeoEntry], first: dict[GeoEntry, int], hinted: frozenset[str]) -> GeoEntry:
    """The town with the most votes; a tie goes to a town inside a region the article names ('the
    Hartford City hall in Hartford (Hartford, Connecticut)': Hartford, not the Indiana town the
    building's name reads as), then to one beside another town the article votes for (a police log
    naming Alder Creek and Birchton, ten miles apart, and a namesake of some far state's town as often:
    the page's towns lie together), then to the one named first."""
    return max(votes, key=lambda e: (votes[e], e.admin1 in hinted, _beside_other(e, votes), -first[e]))


def _beside_other(entry: GeoEntry, votes: Counter[GeoEntry]) -> bool:
    """Whether another town the article votes for (not a namesake) lies within LOCAL_KM of `entry`."""
    key = name_key(entry.name)
    return any(name_key(o.name) != key and entries_km(entry, o) <= LOCAL_KM for o in votes)


def _counties_read(
    gazetteer: Gazetteer, chains: Sequence[Chain], focus: str | None, hinted: frozenset[str]
) -> dict[str, GeoEntry]:
    """The counties the article names with their type word ('DeKalb County'), by the name key of their
    name without it, each as its chain is read."""
    read: dict[str, GeoEntry] = {}
    for chain in chains:
        if not chain.names[0].county:
            continue
        found = resolve_chain(gazetteer, chain, focus, hinted)
        if found is not None and found.entry.kind == "admin2":
            read.setdefault(name_key(chain.names[0].text), found.entry)
    return read


def _county_short(counties: dict[str, GeoEntry], town: GeoEntry) -> bool:
    """Whether a lone name is the short name of a county the article names in full, not a town of that
    name beyond it: 'DeKalb County ... DeKalb police said' is the county's force, not DeKalb, Illinois,
    when the county read is Georgia's; a town inside its namesake county ('Sumter County ... in Sumter')
    stays a town."""
    county = counties.get(name_key(town.name))
    return county is not None and not inside_counties(town, [county])


def _someones(doc: Doc, text: str, town: GeoEntry, chain: Chain) -> bool:
    """Whether a town bears the surname or given name of someone the article names in full, with no word
    of place beside it in its own sentence: 'Jason Holt ... Holt said' is the man, not Holt, Michigan,
    and 'Marcus Lewis ... Marcus died' the boy, not Marcus, Iowa (`geo/surnames.py`)."""
    return someones_word(doc, text, town.name, chain.start, chain.end)


def state_named(gazetteer: Gazetteer, town: GeoEntry) -> bool:
    """Whether a town bears the name of another first-level region of its country: a lone 'Iowa' ('an Iowa
    graduate') is the state, not the village of Iowa, Louisiana; a capital keeps its name ('Washington')."""
    if gazetteer.capital(town.country) == town:
        return False
    regions = gazetteer.lookup(town.name, kind="admin1", country=town.country)
    return any(name_key(r.name) == name_key(town.name) and r.admin1 != town.admin1 for r in regions)


def _coherent(
    gazetteer: Gazetteer, votes: Counter[GeoEntry], first: dict[GeoEntry, int]
) -> tuple[Counter[GeoEntry], dict[GeoEntry, int]]:
    """Votes moved from a town far from every other town the article names to a namesake beside one of
    them: a Brooklyn story's 'Brownsville' is Brooklyn's, not the big one in Texas."""
    moved: Counter[GeoEntry] = Counter()
    seen: dict[GeoEntry, int] = {}
    for entry, n in votes.items():
        others = [o for o in votes if name_key(o.name) != name_key(entry.name)]
        target = _namesake_near(gazetteer, entry, others) or entry
        moved[target] += n
        seen[target] = min(seen.get(target, first[entry]), first[entry])
    return moved, seen


def _namesake_near(gazetteer: Gazetteer, entry: GeoEntry, others: Sequence[GeoEntry]) -> GeoEntry | None:
    """A town of `entry`'s name within LOCAL_KM of one of `others`, where `entry` is FAR_KM from all."""
    if not others or any(entries_km(entry, o) <= FAR_KM for o in others):
        return None
    namesakes = gazetteer.lookup(entry.name, kind="city", country=entry.country)
    return next(
        (n for n in namesakes if n != entry and any(entries_km(n, o) <= LOCAL_KM for o in others)), None
    )


def _street(text: str, chain: Chain) -> bool:
    """Whether a lone name is a street's ('the 8200 block of Sunbury'); a longer chain may go on to
    its town ('Appaloosa Trail in Norcross')."""
    return len(chain.names) == 1 and street_name(text, chain.start, chain.end)


def _past_address(text: str, chain: Chain) -> Chain:
    """The chain without the street an address opens with: 'the 1600 block of Elmwood in Detroit' is a
    vote for Detroit, not for a town called Elmwood."""
    first = chain.names[0]
    if len(chain.names) > 1 and street_name(text, first.start, first.end):
        rest = chain.names[1:]
        return Chain(rest[0].start, rest[-1].end, rest)
    return chain


def elsewhere(text: str, chain: Chain) -> bool:
    """Whether a chain names where someone is from or was treated, not where anything happened: 'a
    woman from Milwaukee was shot', 'Steven Evans, 17, of Brookhaven', 'Ray Olsen, of Mason City'
    (`named_home`), 'flown to a hospital in Fort Wayne' (the hurt are taken to the big town's hospital
    from the small one the story is about), or where a reporter was ('Ann Lee in Houston contributed to
    this report', `credit_line`)."""
    return _away(text, chain) or named_home(text, chain)


def _away(text: str, chain: Chain) -> bool:
    """`elsewhere`, but for a home written after a person's name alone (`named_home`)."""
    return (
        bool(_FROM.search(text, max(0, chain.start - 12), chain.start))
        or any(hospital_town(text, name.start, name.end) for name in chain.names)
        or credit_line(text, chain.start)
    )


def named_home(text: str, chain: Chain) -> bool:
    """Whether a chain is written as the home of the person named just before it, set off by a comma
    with no age between ('Ray Olsen, of Mason City, was hurt'). The chain may run on from the name
    itself, which reads 'Ray Olsen, of Mason City' as one chain, so each of its names is asked."""
    return any(_NAME_OF.search(text, max(0, n.start - NAME_OF_CHARS), n.start) for n in chain.names)


def credit_line(text: str, start: int) -> bool:
    """Whether the name at `start` stands in a short paragraph crediting the story's contributors
    ('Associated Press writer Ann J. Lee in Houston contributed to this report'): a newsroom, not the
    scene. The paragraph, not the sentence, is read, as reporters' initials end in full stops."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin : end if end >= 0 else len(text)]
    return len(line) <= CREDIT_LINE_CHARS and _CREDIT.search(line) is not None


def _agency_bonus(text: str, chain: Chain) -> int:
    """Extra votes for a town whose police speak ('Cincinnati police said'): local news is about the
    town whose force handles the case, though it may name a neighbourhood more often."""
    after = text[chain.end : chain.end + 12].lower().split()
    named = any(n.agency for n in chain.names)  # 'the Las Vegas Metropolitan Police Department'
    return 3 if named or (after and after[0].strip(",.") in _AGENCY_WORDS) else 0


def _looks_like_place(text: str, chain: Chain, places: list[tuple[int, int]]) -> bool:
    """Whether a chain is a place and not a name: tagged as one, with a region after it, 'X police',
    written in a municipality's style ('the Town of Halifax') or called a settlement after a comma
    ('Holly Hill, a community')."""
    if (
        len(chain.names) > 1
        or any(n.agency for n in chain.names)
        or any(s <= chain.start < e for s, e in places)
        # a municipality's style says a settlement, whatever the tagger took it for ('the Town of
        # Halifax' is often tagged a body)
        or any(n.settlement and n.titled for n in chain.names)
    ):
        return True
    after = text[chain.end : chain.end + 12].lower().split()
    return (bool(after) and after[0].strip(",.") in _PLACE_FOLLOWERS) or bool(
        _CALLED_SETTLEMENT.match(text, chain.end)
    )
