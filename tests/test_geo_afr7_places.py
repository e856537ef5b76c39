"""Specs for notes that name only a unit or seat the lists lack or spell otherwise: a Kenyan constituency
called by its county or town and a bearing is read in Kenya under its county, at its seat town; a South
Sudanese county seat is read as notes spell it, under its state."""

from __future__ import annotations

import pytest
from builders import first_event_place

from kronika.pipeline import Pipeline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the county's own name and a bearing, where no town of the county's name reads the unit
        ("Bandits stole goats from a homestead in Baringo North.", "Baringo"),
        ("Youths threw stones at a police post in Baringo Central.", "Baringo"),
        ("Herders ambushed two police reservists at Kasiela, Baringo South.", "Baringo"),
        # 'Central' after a town's name, which spaCy reads as no place
        ("Hawkers fought with county officers in Bomet Central.", "Bomet"),
        ("A mob beat a suspected thief to death in Kitui Central.", "Kitui"),
        # a town and a bearing, where the town is a quarter of a bigger city
        ("Police shot a suspected robber dead in Embakasi Central.", "Nairobi"),
        ("Residents blocked the highway in Gatundu South over a land dispute.", "Kiambu"),
    ],
)
def test_a_kenyan_constituency_named_by_its_county_and_a_bearing_is_read_in_that_county(
    pipeline: Pipeline, text: str, region: str
) -> None:
    country, admin1, _ = first_event_place(pipeline, text)
    assert (country, admin1) == ("KEN", region)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the constituency is at its own seat, not at the county's
        ("Militiamen raided a camp of herders in Wajir North.", "Wajir North"),
        ("Raiders shot a trader in Mandera South.", "Mandera South"),
    ],
)
def test_a_kenyan_constituency_named_by_a_bearing_is_at_its_own_seat(
    pipeline: Pipeline, text: str, town: str
) -> None:
    assert first_event_place(pipeline, text)[2] == town


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # another spelling of a listed county seat, named alone
        ("Government troops shelled Nassir overnight.", ("Upper Nile", "Nasir")),
        ("Cattle raiders killed four herders in Parieng county.", ("Unity", "Pariang")),
        ("Soldiers looted shops in Kajokeji on Sunday.", ("Central Equatoria", "Kajo Keji")),
        # a county seat the lists lack, named alone
        ("Soldiers and armed youths exchanged fire in Chukudum.", ("Eastern Equatoria", "Chukudum")),
        ("Unknown gunmen ambushed a lorry near Mvolo.", ("Western Equatoria", "Mvolo")),
        ("Herders clashed with farmers at Mingkaman.", ("Lakes", "Mingkaman")),
    ],
)
def test_a_south_sudanese_county_seat_is_read_as_notes_spell_it(
    pipeline: Pipeline, text: str, place: tuple[str, str]
) -> None:
    country, admin1, name = first_event_place(pipeline, text)
    assert (country, admin1, name) == ("SSD", *place)
