"""Where the article as a whole places its news: its lead's town, the town it names most, and the page's
place for an event whose own sentences name none."""

from __future__ import annotations

from spacy.tokens import Doc

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.article import article_places
from kronika.geo.call_signs import Station, carried_story, page_station, station_town
from kronika.geo.city_parts import city_of_part, city_written, parts_written
from kronika.geo.coded_towns import coded_town
from kronika.geo.dateline import DATELINE, bare_dateline, near_dateline
from kronika.geo.dateline_body import cut_off_dateline, far_district, place_after_dateline
from kronika.geo.headline import headline_town
from kronika.geo.headline_hamlets import headline_hamlet
from kronika.geo.local import town_of
from kronika.geo.names import name_key
from kronika.geo.origin_towns import origin_town
from kronika.geo.regional import article_namesake
from kronika.geo.station_towns import station_county
from kronika.geo.story_county import holds_town, story_county
from kronika.geo.text_place import place_in
from kronika.geo.title_towns import title_town
from kronika.geo.town_police import police_town
from kronika.model import ArticleContext, Place
from kronika.nlp import doc_text, entities, per_doc
from kronika.nlp import sentences as doc_sentences


def page_place(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The place of an event whose own sentences name none: the town the lead places its news in, else
    the dateline's place, else the article's main town, else a town its title names (a small one
    where a word of place stands beside it, `geo/headline.py`; not a station's own town where the story
    names a county beyond it, `geo/station_towns.py`; else one no list holds, by its post office,
    `geo/headline_hamlets.py`), else the one town whose own police it names (`geo/town_police.py`),
    else the big city whose neighbourhoods it names
    (`geo/city_parts.py`), else the one county a local story names (`geo/story_county.py`), else the
    station's town, else the focus country at country precision, else the one home country of
    the armed groups and peoples it names."""
    lead = lead_place(doc, ctx, gazetteer)
    if lead is not None:
        return lead
    if ctx.dateline is not None:
        # 'NEW DELHI — ... in the northern state of Haryana': the story's region, not where it was filed
        # 'WOODLAWN —' over a Chicago story: the part stands for its city
        region = _lead_region(doc, ctx, gazetteer)
        if region is not None or ctx.focus_country in (None, ctx.dateline.country):
            return region or town_of(gazetteer, ctx.dateline, ctx.article.text)
        # 'BEIRUT (Reuters) —' over a story of Syria: filed from abroad, so the story's own places count
    main = main_town(doc, ctx, gazetteer)
    if main is not None:
        return main
    # a page whose text names no town may still have one in its headline or the station's name
    country = ctx.focus_country or LOCAL_NEWS_COUNTRY
    return (
        _title_place(ctx, gazetteer, country)
        or _unnamed_town(doc, ctx, gazetteer, country)
        # a note naming no place at all is set where the one armed group or people it names is at home
        # ('Mungiki members hacked a conductor to death'): better its country than nowhere
        or _home_country(ctx, gazetteer)
    )


def _title_place(ctx: ArticleContext, gazetteer: Gazetteer, country: str) -> Place | None:
    """The town the page's title names (not the studio's where the story names a county beyond it), else
    a hamlet of the title no list holds, by its post office."""
    # a page carrying another station's story: its site part names the carrier's town, not the story's
    site = not carried_story(ctx.article.title, ctx.article.text, ctx.article.source)
    titled = title_town(gazetteer, ctx.article.title, country, site=site) or headline_town(
        gazetteer, ctx.article.title, country
    )
    county = station_county(gazetteer, ctx.article.title, ctx.article.text, titled) if titled else None
    if county is not None:  # '... in Lincoln County - MSNewsNow.com - Jackson, MS': not at the studio
        return county
    if titled is not None:  # 'Teen shot in Englewood' over 'the Englewood neighborhood': Chicago
        return city_of_part(titled.to_place(), parts_written(ctx.article), gazetteer)
    # 'One teen killed in Aynor': a town no list holds, by its post office
    return headline_hamlet(gazetteer, ctx.article.title, country)


def _unnamed_town(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer, country: str) -> Place | None:
    """The town of a page that names none outright: the one whose police it names, the city whose
    neighbourhoods it names, the one county a local story names, the station's town, the one home
    town of the people it names, or in local news the one town it writes them as from
    (`geo/origin_towns.py`), else the one town it writes with its state's postal code
    (`geo/coded_towns.py`)."""
    places = article_places(doc, gazetteer, country)
    policed = police_town(gazetteer, doc_text(doc), places.chains, country, places.hinted)
    if policed is not None:  # 'the Taylorville Police Department says' and no town named: Taylorville
        return policed.to_place()
    local = country == LOCAL_NEWS_COUNTRY
    part_of = city_written(parts_written(ctx.article), gazetteer) if local else None
    if part_of is not None:  # 'in the city's Park Manor neighborhood' and no town named: Chicago
        return part_of
    page = article_station(doc, ctx) if local else None
    station = station_town(gazetteer, page, places)
    named = _story_county(ctx, gazetteer, page) if local else None
    # 'Bartow County deputies were called to a shooting' and no town named: the county, unless the
    # station's own town lies in it (a Baton Rouge station's 'East Baton Rouge Parish' story), more exact
    if named is not None and (station is None or not holds_town(named, station)):
        return named.to_place()
    if station is not None:  # no town named, but a 'KMOV.com' page: the station reports its own market
        return station.to_place()
    if places.home is not None:  # 'A Hutchinson teen was arrested' and nothing else: Hutchinson
        return places.home.to_place()
    # 'two brothers from Tulsa were arrested' and nothing else: Tulsa, not the country
    origin = origin_town(doc, gazetteer, places) if ctx.focus_country == LOCAL_NEWS_COUNTRY else None
    if origin is not None:
        return origin.to_place()
    # 'a service in Greencastle PA' on a fundraising page: the one town the text writes with its state's
    # postal code; not the headline's, whose site part names a station's market ('WTOC-TV: Savannah,
    # Beaufort, SC, News')
    coded = coded_town(gazetteer, doc_text(doc)) if local and ctx.home_country in (None, country) else None
    return coded.to_place() if coded is not None else None


def _home_country(ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The article's focus country, else the one home country of the armed groups and peoples it names."""
    home = ctx.focus_country or ctx.home_country
    return country_place(gazetteer, home) if home else None


def _story_county(ctx: ArticleContext, gazetteer: Gazetteer, station: Station | None) -> GeoEntry | None:
    """The one county the headline and text name (`geo/story_county.py`), in a state the story writes,
    else in its `station`'s (the page's, `article_station`)."""
    title = ctx.article.title or ""
    states = parts_written(ctx.article).states
    return story_county(gazetteer, f"{title}\n{ctx.article.text}", states, station.state if station else None)


def article_station(doc: Doc, ctx: ArticleContext) -> Station | None:
    """The station the article's page credits (`geo/call_signs.py`), read once per article: its headline
    and text are the same for each of its events."""
    article = ctx.article
    return per_doc(
        doc, "kronika.page_station", lambda: page_station(article.title, article.text, article.source)
    )


def lead_place(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The town the lead sentence places its news in: a later sentence naming no place goes on telling
    the lead's story ('A man was shot in Pompano Beach. He died at a hospital.'). None where the lead
    names no town."""
    first = next(iter(doc_sentences(doc)), None)
    if first is None:
        return None
    focus = ctx.focus_country
    hinted = article_places(doc, gazetteer, focus).hinted
    if bare_dateline(first.text):  # the parser cut the dateline off: the story opens after it
        first = next(iter(doc_sentences(doc)[1:2]), first)
    place = place_after_dateline(doc, first, gazetteer, focus, first.root, hinted)
    if place is None and not (DATELINE.match(first.text) or cut_off_dateline(doc, first)):
        place = place_in(doc, first, gazetteer, focus, first.root, hinted)
    if far_district(place, ctx.dateline):
        return place  # 'RAIPUR: ... in the forests of Sukma district': the story's district, not the newsroom
    if place is None or place.precision != "city" or (focus is not None and place.country != focus):
        return None
    anchor = main_town(doc, ctx, gazetteer) if focus == LOCAL_NEWS_COUNTRY else None
    place = city_of_part(local_namesake(place, doc, ctx, gazetteer), parts_written(ctx.article), gazetteer)
    return town_of(gazetteer, near_dateline(place, ctx, gazetteer, anchor), ctx.article.text)


def _lead_region(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The first-level region the lead places its news in, where it is not the dateline's own: a report
    filed in the capital about a state elsewhere ('NEW DELHI — ... in the state of Haryana'). American local
    news, whose counties read as regions, keeps its dateline. Read once per article: every unplaced event
    asks for it."""
    if ctx.dateline is None or ctx.focus_country == LOCAL_NEWS_COUNTRY:
        return None
    return per_doc(doc, "kronika.lead_region", lambda: _region_written_first(doc, ctx, gazetteer))


def _region_written_first(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """`_lead_region`, worked out (the article has a dateline)."""
    dateline = ctx.dateline
    first = next(iter(doc_sentences(doc)), None)
    if first is None:
        return None
    opening = DATELINE.match(first.text)  # a dateline the parser left on the lead: its body is the lead
    body = doc.char_span(first.start_char + opening.end() - 1, first.end_char) if opening else first
    hinted = article_places(doc, gazetteer, ctx.focus_country).hinted
    place = place_in(doc, body, gazetteer, ctx.focus_country, first.root, hinted) if body else None
    if place is None or place.precision != "admin1" or place.name != place.admin1:
        return None
    if dateline is None or place.country != dateline.country or place.admin1 == dateline.admin1:
        return None
    return place


def local_namesake(place: Place, doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place:
    """The town or county of the place's name, in the article's country, that the article's other places
    stand beside ('Park City' in a Wichita story is Kansas's, and a village of a name found in several
    states lies in the one the note's other places name); a place abroad as read."""
    if place.country != ctx.focus_country:
        return place
    title = ctx.article.title or ""
    station = article_station(doc, ctx)
    return article_namesake(
        gazetteer, place, f"{title}\n{ctx.article.text}", _named_places(doc), station and station.state
    )


def _named_places(doc: Doc) -> frozenset[str]:
    """The name keys of the places spaCy tags in the article (not its persons: 'Williams' is a town
    too)."""
    return frozenset(name_key(e.text) for e in entities(doc) if e.label_ in ("GPE", "LOC"))


def main_town(doc: Doc, ctx: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The town the article names most, as a place (in local news, the namesake its other places stand
    beside; a big city's neighbourhood, as the article writes it, that city)."""
    main = article_places(doc, gazetteer, ctx.focus_country).main
    if main is None:
        return None
    return city_of_part(
        local_namesake(main.to_place(), doc, ctx, gazetteer), parts_written(ctx.article), gazetteer
    )


def country_place(gazetteer: Gazetteer, iso3: str) -> Place | None:
    """A country at country precision."""
    country = gazetteer.country(iso3)
    return country.to_place() if country else None
