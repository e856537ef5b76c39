"""Dates of shootings in local news: the article's own incident day over an older one of the same kind."""

from __future__ import annotations

from datetime import date

import pytest
from builders import rule
from dating import resolve
from spacy.language import Language

pytestmark = pytest.mark.slow

# Each case: the trigger, its PLOVER type, the article, and the day its incident is dated to (None: undated).
CASES = [
    *rule(
        "an older shooting of the same kind does not date the article's own",
        (
            "shooting",
            "ASSAULT",
            "Officers took a man into custody over a shooting at the Elm Street hall.\n\n"
            "He was arrested on Monday.\n\n"
            "More than twenty shots were fired on Aug. 30, and three people were wounded.\n\n"
            "He had pleaded guilty in 2015 to a charge over a shooting that happened on May 4, 2014.",
            "2020-08-30",
        ),
        (
            "shooting",
            "ASSAULT",
            "Detectives have charged a man over a shooting at the Elm Street hall.\n\n"
            "Twenty shots were fired on Aug. 29 and two teenagers were wounded.\n\n"
            "It was the second shooting at the hall. In 2012, a man was killed in a shooting there.",
            "2020-08-29",
        ),
        # where the article dates nothing else, the older day is still the one it gives
        (
            "shooting",
            "ASSAULT",
            "A man was sentenced to 20 years in prison for a shooting.\n\n"
            "The shooting happened on May 4, 2014, outside a bar.",
            "2014-05-04",
        ),
    ),
    *rule(
        "an investigation takes the day its own sentence gives the incident it is about",
        (
            "investigating",
            "ACCUSE",
            "Police said they were investigating a shooting that killed a man Sunday night near the park.\n\n"
            "The department said in a statement early Monday that officers had found a stolen car nearby.",
            "2020-10-04",
        ),
        (
            "investigating",
            "ACCUSE",
            "Detectives are looking into a crash on Friday.\n\n"
            "Deputies are investigating a shooting that wounded a woman on Saturday afternoon.",
            "2020-10-03",
        ),
    ),
    *rule(
        "a court day's act does not date the shooting its accused is charged with",
        (
            "killing",
            "ASSAULT",
            "ELMTON — A man accused of killing his wife and wounding her sister pleaded not guilty at the"
            " county courthouse Monday.\n\nPolice said the shooting happened on Sept. 14 outside.",
            "2020-09-14",
        ),
        (
            "wounding",
            "ASSAULT",
            "A teen accused of wounding three people was held without bail at a hearing on Monday.\n\n"
            "The shots were fired Saturday night near a park.",
            "2020-10-03",
        ),
        (
            "killing",
            "ASSAULT",
            "The woman accused of killing her neighbor was ordered Monday to stand trial.\n\n"
            "Police say she shot him on Aug. 30 in his driveway.",
            "2020-08-30",
        ),
    ),
    *rule(
        "a call to 911 dates the incident it reports",
        (
            "shot",
            "ASSAULT",
            "A man who shot his infant son last week has died.\n\n"
            "His wife called 911 just ahead of midnight on Thursday to say her husband shot the child.\n\n"
            "Elsewhere in the county, Saturday's crash on the interstate injured two drivers.",
            "2020-10-01",
        ),
        (
            "shooting",
            "ASSAULT",
            "A woman was killed in a shooting at a home on Elm Street.\n\n"
            "The county said Monday that dispatchers received a 911 call at 3:15 a.m. Saturday.",
            "2020-10-03",
        ),
    ),
    *rule(
        "shots a shootout and the slain date the incident",
        (
            "shooting",
            "ASSAULT",
            "On Friday, the club announced the lineup of its summer festival.\n\n"
            "The party itself went off without a hitch.\n\n"
            "But early Sunday, shots rang out in the parking lot.\n\n"
            "Nobody has been charged over the shooting yet.",
            "2020-10-04",
        ),
        (
            "shooting",
            "ASSAULT",
            "On Friday, the city council voted on its new budget.\n\n"
            "Police said the shootout with officers started on Saturday night near the river.\n\n"
            "Detectives are still looking for a second suspect in the shooting.",
            "2020-10-03",
        ),
        (
            "shooting",
            "ASSAULT",
            "On Friday, the mayor opened the new library.\n\n"
            "A young father was slain on Sunday night outside his home.\n\n"
            "Police have not named a suspect in the shooting.",
            "2020-10-04",
        ),
    ),
    *rule(
        "an arrest counted from the harm dates the harm back",
        (
            "killing",
            "ASSAULT",
            "A man was charged Monday with killing his neighbor and her son.\n\n"
            "He was arrested Saturday, a day after the two were found shot dead in their home.",
            "2020-10-02",
        ),
        (
            "slaying",
            "ASSAULT",
            "A woman was indicted Monday in the slaying of her husband.\n\n"
            "She was arrested on Sunday, two days after he was shot in their kitchen.",
            "2020-10-02",
        ),
    ),
    *rule(
        "victims found dead date the killing as victims found shot do",
        (
            "shot",
            "ASSAULT",
            "A couple and their son were found dead in their home on Sunday in a murder-suicide.\n\n"
            "Neighbors said the family kept to themselves.\n\n"
            "Police said the man shot his wife and son before turning the gun on himself.\n\n"
            "In an unrelated case, a man was shot on Sept. 12 outside a bar downtown.",
            "2020-10-04",
        ),
        (
            "shot",
            "ASSAULT",
            "Two brothers were found dead Saturday morning at a farm outside town.\n\n"
            "Deputies believe one shot the other during an argument.\n\n"
            "Last month, a hunter was wounded on Sept. 20 near the same farm.",
            "2020-10-03",
        ),
    ),
    *rule(
        "a day still to come lends no date to the shooting",
        (
            "shot",
            "ASSAULT",
            "A benefit dinner for the wounded boy will be held Thursday at the church hall.\n\n"
            "The boy was shot in the leg while playing in his yard.",
            None,
        ),
        (
            "shot",
            "ASSAULT",
            "Services for the teen are scheduled for Saturday at the chapel.\n\n"
            "He was shot while walking home from school, police said.",
            None,
        ),
    ),
    *rule(
        "a return or start told in the present tense is still ahead and dates no shooting",
        (
            "death",
            "ASSAULT",
            "A 14-year-old girl from Alder Creek has died of a gunshot wound. Deputies say the incident"
            " happened at her home around 4 p.m. Thursday.\n\n"
            "Her death was a tragic accident, deputies said.\n\n"
            "Counselors will be on hand when pupils and staff return to class on Monday.",
            "2020-10-01",
        ),
        (
            "shot",
            "ASSAULT",
            "Classes resume Tuesday at the academy.\n\nThe boy was shot while walking home, police said.",
            None,
        ),
        (
            "shot",
            "ASSAULT",
            "The suspect returns to court Wednesday.\n\nThe clerk was shot in the arm during a robbery.",
            None,
        ),
        # a return in the past tense is a day past, as any other act's
        (
            "shot",
            "ASSAULT",
            "The boy returned home from a camp Sunday.\n\nHe was shot in the leg in his yard.",
            "2020-10-04",
        ),
    ),
    *rule(
        "an incident dated no other way takes the day of a later act told of it",
        (
            "shot",
            "ASSAULT",
            "A teenager was accidentally shot in the chest at a home on Elm Street.\n\n"
            "His name had not been released as of 6 p.m. Monday, police said.",
            "2020-10-05",
        ),
        (
            "shot",
            "ASSAULT",
            "A woman was shot outside a corner store on Main Street.\n\n"
            "Police arrested a man on Sunday and charged him with assault.",
            "2020-10-04",
        ),
        # a later act's day is the last resort: a day the article gives the incident itself comes first
        (
            "shot",
            "ASSAULT",
            "A woman was shot outside a corner store on Main Street.\n\n"
            "Police arrested a man on Sunday.\n\n"
            "Officers said the shooting happened on Friday night.",
            "2020-10-02",
        ),
    ),
    *rule(
        "an incident with no recent later act stays undated",
        (
            "shot",
            "ASSAULT",
            "A teenager was accidentally shot in the chest at a home on Elm Street.\n\n"
            "His name has not been released.",
            None,
        ),
        # a later act a year back is another story's
        (
            "shot",
            "ASSAULT",
            "A teenager was accidentally shot in the chest at a home on Elm Street.\n\n"
            "His father was arrested on Sept. 4, 2019, in an unrelated case.",
            None,
        ),
    ),
    *rule(
        "the sentence's only day comes before a time of day another sentence gives with no day",
        (
            "hurt",
            "ASSAULT",
            "A woman was hurt in an accidental shooting at a gun range that deputies visited for an"
            " inspection last Friday.\n\n"
            "Deputy Lee's incident report of the same day at 7:40 p.m. on Oak Street was about a loud party.",
            "2020-10-02",
        ),
        # a day in a clause on someone before the trigger is that clause's own, not the sentence's date
        (
            "shot",
            "ASSAULT",
            "A man who was released from jail on Monday was shot in the leg outside a bar.\n\n"
            "The incident was reported at 11:40 p.m.",
            "2020-10-06",
        ),
    ),
    *rule(
        "a day closing the incident's phrase after a charge or an arrest dates the incident, not that act",
        (
            "shooting",
            "ASSAULT",
            "An Elmton man was charged Tuesday in the fatal shooting of his cousin Mark Reed around 2:10 a.m."
            " Monday, prosecutors announced.",
            "2020-10-05",
        ),
        (
            "shooting",
            "ASSAULT",
            "Two men were charged Tuesday in the shooting death of an Elmton woman Saturday night,"
            " police said.",
            "2020-10-03",
        ),
    ),
    *rule(
        "a charge's name is no incident: the day after it is the charge's",
        (
            "shooting",
            "ASSAULT",
            "A woman was charged with murder Tuesday after shooting her son at their home, police said.\n\n"
            "Just before 9 p.m. Monday, dispatchers received a call from the home.",
            "2020-10-05",
        ),
    ),
    *rule(
        "a 911 call released later does not date the incident",
        (
            "shooting",
            "ASSAULT",
            "Ohio officials released audio from four 911 calls on Monday, recorded minutes before deputies"
            " and a gunman traded deadly fire near Dayton.\n\n"
            "In one call, a neighbor says a man was out in the yard shooting at people.\n\n"
            "Deputies said the man killed two neighbors on Saturday night.",
            "2020-10-03",
        ),
    ),
    *rule(
        "a victim's condition on a later day does not date the incident",
        (
            "shooting",
            "ASSAULT",
            "Two deputies were out of critical condition Monday, while the man accused of shooting them was"
            " held in the county jail.\n\n"
            "The man had opened fire on the deputies outside a trailer on Saturday.",
            "2020-10-03",
        ),
        (
            "shooting",
            "ASSAULT",
            "A teenager was listed in stable condition Monday after a shooting near the river.\n\n"
            "Police said the boy was wounded while he walked home on Saturday night.",
            "2020-10-03",
        ),
    ),
    *rule(
        "a suspect's surrender does not date the incident he is accused of",
        (
            "fired",
            "ASSAULT",
            "Deputies have caught the man accused of killing a girl in a dispute over a parking space.\n\n"
            "The man turned himself in Monday night, deputies said.\n\n"
            "His cousin told deputies he was at the store Saturday with a revolver in his belt.\n\n"
            '"A single round was fired, and it struck the girl in the chest," a captain said.',
            "2020-10-03",
        ),
        (
            "fired",
            "ASSAULT",
            "A driver surrendered to troopers on Monday in the death of a cyclist.\n\n"
            "A neighbor said she heard gunfire by the trail on Saturday evening.\n\n"
            '"Two rounds were fired from the truck," a trooper said.',
            "2020-10-03",
        ),
    ),
    *rule(
        "a charge's day gives way to the day charging papers write out for the night of the shooting",
        (
            "shot",
            "ASSAULT",
            "OAKDALE — A man who deputies say was angry that a neighbor ignored him was charged Friday with"
            " shooting her.\n\n"
            "The man argued with the neighbor in her kitchen on Sept. 27, according to court papers.\n\n"
            "She heard a bang and realized she had been shot, the papers say.",
            "2020-09-27",
        ),
        # a day counted back from publication in such a sentence may fall before the incident: not taken
        (
            "shot",
            "ASSAULT",
            "OAKDALE — A man who deputies say was angry that a neighbor ignored him was charged Friday with"
            " shooting her.\n\n"
            "The man argued with the neighbor in her kitchen on Wednesday, according to court papers.\n\n"
            "She heard a bang and realized she had been shot, the papers say.",
            "2020-10-02",
        ),
    ),
]


@pytest.mark.parametrize(("trigger", "plover", "text", "expected"), CASES)
def test_a_shooting_is_dated_to_its_own_incidents_day(
    nlp: Language, trigger: str, plover: str, text: str, expected: str | None
) -> None:
    result = resolve(nlp, text, trigger, plover=plover)
    assert result.value == (date.fromisoformat(expected) if expected else None), result.reason
