"""Specs for American places on pages that say little: American criminal law's words mark a page
American, a name spelt as an American town's lists spell it is that town where nothing else tells the
country, and an American page's event read in a namesake abroad is set at the page's own town; a
story from abroad that writes none of these stays abroad."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.american_local import american_local
from kronika.geo.focus import focus_country
from kronika.geo.resolve import resolve_name
from kronika.model import Article
from kronika.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "american"),
    [
        pytest.param("He was charged with a felony after the shooting.", True, id="felony"),
        pytest.param("The neighbour faces two felonies, prosecutors said.", True, id="felonies"),
        pytest.param("She is held on a charge of second-degree murder.", True, id="murder-by-degree"),
        pytest.param("He admitted first degree manslaughter on Monday.", True, id="manslaughter-by-degree"),
        pytest.param("The State's Attorney declined to file charges.", True, id="states-attorney"),
        pytest.param("NYPD officers found the man on the sidewalk.", True, id="nypd"),
        pytest.param("The boy's aunt told NBC4 he loved football.", True, id="a-networks-local-channel"),
        pytest.param("His mother spoke to Fox 5 outside the court.", True, id="a-channel-spelt-apart"),
        pytest.param("The BBC said 4 people were hurt in the blast.", False, id="a-broadcaster-and-a-number"),
        pytest.param("A university degree is needed for the post, the ministry said.", False, id="a-degree"),
        pytest.param("The attorney general of the state spoke to reporters.", False, id="attorney-general"),
        pytest.param("Third-degree burns covered his arms, doctors said.", False, id="burns-by-degree"),
    ],
)
def test_american_criminal_law_words_mark_a_local_page(text: str, american: bool) -> None:
    assert american_local(text) is american


@pytest.mark.parametrize(
    ("text", "country"),
    [
        pytest.param(
            "A man of 58 was stabbed in his garden in Bristol on Friday, police said. A neighbour was charged"
            " with first-degree manslaughter on Monday.",
            "USA",
            id="manslaughter-by-degree-reads-bristol-in-america",
        ),
        pytest.param(
            "A man of 58 was stabbed in his garden in Bristol on Friday, police said.",
            "GBR",
            id="without-it-the-bigger-bristol",
        ),
        pytest.param(
            "Police in Belgrade said two men were wounded in a shooting outside a cafe on Sunday.",
            "SRB",
            id="a-belgrade-story-from-serbia-stays-in-serbia",
        ),
        pytest.param(
            "A man was shot outside a tavern in St. Louis on Friday night, police said.",
            "USA",
            id="st-louis-spelt-the-american-way",
        ),
        pytest.param(
            "Fishermen protested in Saint-Louis on Friday against the new licence fees.",
            "SEN",
            id="saint-louis-spelt-the-senegalese-way",
        ),
    ],
)
def test_a_page_says_which_namesake_it_means(
    nlp: Language, gazetteer: Gazetteer, text: str, country: str
) -> None:
    assert focus_country(nlp(text), gazetteer) == country


@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        pytest.param("St. Louis", "USA", "Missouri", id="the-towns-spelling-over-a-region-abroad"),
        pytest.param("Saint-Louis", "SEN", "Saint-Louis", id="the-regions-own-spelling"),
        pytest.param("Belgrade", "SRB", "Belgrade", id="a-region-bigger-in-its-seat"),
        pytest.param("Valencia", "ESP", "Valencia", id="spelt-alike-the-region-stays"),
    ],
)
def test_a_bare_name_with_no_country_known(
    gazetteer: Gazetteer, name: str, country: str, admin1: str
) -> None:
    entry = resolve_name(gazetteer, name, None)
    assert entry is not None and (entry.country, entry.admin1) == (country, admin1)


@pytest.mark.slow
def test_an_american_pages_event_is_not_set_at_a_namesake_abroad(pipeline: Pipeline) -> None:
    text = (
        "HARBOR CITY (CNS) - Two men were hurt in a shooting at a Harbor City home today.\n\n"
        "A sergeant of the Los Angeles Police Department said the gunman drove off."
    )
    article = Article(
        id="t", text=text, title="2 wounded in Harbor City shooting", published=date(2019, 5, 4)
    )
    places = {(m.location.country, m.location.name) for m in pipeline.mentions(article) if m.location}
    assert places == {("USA", "Los Angeles")}
