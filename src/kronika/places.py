"""Where each event happened: the place its sentence or paragraph names, adjusted by their own words."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeGuard

from spacy.tokens import Doc, Span, Token

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.actor_demonyms import speaker_country
from kronika.geo.american_namesakes import american_home
from kronika.geo.article import article_places
from kronika.geo.bare_counties import bare_county_town, counties_states
from kronika.geo.border_twins import border_side
from kronika.geo.capital_region import with_capital_region
from kronika.geo.chains import (
    landmark,
)
from kronika.geo.city_parts import city_of_part, parts_written
from kronika.geo.city_region_towns import town_before_city_region
from kronika.geo.city_townships import city_township
from kronika.geo.city_zones import in_city_zone
from kronika.geo.coded import coded_place
from kronika.geo.countryside import toward_countryside
from kronika.geo.county_towns import towns_in_county
from kronika.geo.dateline import (
    county_near_dateline,
    near_dateline,
)
from kronika.geo.dateline_body import place_after_dateline
from kronika.geo.district_anchor import district_namesake
from kronika.geo.dwellers import dwellers_town
from kronika.geo.elsewhere import same_place, told_elsewhere
from kronika.geo.fronts import front_of, front_place, load_fronts
from kronika.geo.governors import governors_region
from kronika.geo.headline_county import headline_county_town
from kronika.geo.headline_state import headline_state_town
from kronika.geo.home_over_abroad import home_over_abroad
from kronika.geo.institution_towns import institution_county
from kronika.geo.local import (
    neighbourhood_of,
    town_of,
)
from kronika.geo.mailing import county_city
from kronika.geo.mention_scores import AWAY_PREPS
from kronika.geo.mentions import PlaceMention, sentence_mentions
from kronika.geo.named_region import named_region
from kronika.geo.named_sites import site_over_its_name, site_town
from kronika.geo.nearby import places_km
from kronika.geo.newsroom_datelines import past_newsroom
from kronika.geo.outer_units import outer_district
from kronika.geo.outskirts import capital_province, outside_city
from kronika.geo.page_place import article_station, country_place, local_namesake, main_town, page_place
from kronika.geo.paragraph_places import place_after, place_before
from kronika.geo.postal_towns import postal_city
from kronika.geo.quadrants import quadrant_city
from kronika.geo.regency_villages import village_in_regency
from kronika.geo.romanized import romanized_town
from kronika.geo.run_on import run_on
from kronika.geo.scene_hamlets import scene_hamlet, story_hamlet
from kronika.geo.seats import at_seat
from kronika.geo.split_regions import point_half, written_half
from kronika.geo.spread import included_town, spread_over
from kronika.geo.state_towns import towns_in_state
from kronika.geo.subunits import subunit_town
from kronika.geo.surnames import not_people
from kronika.geo.text_place import MIN_SCORE, place_in
from kronika.geo.theatres import theatre_town
from kronika.geo.town_bodies import member_town, venue_town
from kronika.geo.unit_villages import village_in_upazila
from kronika.geo.unlisted import county_town
from kronika.geo.us_townships import township_town
from kronika.geo.whither import whither_town
from kronika.model import Actor, ArticleContext, Detection, Place
from kronika.nlp import doc_text, paragraph_bounds

# What the sentence's own words make of the place found, in this order; each step returns the place
# unchanged where its words are absent.
# a district's own towns lie within this of its middle (a wide one; American local news is read otherwise)
DISTRICT_KM = 150.0
SENTENCE_STEPS: tuple[Callable[[Place, str, Gazetteer], Place], ...] = (
    site_over_its_name,  # 'Carmichael College': Rangpur's, not a town named as the college is
    at_seat,  # a region or district the sentence names on its own: the town it is named after
    toward_countryside,  # 'the northern countryside of Idleb'
    outside_city,  # 'a base outside the capital': the region around a city that is a region of its own
    town_before_city_region,  # 'Petare, Sucre municipality in Caracas'
    in_city_zone,  # 'in the West Zone of Rio de Janeiro'
    city_township,  # 'North Okkalapa township (..., Yangon Region)'
    township_town,  # 'Monroe Township (New Jersey)': at its post office, not the state's point
    district_namesake,  # 'Shibganj upazila in Chapainawabganj district': the Shibganj by that district
    village_in_upazila,  # 'Katakhali in Fakirhat upazila': the Katakhali by Fakirhat, else Fakirhat
    outer_district,  # 'Kunihari village in Sadar upazila in Jhalakati': not a Kunihari of another division
    village_in_regency,  # 'Sukaasih sub-district, ..., Tasikmalaya city': not a Sukaasih 127 km off
)


def locate(
    doc: Doc,
    detection: Detection,
    ctx: ArticleContext,
    gazetteer: Gazetteer,
    speakers: tuple[Actor, ...] = (),
) -> Place | None:
    """Where this event happened: its sentence, else earlier sentences of its paragraph, else the dateline,
    else the town the article is mostly about, else the focus country; a sentence that names only its
    country gives way to the town a later sentence of its paragraph names there, and a town read abroad
    to the region of the note's country its sentence names (`geo/home_over_abroad.py`). A report from a front
    line is read on the front (`geo/fronts.py`); an American story's hamlet that no list holds, written as
    the scene, takes the place of its county or newsroom (`geo/scene_hamlets.py`), and a newsroom's
    dateline city it names nowhere else the smaller town of its state it names most
    (`geo/newsroom_datelines.py`); a region that is one
    city ('D.C.') is given as that city, then the sentence's own words adjust the place (SENTENCE_STEPS); a
    capital the region list folds into the region around it gets its own unit, and a place known only by
    its country takes its capital's region (`geo/capital_region.py`), an American one writing a quadrant
    address Washington (`geo/quadrants.py`). An American place read in a state its
    article never names gives way to the headline's town of a state it does (`geo/headline_state.py`),
    and a county read so from a bare name to the town of that name in a state it names
    (`geo/bare_counties.py`)."""
    text = doc_text(doc)
    begin, end = paragraph_bounds(text, detection.sentence.start, detection.sentence.start)
    span = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    # the event's paragraph, which the theatre and split-region steps read
    scene = _Scene(detection.sentence.text, span, text[begin:end], end)
    place = past_newsroom(doc, ctx, gazetteer, _told_place(doc, detection, ctx, gazetteer, speakers, scene))
    place = _within_country(doc, ctx, gazetteer, scene, place)
    return _adjusted(doc, ctx, gazetteer, scene, place) if place is not None else None


@dataclass(frozen=True)
class _Scene:
    """Where a detection is told: its sentence's text and span, and its paragraph with that one's end."""

    sentence: str
    span: Span | None
    paragraph: str
    paragraph_end: int


def _told_place(
    doc: Doc,
    detection: Detection,
    ctx: ArticleContext,
    gazetteer: Gazetteer,
    speakers: tuple[Actor, ...],
    scene: _Scene,
) -> Place | None:
    """The place the event's sentence names, read on the front, at home rather than abroad, at an
    American story's own hamlet or town, or where the sentence's people were on their way to."""
    span = scene.span
    place = _on_front(_locate(doc, detection, ctx, gazetteer, speakers), detection, ctx, gazetteer)
    if (
        span is not None
        and place is not None
        and place.precision == "city"
        and ctx.focus_country not in (None, LOCAL_NEWS_COUNTRY)
        and place.country != ctx.focus_country
    ):
        # 'at Fasa area west of Abta in Central Darfur': the note's own region, not Iran's Fasā
        mentions = sentence_mentions(doc, span, gazetteer, ctx.focus_country, _trigger_token(doc, detection))
        place = home_over_abroad(place, span.text, mentions, ctx.focus_country, gazetteer)
    if span is not None and place is not None and ctx.focus_country == LOCAL_NEWS_COUNTRY:
        # 'a shooting in Vanduser' in a story placed at its county, its newsroom or a town named before:
        # the hamlet no list holds, where a post office of the state the place lies in bears its name
        states = parts_written(ctx.article).states
        place = (
            scene_hamlet(gazetteer, place, doc, span, states)
            or story_hamlet(gazetteer, place, doc, span, states)
            or place
        )
    if span is not None and place is not None:  # 'Harbor City' in a Los Angeles story: not Kaohsiung's
        place = american_home(place, span, doc, ctx, gazetteer)
    if span is not None and (place is None or place.precision == "country"):  # 'on their way to El Geneina'
        place = whither_town(doc, span, gazetteer, ctx.focus_country) or place
    return place


def _within_country(
    doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer, scene: _Scene, place: Place | None
) -> Place | None:
    """A place known only by its country (or none) narrowed by what else the text says: a unit's town,
    a governor's region, where an armed group fights, a town a later sentence names, a region named."""
    place = subunit_town(place, scene.sentence, gazetteer)  # 'Digapahandi block (Ganjam, Odisha)'
    if place is None or place.precision == "country":  # 'Van Governor's Office extended the ban'
        place = governors_region(scene.sentence, gazetteer, ctx.focus_country) or place
    if place is None or place.precision == "country":  # 'LRA attacks civilians': where the LRA fights
        place = theatre_town(scene.paragraph, place, gazetteer) or place
    if scene.span is not None and place is not None and place.precision == "country":
        place = _later_town(doc, scene.span, scene.paragraph_end, ctx, gazetteer, place)
    if place is not None and place.precision == "country" and ctx.focus_country != LOCAL_NEWS_COUNTRY:
        place = named_region(scene.paragraph, place, gazetteer) or place  # 'Mombasa women marched': Mombasa's
    return place


def _adjusted(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer, scene: _Scene, place: Place) -> Place:
    """The place as the sentence's own words adjust it (SENTENCE_STEPS), then at its capital's region, its
    half of a border town, an American headline's or bare name's town, a quadrant's, county's or post
    office's city."""
    place = gazetteer.city_of_region(place)
    for step in SENTENCE_STEPS:
        place = step(place, scene.sentence, gazetteer)
    place = point_half(written_half(capital_province(place, gazetteer), scene.paragraph))
    if scene.span is not None:  # 'Kenyans barricaded the road at Namanga': Kenya's half of the border town
        place = border_side(place, scene.span, gazetteer)
    if ctx.focus_country == LOCAL_NEWS_COUNTRY:  # 'in Rogers Park' under '2 shot at Murfreesboro park'
        place = _bare_county(_headline_state(place, doc, ctx, gazetteer), doc, ctx, gazetteer)
    place = quadrant_city(
        place, doc_text(doc), gazetteer
    )  # 'the 1200 block of Pennsylvania Avenue NW': Washington
    place = with_capital_region(place, gazetteer, ctx.focus_country)
    place = county_city(place, gazetteer)  # 'Harris County': Houston
    return postal_city(place, gazetteer)  # 'Mead Valley', which no post office is named after: Perris


def _headline_state(place: Place, doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place:
    """The headline's town for a place read in a state the article never names (`geo/headline_state.py`)."""
    station = article_station(doc, ctx)
    states = parts_written(ctx.article).states
    return headline_state_town(
        place, ctx.article.title, states, station.state if station else None, gazetteer
    )


def _bare_county(place: Place, doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place:
    """The town of a bare name read as a county of an unnamed state (`geo/bare_counties.py`): 'a
    Klamath boy' in a story of Del Norte County's sheriff is Klamath, California's."""
    if place.country != LOCAL_NEWS_COUNTRY or place.precision != "admin1":
        return place
    text = f"{ctx.article.title or ''}\n{ctx.article.text}"
    station = article_station(doc, ctx)
    named = parts_written(ctx.article).states | counties_states(text, gazetteer)
    return bare_county_town(place, text, named | ({station.state} if station else set()), gazetteer)


def _later_town(
    doc: Doc, sentence: Span, stop: int, ctx: ArticleContext, gazetteer: Gazetteer, country: Place
) -> Place:
    """For a sentence that places its event only in a country, the town a later sentence of its paragraph
    (which ends at `stop`) names in that country ('shot ten people in central Kenya ... killed two
    colleagues in a bar in the town of Siakago': a note says where after what happened), else the country;
    American local news, whose paragraphs are short and go on to other stories, keeps the country. The
    paragraph is the event's own sentence's, as `locate` bounds it, not that of _locate's sentence, which a
    run-on line lengthens."""
    focus = ctx.focus_country
    if focus == LOCAL_NEWS_COUNTRY:
        return country
    hinted = article_places(doc, gazetteer, focus).hinted
    return place_after(doc, sentence, stop, gazetteer, focus, hinted, country) or country


def _on_front(
    place: Place | None, detection: Detection, ctx: ArticleContext, gazetteer: Gazetteer
) -> Place | None:
    """The place, read on the front line the article reports from, if it reports from one."""
    published = ctx.article.published
    text = ctx.article.text
    front = front_of(text, ctx.focus_country, published.year if published else None, load_fronts())
    return front_place(place, detection.sentence.text, text, front, gazetteer)


@dataclass(frozen=True)
class _Reading:
    """What `_locate` reads an event's place from: the sentence (run on where the parse cut a name), the
    paragraph's bounds in the text and the regions the article names."""

    doc: Doc
    sentence: Span
    begin: int
    end: int
    hinted: frozenset[str]


def _locate(
    doc: Doc, detection: Detection, ctx: ArticleContext, gazetteer: Gazetteer, speakers: tuple[Actor, ...]
) -> Place | None:
    """Where this event happened, as `locate` says, before a city region is read as its city;
    `speakers` are who did it, as the actor stage resolved them (a foreign government's words are
    placed in its country)."""
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    if sentence is None:
        return page_place(doc, ctx, gazetteer)
    sentence = run_on(doc, sentence)  # 'shelled the hamlet of Bayt Nur | [Nur al Din] (Mudiyah, Abyan)'
    # a coding statement speaks for its own note, the paragraph; its bounds also bound the sentences
    # read before and after this one
    begin, end = paragraph_bounds(doc_text(doc), sentence.start_char, sentence.start_char)
    coded = coded_place(doc_text(doc)[begin:end], gazetteer, ctx.focus_country)
    if coded is not None:  # '(coded as Natiaboani at geoprecision 2)': the coder's own word
        return coded
    read = _Reading(doc, sentence, begin, end, article_places(doc, gazetteer, ctx.focus_country).hinted)
    place = _written_place(read, detection, ctx, gazetteer)
    if place is not None:
        return _settled(place, read, ctx, gazetteer)
    return _fallback_place(read, detection, ctx, gazetteer, speakers)


def _written_place(
    read: _Reading, detection: Detection, ctx: ArticleContext, gazetteer: Gazetteer
) -> Place | None:
    """The place the event's sentence writes (after its dateline, in it, or in the paragraph before it),
    a country read as the town of the body the event is held at or whose people act."""
    doc, sentence, focus = read.doc, read.sentence, ctx.focus_country
    trigger = _trigger_token(doc, detection)
    place = place_after_dateline(doc, sentence, gazetteer, focus, trigger, read.hinted)
    if place is None:
        place = place_in(doc, sentence, gazetteer, focus, trigger, read.hinted)
    if place is not None and spread_over(sentence.text, place):  # 'across Indonesia, including Medan'
        place = included_town(doc_text(doc)[sentence.start_char : read.end], place, gazetteer) or place
    if place is None:
        place = place_before(doc, sentence, read.begin, gazetteer, focus, read.hinted)
    if place is None and same_place(sentence.text):  # 'in the same province': the one the article named last
        place = place_before(doc, sentence, 0, gazetteer, focus, read.hinted)
    if place is not None and place.precision == "country" and focus != LOCAL_NEWS_COUNTRY:
        # 'a rally in front of Chittagong Press Club, highlighting the plight of Uyghurs in China': the
        # body the event is held at, or whose people act, places it, not a country its cause names (which
        # may have become the note's focus, so the body's town is sought in any country)
        place = venue_town(sentence, gazetteer, None) or member_town(sentence, gazetteer, None) or place
    return place


def _settled(place: Place, read: _Reading, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """A written place settled against the article: a neighbourhood as its city, a local namesake, the
    town near the dateline, a county's town."""
    doc, text = read.doc, read.sentence.text
    anchor = main_town(doc, ctx, gazetteer) if ctx.focus_country == LOCAL_NEWS_COUNTRY else None
    place = neighbourhood_of(place, text, ctx.dateline or anchor)
    # 'the Englewood neighborhood': Chicago's
    place = city_of_part(place, parts_written(ctx.article), gazetteer)
    place = local_namesake(place, doc, ctx, gazetteer)
    town = town_of(gazetteer, near_dateline(place, ctx, gazetteer, anchor), ctx.article.text)
    return _town_within(county_near_dateline(town, ctx, gazetteer), doc, ctx, gazetteer, text)


def _fallback_place(
    read: _Reading,
    detection: Detection,
    ctx: ArticleContext,
    gazetteer: Gazetteer,
    speakers: tuple[Actor, ...],
) -> Place | None:
    """Where a sentence that writes no place puts its event: the speakers' country or the page's place,
    narrowed to a town its site, venue, romanized unit, members or dwellers tell, else a place later in
    the paragraph; never a town the sentence rules out."""
    doc, sentence, focus = read.doc, read.sentence, ctx.focus_country
    fallback = speaker_country(detection, gazetteer, focus, speakers) or page_place(doc, ctx, gazetteer)
    if fallback is None or fallback.precision == "country":  # 'Moi University students rioted': Eldoret
        fallback = site_town(sentence.text, gazetteer) or fallback
    if fallback is None or fallback.precision == "country":  # 'clashed at Meru University': its town
        fallback = _venue(sentence, gazetteer, focus, _told_country(fallback, ctx)) or fallback
    if fallback is None or fallback.precision == "country":  # 'in Laxmipur Sadar upazila': Lakshmipur
        fallback = (
            romanized_town(sentence.text, gazetteer, focus)
            or member_town(sentence, gazetteer, focus)  # 'Students at the University of Nairobi'
            or dwellers_town(sentence.text, gazetteer, focus)  # 'Garissa residents marched'
            or fallback
        )
    if fallback is None or fallback.precision == "country":
        fallback = place_after(doc, sentence, read.end, gazetteer, focus, read.hinted, fallback)
    if _set_elsewhere(fallback, read, ctx):
        return country_place(gazetteer, fallback.country)
    if fallback is not None and fallback.name in _ruled_out(doc, sentence, gazetteer, focus, detection):
        # "unrest spreading beyond the capital": the article's town is the one place it did not happen
        return country_place(gazetteer, fallback.country)
    # 'TODD COUNTY, Ky. — ... a shooting call in Elkton': a county dateline's story is placed in the town
    # of that county it names, as a sentence naming the county is
    return _town_within(fallback, doc, ctx, gazetteer, sentence.text) if fallback is not None else None


def _set_elsewhere(fallback: Place | None, read: _Reading, ctx: ArticleContext) -> TypeGuard[Place]:
    """Whether the dateline's town stands for an event its sentence, or its paragraph before it, sets
    across the country or in a part of it ('an operation near the border' under 'OUAGADOUGOU —'): the
    country is as far as the text places it. A page without a dateline places its events by its lead's
    town, which tells where its story is; American local news is read by its own town rules."""
    if fallback is None or fallback.precision != "city" or ctx.dateline is None:
        return False
    if ctx.focus_country == LOCAL_NEWS_COUNTRY:
        return False
    return told_elsewhere(doc_text(read.doc)[read.begin : read.sentence.end_char])


def _told_country(place: Place | None, ctx: ArticleContext) -> Place | None:
    """The country place, unless the article names no country and it is only the home of the armed group
    or people the note names: 'shot at the Wajir Hospital by al Shabaab gunmen' is Kenya's hospital, though
    the group is Somali."""
    home = ctx.focus_country is None and place is not None and place.country == ctx.home_country
    return None if home else place


def _venue(sentence: Span, gazetteer: Gazetteer, focus: str | None, country: Place | None) -> Place | None:
    """The town of the body the sentence places its event at, where it lies in the country the article
    gives (if any); else that country."""
    place = venue_town(sentence, gazetteer, focus)
    return place if place is not None and (country is None or place.country == country.country) else country


def _town_within(place: Place, doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer, sentence: str) -> Place:
    """The article's own town in place of a district or county holding it: a town of that county the
    article names (most often) or its headline names, else the dateline or the town it names most, where
    it lies in the same region: 'Birch County deputies questioned a driver in Alder Creek' happened in
    Alder Creek. A region gives way too, but only under a dateline or in American local news: a local
    story's state is rarely the place itself ('a couple hurt at their home in the state's north' ... 'in
    Elmvale'); a town of another state (a wire's 'BOSTON (Reuters) -') gives way to the town the article
    names most, and a local story's state where no town of it is named to a county dateline of that
    state (a township's dateline read as its county, `geo/township_datelines.py`)."""
    district = place.precision == "admin1" and place.name != place.admin1
    local = ctx.focus_country == LOCAL_NEWS_COUNTRY
    region = place.precision == "admin1" and not district and (ctx.dateline is not None or local)
    if not (district or region):
        return place
    if district:
        if local:  # 'Orange County deputies ... Orlando Regional Medical Center': Florida's county
            place = institution_county(place, doc_text(doc), gazetteer)
        chains = not_people(doc, article_places(doc, gazetteer, ctx.focus_country).chains)
        inside = towns_in_county(gazetteer, chains, doc_text(doc), place.name, place.country, place.admin1)
        inside = [t for t in inside if not landmark(t.to_place(), sentence, gazetteer, ctx.focus_country)]
        if inside:
            return inside[0].to_place()
        titled = headline_county_town(gazetteer, ctx.article.title, place.name, place.country, place.admin1)
        if titled is not None:  # 'Two shot in Lakeview' over a story that names only Lake County
            return titled.to_place()
        # local news names hamlets no list holds
        hamlet = county_town(gazetteer, place, doc, chains) if local else None
        if hamlet is not None:
            return hamlet
    towns = [ctx.dateline or main_town(doc, ctx, gazetteer)]
    if region and local:  # the wire's newsroom ('BOSTON (Reuters) -') may lie in another state
        chains = not_people(doc, article_places(doc, gazetteer, ctx.focus_country).chains)
        towns += [t.to_place() for t in towns_in_state(gazetteer, chains, doc_text(doc), place.admin1 or "")]
    for town in towns:
        if (
            town is not None
            and town.precision == "city"
            and (town.country, town.admin1) == (place.country, place.admin1)
            and not (district and not local and _beyond_district(town, place))
            and not (district and _seat_of_another(town, place, gazetteer))
            and not landmark(town, sentence, gazetteer, ctx.focus_country)
        ):
            return town
    dateline = ctx.dateline
    if region and local and dateline is not None and _county(dateline) and dateline.admin1 == place.admin1:
        return dateline  # 'STAR TOWNSHIP, Mich.' read as its county, and no town of the state named
    return place


def _ruled_out(
    doc: Doc, sentence: Span, gazetteer: Gazetteer, focus: str | None, detection: Detection
) -> set[str]:
    """Places the sentence names, by their preposition, as not where the event happened ('beyond the
    capital', 'from Osh'); a town named as a modifier ('a Port Orange boy') rules nothing out."""
    mentions = sentence_mentions(doc, sentence, gazetteer, focus, _trigger_token(doc, detection))
    return {m.entry.name for m in mentions if m.score < MIN_SCORE and _away(doc, m)}


def _away(doc: Doc, mention: PlaceMention) -> bool:
    """Whether a mention is the object of a preposition that points away from the event."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in AWAY_PREPS


def _trigger_token(doc: Doc, detection: Detection) -> Token | None:
    """The trigger's head token."""
    span = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _county(place: Place) -> bool:
    """Whether a place is a county or district, given at admin1 precision under its own name."""
    return place.precision == "admin1" and place.name != place.admin1


def _seat_of_another(town: Place, district: Place, gazetteer: Gazetteer) -> bool:
    """Whether the town gives its name to another district of the district's region: a raid 'in Jenin'
    (the governorate) took place there, not in Hebron, which the article names more and which heads a
    governorate of its own."""
    namesakes = gazetteer.lookup(town.name, kind="admin2", country=town.country)
    return any(e.admin1 == district.admin1 and e.name != district.name for e in namesakes)


def _beyond_district(town: Place, district: Place) -> bool:
    """Whether a town lies too far from a district's middle to be in it: 'RAIPUR: ... in the forests of
    Sukma district' happened in Sukma, 340 km off, though both are Chhattisgarh's. American local news keeps
    its town: its counties are read by their own rules, and a street may bear a far county's name."""
    return DISTRICT_KM < places_km(town, district) < math.inf  # no point, no distance told
