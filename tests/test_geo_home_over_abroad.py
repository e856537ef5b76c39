"""Specs for a town read abroad giving way to the place of the note's own country its sentence names."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.gazetteer import Gazetteer, GeoEntry
from kronika.geo.home_over_abroad import home_over_abroad
from kronika.geo.mentions import PlaceMention
from kronika.model import Article
from kronika.pipeline import Pipeline


def _mention(name: str, kind: str, country: str, admin1: str, score: float, start: int = 0) -> PlaceMention:
    """A mention of a made-up place."""
    entry = GeoEntry(name, kind, country, admin1, 10.0, 20.0, 5_000)  # type: ignore[arg-type]
    return PlaceMention(start, start + len(name), name, entry, score)


_ABROAD = _mention("Kerman", "city", "IRN", "Kerman", 2.0)
_ABROAD_IND = _mention("Ludhiana", "city", "IND", "Punjab", 2.0)
_REGION = _mention("West Darfur", "admin1", "SDN", "West Darfur", 1.0, 30)
_TOWN = _mention("Kulbus", "city", "SDN", "West Darfur", 1.5, 20)
_ABROAD_REGION = _mention("Fars", "admin1", "IRN", "Fars", 1.0, 50)
_PUNJAB = _mention("Punjab", "admin1", "PAK", "Punjab", 1.0, 30)
_COUNTRY = _mention("Sudan", "country", "SDN", "Khartoum", 3.0, 40)


@pytest.mark.parametrize(
    ("place", "mentions", "focus", "expected"),
    [
        (_ABROAD, [_ABROAD, _REGION], "SDN", _REGION),  # the note's region, not the town abroad
        (_ABROAD, [_ABROAD, _TOWN], "SDN", _ABROAD),  # a town at home may be the focus read wrong
        (_ABROAD, [_ABROAD, _TOWN, _REGION], "SDN", _REGION),
        (_ABROAD, [_ABROAD, _COUNTRY], "SDN", _ABROAD),  # a country is no place at home
        (_ABROAD, [_ABROAD], "SDN", _ABROAD),  # nothing at home named
        (_ABROAD, [_ABROAD, _REGION], None, _ABROAD),  # no country known
        (_ABROAD, [_ABROAD, _REGION], "USA", _ABROAD),  # American local news is left alone
        (_TOWN, [_TOWN, _REGION], "SDN", _TOWN),  # a town at home stays
        (_REGION, [_REGION, _TOWN], "IRN", _REGION),  # a region stays
        (_ABROAD, [_ABROAD, _ABROAD_REGION, _REGION], "SDN", _ABROAD),  # its own region bears the town out
        (_ABROAD_IND, [_ABROAD_IND, _PUNJAB], "PAK", _ABROAD_IND),  # a region name both countries have
    ],
)
def test_a_town_abroad_gives_way_to_the_home_place_its_sentence_names(
    gazetteer: Gazetteer,
    place: PlaceMention,
    mentions: list[PlaceMention],
    focus: str | None,
    expected: PlaceMention,
) -> None:
    assert (
        home_over_abroad(place.entry.to_place(), "", mentions, focus, gazetteer) == expected.entry.to_place()
    )


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # Fasa is listed only as Iran's Fasā; the sentence names the Sudanese region it lies in
        ("Armed herders shot dead a farmer at Fasa area north of Kass in Central Darfur on Friday.", "SDN",
         "Central Darfur"),
    ],
)  # fmt: skip
def test_a_note_names_its_region_beside_a_name_listed_only_abroad(
    pipeline: Pipeline, text: str, country: str, admin1: str
) -> None:
    mentions = pipeline.mentions(Article("t", text, published=date(2019, 9, 10)))
    place = max(mentions, key=lambda m: m.confidence).location
    assert place is not None and (place.country, place.admin1) == (country, admin1)
