"""Specs for a dateline naming an American township: its county the story names, else the post office
named after its bare name, else the township by its full name."""

from __future__ import annotations

import pytest
from builders import locate_us
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "name", "admin1", "located"),
    [
        pytest.param(
            "ELMWOOD TOWNSHIP, Mich. (AP) — A hunter was hurt by a stray pellet. The Antrim County "
            "sheriff's office is looking into it.",
            "Antrim County", "Michigan", True, id="the-county-the-story-names",
        ),
        pytest.param(
            "BIRCH TOWNSHIP, Mich. (WXYZ) -- Four people were hurt at a party. Saginaw County deputies "
            "are asking for tips.",
            "Saginaw", "Michigan", True, id="a-county-read-as-its-city",
        ),
        pytest.param(
            "FRANKLIN TOWNSHIP, Mich. — A girl was wounded by her cousin on Sunday.",
            "Franklin", "Michigan", True, id="the-post-office-of-its-bare-name",
        ),
        pytest.param(
            "HAMILTON TWP., N.J. (WXYZ) – Two teens were hurt at a cookout late on Saturday.",
            "Hamilton Township", "New Jersey", False, id="the-township-by-its-full-name",
        ),
    ],
)  # fmt: skip
def test_a_township_dateline_is_read_by_its_county_post_office_or_name(
    gazetteer: Gazetteer, text: str, name: str, admin1: str, located: bool
) -> None:
    place = find_dateline(text, gazetteer)
    assert place is not None and (place.name, place.admin1, place.country) == (name, admin1, "USA")
    assert (place.lat is not None) == located


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ELMWOOD TOWNSHIP — A hunter was hurt by a stray pellet.", id="no-state-written"),
        pytest.param("ELMWOOD TOWNSHIP, Ontario — A hunter was hurt by a stray pellet.", id="abroad"),
    ],
)
def test_no_township_dateline_without_an_american_state(gazetteer: Gazetteer, text: str) -> None:
    place = find_dateline(text, gazetteer)
    assert place is None or "Township" not in place.name


@pytest.mark.slow
def test_a_local_storys_state_gives_way_to_the_county_its_township_dateline_is_read_as(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "ELMWOOD TOWNSHIP, Mich. (AP) — A boy, 12, was shot while hunting in northern Michigan. "
        "The Antrim County sheriff's office says the rifle went off when he fell."
    )
    place = locate_us(nlp, gazetteer, text, "shot")
    assert place is not None and (place.name, place.admin1) == ("Antrim County", "Michigan")
