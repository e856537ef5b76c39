"""Specs for what an actor is as a doer: violence, street events, front lines, claims and implied doers."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.actors import ActorLexicon
from kronika.actors.conflicts import front_line_sides, index_sides, parse_sides
from kronika.actors.lexicon import key_of
from kronika.actors.roles import as_doer, implied_doer
from kronika.model import Actor, Article, EventMention, EventType
from kronika.pipeline import Pipeline

PROTEST = EventType("PROTEST", "demonstrate", "Protests", "Peaceful protest")
INTERVENTION = EventType("PROTEST", "demonstrate", "Protests", "Protest with intervention")
EXCESSIVE_FORCE = EventType("PROTEST", "demonstrate", "Protests", "Excessive force against protesters")
RIOT = EventType("PROTEST", "riot", "Riots", "Violent demonstration")
CLASH = EventType("ASSAULT", "firearms", "Battles", "Armed clash")
ATTACK = EventType("ASSAULT", "firearms", "Violence against civilians", "Attack")
SHELLING = EventType("ASSAULT", "shelling", "Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = EventType("ASSAULT", "explosive", "Explosions/Remote violence", "Remote explosive/landmine/IED")
AIR_STRIKE = EventType("ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike")
SEIZURE = EventType("COERCE", "seize", "Strategic developments", "Disrupted weapons use")
MEETING = EventType("CONSULT", "meeting", None, None)


@pytest.mark.parametrize(
    ("sector", "event", "expected"),
    [
        ("CVL", ATTACK, "UAF"),  # "men opened fire on a car": an unidentified armed group
        (None, IED, "UAF"),  # a group the lexicon does not know planted a bomb
        ("CVL", CLASH, "UAF"),
        ("CRM", ATTACK, "CRM"),  # a gang stays a gang
        ("MIL", SHELLING, "MIL"),
        ("CVL", RIOT, "CVL"),  # a mob is not an armed group
        ("CVL", PROTEST, "CVL"),
        ("CVL", MEETING, "CVL"),
    ],
)
def test_unaffiliated_doers_of_violence_are_armed_groups(
    sector: str | None, event: EventType, expected: str
) -> None:
    """Whoever commits political violence without an affiliation acts as an armed group."""
    assert as_doer(Actor("X", "x", None, sector), event).sector == expected


@pytest.mark.parametrize(
    ("sector", "event", "staff", "expected"),
    [
        ("GOV", PROTEST, True, "LAB"),  # "local government staff demonstrated over unpaid salaries"
        ("MIL", PROTEST, True, "LAB"),  # "retired soldiers rallied for their pensions"
        ("GOV", PROTEST, False, "GOV"),  # the body itself keeps its sector
        ("COP", INTERVENTION, True, "COP"),  # forces breaking up a protest are not demonstrators
        ("GOV", RIOT, True, "CVL"),  # rioting workers are rioters
    ],
)
def test_a_state_bodys_staff_demonstrate_as_workers(
    sector: str, event: EventType, staff: bool, expected: str
) -> None:
    """Employees or retired members of a state body who demonstrate act as workers, not as the state."""
    assert as_doer(Actor("X", "x", None, sector), event, staff=staff).sector == expected


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (CLASH, ("Unidentified armed group", "UAF")),
        (IED, ("Unidentified armed group", "UAF")),
        (SHELLING, ("Unidentified armed group", "UAF")),
        (PROTEST, ("Demonstrators", "CVL")),
        (EXCESSIVE_FORCE, ("Demonstrators", "CVL")),  # "troops fired on a march": the marchers' event
        (AIR_STRIKE, ("Unidentified military forces", "MIL")),  # "warplanes bombed the market"
        (SEIZURE, ("State forces", "MIL")),  # "a cache of rifles was seized near the border"
        (MEETING, None),
    ],
)
def test_events_imply_their_doer(event: EventType, expected: tuple[str, str] | None) -> None:
    """An unattributed clash or bomb was the work of someone unidentified; a meeting implies nobody."""
    actor = implied_doer(event, "MEX")
    assert (None if actor is None else (actor.name, actor.sector)) == expected
    assert actor is None or actor.text == ""


@pytest.mark.parametrize(("event", "country"), [(CLASH, "MEX"), (PROTEST, "MEX"), (AIR_STRIKE, None)])
def test_an_implied_air_force_has_no_country(event: EventType, country: str | None) -> None:
    """An unnamed air force may be a foreign one: only the doers of ground events are placed."""
    actor = implied_doer(event, "MEX")
    assert actor is not None and actor.country == country


SIDES = [
    "# a comment",
    "",
    "UKR\t2014\t2021\tMilitary\tUKR\tMIL",
    "UKR\t2014\t2021\tDonbas separatists\tUKR\tREB",
    "UKR\t2022\t\tMilitary\tUKR\tMIL",
    "UKR\t2022\t\tMilitary\tRUS\tMIL",
]


@pytest.mark.parametrize(
    ("country", "year", "expected"),
    [
        ("UKR", 2020, [("UKR", "MIL"), ("UKR", "REB")]),
        ("UKR", 2023, [("UKR", "MIL"), ("RUS", "MIL")]),
        ("UKR", 2010, []),
        ("FRA", 2020, []),
        (None, 2020, []),
        ("UKR", None, []),
    ],
)
def test_front_line_sides_by_country_and_year(
    country: str | None, year: int | None, expected: list[tuple[str, str]]
) -> None:
    """The sides fighting along a front line depend on where and when."""
    sides = front_line_sides(index_sides(parse_sides(SIDES)), country, year)
    assert [(s.country, s.sector) for s in sides] == expected
    assert all(s.text == "" for s in sides)


def test_shipped_lexicon_has_front_lines_and_houthi_state_forces() -> None:
    """The shipped data knows the Donbas front line and codes Houthi forces as Yemen's state forces."""
    lexicon = ActorLexicon.load()
    assert front_line_sides(lexicon.conflicts, "UKR", 2020)
    houthis = lexicon.entry(key_of("Houthis"))
    assert houthis is not None and houthis.sector == "MIL"


@pytest.mark.parametrize(
    ("country", "year", "expected"),
    [
        ("ETH", 2021, {("Military", "MIL"), ("TPLF", "PTY")}),  # the war in Tigray
        ("ETH", 2024, set()),  # over by the end of 2022
        ("SSD", 2015, {("Military", "MIL"), ("SPLM-IO", "REB")}),
        ("SSD", 2020, set()),  # the 2018 peace deal
        ("MMR", 2023, {("Military", "MIL"), ("People's Defence Force", "UAF")}),
        ("MMR", 2019, set()),  # before the coup
        ("SOM", 2025, set()),  # clan militias fight there as often as the state does
    ],
)
def test_shipped_front_lines(country: str, year: int, expected: set[tuple[str, str]]) -> None:
    """The shipped table knows the civil wars whose unattributed clashes one of two sides fought."""
    sides = front_line_sides(ActorLexicon.load().conflicts, country, year)
    assert {(s.name, s.sector) for s in sides} == expected


def _best(pipeline: Pipeline, text: str) -> EventMention:
    """The most confident mention of a one-off article published in mid-2020."""
    mentions = pipeline.mentions(Article("t", text, published=date(2020, 6, 1)))
    return max(mentions, key=lambda m: m.confidence)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nobody named on a front line: both of its sides
        (
            "On 3 June 2020, the OSCE SMM recorded 12 explosions involving unknown weapons near Avdiivka.",
            {"MIL", "REB"},
        ),
        # a battle's sides, named around a clause that names no doer
        (
            "On 2 June 2020, nine Taliban fighters were killed when Afghan soldiers repelled their assault.",
            {"REB", "MIL"},
        ),
        ("The army exchanged fire with Maoist rebels in the forest on Sunday.", {"MIL", "REB"}),
        # only the side that was hit is named: the other side is an unidentified armed group
        (
            "On 4 June 2020, an officer of the National Defense Forces was found shot dead near Deir ez-Zor.",
            {"MIL", "UAF"},
        ),
        # a claim of responsibility names the bomber
        (
            "A roadside bomb went off near the market on Monday. "
            "Al Shabaab claimed responsibility for the blast.",
            {"REB"},
        ),
        # a group's name hyphened to "planted" before the weapon names the bomber
        (
            "On 3 June 2020, two policemen were wounded by a Taliban-planted landmine near Ghazni.",
            {"REB"},
        ),
        ("On 2 June 2020, gunmen shot dead a shopkeeper in Culiacan.", {"UAF"}),
        ("On 5 June 2020, Islamist militants burned down huts in a village near Mocimboa.", {"UAF"}),
        ("On 5 June 2020, Houthi forces shelled a market in Taizz.", {"MIL"}),
        ("On 2 June 2020, two men on a motorbike shot a teacher in Juarez.", {"UAF"}),
        # a headline's capitalised group word, which the parser takes for a person's name
        ("Border Guards attack a village near the town.", {"COP"}),
        # a hedged doer the parser reads as the object of a main verb "presumed"
        (
            "On 2 March 2019, presumed ISGS militants killed a village chief and his brother near a market.",
            {"REB"},
        ),
        ("Police suspected the gang killed the trader in the town.", {"CRM"}),  # a real main verb
    ],
)
def test_doers_of_violence(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    """Battles have two sides, claims name their doer, and unaffiliated attackers are armed groups."""
    assert {a.sector for a in _best(pipeline, text).actors} == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "A Chilean minister offered concessions last week that negotiators believed could lead "
            "to an agreement on fishing rights.",
            "CHL",
        ),
        (
            "Brazilian authorities said on Friday that lifting the embargo on the region was out of "
            "the question.",
            "BRA",
        ),
    ],
)
def test_the_main_clauses_subject_is_the_source_of_an_event_below_it(
    pipeline: Pipeline, text: str, country: str
) -> None:
    """An event in a clause that names nobody was spoken, offered or ordered by the main verb's subject."""
    assert country in {a.country for a in _best(pipeline, text).actors}


@pytest.mark.slow
def test_a_weapon_before_an_attack_is_no_doer(pipeline: Pipeline) -> None:
    """ "An IED attack" names the weapon; nobody named, the bomber is unidentified."""
    best = _best(pipeline, "On 4 June 2020, three soldiers were killed in an IED attack near the base.")
    assert "IED" not in [a.name for a in best.actors]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 6 June 2020, police dispersed a sit-in held outside the prison by relatives of inmates.",
        "On 6 June 2020, police used tear gas to disperse a sit-in outside parliament.",
        "On 6 June 2020, a sit-in was held outside the governor's office.",
        "On 6 June 2020, soldiers fired live rounds on protesters in the town, killing two.",
    ],
)
def test_a_street_event_always_has_its_crowd(pipeline: Pipeline, text: str) -> None:
    """Where only the police who broke it up (or nobody) are named, the demonstrators still took part."""
    assert "CVL" in {a.sector for a in _best(pipeline, text).actors}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later sentence blames the attack on a group, says a group was behind it or suspected of its deed
        (
            "Two bombs went off at a bus stop in Pattani. Authorities blamed the attacks on insurgents.",
            {"REB"},
        ),
        (
            "A mine blast killed two porters near Sadda. The TTP is suspected to be behind the attack.",
            {"REB"},
        ),
        (
            "Three bombs were detonated in a market in Yala. Rebels were believed to have planted the bombs.",
            {"REB"},
        ),
        ("Two men were hurt in an explosion caused by suspected separatists in Sibi.", {"REB"}),
        # the gunmen the clause names are the blamed group's men
        ("Gunmen shot dead a teacher in Narathiwat. Police believe insurgents were responsible.", {"REB"}),
        # responsible for something else than the attack: nobody is blamed
        ("A bomb went off near the bank in Quetta. Police were responsible for security there.", {"UAF"}),
    ],
)
def test_the_group_an_attack_is_blamed_on_did_it(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    """Coders name the group a report blames, suspects or says was behind an attack as its doer."""
    assert {a.sector for a in _best(pipeline, text).actors} == expected
