"""Event dates narrowed or chosen from context: a period's day, page stamps, the incident's day over an
arrest's, a hearing's or a later death's."""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest
from dating import resolve
from spacy.language import Language

from kronika.dates.clock import find_clock_time
from kronika.dates.expressions import find_expressions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        (
            "A girl was accidentally shot last week.\n\nAt 7 p.m. on Friday, Oct. 2, deputies answered "
            "a call about a girl with a gunshot wound.",
            "shot",
            "2020-10-02",
            "day",
        ),
        ("A woman was killed last year.\n\nIt was Nov. 1, soon after 9 p.m.", "killed", "2019-11-01", "day"),
        (
            "A clerk was wounded last week.\n\nPolice arrested a suspect on Friday and charged him Saturday.",
            "wounded",
            "2020-09-28",
            "week",
        ),
        ("A man was shot last week.\n\nA vigil will be held on Oct. 9.", "shot", "2020-09-28", "week"),
        # a month stands at its middle day, but narrows to any day inside it, before the 15th too
        ("A guard was shot last month.\n\nIt happened on Sept. 3 at the depot.", "shot", "2020-09-03", "day"),
        ("A guard was shot last month.\n\nA march will be held on Oct. 9.", "shot", "2020-09-15", "month"),
    ],
)
def test_a_period_narrows_to_the_day_the_article_gives_inside_it(
    nlp: Language, text: str, trigger: str, expected: str, precision: str
) -> None:
    result = resolve(nlp, text, trigger)
    assert (result.value, result.precision) == (date.fromisoformat(expected), precision)


@pytest.mark.parametrize(
    ("published", "expected", "precision"),
    [
        ("2020-10-08", "2020-09-28", "week"),  # a Thursday: the weekend just gone
        ("2020-10-04", "2020-09-28", "week"),  # a Sunday: this weekend, Saturday or Sunday
        ("2020-10-03", "2020-10-03", "day"),  # a Saturday: the only day of the weekend gone by
    ],
)
def test_the_weekend_is_the_one_just_gone(published: str, expected: str, precision: str) -> None:
    (found,) = find_expressions("Two men were shot over the weekend.", 0)
    resolved = found.resolver(date.fromisoformat(published))
    assert resolved is not None
    assert (resolved.value, resolved.precision) == (date.fromisoformat(expected), precision)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Store robbery Posted: Thursday, March 12, 2015 3:10 PM EST", []),
        ("(Published Sunday, June 21, 2015) Ten people were hurt Saturday night.", ["Saturday night"]),
        ("The family had been missing since May and their car since January.", []),
        ("The family was last seen in January.", ["in January."]),
        ("SPRINGFIELD, Ill. (March 3, 2019) — A man was shot Saturday night.", ["Saturday night"]),
        ("LIMA, Ohio (Jan. 9, 2018)- Two men were wounded.", []),
        ("The trial (set for March 3, 2019) was delayed.", ["March 3, 2019"]),
        ("Boy, 4, hurt in a shooting on Elm Street — Ann Lee (@annlee_tv) March 3, 2019", []),
        ("Police are at the scene pic.twitter.com/x1Y2 — KXYZ News (@KXYZ) Oct. 4, 2020", []),
        ("Ann Lee (@annlee_tv) said a man was shot on March 2, 2019.", ["March 2, 2019"]),
        ("A man was shot Sunday. Related Articles March 4, 2019 Two hurt in a crash", ["Sunday"]),
        ("Related stories: Oct. 2, 2020 A bar fight", []),
    ],
)
def test_page_stamps_dateline_dates_and_since_dates_date_no_event(text: str, expected: list[str]) -> None:
    assert [e.text for e in find_expressions(text, 0)] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the post's day is the nearest known where nothing else dates the shooting
        (
            "Boy, 4, shot on Elm Street — Ann Lee (@annlee_tv) October 3, 2020\n\nHe is stable.",
            "shot",
            "2020-10-03",
        ),
        (
            "A woman was wounded near the depot.\n\nShots fired at the depot — KXYZ (@KXYZ) October 4, 2020",
            "wounded",
            "2020-10-04",
        ),
        (
            "A man was wounded on Elm Street.\n\nWe are live at the scene — KXYZ (@KXYZ) October 4, 2020",
            "wounded",
            "2020-10-04",
        ),
        # a day the story gives outranks the post's
        (
            "A man was shot on Saturday night.\n\nMan shot on Elm St — Ann Lee (@annlee_tv) October 5, 2020",
            "shot",
            "2020-10-03",
        ),
    ],
)
def test_a_posts_day_dates_an_incident_nothing_else_dates(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    assert resolve(nlp, text, trigger, plover="ASSAULT").value == date.fromisoformat(expected)


def test_the_time_of_a_page_stamp_is_no_time_of_day() -> None:
    assert find_clock_time("Store robbery Posted: Thursday, March 12, 2015 3:10 PM EST", 0) is None
    found = find_clock_time("Posted: Jan. 7. A man was shot at 9 p.m. on a bus.", 0)
    assert found is not None and found.text == "9 p.m."


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "said"),
    [
        (
            "A girl wounded outside a bakery has died, her family said Monday.\n\n"
            "She died Saturday, two days after she was shot on the corner.",
            "wounded",
            "2020-10-01",
            "less 'two days after'",
        ),
        (
            "A clerk injured in a hold-up is dead.\n\nHe died Monday, four days after he was stabbed.",
            "injured",
            "2020-10-01",
            "less 'four days after'",
        ),
    ],
)
def test_a_borrowed_death_day_is_dated_back_to_the_harm(
    nlp: Language, text: str, trigger: str, expected: str, said: str
) -> None:
    result = resolve(nlp, text, trigger)
    assert result.value == date.fromisoformat(expected)
    assert said in result.reason


def test_an_incident_does_not_take_the_day_of_another_incident_in_its_sentence(nlp: Language) -> None:
    text = "Gunfire wounds two at the home of a boy who was killed last year."
    assert resolve(nlp, text, "wounds").value is None


def test_a_killing_told_through_its_report_takes_the_day_before_the_report(nlp: Language) -> None:
    text = (
        "Police on Tuesday identified three people found dead in a home.\n\n"
        "Officers were called to the home at 4 p.m. Monday."
    )
    assert resolve(nlp, text, "identified", plover="ASSAULT").value == date(2020, 10, 5)


def test_a_time_of_day_falls_on_the_day_its_own_sentence_names(nlp: Language) -> None:
    """'reported Sunday afternoon that a victim arrived around 1:30 p.m.': the day told with the time, not
    the day of publication."""
    text = (
        "Police say a teen was accidentally shot by her friend.\n\n"
        "A TV station reported Sunday afternoon that a gunshot victim arrived at a hospital around 1:30 p.m."
        "\n\nCharges are pending."
    )
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value == date(2020, 10, 4)


def test_a_time_of_gunshots_heard_dates_an_article_naming_no_day_to_its_publication(nlp: Language) -> None:
    """'heard gunshots about 5:35 a.m.' tells the incident as it happened: the report's own day."""
    text = (
        "Three men were shot to death at an apartment complex, officials said.\n\n"
        '"There is no danger to the community," the captain told reporters Monday.\n\n'
        "A resident called 911 about 5:35 a.m. after hearing eight gunshots in the building."
    )
    result = resolve(nlp, text, "shot", plover="ASSAULT")
    assert result.value == date(2020, 10, 6)
    assert "a time of day with no day named" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        "A teen was found shot once officers arrived at 12:08 a.m. Sunday for a call, the chief said.",
        "Officers were called at 9 p.m. on Friday to the bus depot.",
    ],
)
def test_a_day_named_after_a_clock_time_stays_in_its_sentence(nlp: Language, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_the_day_a_victim_was_found_shot_dates_the_shooting(nlp: Language) -> None:
    text = (
        "The family said the shooting was an accident.\n\n"
        "A girl was found shot in the arm once officers arrived at 12:08 a.m. Sunday for a call.\n\n"
        "A woman was killed Saturday in a crash nearby."
    )
    assert resolve(nlp, text, "shooting").value == date(2020, 10, 4)


# The rules that choose an incident's day from its article, each with the articles (text, trigger, the day
# it is dated to; published Tuesday 2020-10-06) that show it.
INCIDENT_DAYS: Final[dict[str, list[tuple[str, str, str]]]] = {
    "the day of an arrest or hearing is not the incident's": [
        (
            "Police arrested a man Thursday in the shooting of a clerk.\n\n"
            "The clerk was shot on Sept. 20 outside a store.",
            "shooting",
            "2020-09-20",
        ),
        (
            "A driver was charged with murder over the killing of a clerk.\n\n"
            "The man, who is accused of shooting the clerk, was held for court Wednesday.\n\n"
            "The clerk was struck in the chest Sept. 25 outside the store.",
            "charged",
            "2020-09-25",
        ),
    ],
    "an incident borrowing an arrest's or a statement's day takes the day written out for it before": [
        (
            "Police arrested a man Monday for the killing of a cook.\n\n"
            "The cook was shot outside a diner about 9 p.m. Aug. 14, police said.\n\n"
            "Witnesses said the gunman fired four times.",
            "fired",
            "2020-08-14",
        ),
        (
            "Lab results released Friday show the gunman who killed four people had been drinking.\n\n"
            "The shootings happened on the night of July 30 at a farm.\n\n"
            "Investigators said the victims were shot with a rifle.",
            "shot",
            "2020-07-30",
        ),
        # a day only reckoned from the report ('last seen Saturday night') may be before the incident
        (
            "Police said Sunday a woman was found dead.\n\nShe was last seen Saturday night.\n\n"
            "She had been shot in the head.",
            "shot",
            "2020-10-04",
        ),
        # a day written out more than a year before the arrest is another, older incident's
        (
            "Police arrested a man Monday for the killing of a cook.\n\n"
            "The cook's brother was shot on May 2, 2018.\n\n"
            "Witnesses said the gunman fired four times.",
            "fired",
            "2020-10-05",
        ),
    ],
    "an incident dated only by its report takes an earlier day the article gives": [
        (
            "A man was charged Monday with shooting a clerk.\n\n"
            "Officers answered a call at the store just before 9 p.m. Saturday and found her in the aisle.",
            "shooting",
            "2020-10-03",
        ),
        (
            "Police on Tuesday identified three people killed in a home.\n\n"
            "Detectives said two men were arrested on Sept. 30.\n\nA neighbour called police on Monday.",
            "killed",
            "2020-10-05",
        ),
        # a day after the report is no incident's, and a day more than a month before it is another story
        (
            "A man was charged Monday with shooting a clerk.\n\nHe will appear in court on Thursday.",
            "shooting",
            "2020-10-05",
        ),
        (
            "A man was charged Monday with shooting a clerk.\n\nHe had been fined on July 3 for speeding.",
            "shooting",
            "2020-10-05",
        ),
        # a day that names another thing ("Saturday's parade") is no incident's
        (
            "A man was charged Monday with shooting a clerk.\n\nThe shop closed for Saturday's parade.",
            "shooting",
            "2020-10-05",
        ),
    ],
    "an incident reported to the police is dated by the call": [
        (
            "Neighbours held a vigil on Monday for a teenager.\n\nThe boy was shot in the chest, police said."
            "\n\nThe incident was reported around midnight Thursday.",
            "shot",
            "2020-10-01",
        ),
        (
            "Friends gathered Monday at a church in Elm Grove.\n\nA woman was wounded outside a bar.\n\n"
            "A deputy said the shooting was reported close to 4 p.m. Saturday.",
            "wounded",
            "2020-10-03",
        ),
    ],
    "the day of the harm outranks the day of a later death": [
        (
            "A boy who was hurt by a pellet died on Thursday.\n\nOfficials said a pellet gun wounded him.\n\n"
            "The boy was struck by the pellet on Sept. 27 near a park.",
            "wounded",
            "2020-09-27",
        ),
        (
            "A boy who was hurt by a pellet died on Thursday.\n\nOfficials said a pellet gun wounded him.",
            "wounded",
            "2020-10-01",
        ),
    ],
    "an act about an incident takes the incident's day when nothing else dates it": [
        ("Detectives are investigating after a boy was shot overnight.", "investigating", "2020-10-06"),
        ("Officers are looking for a man after a clerk was stabbed Sunday.", "looking", "2020-10-04"),
    ],
    "the harm and its nouns date the incident": [
        # the injuries are the harm: the day they were sustained outranks the day of the death
        (
            "A mother wounded in a shooting has died.\n\n"
            "She died Monday of injuries she sustained on Oct. 1, officials said.",
            "wounded",
            "2020-10-01",
        ),
        # a charge or a court date in the lead gives way to the day the lead gives the death itself
        (
            "Two men charged in the death of a girl found on Sept. 29 appeared in court Monday night.\n\n"
            "The girl was shot, police said.",
            "shot",
            "2020-09-29",
        ),
    ],
    "a weekday is the day of that weekday the article stated before, or wrote with its name": [
        # published Tuesday 2020-10-06: the latest Saturday is Oct. 3, but the story's Saturday is Sept. 12
        (
            "A man was charged in the Sept. 12 death of a clerk.\n\nThe clerk was shot Saturday in a store.",
            "shot",
            "2020-09-12",
        ),
        # a stated day of another weekday, or of the latest such weekday, leaves the weekday as it is
        (
            "A man was charged in the Sept. 11 death of a clerk.\n\nThe clerk was shot Saturday in a store.",
            "shot",
            "2020-10-03",
        ),
        (
            "A man was charged in the Sept. 26 death of a clerk.\n\nThe clerk was shot Saturday in a store.",
            "shot",
            "2020-09-26",
        ),
        ("A vigil is set for Oct. 3.\n\nThe clerk was shot Saturday in a store.", "shot", "2020-10-03"),
        # unless it is written with that weekday's name: the article says which Saturday it means
        (
            "A girl was shot Saturday night in a drive-by.\n\n"
            "Officers said it took place around 11 p.m. Saturday, Sept. 12, in front of her house.",
            "shot",
            "2020-09-12",
        ),
        # a full date told after the weekday is another story's, and an arrest's weekday is recent
        ("The clerk was shot Saturday in a store.\n\nA guard was shot on Sept. 12.", "shot", "2020-10-03"),
        (
            "The Sept. 12 shooting of a clerk is solved.\n\nPolice arrested a man Saturday.",
            "arrested",
            "2020-10-03",
        ),
    ],
    "a state still holding at the report is the report's day, not the incident's": [
        (
            "A girl remained in critical condition Monday after she was shot in the back.\n\n"
            "Her father said she was playing in the yard on Saturday when a bullet struck her.",
            "shot",
            "2020-10-03",
        ),
        (
            "A gunman who wounded a clerk remained at large Monday.\n\n"
            "The clerk was shot Saturday night behind the counter.",
            "wounded",
            "2020-10-03",
        ),
        (
            "A boy remained hospitalized Sunday after his father fired at a dog, striking the boy.\n\n"
            "Officers were called to the house at 7 p.m. Saturday.",
            "striking",
            "2020-10-03",
        ),
        # with no other day in the article, the report's day is the nearest known
        ("A girl remained in critical condition Monday after she was shot in the leg.", "shot", "2020-10-05"),
    ],
    "the day of a statement gives way to the incident's own": [
        (
            "A farmer shot his neighbour in a barn, the sheriff announced Monday.\n\n"
            "The shooting happened Friday night.",
            "shot",
            "2020-10-02",
        ),
        ("A farmer shot his neighbour in a barn, the sheriff said Monday.", "shot", "2020-10-05"),
        ("The sheriff said a farmer was shot Saturday, police said Monday.", "shot", "2020-10-03"),
    ],
    "a period narrows to the day of the harm before the day of a death": [
        (
            "A boy shot last week has died.\n\nHis family said he died Friday in hospital.\n\n"
            "Police said he suffered a gunshot wound on Sept. 28 near a bank.",
            "shot",
            "2020-09-28",
        ),
        (
            "A boy shot last week has died.\n\nHe died on Friday in hospital.\n\n"
            "He was riding in a car on Sept. 29 when a bullet wounded him.",
            "shot",
            "2020-09-29",
        ),
        ("A boy shot last week has died.\n\nHis family said he died Friday at home.", "shot", "2020-10-02"),
    ],
    "the day a victim suffered the harm dates the incident": [
        (
            "A woman was wounded outside a bar, police said Monday.\n\nThe bar had opened on Friday.\n\n"
            "She suffered a gunshot wound Saturday night.",
            "wounded",
            "2020-10-03",
        ),
    ],
    "the police's response to an incident dates it": [
        (
            "A man was arrested Monday in the shooting of his friend, police said.\n\n"
            "A party began Saturday evening at the apartment.\n\n"
            "Deputies were called to the apartment at 1:11 a.m. Sunday.",
            "shooting",
            "2020-10-04",
        ),
        (
            "A youth is in custody over the death of a teen, officers say.\n\n"
            "Police and paramedics responded to a medical call on Oak Drive at about 6 p.m. Sept. 28.\n\n"
            "Officers said they arrested the boy in connection with the teen's death Oct. 2.",
            "death",
            "2020-09-28",
        ),
    ],
    "a scene a 'when' clause interrupts with the shots is the incident's time": [
        (
            "A boy was wounded on the South Side, police said.\n\n"
            "At 5:45 p.m. Sunday, the boy was outside a home when a car drove up and someone fired shots.\n\n"
            "On Monday, a girl was shot two blocks away.",
            "wounded",
            "2020-10-04",
        ),
    ],
    "a gun going off ('a revolver discharged') is the incident's own word": [
        (
            "A child was fatally shot as he handled a pistol.\n\n"
            "The sheriff said Monday that the child and his cousin were in a barn on Thursday when a "
            "revolver discharged.",
            "shot",
            "2020-10-01",
        ),
    ],
    "a rampage, an ambush or a massacre is the incident's own word": [
        (
            "The sheriff said on Monday that detectives were still looking for a motive.\n\n"
            "A gunman rampaged through a shopping center in Eastfield on Friday.\n\n"
            "Three people were killed.",
            "killed",
            "2020-10-02",
        ),
        (
            "Officials said on Monday that the convoy had been warned.\n\n"
            "Gunmen ambushed two trucks on a hill road late Saturday.\n\n"
            "Both drivers were wounded.",
            "wounded",
            "2020-10-03",
        ),
    ],
    "a day on an act dates the harm its participle tells ('stormed ... on Sunday, killing')": [
        (
            "Gunmen stormed a hill village on Sunday, killing nine people, officials said on Monday.\n\n"
            "The attackers came shortly before dawn and fired on the houses.\n\n"
            "Two of the wounded died in hospital on Monday.",
            "fired",
            "2020-10-04",
        ),
    ],
    "an event told 'N days after' another is dated back": [
        ("A cook died Thursday in hospital, three days after he was shot at his cafe.", "shot", "2020-09-28"),
        ("A cook died Thursday in hospital, three days after he was shot at his cafe.", "died", "2020-10-01"),
        ("A clerk died on Oct. 4, two days after she was wounded in a robbery.", "wounded", "2020-10-02"),
    ],
}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        pytest.param(*case, id=f"{rule} {n}")
        for rule, cases in INCIDENT_DAYS.items()
        for n, case in enumerate(cases, 1)
    ],
)
def test_the_incident_takes_the_day_its_context_gives(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    """Every rule of INCIDENT_DAYS holds on each of its articles."""
    assert resolve(nlp, text, trigger).value == date.fromisoformat(expected)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        pytest.param(
            "Teenager wounded in drive-by shooting\n\nA 16-year-old was shot outside a store, police said.",
            "shot",
            id="a-shooting-told-with-no-day",
        ),
        pytest.param("Two men shot on Elm Street", "shot", id="a-headline-alone"),
    ],
)
def test_an_incident_in_an_article_naming_no_day_stays_unknown(
    nlp: Language, text: str, trigger: str
) -> None:
    """No publication day is assumed: the date stays null and the reason says why."""
    result = resolve(nlp, text, trigger, plover="ASSAULT")
    assert result.value is None
    assert result.reason.startswith("unknown")


def test_as_reported_on_frames_the_incident_with_the_day_the_news_came(nlp: Language) -> None:
    text = (
        "As reported on 2 October, a body was found in a field near the river. "
        "The man was reported missing on 28 September."
    )
    assert resolve(nlp, text, "body", plover="ASSAULT").value == date(2020, 10, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence telling the incident gives a day before the sketch's release: the incident's day
        (
            "Police released a sketch Tuesday of the man they are looking for.\n\n"
            "He shot a clerk during a robbery at a store. Officers were sent to the store on Saturday and "
            "found the clerk with a gunshot wound.",
            "2020-10-03",
        ),
        # a day before the release in a sentence telling no incident ('not seen since'): the release's day
        (
            "Police released a sketch Tuesday of the man they are looking for.\n\n"
            "He shot a clerk during a robbery at a store. His family had not seen him since Saturday.",
            "2020-10-06",
        ),
    ],
)
def test_an_incident_borrowing_a_later_acts_day_takes_a_day_before_it_that_tells_the_incident(
    nlp: Language, text: str, expected: str
) -> None:
    found = resolve(nlp, text, "shot", plover="ASSAULT")
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        # no day of the weekend given: its Sunday (published on a Tuesday)
        ("A hunter was wounded over the weekend near Millbrook.", "wounded", "2020-10-04", "day"),
        ("Police said a teen was shot last weekend at a party.", "shot", "2020-10-04", "day"),
        # a holiday or long weekend is still the weekend just gone
        ("A girl accidentally shot herself over the holiday weekend.", "shot", "2020-10-04", "day"),
        ("Two men were wounded during the long weekend.", "wounded", "2020-10-04", "day"),
        # a day the article gives inside it still names the day
        (
            "A hunter was wounded over the weekend.\n\nDeputies found him on Saturday near the creek.",
            "wounded",
            "2020-10-03",
            "day",
        ),
        # a weekend opens on Friday night, so a Friday names a day of it
        (
            "A hunter was wounded over the weekend.\n\nThe shooting happened late Friday near the creek.",
            "wounded",
            "2020-10-02",
            "day",
        ),
        # a weekday before Friday is no day of the weekend: it never narrows it
        (
            "A hunter was wounded over the weekend.\n\nIt happened about 8 p.m. Monday near the creek.",
            "wounded",
            "2020-10-04",
            "day",
        ),
        # a week that is no weekend keeps its week
        ("A clerk was wounded last week in Ashford.", "wounded", "2020-09-28", "week"),
    ],
)
def test_an_undated_weekend_is_its_sunday(
    nlp: Language, text: str, trigger: str, expected: str, precision: str
) -> None:
    result = resolve(nlp, text, trigger)
    assert (result.value, result.precision) == (date.fromisoformat(expected), precision)
    if precision == "day" and not any(day in text for day in ("Saturday", "Friday")):
        assert result.reason.endswith("the weekend's Sunday")


URGED = (
    "The council in Tarn voted on Wednesday to close the old mill.\n\n"
    "The union called the vote a betrayal and urged its members to join a march on Saturday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(URGED, "2020-09-30", id="urging-to-join-a-march"),
        pytest.param(
            "The union urged its members on Saturday to join a march in Tarn.",
            "2020-10-03",
            id="a-day-on-the-urging-itself",
        ),
    ],
)
def test_a_request_is_not_dated_by_the_act_it_asks_for(nlp: Language, text: str, expected: str) -> None:
    """'Urged them to join a march on Saturday': Saturday is the march's day, not the urging's."""
    assert resolve(nlp, text, "urged", plover="REQUEST").value == date.fromisoformat(expected)


def test_the_yardstick_of_a_superlative_dates_nothing_after_it(nlp: Language) -> None:
    """'The largest since the fall of the junta in 2001': 2001 dates the fall compared with, not the
    governor's accusation told after it."""
    text = (
        "Tens of thousands marched in Tarn on Saturday. The march, the largest since the fall of the junta "
        "in 2001, ended peacefully. The governor has accused his rivals of paying the marchers."
    )
    result = resolve(nlp, text, "accused", plover="ACCUSE")
    assert result.value == date(2020, 10, 3)


def test_an_act_borrowing_the_leads_day_takes_its_main_acts_not_a_clause_on_a_noun(nlp: Language) -> None:
    """'Freed 40 pupils abducted two weeks ago, the governor said on Sunday': a release told after it took
    place on Sunday, not on the day of the abduction a clause on the pupils dates."""
    text = (
        "Gunmen freed 40 pupils abducted two weeks ago from a school in Tarn, the governor said on Sunday."
        "\n\nThe pupils were released near Vella and handed over to the army."
    )
    assert resolve(nlp, text, "released", plover="RETREAT").value == date(2020, 10, 4)
