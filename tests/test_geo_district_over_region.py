"""Specs for a Somali note's district written before a region that does not hold it ('(Jilib, Middle
Shabelle)'): the district's town, in its own region; elsewhere, and for a village, the region written."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chains import find_chains, resolve_chain


def _place(gazetteer: Gazetteer, text: str, focus: str | None) -> tuple[str, str | None] | None:
    """The name and region of the text's longest chain, resolved."""
    chain = max(find_chains(text), key=lambda c: len(c.names))
    found = resolve_chain(gazetteer, chain, focus)
    return (found.entry.name, found.entry.admin1) if found is not None else None


@pytest.mark.parametrize(
    ("text", "focus", "place"),
    [
        # the district the region written does not hold: the district's town, in its own region
        (
            "Militants attacked a base in Hawdi village (Jilib, Middle Shabelle).",
            "SOM",
            ("Jilib", "Middle Juba"),
        ),
        ("Fighting broke out near Baraawe town (Baraawe, Lower Juba).", "SOM", ("Baraawe", "Lower Shabelle")),
        ("Clashes were reported in Jilib, Middle Shabelle.", None, ("Jilib", "Middle Juba")),
        # a district the region holds is read as before
        ("Militants attacked a base in Hawdi village (Jilib, Middle Juba).", "SOM", ("Jilib", "Middle Juba")),
        ("Forces clashed in Jowhar (Jowhar, Middle Shabelle).", "SOM", ("Jawhar", "Middle Shabelle")),
    ],
)
def test_a_somali_district_outranks_the_region_written_after_it(
    gazetteer: Gazetteer, text: str, focus: str | None, place: tuple[str, str]
) -> None:
    assert _place(gazetteer, text, focus) == place


@pytest.mark.parametrize(
    ("text", "focus", "region"),
    [
        # a name written as a village may be a hamlet whose namesake town lies in another region
        ("Militants abducted two elders in Canjeel village, Lower Juba.", "SOM", "Lower Juba"),
        # outside Somalia the region written is the fact
        ("A man was shot in Fulton, Georgia on Monday.", "USA", "Georgia"),
    ],
)
def test_a_village_or_a_chain_abroad_keeps_the_region_written(
    gazetteer: Gazetteer, text: str, focus: str | None, region: str
) -> None:
    found = _place(gazetteer, text, focus)
    assert found is not None and found[1] == region
