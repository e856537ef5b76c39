"""Specs for a place phrase that names its state or country: it never lands in a namesake of another
state or country ('York (Maine)' is not York, Pennsylvania; 'the Centre region of Burkina Faso' is not
Centre County, Pennsylvania; 'Montgomery county (Texas)' is not Montgomery, Alabama)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "admin1"),
    [
        # the lists hold York County, Maine, but no town York there: Pennsylvania's York is a namesake
        (
            "On 4 May 2021, about thirty people rallied for tenants' rights in York (Maine).",
            "rallied",
            "Maine",
        ),
        # the county's type word written small still makes it the county
        (
            "On 4 May 2021, parents protested school closures in Montgomery county (Texas).",
            "protested",
            "Texas",
        ),
        (
            "On 4 May 2021, nurses rallied outside a clinic in Lincoln county (Oregon).",
            "rallied",
            "Oregon",
        ),
    ],
)
def test_a_place_written_with_its_state_stays_in_that_state(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, admin1: str
) -> None:
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus="USA")
    assert place is not None and (place.country, place.admin1) == ("USA", admin1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "country", "admin1"),
    [
        (
            "On 4 May 2021, gunmen attacked a police patrol in the Centre region of Burkina Faso.",
            "attacked",
            "BFA",
            "Centre",
        ),
        (
            "On 4 May 2021, soldiers clashed with separatists in the Centre region of Cameroon.",
            "clashed",
            "CMR",
            "Centre",
        ),
    ],
)
def test_a_compass_region_written_with_its_country_is_that_countrys(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, country: str, admin1: str
) -> None:
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus=None)
    assert place is not None and (place.country, place.admin1) == (country, admin1)
