"""The place one stretch of text names: a chain of names that confirm each other ('Rawson, Chubut')
against the best-scored single mention, with the names that tell no scene (an address, a hospital's
town, a credited outlet) left out."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.arrest_towns import arrest_town
from kronika.geo.chain_name import opened_by_article
from kronika.geo.chain_resolve import ChainPlace
from kronika.geo.chain_text import Chain, find_chains
from kronika.geo.chains import best_chain, fronted, reads_whole
from kronika.geo.coder_chains import region_passing
from kronika.geo.dateline import credited
from kronika.geo.far_villages import village_or_district
from kronika.geo.focus import credited_chain
from kronika.geo.focus_ties import home_landmark
from kronika.geo.landmark_bearings import far_from_landmark
from kronika.geo.local import hospital_town, part_named, street_name
from kronika.geo.mentions import PlaceMention, sentence_mentions
from kronika.geo.names import name_key
from kronika.geo.near_namesakes import near_namesake
from kronika.geo.origins import origin_chain
from kronika.geo.solidarity import cause_start
from kronika.geo.surnames import someones_word
from kronika.geo.unit_homes import unit_home
from kronika.geo.unlisted import addressed_town, unlisted_chain_town
from kronika.model import Place
from kronika.nlp import doc_text

MIN_SCORE = 0.5  # below this a mention is more likely an actor, an origin or a border than the event's place


def place_in(
    doc: Doc,
    span: Span,
    gazetteer: Gazetteer,
    focus: str | None,
    trigger: Token | None,
    hinted: frozenset[str],
) -> Place | None:
    """The place a stretch of text names: a chain whose names confirm each other ('Rawson, Chubut') wins,
    as does one naming a place inside the best mention's region ('Quamishli city in al-Hasakeh'), else
    the best-scored mention, else a lone chain where the mentions give only a country."""
    text = doc_text(doc)
    mentions = sentence_mentions(doc, span, gazetteer, focus, trigger)
    scenes = _scenes(text, span, mentions, focus)
    best = village_or_district(best_mention(scenes.mentions), scenes.mentions)
    best = near_namesake(
        best, scenes.mentions, gazetteer
    )  # 'from Frontera to Villahermosa': Tabasco's Frontera
    chain = _scene_chain(doc, text, span, gazetteer, focus, hinted, scenes, best)
    if focus == LOCAL_NEWS_COUNTRY:
        unlisted = _unlisted_local_town(gazetteer, span, text, chain, best, hinted)
        if unlisted is not None:
            return unlisted
    if chain is not None and _chain_wins(text, span, gazetteer, chain, best):
        return chain.entry.to_place()
    # 'Al Salam, south of Khartoum': by Khartoum, not at Darfur's El Salam
    landmark = home_landmark(doc, best, mentions, focus) or far_from_landmark(doc, best, mentions)
    if landmark is not None:  # 'Kumo, south of Geneina': near Geneina, not at Nigeria's Kumo
        return place_of(landmark)
    return place_of(best) if best is not None else None


@dataclass(frozen=True)
class _Scenes:
    """The mentions of a stretch that may be its scene, with where a cause it names begins and the
    mentions that are only where a suspect was caught."""

    mentions: list[PlaceMention]
    cause: int | None  # where 'in solidarity with ...' begins: what follows is the cause's, not the scene
    caught: list[PlaceMention]


def _scenes(text: str, span: Span, mentions: list[PlaceMention], focus: str | None) -> _Scenes:
    """The mentions that may be the scene: none that tells no scene (an address, a town's quarter), a
    unit's home, a cause's place or where a suspect was caught, where the stretch names others."""
    quarters = city_quarters(span)
    scenes = [m for m in mentions if not _not_scene(text, m.start, m.end) and m.start not in quarters]
    # 'an activist of Satkhira district Jamaat-e-Islami was killed at Ramnagar': the home of the unit a
    # victim or doer belongs to is no scene where the text names another place (else it is the one named)
    scenes = [m for m in scenes if not unit_home(text, m.start, m.end)] or scenes
    # 'a rally in Gomel in solidarity with the strikers in Minsk': Minsk is the cause's, not the scene
    cause = cause_start(text, span.start_char, span.end_char, scenes)
    scenes = scenes if cause is None else [m for m in scenes if m.start < cause]
    # 'a shooting in Reno ... was arrested near Portola': where the suspect was caught is no scene
    caught = [m for m in scenes if focus == LOCAL_NEWS_COUNTRY and arrest_town(text, m.start)]
    scenes = [m for m in scenes if m not in caught] or scenes
    return _Scenes(scenes, cause, caught)


def _scene_chain(
    doc: Doc,
    text: str,
    span: Span,
    gazetteer: Gazetteer,
    focus: str | None,
    hinted: frozenset[str],
    scenes: _Scenes,
    best: PlaceMention | None,
) -> ChainPlace | None:
    """The stretch's best chain of names, unless it tells no scene: a cause's, a hospital's, a man's
    home, where a suspect was caught, a street's, a credit's, a unit's home or where people came from."""
    # 'found dead in Wright's home': Dean Wright's home, not Wright City
    chain = best_chain(gazetteer, span.text, span.start_char, focus, hinted, partial(_someones, doc, text))
    if chain is None:
        return None
    if scenes.cause is not None and chain.chain.start >= scenes.cause:
        return None
    if _hospital_chain(text, chain):
        return None
    if opened_by_article(chain.chain.names[0]):  # 'A Dallas man was shot': his home
        return None
    if best not in (None, *scenes.caught) and _caught_chain(chain, scenes.caught):
        return None  # 'arrested near Portola, California', where the sentence names another scene
    if _street_chain(text, chain) or credited_chain(text, chain.chain):
        return None
    if best is not None and unit_home(text, chain.chain.start, chain.chain.end):
        return None  # a chain of the unit's home ('leader of Dhaka city unit') gives way to a scene too
    if best is not None and origin_chain(text, chain):
        return None  # 'protesters from Beirut, Zahle ... gathered in Tripoli': the scene is Tripoli
    return chain


def _chain_wins(
    text: str, span: Span, gazetteer: Gazetteer, chain: ChainPlace, best: PlaceMention | None
) -> bool:
    """Whether a chain outranks the best single mention: its names confirm each other, the mention gives
    no more than a country or a unit's home, or the chain refines, gainsays, reads or fronts the mention."""
    return (
        chain.support > 1
        or best is None
        or best.entry.kind == "country"
        or unit_home(text, best.start, best.end)  # the only mention is the member's unit's home
        or _refines(chain.entry, best.entry)
        or _gainsaid(best, chain)
        or region_passing(text, best, chain, 0)
        or reads_whole(gazetteer, best.start, best.text, chain)
        or (
            fronted(chain, span.text, span.start_char)
            and _SPECIFIC[chain.entry.kind] >= _SPECIFIC[best.entry.kind]
        )
        or (
            chain.contained
            and _SPECIFIC[chain.entry.kind] >= _SPECIFIC[best.entry.kind]
            and (chain.entry.country, chain.entry.admin1) == (best.entry.country, best.entry.admin1)
        )
    )


def _unlisted_local_town(
    gazetteer: Gazetteer,
    span: Span,
    text: str,
    chain: ChainPlace | None,
    best: PlaceMention | None,
    hinted: frozenset[str],
) -> Place | None:
    """A town the gazetteer lacks that local news writes with its region: after a street address ('410
    Bugg Street, Vanduser, Missouri'), or as the chain's town ('shot in Vanduser, Missouri') where no
    listed town outside the chain is the better mention. Local news only: it names hamlets no gazetteer
    lists, where elsewhere a region's centre is the better guess at coordinates."""
    addressed = addressed_town(gazetteer, span.text, span.start_char, LOCAL_NEWS_COUNTRY, hinted)
    if addressed is not None or chain is None:
        return addressed
    unlisted = unlisted_chain_town(gazetteer, chain, text, 0)
    if unlisted is not None and (best is None or best.entry.kind != "city" or _inside(best, chain)):
        return unlisted
    return None


def _caught_chain(chain: ChainPlace, caught: list[PlaceMention]) -> bool:
    """Whether a chain opens with a name the sentence writes as where a suspect was caught."""
    return any(m.start == chain.chain.start for m in caught)


def city_quarters(span: Span) -> frozenset[int]:
    """Where the names of city quarters written after their city and a dash begin ('Dhaka - Mirpur'): the
    city places the event, not a town elsewhere named as the quarter is (Mirpur, Kushtia)."""
    chains = find_chains(span.text, span.start_char)
    return frozenset(n.start for chain in chains for n in chain.names if n.part)


def _hospital_chain(text: str, chain: ChainPlace) -> bool:
    """Whether a chain places a hospital, not the event ('taken to a hospital in Fort Wayne'); a city
    written with its quarter ('Al Shifa Hospital in Gaza - Remal') is a note's scene, never where the
    hurt were taken."""
    names = chain.chain.names
    return not any(n.part for n in names) and any(hospital_town(text, n.start, n.end) for n in names)


def _inside(mention: PlaceMention, chain: ChainPlace) -> bool:
    """Whether a mention is one of a chain's names (the chain reads it in the region written after it)."""
    return chain.chain.start <= mention.start < chain.chain.end


def _street_chain(text: str, chain: ChainPlace) -> bool:
    """Whether a chain's place is the street its first name is ('the 8200 block of Sunbury'; 'the 16800
    block of Riverview near West McNichols'), or every name of it is a street ('on Idaho Street near
    Yellowstone'); a chain going on to its town ('Appaloosa Trail in Norcross') is placed by that town."""
    names = chain.chain.names
    first = names[0]
    return street_name(text, first.start, first.end) and (
        len(names) == 1
        or name_key(chain.entry.name) == name_key(first.text)
        or all(street_name(text, n.start, n.end) for n in names[1:])
    )


def _someones(doc: Doc, text: str, chain: Chain) -> bool:
    """Whether a chain is one lone name that is the surname or given name of someone the article names
    in full, with no word of place beside it (`geo/surnames.py`): 'in Wright's home', once the story has
    named Dean Wright, is his home, not Wright City."""
    names = chain.names
    return len(names) == 1 and someones_word(doc, text, names[0].text, names[0].start, names[0].end)


def _not_scene(text: str, start: int, end: int) -> bool:
    """Whether a place name is part of an address, a hospital's place or the city a named part lies in,
    not where the event was."""
    return (
        street_name(text, start, end)
        or hospital_town(text, start, end)
        or part_named(text, start, end)
        or credited(text, start, end)
    )


_SPECIFIC = {"city": 3, "admin2": 2, "admin1": 1, "country": 0}


def _gainsaid(best: PlaceMention, chain: ChainPlace) -> bool:
    """Whether the best mention is a name of a chain of several names read outside the region the chain
    places it in: 'Karak area in Dar'a' puts Karak in Syria, whatever Karak is alone."""
    inside = chain.chain.start <= best.start and best.end <= chain.chain.end
    if not inside or len(chain.chain.names) < 2 or best.entry.kind == "country":
        return False
    region = chain.entry.kind in ("admin1", "admin2") and best.entry.admin1 != chain.entry.admin1
    return best.entry.country != chain.entry.country or region


def _refines(inner: GeoEntry, outer: GeoEntry) -> bool:
    """Whether `inner` is a town or district inside the admin1 region `outer`."""
    return (
        outer.kind == "admin1"
        and inner.kind in ("city", "admin2")
        and (inner.country, inner.admin1) == (outer.country, outer.admin1)
    )


def best_mention(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The top-scored mention, if it is likely enough to be the event's place."""
    return mentions[0] if mentions and mentions[0].score >= MIN_SCORE else None


def place_of(mention: PlaceMention) -> Place:
    """The contract place for a mention; a region keeps its plain name."""
    return mention.entry.to_place()
