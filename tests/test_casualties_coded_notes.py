"""Spec: the toll a coder's note codes is the whole note's, whatever incident a sentence opens; the coded
total outranks this event's share; casualties and vague counts coded as a figure; a range gives its lowest."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties import parse_count

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "the coded figure after a 'Meanwhile' or an 'Also' is the note's",
            (
                "On 6 June 2024, tanks shelled houses in Beit Lahia (North Gaza, Gaza Strip). Meanwhile, "
                "drones struck a car in the same area, killing an unknown number of people. Fatalities coded "
                "as 10.",
                10,
            ),
            (
                "On 6 June 2024, warplanes struck targets in Khan Younis (Khan Younis, Gaza Strip). Also, 5 "
                "people were killed by a strike on a tent in the same area. Total fatalities coded as 5.",
                5,
            ),
        ),
        *rule(
            "a coded total outranks the share coded to this event",
            (
                "On 6 June 2024, fighters clashed with troops in Jabalya. [The army said 90 fighters were "
                "killed this week, split across 6 events, with 15 fatalities coded to this event.] Total "
                "fatalities coded as 17 (2 soldiers, 15 fighters).",
                17,
            ),
        ),
        *rule(
            "casualties, or fatalities reported or assessed, coded as a figure",
            (
                "On 6 June 2024, a drone struck a gathering of militants near Jilib (Jilib, Middle Juba). "
                "Casualties were reported. Unspecified casualties coded as 3.",
                3,
            ),
            (
                "On 6 June 2024, militias attacked a police post near Dessie (South Wello, Amhara). "
                "Unspecified fatalities were reported and coded as 3.",
                3,
            ),
            (
                "On 6 June 2024, soldiers repelled an ambush near Kaya and killed a number of militants. "
                "Unknown fatalities assessed as low and coded as 3.",
                3,
            ),
        ),
        *rule(
            "a vague toll and the figure coded for it in brackets",
            (
                "On 6 June 2024, warplanes struck houses in Deir al Balah, leaving dozens of fatalities "
                "[coded as 12].",
                12,
            ),
            (
                "Raiders attacked herders near Abyei over two days, leaving an unknown number dead (coded as "
                "3).",
                3,
            ),
        ),
        *rule(
            "a toll split across events is shared out, the figure coded beside the split being each share",
            (
                "On 6 June 2024, fighters ambushed a convoy near Gangaw. They said at least 12 soldiers were "
                "killed in two attacks. Fatalities split across two events, coded as 6.",
                6,
            ),
        ),
    ],
)
def test_the_toll_a_note_codes(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note, note[:20]).fatalities == fatalities


@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "a range of the dead gives its lowest figure",
            ("On 6 June 2024, gunmen attacked a market in Djibo and killed between 12 and 30 traders.", 12),
            ("Gunmen fired on a bus near Gao, killing between 3 to 5 passengers.", 3),
            ("Herders and farmers fought near Wau. Between 6 to 9 people were killed in the fighting.", 6),
            ("Clan militias clashed near Garbaharey. 15-20 people killed.", 15),
        ),
        *rule(
            "a count opening a note's sentence after a place in brackets",
            (
                "On 6 June 2024, troops clashed with Al Shabaab near Bulo Burto (Bulo Burto, Hiraan). 17 Al "
                "Shabaab fighters were killed in the fighting.",
                17,
            ),
        ),
    ],
)
def test_the_dead_a_note_counts(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note, note[:20]).fatalities == fatalities


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("between 25 and 54 people", 25),
        ("30-35 people", 30),
        ("2 to 4 fighters", 2),
        ("1,200 to 1,500", 1200),
    ],
)
def test_a_ranged_count_is_its_lowest(phrase: str, count: int) -> None:
    assert parse_count(phrase) == count
