"""Specs for the shared force vocabulary: the core words that name a state's forces, the named extras a rule
adds, and the narrowing a rule counted with its own words takes."""

from __future__ import annotations

import re

import pytest

from kronika.events import force_words as fw


def _names(words: fw.ForceWords, text: str, *, either_case: bool = False) -> bool:
    """Whether `text` is, as a whole, one of `words` (compiled case-insensitively unless `either_case`, which
    compiles the case-sensitive form a rule like state_beatings uses)."""
    if either_case:
        return bool(re.fullmatch(words.initial_either_case().group, text))
    return bool(re.fullmatch(words.group, text, re.IGNORECASE))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("police", True),
        ("policemen", True),
        ("policewoman", True),
        ("officer", True),
        ("officers", True),
        ("soldier", True),
        ("troops", True),
        ("army", True),
        ("military", True),
        ("gendarmes", True),
        ("gendarmerie", True),
        ("security forces", True),
        ("Security Forces", True),
        ("rebels", False),
        ("militia", False),
        ("guards", False),
        ("constables", False),
        ("officials", False),
    ],
)
def test_the_core_names_a_states_forces_on_the_ground(text: str, named: bool) -> None:
    assert _names(fw.CORE, text) is named


@pytest.mark.parametrize(
    ("words", "text", "named"),
    [
        (fw.BANGLADESH_FORCES, "RAB", True),
        (fw.BANGLADESH_FORCES, "Ansar", True),
        (fw.INDONESIA_FORCES, "Satpol PP", True),
        (fw.SEA_AND_BORDER, "border guard", True),
        (fw.MEN_ON_DUTY, "constable", True),
        (fw.MEN_ON_DUTY, "security personnel", True),
        (fw.LAW_ENFORCERS, "law enforcers", True),
        (fw.LAW_ENFORCERS, "law enforcement", True),
        (fw.PRO_GOVERNMENT_ARMED, "colectivos", True),
        (fw.PRO_GOVERNMENT_ARMED, "militiamen", True),
        (fw.COMMANDED_FORCES, "defence forces", True),
        (fw.COMMANDED_FORCES, "rebel forces", False),
        (fw.STATE_ITSELF, "regime", True),
        (fw.ANY_FORCES, "forces", True),
        (fw.GUARDS, "guard", True),
    ],
)
def test_each_extra_names_its_own_forces(words: fw.ForceWords, text: str, named: bool) -> None:
    assert _names(words, text) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("officers", True),
        ("RAB", True),
        ("policemen", True),
        ("soldiers", True),
        ("soldier", False),  # narrowed to the plural
        ("army", False),  # left out
        ("Ansar", False),  # left out of the Bangladeshi extras
        ("marines", False),  # an extra this composition does not take
    ],
)
def test_a_rule_composes_the_core_with_its_extras_and_narrowings(text: str, named: bool) -> None:
    composed = (
        fw.CORE.replacing(r"soldiers?", "soldiers").without("army")
        + fw.BANGLADESH_FORCES.without("Ansar")
        + fw.MEN_ON_DUTY
    )
    assert _names(composed, text) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [("Police", True), ("police", True), ("POLICE", False), ("Army", True), ("RAB", True), ("rab", False)],
)
def test_a_case_sensitive_rule_takes_either_case_only_in_a_words_first_letter(text: str, named: bool) -> None:
    assert _names(fw.CORE + fw.BANGLADESH_FORCES, text, either_case=True) is named


def test_adding_words_a_vocabulary_has_keeps_each_once() -> None:
    assert (fw.CORE + fw.CORE).alternatives == fw.CORE.alternatives


@pytest.mark.parametrize("word", ["soldier", "policemen", "rebels"])
def test_a_word_not_among_them_fails_to_be_left_out_or_replaced(word: str) -> None:
    with pytest.raises(ValueError, match="not among the force words"):
        fw.CORE.without(word)
    with pytest.raises(ValueError, match="not among the force words"):
        fw.CORE.replacing(word, "soldiers")
