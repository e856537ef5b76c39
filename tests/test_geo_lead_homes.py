"""Specs for a lead's town written only as someone's home ('A Covington woman was hurt'): no place for a
later sentence's event where the story names another town as its own."""

from __future__ import annotations

import pytest
from builders import locate_us, rule
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.lead_homes import home_only


@pytest.mark.parametrize(
    ("lead", "name", "home"),
    [
        *rule(
            "a town before a person's word past an article, or after a name and ', of', is a home",
            ("A Covington woman is in critical condition after a shooting.", "Covington", True),
            ("A 19-year-old Dayton man was charged Monday.", "Dayton", True),
            ("Police said Ray Olsen, of Ames, was arrested Friday.", "Ames", True),
            ("The victim, a girl from Antioch, died at the scene.", "Antioch", True),
        ),
        *rule(
            "a town written once as a scene is no mere home",
            ("A Covington woman was shot in Covington on Sunday.", "Covington", False),
            ("A man was shot in Dayton on Sunday.", "Dayton", False),
            ("Dayton police arrested a man on Friday.", "Dayton", False),
        ),
        *rule(
            "a town the lead never writes is no home of it",
            ("A woman was hurt in a shooting on Sunday.", "Covington", False),
        ),
    ],
)
def test_a_lead_town_written_only_before_a_person_or_after_of_is_a_home(
    lead: str, name: str, home: bool
) -> None:
    assert home_only(lead, name) is home


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "town"),
    [
        *rule(
            "a later sentence naming no place follows the story's town, not the lead's home",
            (
                "A Covington woman is in critical condition after a shooting on Tuesday.\n\n"
                "She was shot by a relative near a barn.\n\n"
                "It happened just outside Christiansburg, deputies said. Christiansburg police helped.",
                "shot",
                ("Christiansburg", "Virginia"),
            ),
        ),
        *rule(
            "a home that is the story's only town stays its place",
            (
                "A Covington woman is in critical condition after a shooting on Tuesday.\n\n"
                "She was shot by a relative near a barn.",
                "shot",
                ("Covington", "Kentucky"),
            ),
        ),
    ],
)
def test_a_lead_home_gives_way_to_the_story_s_town(
    nlp: Language, gazetteer: Gazetteer, text: str, trigger: str, town: tuple[str, str]
) -> None:
    place = locate_us(nlp, gazetteer, text, trigger)
    assert place is not None and (place.name, place.admin1) == town
