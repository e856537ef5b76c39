"""Specs for how a GVA incident's city is compared: abbreviated and written-out names, and names with
and without a leading article, are one name."""

from __future__ import annotations

import pytest

from kronika.evaluation.gva import spelled_out


@pytest.mark.parametrize(
    ("folded", "expected"),
    [
        ("st. louis", "saint louis"),
        ("st louis", "saint louis"),
        ("east st. louis", "east saint louis"),
        ("mt. oliver", "mount oliver"),
        ("ft lauderdale", "fort lauderdale"),
        ("ste. genevieve", "sainte genevieve"),
        ("stanton", "stanton"),  # a word starting with the letters is not the abbreviation
        ("saint paul", "saint paul"),
        ("west st", "west st"),  # a last word is a name's own, not an abbreviation
        ("wilkes-barre", "wilkes barre"),
        ("the bronx", "bronx"),  # a leading article is no part of the name
        ("the dalles", "dalles"),
        ("bronx", "bronx"),
        ("west the", "west the"),  # only a leading one
        ("theodore", "theodore"),  # nor the letters opening a word
        ("lee's summit", "lees summit"),  # an apostrophe is spelling, not part of the name
        ("lee’s summit", "lees summit"),
        ("o'fallon", "ofallon"),
    ],
)
def test_abbreviated_town_names_are_written_out(folded: str, expected: str) -> None:
    assert spelled_out(folded) == expected
