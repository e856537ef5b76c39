"""A headline telling one act in the active voice counts the people its verb's object names: one dead for
each where the verb tells a killing, one hit for each where it tells a shooting; a headline of two acts, or
whose object is a group, a count or an unborn child, tells nothing so. A headline naming a shooting by its one
victim counts one hit, and a life claimed one dead."""

from __future__ import annotations

import pytest
from builders import rule

from kronika.casualties import headline_casualties
from kronika.casualties.headline_acts import headline_acts, headline_victim
from kronika.casualties.patterns import StatedCount
from kronika.model import Casualties


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "a killing's object is one dead for each person it names",
            ("Farmer accidentally shoots and kills himself while hunting", [("killed", 1)]),
            ("Retired teacher fatally shoots neighbor over fence", [("killed", 1)]),
            ("Grandfather kills grandson, self in Elm Grove", [("killed", 2)]),
            ("Uncle killed nephew to settle a debt, police say", [("killed", 1)]),
        ),
        *rule(
            "a shooting's object is one hit for each person it names",
            ("Cousin shoots cousin", [("shot", 1)]),
            ("Girl, 6, shoots self with uncle's rifle", [("shot", 1)]),
            ("Hunter mistakenly shoots 12-year-old nephew, deputies say", [("shot", 1)]),
            ("Clerk shoots robbery suspect, 19, fleeing store", [("shot", 1)]),
            ("Man shoots his ex-wife and her boyfriend", [("shot", 2)]),
        ),
        *rule(
            "a passive headline, or one whose object is no person, has no object to count",
            ("Farmer shot in leg while hunting", []),
            ("Man shoots at truck on Route 9", []),
            ("Man shoots at neighbor, hits 5-year-old girl", []),
            ("Woman killed accidentally when rifle falls", []),
        ),
        *rule(
            "a group, a count or a second act is left to the count wordings",
            ("Teen shoots parents and two sisters at farm", []),
            ("Gunman kills 3 at bowling alley", []),
            ("Boy kills sister, injures cousin with father's pistol", []),
            ("Arrest in drive-by that killed unborn baby", []),
        ),
    ],
)
def test_headline_acts(title: str, expected: list[tuple[str, int]]) -> None:
    assert headline_acts(title) == [StatedCount(*pair) for pair in expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "a shooting named by its one victim is one hit",
            ("Sheriff looks into shooting of 9-year-old boy at Alder farm", [("shot", 1)]),
            ("Shooting of woman ruled accidental", [("shot", 1)]),
            ("Father charged in girl's shooting", [("shot", 1)]),
            ("Neighbors pray after boy, 4, was shot", [("shot", 1)]),
        ),
        *rule(
            "a life a headline tells claimed is one dead",
            ("Deer hunting mishap claims life", [("killed", 1)]),
            ("Crash on Route 9 claims teen's life", [("killed", 1)]),
        ),
        *rule(
            "two victims, a group or an unborn child name no one victim",
            ("Shooting of a woman and her son under review", []),
            ("Arrest in shooting of Alder family", []),
            ("Detectives probe shooting of unborn baby", []),
        ),
    ],
)
def test_headline_victim(title: str, expected: list[tuple[str, int]]) -> None:
    assert headline_victim(title) == [StatedCount(*pair) for pair in expected]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        *rule(
            "a shooting's one victim gives the toll where no count wording reads one",
            ("Shooting of woman ruled accidental", Casualties(None, 1)),
        ),
        *rule(
            "a headline's act gives its toll where no count wording reads one",
            ("Cousin shoots cousin", Casualties(None, 1)),
            ("Farmer accidentally shoots and kills himself while hunting", Casualties(1, None)),
        ),
        *rule(
            "a counted headline keeps its count",
            ("Teen kills brother; 3 dead", Casualties(3, None)),
        ),
    ],
)
def test_headline_toll(title: str, expected: Casualties) -> None:
    assert headline_casualties(title) == expected
