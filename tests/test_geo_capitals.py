"""Specs for a region named by its word in a note: 'the capital' (the country's, another country's, or a
region's, which is no national capital at all) and a name before a lower-case 'state'."""

from __future__ import annotations

import pytest
from spacy.language import Language
from test_places import run_locate

from kronika.gazetteer import Gazetteer


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "name", "admin1"),
    [
        # a region's capital: the town the note names beside it, never the country's capital
        ("Shells hit Kadugli, the capital of South Kordofan state, on Friday.", "Kadugli", "South Kordofan"),
        ("Students clashed with police in the capital of North Darfur on Monday.", None, "North Darfur"),
        # the country's capital, however the country is written
        ("Police clashed with students in the capital of the country on Monday.", "Khartoum", "Khartoum"),
        ("Police clashed with crowds in the capital of South Sudan on Monday.", "Juba", "Central Equatoria"),
    ],
)
def test_a_regions_capital_is_not_the_countrys(
    nlp: Language, gazetteer: Gazetteer, sentence: str, name: str | None, admin1: str
) -> None:
    trigger = "hit" if "hit" in sentence else "clashed"
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus="SDN")
    assert place is not None and place.admin1 == admin1
    assert name is None or place.name == name


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "country", "admin1"),
    [
        # 'state' in lower case after a name types it: South Sudan's Lakes state, not Côte d'Ivoire's Lacs
        ("A prisoner died in a jail in South Sudan's Lakes state on Monday.", "SSD", "Lakes"),
        ("Raiders killed four herders in Lakes state on Monday.", "SSD", "Lakes"),
    ],
)
def test_a_name_before_a_lower_case_state_is_a_state(
    nlp: Language, gazetteer: Gazetteer, sentence: str, country: str, admin1: str
) -> None:
    trigger = "died" if "died" in sentence else "killed"
    place = run_locate(nlp, gazetteer, sentence, sentence, trigger, focus=None)
    assert place is not None and (place.country, place.admin1) == (country, admin1)


@pytest.mark.slow
def test_a_compass_word_split_off_a_hyphened_state_is_no_state(nlp: Language, gazetteer: Gazetteer) -> None:
    sentence = "On 8 May, in Aungban town (Kalaw Township, Shan-South state), a bomb exploded."
    place = run_locate(nlp, gazetteer, sentence, sentence, "exploded", focus=None)
    assert place is not None and place.country == "MMR"
