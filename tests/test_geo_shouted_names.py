"""Specs for a name written in capitals ('NISS', 'SUST'): a town of the focus country only."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.chain_resolve import resolve_chain
from kronika.geo.chains import find_chains
from kronika.geo.names import shouted
from kronika.geo.resolve import resolve_name


@pytest.mark.parametrize(
    ("word", "expected"),
    [("NISS", True), ("INGO", True), ("SUST", True), ("UN", False), ("AU", False), ("Erie", False)],
)
def test_shouted_is_a_capitals_word_longer_than_an_acronym(word: str, expected: bool) -> None:
    assert shouted(word) is expected


@pytest.mark.parametrize(
    ("word", "focus"),
    [
        ("NISS", "SDN"),  # Sudan's security service, not Serbia's Nis
        ("NISS", None),
        ("SUST", "BGD"),  # a Sylhet university, not the Netherlands' Soest
        ("INGO", None),  # an aid group, not Finland's Inga
    ],
)
def test_a_shouted_acronym_is_no_town_abroad(gazetteer: Gazetteer, word: str, focus: str | None) -> None:
    entry = resolve_name(gazetteer, word, focus)
    assert entry is None or entry.kind != "city"


def test_a_shouted_town_of_the_focus_country_stays(gazetteer: Gazetteer) -> None:
    entry = resolve_name(gazetteer, "FENI", "BGD")
    assert entry is not None and entry.name == "Feni"


@pytest.mark.parametrize(
    ("text", "focus", "town"),
    [
        ("Agents of the NISS searched the offices of a students' union.", "SDN", None),
        ("Officers of the NISS detained two lawyers on Monday.", None, None),
        ("A man was shot outside a bar in ERIE, officers said.", "USA", "Erie"),
    ],
)
def test_a_shouted_chain_name_reads_at_home_only(
    gazetteer: Gazetteer, text: str, focus: str | None, town: str | None
) -> None:
    found = [resolve_chain(gazetteer, chain, focus) for chain in find_chains(text)]
    names = {f.entry.name for f in found if f is not None and f.entry.kind == "city"}
    assert names == ({town} if town else set())
