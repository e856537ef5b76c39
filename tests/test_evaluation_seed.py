"""The seed checklist: what the canonical article's events must be (items passed and failed, background and
boilerplate caught, coding and doers read)."""

from __future__ import annotations

from datetime import date

import pytest
from test_evaluate import event, mention, rows_by_metric

from kronika.evaluation.seed import check_seed
from kronika.model import Actor, Event, EventMention, Place

SEED_EVENTS = [
    event(mention("RETREAT", text="The premier resigned on Tuesday.", day=date(2020, 10, 6))),
    event(
        mention(
            "PROTEST",
            text="Crowds gathered in the capital.",
            day=date(2020, 10, 5),
            place=Place("Bishkek", "KGZ", "Bishkek", 42.87, 74.59, "city"),
        )
    ),
    event(mention("PROTEST", text="An old uprising.", day=date(2010, 4, 7)), historical=True),
]


@pytest.mark.parametrize(
    ("check", "passed"),
    [
        ("RETREAT (resign) on 2020-10-06", 1.0),
        ("PROTEST in Bishkek on 2020-10-05", 1.0),
        ("MOBILIZE by Russia", 0.0),
        ("event in Naryn region", 0.0),
        ("background (before 2020-09) is historical", 1.0),
        ("no evidence in boilerplate", 1.0),
    ],
)
def test_seed_checklist_passes_and_fails_by_item(check: str, passed: float) -> None:
    assert rows_by_metric(check_seed(SEED_EVENTS))[check] == passed


BACKGROUND = "background (before 2020-09) is historical"


BOILERPLATE = "no evidence in boilerplate"


@pytest.mark.parametrize(
    ("bad", "check"),
    [
        # dated long ago, yet presented as current
        (event(mention("PROTEST", text="A past rally.", day=date(2019, 1, 1))), BACKGROUND),
        (event(mention("REQUEST", text="Read more")), BOILERPLATE),
        (event(mention("REQUEST", text="Please support us with a donation today.")), BOILERPLATE),
    ],
)
def test_seed_checklist_catches_background_and_boilerplate(bad: Event, check: str) -> None:
    assert rows_by_metric(check_seed(SEED_EVENTS))[check] == 1.0
    assert rows_by_metric(check_seed([*SEED_EVENTS, bad]))[check] == 0.0


NARYN = Place("Naryn", "KGZ", "Naryn", 41.43, 75.99, "admin1")


GANG = Actor("Criminal gang", "a gang", "KGZ", "CRM")


STORMED = "Crowds seized the ministry building at dawn."


COUNCIL = "Six parties set up a coordination council."


ELECTED = "Japarov was elected premier by lawmakers."


CRITICISM = "The new bloc met, criticizing the presidency for the vote."


PARTIES = Actor("Political parties", "six parties", "KGZ", "PTY")


COUNCIL_BODY = Actor("Coordination council", "the council", None, None)


@pytest.mark.parametrize(
    ("good", "bad", "check"),
    [
        (
            mention("COERCE", ("Riots", "Violent demonstration"), text=STORMED),
            mention("COERCE", ("Strategic developments", "Other"), text=STORMED),
            "seizure of buildings typed Violent demonstration",
        ),
        (
            mention("COOPERATE", (None, None), text=COUNCIL),
            mention("COOPERATE", ("Strategic developments", "Change to group/activity"), text=COUNCIL),
            "coordination council not ACLED-coded",
        ),
        (
            mention("COERCE", place=NARYN, actors=(GANG,), text="Our mine was looted by a gang, they said."),
            mention("COERCE", place=NARYN, actors=(GANG,), text="Our mine was looted, they said."),
            "Naryn mine event has no borrowed doer",
        ),
        (
            mention("CONSULT", (None, None), actors=(Actor("Parliament", "", "KGZ", "LEG"),), text=ELECTED),
            mention("CONSULT", (None, None), actors=(), text=ELECTED),
            "parliament elects Japarov",
        ),
        (
            mention("MOBILIZE", (None, None), actors=(Actor("Military", "Russian troops", "RUS", "MIL"),)),
            mention("MOBILIZE", (None, None), actors=(Actor("Military", "troops", "KGZ", "MIL"),)),
            "MOBILIZE by the Russian military",
        ),
        (
            mention("ACCUSE", (None, None), actors=(PARTIES,), text=CRITICISM),
            mention("ACCUSE", (None, None), actors=(COUNCIL_BODY,), text=CRITICISM),
            "parties' criticism of the presidency",
        ),
    ],
)
def test_seed_checklist_reads_coding_and_doers(good: EventMention, bad: EventMention, check: str) -> None:
    assert rows_by_metric(check_seed([event(good)]))[check] == 1.0
    assert rows_by_metric(check_seed([event(bad)]))[check] == 0.0
