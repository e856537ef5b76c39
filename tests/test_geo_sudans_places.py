"""Specs for places in Sudanese, South Sudanese and Burkinabe conflict notes that name no country: the
lands of the Sahel's cross-border groups, the home of the one armed group whose country the note's names
read in, Burkina Faso's provinces the lists lack, a toll after a town's name, and acronyms that are no
towns."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.actors.cues import article_entries
from kronika.actors.lexicon import ActorLexicon
from kronika.gazetteer import Gazetteer
from kronika.geo.armed_groups import armed_group_countries
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country
from kronika.geo.people_homes import people_countries
from kronika.geo.resolve import resolve_name
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("JNIM fighters stopped a bus.", {"MLI", "BFA", "NER"}),
        ("ISGS and JNIM gunmen clashed.", {"MLI", "BFA", "NER"}),
        ("Dozo hunters set up a checkpoint.", {"BFA", "MLI", "CIV"}),
        ("Islamic State fighters seized a truck.", set()),  # a group of many lands names none
    ],
)
def test_the_lands_of_the_groups_that_fight_across_the_sahels_borders(
    nlp: Language, text: str, homes: set[str]
) -> None:
    assert armed_group_countries(article_entries(nlp(text), ActorLexicon.load())) == frozenset(homes)


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("Rizeigat and Maaliya gunmen clashed over land.", {"SDN"}),
        ("Misseriya herders drove their cattle south.", {"SDN"}),
        ("Mossi farmers and herders quarrelled.", {"BFA"}),
    ],
)
def test_the_home_countries_of_sudanese_and_burkinabe_peoples(text: str, homes: set[str]) -> None:
    assert people_countries(text) == frozenset(homes)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the one armed group's home that a name of the note reads in, spaCy's tag for it aside
        ("SPLM-IO fighters shelled Malakal overnight.", "SSD"),
        # the lexicon files the SPLA under Sudan, where no Bor lies: Sudan is not the note's country
        ("After the fighting, SPLA soldiers marched into Bor.", None),
        # no name of the note reads in the group's home: no country from it
        ("SPLM-IO fighters ambushed a convoy.", None),
    ],
)
def test_a_note_naming_no_country_is_in_the_armed_groups_home_its_names_read_in(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str | None
) -> None:
    doc = nlp(text)
    homes = armed_group_countries(article_entries(doc, ActorLexicon.load()))
    assert focus_country(doc, gazetteer, homes=homes) == country


@pytest.mark.parametrize(
    ("name", "admin1"),
    [("Poni", "Sud-Ouest"), ("Banwa", "Boucle du Mouhoun"), ("Komondjari", "Est")],
)
def test_burkinabe_provinces_the_lists_lack_read_at_their_seats(
    gazetteer: Gazetteer, name: str, admin1: str
) -> None:
    entry = resolve_name(gazetteer, name, "BFA")
    assert entry is not None
    assert (entry.country, entry.admin1) == ("BFA", admin1)


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Gireida", "SDN", "South Darfur"),  # a spelling of the listed Gereida
        ("En Nahud", "SDN", "West Kordofan"),
        ("Kawdah", "SDN", "South Kordofan"),
        ("Gwit", "SSD", "Unity"),
        ("Khazan Tunjur", "SDN", "North Darfur"),
        ("Essakane", "BFA", "Sahel"),
    ],
)
def test_towns_and_spellings_that_conflict_notes_name(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    entry = resolve_name(gazetteer, name, country)
    assert entry is not None
    assert (entry.country, entry.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("South Sudans", "SSD"),  # 'South Sudans capital': the possessive's apostrophe lost
        ("Sudans", "SDN"),
        ("Khartoums", "SDN"),
        ("Burkina Fasos", "BFA"),
        ("Nyalas", "MYS"),  # a town of that name: no possessive of Nyala
        ("Tawilas", None),  # a small town's possessive is too often another town's name
    ],
)
def test_a_possessive_written_without_its_apostrophe_names_its_place(
    gazetteer: Gazetteer, name: str, country: str | None
) -> None:
    entries = gazetteer.lookup(name)
    assert (entries[0].country if entries else None) == country


@pytest.mark.parametrize("name", ["UN", "AU", "EU"])
def test_an_acronym_is_no_town(gazetteer: Gazetteer, name: str) -> None:
    assert resolve_name(gazetteer, name, None) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("One UN-contracted truck driver was beaten by gunmen.", None),  # a compound word, no dateline
        ("Updated 10:02 LAGOS-The police said two men were held.", "Lagos"),
        ("Photo: AP  OAKLAND - A man was shot on Friday.", "Oakland"),
    ],
)
def test_a_hyphened_acronym_is_no_dateline(gazetteer: Gazetteer, text: str, city: str | None) -> None:
    found = find_dateline(text, gazetteer)
    assert (found.name if found else None) == city


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # a village the lists hold in Burkina Faso alone, however small, beside a Sahel group
        ("JNIM militants attacked the gendarmerie in Deou overnight.", "BFA", "Sahel"),
        ("Suspected ISGS militants clashed with the army in the area of Solhan.", "BFA", "Sahel"),
        # a toll after the town, not a person's age
        ("SAF jets bombed Kauda, 2 injured.", "SDN", "South Kordofan"),
        ("A land dispute in the Poni province left one herder dead.", "BFA", "Sud-Ouest"),
    ],
)
def test_notes_naming_no_country_are_placed_at_home(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2019, 6, 2)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert (location.country, location.admin1) == (country, admin1)


@pytest.mark.slow
def test_an_age_between_commas_still_marks_a_surname(pipeline: Pipeline) -> None:
    text = "Police said they arrested Evans, 17, on Monday."
    mentions = pipeline.mentions(Article("t", text, published=date(2019, 6, 2)))
    assert all(m.location is None or m.location.name != "Evans" for m in mentions)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the note names its town only as whither or whence: the town, not the country's capital
        ("Militiamen in Sudan hijacked four lorries on their way to Geneina.", "Geneina"),
        ("Hundreds of residents in Burkina Faso marched to Kaya to demand water.", "Kaya"),
        ("Gendarmes from Koudougou shot dead a man in Burkina Faso who refused to stop.", "Koudougou"),
        # a country named as whither is no town
        ("Gunmen attacked a bus in Sudan as it drove to Chad.", "Sudan"),
    ],
)
def test_a_town_named_only_as_whither_or_whence_places_the_note(
    pipeline: Pipeline, text: str, name: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 6, 2)))
    assert mentions
    location = mentions[0].location
    assert location is not None
    assert location.name == name


@pytest.mark.slow
def test_american_local_news_is_not_placed_whither(pipeline: Pipeline) -> None:
    text = "A man was shot on Tuesday and taken to Atlanta, police in Georgia said."
    mentions = pipeline.mentions(Article("t", text, published=date(2015, 6, 2)))
    assert all(m.location is None or m.location.name != "Atlanta" for m in mentions)
