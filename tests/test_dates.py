"""Event dates: time words resolved against publication or the previous event, and what counts as history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import rule
from dating import PREVIOUS, PUBLISHED, article_context, detection_at, resolve
from spacy.language import Language

from kronika.dates import is_historical, resolve_date
from kronika.dates.clock import find_clock_time
from kronika.dates.expressions import find_expressions
from kronika.model import EventDate

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        ("The minister quit Tuesday after the board annulled Sunday's vote.", "quit", "2020-10-06", "day"),
        ("The minister quit Tuesday after the board annulled Sunday's vote.", "vote", "2020-10-04", "day"),
        ("Crowds stormed the offices on a violent Monday night in the city.", "stormed", "2020-10-05", "day"),
        ("A judge on Tuesday overturned the mayor's sentence.", "overturned", "2020-10-06", "day"),
        ("Rebels attacked the base on Friday evening.", "attacked", "2020-10-02", "day"),
        ("Police arrested ten people yesterday.", "arrested", "2020-10-05", "day"),
        ("Workers are striking today at the port.", "striking", "2020-10-06", "day"),
        ("Gunfire was heard last night near the border.", "heard", "2020-10-05", "day"),
        ("Two men were shot overnight in the harbour district.", "shot", "2020-10-06", "day"),
        ("Two men were shot over night in the harbour district.", "shot", "2020-10-06", "day"),
        ("Students rallied last week in the square.", "rallied", "2020-09-28", "week"),
        # the report's own month, before its middle: the middle of the days gone by, never a day to come
        ("Farmers blocked roads earlier this month.", "blocked", "2020-10-03", "month"),
        ("Farmers blocked roads in October 2020.", "blocked", "2020-10-03", "month"),
        ("Farmers blocked roads in October.", "blocked", "2020-10-03", "month"),
        ("Nurses walked out last month over pay.", "walked", "2020-09-15", "month"),
        ("Miners struck in March over unpaid wages.", "struck", "2020-03-15", "month"),
        ("Miners struck in November over unpaid wages.", "struck", "2019-11-15", "month"),
        ("The party was founded in 2016.", "founded", "2016-01-01", "year"),
        ("Troops shelled the town on Oct. 3.", "shelled", "2020-10-03", "day"),
        ("Troops shelled the town on 3 October 2020.", "shelled", "2020-10-03", "day"),
        ("Troops shelled the town on October 3rd.", "shelled", "2020-10-03", "day"),
        ("Troops shelled the town on 2020-10-03.", "shelled", "2020-10-03", "day"),
        ("Troops shelled the town on 10/03/2020.", "shelled", "2020-10-03", "day"),
        ("On 9 May 2020, nurses protested outside a clinic in Tunis.", "protested", "2020-05-09", "day"),
        ("Two days ago, rioters burned a police car.", "burned", "2020-10-04", "day"),
    ],
)
def test_expressions_resolve_against_publication(
    nlp: Language, text: str, trigger: str, expected: str, precision: str
) -> None:
    result = resolve(nlp, text, trigger)
    assert (result.value, result.precision) == (date.fromisoformat(expected), precision)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "The governor was replaced by a man whom crowds freed from prison the day before.",
            "freed",
            "2020-10-05",
        ),
        ("On the same day, a gang seized a copper mine in the north.", "seized", "2020-10-06"),
        ("The rally turned violent later after clashes with police.", "turned", "2020-10-06"),
        ("Some marchers then moved to the security service building.", "moved", "2020-10-06"),
        ("The next day, the army deployed to the capital.", "deployed", "2020-10-07"),
    ],
)
def test_anaphoric_words_follow_the_previous_event(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    result = resolve(nlp, text, trigger, PREVIOUS)
    assert (result.value, result.precision) == (date.fromisoformat(expected), "day")


@pytest.mark.parametrize(
    ("text", "trigger", "previous"),
    [
        (
            "The governor was replaced by a man whom crowds freed from prison the day before.",
            "replaced",
            PREVIOUS,
        ),
        ("Protesters seized the town hall.", "seized", PREVIOUS),
        ("On the same day, a gang seized a copper mine.", "seized", None),
    ],
)
def test_undated_events_stay_unknown(
    nlp: Language, text: str, trigger: str, previous: EventDate | None
) -> None:
    result = resolve(nlp, text, trigger, previous)
    assert result.value is None and result.precision is None
    assert result.reason.startswith("unknown")


@pytest.mark.parametrize(
    ("text", "trigger", "historical"),
    [
        ("A court freed the activist from the term he began serving in 2017.", "serving", True),
        ("Unrest after revolts in 2003 and 2012 let gangs raid the mines.", "revolts", True),
        ("The senator lost after his rival won 2016's presidential election.", "won", True),
        ("The two leaders were once close allies.", "close", True),
        ("Opposition supporters had flooded the streets Monday to demand a recount.", "flooded", False),
        ("The minister quit Tuesday.", "quit", False),
        ("Protesters seized the town hall.", "seized", False),
        ("The mayor had earlier banned the march.", "banned", True),
        ("Earlier in the evening, rioters torched two cars.", "torched", False),
        ("Earlier on Monday, police detained the organisers.", "detained", False),
    ],
)
def test_is_historical(nlp: Language, text: str, trigger: str, historical: bool) -> None:
    doc = nlp(text)
    detection = detection_at(doc, trigger)
    event_date = resolve_date(doc, detection, article_context(text), None)
    assert is_historical(event_date, detection, doc, PUBLISHED) is historical


@pytest.mark.shared
@pytest.mark.parametrize(
    ("sentence_with", "trigger", "expected"),
    [
        ("resigned Tuesday", "resigned", "2020-10-06"),
        ("Sunday's parliament", "elections", "2020-10-04"),
        ("tumultuous Monday", "seizing", "2020-10-05"),
        ("released from jail the day", "released", "2020-10-05"),
        ("reversed", "reversed", "2020-10-06"),
        ("had poured", "poured", "2020-10-05"),
    ],
)
def test_seed_dates(
    nlp: Language, shared_data: Path, sentence_with: str, trigger: str, expected: str
) -> None:
    text = (shared_data / "moscowtimes_2020-10-06.txt").read_text(encoding="utf-8")
    assert resolve(nlp, text, trigger, PREVIOUS, sentence_with=sentence_with).value == date.fromisoformat(
        expected
    )


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "source"),
    [
        (
            "Gunmen opened fire on a bus late Monday night outside the town. Two passengers were wounded.",
            "wounded",
            "2020-10-05",
            "an earlier sentence of its paragraph",
        ),
        (
            "A shop owner was attacked on Sunday evening.\n\nThe injured owner was taken to a clinic.",
            "taken",
            "2020-10-04",
            "the article's lead sentence",
        ),
        (
            "Residents are shaken.\n\nThe blockade began on Friday.\n\nThe blockade left a clerk hurt.",
            "blockade left",
            "2020-10-02",
            "another sentence about the same 'blockade'",
        ),
        (
            "A teenager was hurt in a car park.\n\nOfficers say it happened around 9 p.m. Saturday.",
            "hurt",
            "2020-10-03",
            "the article's first sentence dating the incident",
        ),
        (
            "A cyclist was hurt.\n\nThe mayor spoke on Monday.\n\nShots were fired on Friday.",
            "hurt",
            "2020-10-02",
            "the article's first sentence dating the incident",
        ),
        (
            "A cyclist was hurt near the bridge.\n\nThe mayor spoke about safety on Monday.",
            "hurt",
            "2020-10-05",
            "the article's first dated sentence",
        ),
        # the date borrowed is the one dating the incident, not the day of its report or of an arrest
        (
            "Police on Monday named a clerk killed in a robbery Saturday night.\n\nA gunman fired twice.",
            "fired",
            "2020-10-03",
            "the article's lead sentence",
        ),
        (
            "A driver was wounded on the ring road.\n\nDeputies arrested a suspect in the shooting on "
            "Monday.\n\nThe driver had been shot on Saturday near an exit.",
            "wounded",
            "2020-10-03",
            "the nearest sentence dating the incident",
        ),
    ],
)
def test_an_undated_sentence_inherits_its_incident_date(
    nlp: Language, text: str, trigger: str, expected: str, source: str
) -> None:
    result = resolve(nlp, text, trigger.split()[0], sentence_with=trigger)
    assert result.value == date.fromisoformat(expected)
    assert result.reason.endswith(source)


@pytest.mark.parametrize(
    "text",
    [
        "The rally turned violent later.\n\nProtesters seized the town hall.",
        "Protesters seized the town hall. Police watched.",
    ],
)
def test_no_date_is_borrowed_from_anaphora_or_from_nowhere(nlp: Language, text: str) -> None:
    result = resolve(nlp, text, "seized")
    assert result.value is None and result.reason.startswith("unknown")


def test_a_clause_on_the_event_noun_dates_the_event(nlp: Language) -> None:
    result = resolve(
        nlp, "Police are investigating a shooting that injured two teenagers Saturday night.", "shooting"
    )
    assert result.value == date(2020, 10, 3)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "On 4 October 2020, crowds rallied after the previous day a clinic closed.",
            "rallied",
            "2020-10-04",
        ),
        ("Police arrested a man (DOB: 03/14/1990) on Sunday.", "arrested", "2020-10-04"),
        ("It was the first killing reported in the valley since 2012.", "killing", None),
        ("The clinic opened on 09/01/94 in the old mill.", "opened", "1994-09-01"),
        ("Troops entered the town on 10/03/20 at dawn.", "entered", "2020-10-03"),
    ],
)
def test_birth_dates_periods_and_dangling_anaphora_do_not_date_events(
    nlp: Language, text: str, trigger: str, expected: str | None
) -> None:
    result = resolve(nlp, text, trigger)
    assert result.value == (date.fromisoformat(expected) if expected else None)


DAYS = [
    *rule(
        "holidays date the events they name",
        ("A cabbie was shot on Christmas Eve near the depot.", "shot", "2019-12-24"),
        ("Two men were wounded on Thanksgiving Day outside a bar.", "wounded", "2019-11-28"),
        ("A boy was shot Easter morning in his yard.", "shot", "2020-04-12"),
        (
            "The coroner on Monday named the girl shot dead in her home on Easter morning.",
            "shot",
            "2020-04-12",
        ),
        ("A guard was wounded on Christmas night at the depot.", "wounded", "2019-12-25"),
        ("Gunfire broke out downtown on New Year's Eve.", "broke", "2019-12-31"),
        ("Police said the store was robbed on the Fourth of July.", "robbed", "2020-07-04"),
        ("A guard was shot at a block party on Father's Day.", "shot", "2020-06-21"),
        # a typographic apostrophe is the same possessive
        ("Gunfire broke out downtown on New Year’s Eve.", "broke", "2019-12-31"),
        ("A guard was shot at a block party on Mother’s Day.", "shot", "2020-05-10"),
        ("A cook was stabbed on Labor Day in the market.", "stabbed", "2020-09-07"),
        # the federal holidays that fall on a Monday of their month, and Veterans Day
        ("A teen was shot on Martin Luther King Jr. Day near a mall.", "shot", "2020-01-20"),
        ("A teen was shot on MLK Day near a mall.", "shot", "2020-01-20"),
        ("A clerk was robbed on Presidents' Day at a gas station.", "robbed", "2020-02-17"),
        ("A veteran was wounded on Veterans Day in a parking lot.", "wounded", "2019-11-11"),
    ),
    *rule(
        "a weekday set before its full date is that date",
        ("A guard was shot Sunday, Aug. 30, outside the depot.", "shot", "2020-08-30"),
        ("A cook was stabbed on Thursday, Sept. 3, 2020, in the market.", "stabbed", "2020-09-03"),
        (
            "Police said a clerk was wounded late Friday night, 4 September, at the store.",
            "wounded",
            "2020-09-04",
        ),
        # a weekday and a dated year that disagree are read apart: the weekday dates the verb it follows
        ("A driver was shot Saturday, Sept. 9, 2020, on the ring road.", "shot", "2020-10-03"),
    ),
    *rule(
        "a range of days is dated by its first day",
        ("Traders blocked the border road on 6-7 August in protest.", "blocked", "2020-08-06"),
        ("Riots broke out in Migori from 11 to 13 Aug, leaving five dead.", "Riots", "2020-08-11"),
        ("Clashes over 15-24 June left forty herders dead.", "Clashes", "2020-06-15"),
        ("From Jan 21 to Jan 27, 2020, villagers held a sit-in at the mill.", "held", "2020-01-21"),
        ("Between 20 May and 14 June 2015, detainees were beaten in Manokwari.", "beaten", "2015-05-20"),
        # a range running into the new year starts in the year before the one written after its end
        ("Between 28 December and 3 January 2021, rebels raided three villages.", "raided", "2020-12-28"),
        ("Gunfire was heard in Dire Dawa on November 10-14 as rioters clashed.", "heard", "2019-11-10"),
    ),
    *rule(
        "a stated day outranks its night its gloss and a later bound",
        # 'overnight' set beside a stated day is that day's night, not the night before the report
        ("On 14 May 2020, overnight, militants attacked a checkpoint in Afgooye.", "attacked", "2020-05-14"),
        ("On May 14, 2020 overnight, militants attacked a checkpoint in Afgooye.", "attacked", "2020-05-14"),
        # a date in brackets glosses the one before it ('the span it was narrowed from'): it dates nothing
        (
            "Around 18 June 2020 (between 15 - 21 June), soldiers seized two trucks near Oursi.",
            "seized",
            "2020-06-18",
        ),
        (
            "Around 3 August 2020 (between 3 - 4 August), gunmen seized ten carts near Sebba.",
            "seized",
            "2020-08-03",
        ),
        # a day fronted before the clause and closed by a comma frames the whole sentence
        (
            "Around 30 December 2020 (month of), the fighting across the region was ongoing from Nov 4 2020.",
            "was",
            "2020-12-30",
        ),
        ("On 2 May 2020, the siege of the town was ongoing from April 28 onwards.", "was", "2020-05-02"),
    ),
    *rule(
        "a day and month without a year fall nearest before publication",
        # a day and month with no year read in the order that falls nearest before publication (2020-10-06)
        ("Hundreds of residents protested on 20/09 in Mandera.", "protested", "2020-09-20"),
        ("Hundreds of residents protested on 03/10 in Mandera.", "protested", "2020-10-03"),
        ("A guard was shot on 10/5 outside the depot.", "shot", "2020-10-05"),
        ("Two bodies were found on the morning of 04/10 in Kamirithu.", "found", "2020-10-04"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DAYS)
def test_a_day_the_sentence_names_dates_its_event(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    found = resolve(nlp, text, trigger)
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")


@pytest.mark.parametrize(
    "text",
    [
        "Shops stayed open late before Christmas.",
        "Two men were shot over the Memorial Day weekend.",
        "A fight broke out at a Halloween party on the east side.",
        "Four were hurt at a street party to honor Father's Day.",
        "A guard was shot while neighbours were celebrating the Fourth of July.",
        "Shots were fired at a march held in honor of Memorial Day.",
        "Updated: Monday, October 5, 2020 6:00 PM",
        "Last updated on Sunday, Oct. 4, 2020.",
    ],
)
def test_holiday_seasons_and_page_stamps_are_not_event_days(text: str) -> None:
    assert [e.text for e in find_expressions(text, 0)] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Officers found a man shot in a parking lot around 2:15 a.m., police said.", "shot"),
        ("A woman was wounded in an early-morning shooting outside a bar.", "wounded"),
        ("A teenager was hurt near the depot.\n\nThe shooting happened at 9 p.m.", "hurt"),
    ],
)
def test_a_time_of_day_with_no_day_named_is_the_reports_day(nlp: Language, text: str, trigger: str) -> None:
    result = resolve(nlp, text, trigger)
    assert (result.value, result.precision) == (PUBLISHED, "day")
    assert "a time of day with no day named" in result.reason


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "A man was shot around 2 a.m.\n\nDetectives said the shooting happened Sunday.",
            "shot",
            "2020-10-04",
        ),
        ("A cook was hurt at 10 p.m. on Friday in the kitchen.", "hurt", "2020-10-02"),
    ],
)
def test_a_named_day_outranks_a_time_of_day(nlp: Language, text: str, trigger: str, expected: str) -> None:
    assert resolve(nlp, text, trigger).value == date.fromisoformat(expected)


@pytest.mark.parametrize(
    "text", ["The budget passed 5 to 4.", "He was born at 12 Main Street.", "Sixty pm2.5 readings were high."]
)
def test_numbers_that_are_no_time_of_day(text: str) -> None:
    assert find_clock_time(text, 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were killed at a farmhouse in June of 2015.", ["June of 2015"]),
        ("Deputies from the San Jan County Sheriff's Office responded.", []),
        ("The father, Sam Ortiz (04/12/91), was not at home.", []),
        ("The shop was robbed on 09/02/2020 (a Wednesday).", ["09/02/2020", "Wednesday"]),
        ("Prices rose in Sept. and fell in December last year.", ["in Sept.", "in December", "last year"]),
        ("His neighbour, April Hill, heard three shots.", []),
        ("June Baker and August Reyes moved there in August.", ["in August."]),
        ("The bar reopened in June, April Hill said.", ["in June"]),
        ("Around 18 June 2020 (between 15 - 21 June), troops searched Oursi.", ["18 June 2020"]),
        ("Around 9 May 2020 (week of), rebels held the pass.", ["9 May 2020"]),
        # after a weekday, the bracketed date is the day the weekday stands for, not a gloss: the date is
        # kept, and the weekday it glosses yields to it (`test_dates_glossed_weekday`)
        ("Police held two men on Wednesday (June 20) in Magura.", ["June 20"]),
        # a month or year a 'since' bounds dates no event, unless a 'when' clause tells what happened then
        ("The guard has been missing since March.", []),
        ("The port has been shut since March, when rebels took the docks.", ["March"]),
        ("The port has been shut since 2019, when rebels took the docks.", ["2019"]),
    ],
)
def test_months_years_and_birth_dates_in_brackets(text: str, expected: list[str]) -> None:
    assert [e.text for e in find_expressions(text, 0)] == expected


@pytest.mark.parametrize("text", ["Guards watch the gate 24/7.", "About 3/4 of the vote was counted."])
def test_fractions_and_round_the_clock_are_no_dates(text: str) -> None:
    assert find_expressions(text, 0) == []


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the parse hangs the day on a participle ('another man injured ... on Sunday night'): the sentence's
        # only date still dates the event
        (
            "A student was shot dead and another young man injured in an attack by gunmen in the town"
            " on Sunday night.",
            "shot",
            "2020-10-04",
        ),
        # a relative clause's day is its own act's, even alone
        ("Three men who were arrested on Monday attacked a guard.", "attacked", None),
    ],
)
def test_the_sentences_only_date_unless_a_relative_clause_holds_it(
    nlp: Language, text: str, trigger: str, expected: str | None
) -> None:
    found = resolve(nlp, text, trigger, plover="ASSAULT")
    assert found.value == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an evening time of day: the night the report tells began the day before it
        (
            "A man was shot overnight in the harbour district.\n\nIt happened at about 11:30 p.m.",
            "shot",
            "2020-10-05",
        ),
        (
            "A woman was wounded overnight.\n\nPolice were called just before midnight.",
            "wounded",
            "2020-10-05",
        ),
        ("Two men were shot overnight.\n\nThe first was hit at 9 p.m. near a bar.", "shot", "2020-10-05"),
        # a time after midnight, 'midnight' alone, or none at all: the report's own day
        (
            "A man was shot overnight in the harbour district.\n\nIt happened at about 2:15 a.m.",
            "shot",
            "2020-10-06",
        ),
        (
            "A woman was wounded overnight.\n\nPolice were called shortly after midnight.",
            "wounded",
            "2020-10-06",
        ),
        (
            "A man was shot overnight in the harbour district.\n\nHe is expected to recover.",
            "shot",
            "2020-10-06",
        ),
        # no time of day, but the evening before the report named: the night began then
        (
            "A man was shot overnight in the harbour district.\n\nFriends had met there Monday night.",
            "shot",
            "2020-10-05",
        ),
        ("A woman was wounded overnight.\n\nThe quarrel began late Monday.", "wounded", "2020-10-05"),
        # an evening of another day, or a time after midnight beside the named evening, changes nothing
        (
            "A man was shot overnight in the harbour district.\n\nFriends had met there Sunday night.",
            "shot",
            "2020-10-06",
        ),
        (
            "A man was shot overnight.\n\nFriends had met Monday night; shots came at 1:40 a.m.",
            "shot",
            "2020-10-06",
        ),
        # a page's stamp is no incident's time
        (
            "Updated: Oct 6, 2020 - 9:40 PM\n\nA man was shot overnight in the harbour district.",
            "shot",
            "2020-10-06",
        ),
        (
            "October 6, 2020 9:40 PM\n\nA man was shot overnight in the harbour district.",
            "shot",
            "2020-10-06",
        ),
    ],
)
def test_overnight_told_at_an_evening_hour_is_the_evening_before_the_report(
    nlp: Language, text: str, trigger: str, expected: str
) -> None:
    found = resolve(nlp, text, trigger, sentence_with=trigger, plover="ASSAULT")
    assert (found.value, found.precision) == (date.fromisoformat(expected), "day")
