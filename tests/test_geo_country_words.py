"""Specs for reading a country from the capitalised words that write its name or nationality."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.country_words import span_country, text_countries, written_country


@pytest.mark.parametrize(
    ("written", "names", "shared_names", "iso3"),
    [
        # a nationality always counts
        ("Kenyan", True, False, "KEN"),
        ("Kenyan", False, False, "KEN"),
        # a country's name counts where names do
        ("Burkina Faso", True, False, "BFA"),
        ("Burkina Faso", False, False, None),
        # a name that is also a region elsewhere counts only where shared names do
        ("Georgia", True, False, None),
        ("Georgia", True, True, "GEO"),
        # no country at all
        ("Harbour", True, True, None),
    ],
)
def test_a_written_name_or_nationality_gives_its_country(
    gazetteer: Gazetteer, written: str, names: bool, shared_names: bool, iso3: str | None
) -> None:
    assert written_country(written, gazetteer, names=names, shared_names=shared_names) == iso3


@pytest.mark.parametrize(
    ("text", "pairs", "names", "countries"),
    [
        # plain text read by pairs of capitalised words, then the first word alone
        ("Ugandan troops killed 3 rebels.", True, True, ["UGA"]),
        ("Rebels crossed from Uganda at night.", True, True, ["UGA"]),
        ("LRA attacks and abducts civilians.", True, True, []),
        ("South Sudanese and Kenyan herders met.", True, True, ["SSD", "KEN"]),
        # word by word, nationalities alone: the name 'Kenya' is left to the caller
        ("the Russian foreign ministry", False, False, ["RUS"]),
        ("the Kenya Defence Forces", False, False, []),
        ("the Kenyan defence ministry", False, False, ["KEN"]),
    ],
)
def test_plain_text_gives_the_countries_its_words_write(
    gazetteer: Gazetteer, text: str, pairs: bool, names: bool, countries: list[str]
) -> None:
    assert list(text_countries(text, gazetteer, pairs=pairs, names=names, shared_names=names)) == countries


@pytest.mark.parametrize(
    ("text", "start", "end", "misread_only", "iso3"),
    [
        # tagged or not, a nationality or a country's own name counts
        ("Burkina Faso gendarmes detained a herder.", 0, 2, False, "BFA"),
        ("Kenyan police dispersed hawkers.", 0, 1, False, "KEN"),
        # lowercase words write no country's name
        ("the police dispersed hawkers.", 0, 1, False, None),
        # a nationality spaCy tagged as one is left to others where only misread words count
        ("Kenyan police dispersed hawkers.", 0, 1, True, None),
        # a bare name spaCy took for part of a person's is no country
        ("Chad Evans was robbed outside a bar.", 0, 1, True, None),
    ],
)
def test_a_span_of_capitalised_words_gives_its_country(
    nlp: Language, gazetteer: Gazetteer, text: str, start: int, end: int, misread_only: bool, iso3: str | None
) -> None:
    assert span_country(nlp(text)[start:end], gazetteer, misread_only=misread_only) == iso3
