"""Specs for where the tables put villages and junctions of front lines and road blockades: a village
our front table holds outranks a small listed namesake in the same front region, and coders' spellings
of Lebanese junctions, Syrian front towns, Azerbaijani border villages and other towns conflict notes
name are read where the lists lack them."""

from __future__ import annotations

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.gazetteer import Gazetteer
from kronika.geo.dateline import find_dateline
from kronika.geo.focus import focus_country
from kronika.geo.fronts import front_of, front_place, load_fronts
from kronika.geo.nearby import distance_km
from kronika.model import Article, ArticleContext, Place
from kronika.places import locate

NEAR_KM = 25.0


def _on_front(gazetteer: Gazetteer, text: str) -> Place | None:
    """The place a 2020 report from the Donbas front gives, where the sentence alone places nothing."""
    return front_place(None, text, text, front_of(text, "UKR", 2020, load_fronts()), gazetteer)


def _near(place: Place | None, lat: float, lon: float) -> bool:
    """Whether a place lies within 25 km of a point."""
    if place is None or place.lat is None or place.lon is None:
        return False
    return distance_km(place.lat, place.lon, lat, lon) <= NEAR_KM


@pytest.mark.parametrize(
    ("village", "region", "lat", "lon"),
    [
        pytest.param("Vodiane", "Donetsk", 47.15, 37.79, id="coast-village-no-list-holds"),
        pytest.param("Zaporozhets", "Donetsk", 47.37, 37.97, id="village-east-of-mariupol"),
        pytest.param("Shakhta Gagarina", "Donetsk", 48.34, 37.94, id="mine-settlement-by-horlivka"),
        pytest.param("Lozove", "Donetsk", 48.38, 38.23, id="village-by-svitlodarsk"),
        pytest.param("Katerynivka", "Luhansk", 48.67, 38.48, id="listed-namesake-far-from-the-line"),
        pytest.param("Novozvanivka", "Luhansk", 48.58, 38.36, id="village-by-popasna"),
        pytest.param("Bogdanovka", "Donetsk", 47.63, 37.76, id="russian-spelling"),
    ],
)
def test_a_front_report_names_the_village_on_the_line(
    gazetteer: Gazetteer, village: str, region: str, lat: float, lon: float
) -> None:
    place = _on_front(gazetteer, f"The OSCE SMM recorded seven explosions near {village}.")
    assert place is not None and place.admin1 == region
    assert _near(place, lat, lon)


def test_a_front_village_written_before_its_region_is_the_one_on_the_line(gazetteer: Gazetteer) -> None:
    text = "Armed formations fired mortars at positions near Novooleksandrivka, Luhansk, the OSCE SMM said."
    place = _on_front(gazetteer, text)
    assert place is not None and place.admin1 == "Luhansk"
    assert _near(place, 48.62, 38.43)


def _place(nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str) -> Place | None:
    """The place the places stage gives a sentence read as a note of its own, in the country it tells."""
    doc = nlp(sentence)
    focus = focus_country(doc, gazetteer)
    dateline = find_dateline(sentence, gazetteer)
    ctx = ArticleContext(Article("t", sentence), focus_country=focus, dateline=dateline)
    return locate(doc, made_up_detection(sentence, trigger, "ATTACK", text=sentence), ctx, gazetteer)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "admin1", "lat", "lon"),
    [
        pytest.param(
            "Drivers angry at fuel prices blocked the Saddnayel road with tyres.",
            "blocked",
            "Bekaa",
            33.83,
            35.88,
            id="lebanese-junction-spelled-with-two-d",
        ),
        pytest.param(
            "Protesters blocked the coastal highway near Ansriyeh with burning bins.",
            "blocked",
            "South",
            33.41,
            35.28,
            id="lebanese-village-on-the-coast-road",
        ),
        pytest.param(
            "Activists gathered outside the court in Tyr demanding the release of a student.",
            "gathered",
            "South",
            33.27,
            35.19,
            id="french-spelling-of-tyre",
        ),
        pytest.param(
            "Turkish-backed factions shelled Abu Rasin in the Al-Hasakeh countryside.",
            "shelled",
            "Al-Hasakeh",
            36.85,
            40.33,
            id="syrian-front-town-the-lists-lack",
        ),
        pytest.param(
            "Gunmen robbed a shop in the town of Jandairis in Aleppo.",
            "robbed",
            "Aleppo",
            36.39,
            36.69,
            id="coders-spelling-of-a-listed-syrian-town",
        ),
        pytest.param(
            "Guards detained two women in Hole camp in al-Hasakeh.",
            "detained",
            "Al-Hasakeh",
            36.38,
            41.14,
            id="camp-named-as-coders-spell-it",
        ),
        pytest.param(
            "Shopkeepers held a sit-in in Badah town (Larkana, Sindh) over power cuts.",
            "held",
            "Sindh",
            27.33,
            68.02,
            id="sindh-town-the-lists-lack",
        ),
        pytest.param(
            "Militants attacked an army post near Bariire village (Afgooye, Lower Shabelle).",
            "attacked",
            "Lower Shabelle",
            2.05,
            44.90,
            id="shabelle-front-village",
        ),
        pytest.param(
            "Traders rioted in Kasumbalesa (Sakania, Haut-Katanga) over border checks.",
            "rioted",
            "Haut-Katanga",
            -12.20,
            27.80,
            id="congolese-border-town",
        ),
        pytest.param(
            "Armenian forces fired on Azerbaijani positions at Qiyamaddinli, Aghjabadi.",
            "fired",
            "Aghjabadi",
            39.97,
            47.11,
            id="azerbaijani-border-village",
        ),
    ],
)
def test_coders_junctions_and_border_villages_are_placed(
    nlp: Language, gazetteer: Gazetteer, sentence: str, trigger: str, admin1: str, lat: float, lon: float
) -> None:
    place = _place(nlp, gazetteer, sentence, trigger)
    assert place is not None and place.admin1 == admin1
    assert _near(place, lat, lon)


def test_a_border_village_leaves_its_region_governed_from_its_own_town(gazetteer: Gazetteer) -> None:
    region = gazetteer.lookup("Gadabay", kind="admin1", country="AZE")[0].to_place()
    seat = gazetteer.seat(region)
    assert seat is not None and seat.name == "Gadabay"
