"""Specs for a town the lists hold once on earth but with no size: a name of several words spaCy tags as
a place, held nowhere else, is that town wherever the story's focus lies."""

from __future__ import annotations

import pytest

from kronika.gazetteer import Gazetteer
from kronika.geo.resolve import resolve_name


@pytest.mark.parametrize("focus", [None, "ISR", "USA"])
def test_a_lone_unsized_town_of_several_words_is_that_town(gazetteer: Gazetteer, focus: str | None) -> None:
    entry = resolve_name(gazetteer, "Bint Jbeil", focus)
    assert entry is not None and (entry.country, entry.kind) == ("LBN", "city")


def test_one_word_after_an_arabic_article_is_no_name_of_several_words(gazetteer: Gazetteer) -> None:
    # 'Al-Hasan camp' in Syria: the lists' only Hasan is an Albanian hamlet of no known size
    assert resolve_name(gazetteer, "Al-Hasan", "SYR") is None


def test_an_untagged_name_still_needs_a_known_size(gazetteer: Gazetteer) -> None:
    # capitalised words spaCy did not tag as a place are read abroad only as big, known towns
    assert resolve_name(gazetteer, "Bint Jbeil", "ISR", untagged=True) is None
