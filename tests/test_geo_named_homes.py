"""Specs for a town written as someone's home after their name and a comma ('Ray Olsen, of Ames,'): where
the person lives, not where anything happened, and the article's town only as a last resort."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo import LOCAL_NEWS_COUNTRY
from kronika.geo.article import article_places, elsewhere
from kronika.geo.chains import find_chains


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        ("Police said Ray Olsen, of Ames, was hit in the leg.", "Ames", True),
        ("Police said Ray Olsen Jr., of Ames, was hit in the leg.", "Ames", True),
        ("Police said Ray Olsen, of Mason City, was hit in the leg.", "Mason City", True),
        ("Police said Ray Olsen, 17, of Ames, was hit in the leg.", "Ames", True),  # with an age, as before
        # a force after the name is where it serves: the scene's
        ("Sgt. Ray Olsen, of the Ames Police Department, said a man was shot.", "Ames", False),
        ("A man was shot in Ames on Sunday, Sgt. Ray Olsen said.", "Ames", False),
        ("Deputies in Boone, of all places, found the car.", "Boone", False),  # no name before the comma
    ],
)
def test_a_town_after_a_name_and_of_is_someone_s_home(text: str, name: str, home: bool) -> None:
    start = text.index(name)
    chain = next(c for c in find_chains(text) if c.start <= start < c.end)
    assert elsewhere(text, chain) is home


@pytest.mark.parametrize(
    ("text", "main", "home"),
    [
        (  # the town the story names otherwise is its main town, though the home is named first
            "A boy was hurt at target practice in northern Iowa. Police said Ray Olsen, of Ames, was hit "
            "Sunday at the Boone shooting range.\n\nThe boy went there with his uncle, who also lives in "
            "Boone.",
            "Boone",
            None,
        ),
        ("Deputies said Olsen, of Ames, was hit Sunday at a range in Boone.", "Boone", None),
        (  # named alone, the home is the page's last resort
            "Police said Ray Olsen Jr., of Ames, was hit Sunday at the shooting range.",
            None,
            "Ames",
        ),
    ],
)
def test_a_named_home_is_the_article_s_town_only_as_a_last_resort(
    nlp: Language, gazetteer: Gazetteer, text: str, main: str | None, home: str | None
) -> None:
    places = article_places(nlp(text), gazetteer, LOCAL_NEWS_COUNTRY)
    assert (places.main.name if places.main else None, places.home.name if places.home else None) == (
        main,
        home,
    )
