"""Specs for conventions held by one country's coders for a span of years: in Bangladesh through 2019, a
member, cadre or leader of an outlawed communist outfit killed or hurt is an armed clash, not an attack; in
later years, elsewhere, or told of the outfit's victims or its former members, the attack stays as read.
From 2019 a party's men beating someone, unarmed, is mob violence; armed or deadly, it stays an attack.
From 2020 a clash of locals or a party's factions, no gunfight or armed outfit told, is mob violence however
armed, and through 2019 one told with gunfire and no state force is an armed clash; in Kenya a riot named
is a violent demonstration, and through 2011 a clash told with no riot, protest or rally an armed clash. In
Sudan in 2012-2014 an air raid told in a headline's capitals is an attack on civilians, not an air strike."""

from __future__ import annotations

from datetime import date
from typing import Final

import pytest
from _pytest.mark import ParameterSet
from builders import assert_sub_type, made_up_detection, rule

from kronika.events.era_conventions import WORDINGS, Convention, era_convention, era_conventions
from kronika.events.taxonomy import (
    AIR_STRIKE,
    ARMED_CLASH,
    ATTACK,
    MOB_VIOLENCE,
    SHELLING,
    VIOLENT_DEMONSTRATION,
)
from kronika.model import Article
from kronika.pipeline import Pipeline


def told(wording: str, rule_wording: str, *cases: tuple[str, bool]) -> list[ParameterSet]:
    """Cases of whether the convention wording named `wording` is told in a paragraph, each named by the
    wording, the rule it shows and its paragraph."""
    return [pytest.param(wording, *case, id=f"{wording}, {rule_wording}: {case[0]}") for case in cases]


def coded(
    sentence: str,
    trigger: str,
    plover: str,
    rule_wording: str,
    *cases: tuple[str | None, date | None, str, str],
) -> list[ParameterSet]:
    """Cases of how a detection of `sentence`, triggered on `trigger` and typed `plover`, is coded by the
    country and date it is told of (country, date, the sub-type read, the sub-type expected), each named by
    the rule it shows and its country, date and reading."""
    return [
        pytest.param(sentence, trigger, plover, *case, id=f"{rule_wording}: {case[0]} {case[1]} {case[2]}")
        for case in cases
    ]


# One told sentence per convention, each detected as that convention's wording tells it.
_CADRE_SHOT: Final = "A cadre of the outlawed PBCP was shot dead by unidentified men in Kaliganj."
_STUDENT_BEATEN: Final = "Chhatra League activists beat up a student of the polytechnic institute in Bogura."
_VILLAGERS_CLASHED: Final = (
    "Two groups of villagers clashed using guns and sharp weapons over a canal in Bhanga."
)
_RIVALS_SHOT_AT: Final = "Two men were hit by bullets as supporters of rival candidates clashed at Sonagazi."
_YOUTHS_RIOTED: Final = "Youths rioted outside the polling centre in Kitale after the count was halted."
_SUPPORTERS_CLASHED: Final = "Supporters of two rival aspirants clashed in Bungoma market, leaving 3 hurt."
_HEADLINE_AIR_RAID: Final = "Two Herders Dead and Wells Destroyed in Tawila Air Raid"


@pytest.mark.parametrize(
    ("wording", "paragraph", "expected"),
    [
        *told(
            "outlaw_member_harmed",
            "one of the outfit's people killed or hurt",
            ("A cadre of the outlawed PBCP-Janajuddha was shot dead by masked men near Ishwardi.", True),
            ("A Red Flag faction leader of Purbo Banglar Communist Party was hacked to death.", True),
            ("Unknown gunmen killed a regional leader of the Purba Banglar Sarbahara Party.", True),
            ("Police recovered the body of a member of the banned PBCP from a canal in Shailkupa.", True),
            ("Two Lal Pataka activists were injured when rivals opened fire at Boalmari.", True),
        ),
        *told(
            "outlaw_member_harmed",
            "the outfit as the doer, its former members, or the hill parties tell none",
            ("PBCP cadres shot dead a union parishad member in Damurhuda over a toll dispute.", False),
            ("A former leader of PBCP was stabbed to death by unidentified men in Keshabpur.", False),
            ("An activist of the UPDF was shot dead by rivals in Panchhari.", False),
            ("A shopkeeper was killed by robbers in Pabna town.", False),
        ),
        *told(
            "party_men_assault",
            "a party's or its wing's men beat or assault someone",
            ("Activists of the Jubo League beat up a tea stall owner at Kalibari bazar in Gaibandha.", True),
            ("Members of Chhatra League (BCL) assaulted two first-year students in Sylhet.", True),
            ("A schoolteacher was allegedly assaulted by local BNP men near Shibpur bazar.", True),
            ("Supporters of the Awami League attacked a councillor candidate's camp office in Bhola.", True),
        ),
        *told(
            "party_men_assault",
            "the party's man harmed, an armed or deadly deed, or one told as targeted tells none",
            ("A Jubo Dal leader was assaulted by unidentified youths in Noakhali town.", False),
            ("BCL activists hacked a rival with machetes at the college gate in Pabna.", False),
            ("BNP men assaulted a farmer with iron rods over a pond in Sherpur.", False),
            ("Jubo League men attacked a trader, who later died in hospital, in a targeted attack.", False),
            ("Villagers beat up two suspected cattle thieves in Netrokona.", False),
        ),
        *told(
            "local_clash",
            "a clash of locals, villagers, factions or rivals, whatever arms it was fought with",
            ("Two groups of villagers clashed using guns over a pond in Raipura.", True),
            ("Rival factions of the Jubo League clashed with lethal weapons at Kazirhat bazar.", True),
            ("Twelve people were hurt in a clash between supporters of two council candidates.", True),
        ),
        *told(
            "local_clash",
            "a gunfight, fire exchanged, an armed outfit, troops or the coder's armed clash tell none",
            ("Two armed gangs engaged in a gunfight at Teknaf; one was hurt in the clash.", False),
            ("Members of UPDF and a rival outfit clashed in the hills of Sajek.", False),
            ("Soldiers clashed with smugglers near the border post at Ruma.", False),
            ("Two factions opened fire at each other during a clash at Char Alexander.", False),
            ("Five were injured in an armed clash between two groups over a market.", False),
            ("Villagers beat up a suspected cattle thief in Netrokona.", False),
        ),
        *told(
            "gunfire_clash",
            "a clash told with bullets, guns, shots or firing",
            ("Two students were hurt, one by a bullet, as two groups of the League clashed in Feni.", True),
            ("Shots were fired when supporters of two chairman candidates clashed at Daudkandi.", True),
            ("Rivals clashed at Kalihati bazar; a trader was hit by a gunshot.", True),
        ),
        *told(
            "gunfire_clash",
            "no gunfire, no clash, or a state force named tell none",
            ("Two groups of villagers clashed with sticks and sharp weapons over a pond in Raipura.", False),
            ("Unknown men shot a grocer dead at his shop in Fulbari.", False),
            ("Police fired rubber bullets as party men clashed at the crossing in Bogura.", False),
            ("Five were hurt when RAB men fired during a clash with smugglers at Ukhia.", False),
        ),
        *told(
            "riot_named",
            "a riot, rioting or rioters named",
            ("Youths rioted outside the tallying centre in Homa Bay.", True),
            ("There were riots at several polling stations in Kisii as results were delayed.", True),
            ("Rioters set fire to a matatu on the Kisumu road.", True),
        ),
        *told(
            "riot_named",
            "the anti-riot police, riot gear or a mob or lynching told tell none",
            ("Anti-riot police dispersed traders at the Githurai market.", False),
            ("Police in riot gear patrolled the streets of Kakamega.", False),
            ("A mob lynched a suspected thief during riots in Mathare.", False),
        ),
        *told(
            "undemanding_clash",
            "a clash told with no riot, protest, demonstration, rally or march",
            ("Supporters of two rival aspirants clashed in Bungoma market, leaving 3 hurt.", True),
            ("Two killed in clashes between herders of rival clans near Garissa.", True),
            ("Police and a gang of youths clashed at the Naivasha roundabout.", True),
        ),
        *told(
            "undemanding_clash",
            "a riot, protest, demonstration, rally or march told beside the clash tells none",
            ("Rival supporters clashed during a campaign rally in Kakamega.", False),
            ("Traders clashed with police while protesting the closure of the market in Eldoret.", False),
            ("Students clashed with guards on a march to the vice chancellor's office in Njoro.", False),
            ("Youths clashed with anti-riot police in Kibera.", False),
            ("A trader was stabbed in Thika town.", False),
        ),
        *told(
            "headline_air_raid",
            "an air raid or strike in a headline's capitals",
            ("Air Strikes Leave Five Dead in Tawila, North Darfur", True),
            ("Market Burnt and Herders Hurt in Kutum Air Raid", True),
            ("Nyala Outskirts Hit By Air Raids", True),
        ),
        *told(
            "headline_air_raid",
            "an air raid or strike told in a sentence's lower case tells none",
            ("Air raids by the air force killed two herders near Tawila.", False),
            ("An air strike hit a market in Kutum, wounding four traders.", False),
            ("A plane of the Sudanese Air Force bombed a well near Mellit.", False),
        ),
    ],
)
def test_what_tells_each_conventions_wording(wording: str, paragraph: str, expected: bool) -> None:
    assert bool(WORDINGS[wording].search(paragraph)) is expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "country", "when", "read", "expected"),
    [
        *coded(
            _CADRE_SHOT,
            "shot",
            "ASSAULT",
            "an outlaw member harmed in Bangladesh from 2010 through 2019: the attack is an armed clash",
            ("BGD", date(2012, 6, 14), ATTACK, ARMED_CLASH),
            ("BGD", date(2019, 12, 31), ATTACK, ARMED_CLASH),
            ("BGD", date(2010, 1, 2), ATTACK, ARMED_CLASH),
        ),
        *coded(
            _CADRE_SHOT,
            "shot",
            "ASSAULT",
            "an outlaw member harmed in later years, elsewhere, unplaced or undated: it stays as read",
            ("BGD", date(2021, 3, 9), ATTACK, ATTACK),
            ("IND", date(2012, 6, 14), ATTACK, ATTACK),
            (None, date(2012, 6, 14), ATTACK, ATTACK),
            ("BGD", None, ATTACK, ATTACK),
        ),
        *coded(
            _CADRE_SHOT,
            "shot",
            "ASSAULT",
            "an outlaw member harmed, read other than an attack: it is left as read",
            ("BGD", date(2012, 6, 14), MOB_VIOLENCE, MOB_VIOLENCE),
        ),
        *coded(
            _STUDENT_BEATEN,
            "beat",
            "ASSAULT",
            "party men assaulting someone in Bangladesh from 2019: the attack is mob violence",
            ("BGD", date(2019, 1, 3), ATTACK, MOB_VIOLENCE),
            ("BGD", date(2024, 8, 20), ATTACK, MOB_VIOLENCE),
        ),
        *coded(
            _STUDENT_BEATEN,
            "beat",
            "ASSAULT",
            "party men assaulting someone before 2019 or elsewhere, or read other than an attack: as read",
            ("BGD", date(2018, 12, 30), ATTACK, ATTACK),
            ("NPL", date(2021, 4, 2), ATTACK, ATTACK),
            ("BGD", date(2021, 4, 2), ARMED_CLASH, ARMED_CLASH),
        ),
        *coded(
            _VILLAGERS_CLASHED,
            "clashed",
            "ASSAULT",
            "a local clash in Bangladesh from 2020: the armed clash is mob violence",
            ("BGD", date(2020, 1, 2), ARMED_CLASH, MOB_VIOLENCE),
            ("BGD", date(2024, 6, 30), ARMED_CLASH, MOB_VIOLENCE),
        ),
        *coded(
            _VILLAGERS_CLASHED,
            "clashed",
            "ASSAULT",
            "a local clash before 2020 or elsewhere, or read other than an armed clash: as read",
            ("BGD", date(2019, 12, 31), ARMED_CLASH, ARMED_CLASH),
            ("NPL", date(2022, 5, 1), ARMED_CLASH, ARMED_CLASH),
            ("BGD", date(2022, 5, 1), ATTACK, ATTACK),
        ),
        *coded(
            _RIVALS_SHOT_AT,
            "clashed",
            "ASSAULT",
            "a gunfire clash in Bangladesh through 2019: the mob violence is an armed clash",
            ("BGD", date(2010, 1, 1), MOB_VIOLENCE, ARMED_CLASH),
            ("BGD", date(2019, 12, 31), MOB_VIOLENCE, ARMED_CLASH),
        ),
        *coded(
            _RIVALS_SHOT_AT,
            "clashed",
            "ASSAULT",
            "a gunfire clash before 2010, from 2020 or elsewhere, or read other than mob violence: as read",
            ("BGD", date(2009, 12, 31), MOB_VIOLENCE, MOB_VIOLENCE),
            ("BGD", date(2020, 1, 1), MOB_VIOLENCE, MOB_VIOLENCE),
            ("NPL", date(2016, 5, 1), MOB_VIOLENCE, MOB_VIOLENCE),
            ("BGD", date(2016, 5, 1), VIOLENT_DEMONSTRATION, VIOLENT_DEMONSTRATION),
        ),
        *coded(
            _YOUTHS_RIOTED,
            "rioted",
            "PROTEST",
            "a riot named in Kenya: the mob violence is a violent demonstration",
            ("KEN", date(2007, 12, 30), MOB_VIOLENCE, VIOLENT_DEMONSTRATION),
            ("KEN", date(2017, 8, 9), MOB_VIOLENCE, VIOLENT_DEMONSTRATION),
        ),
        *coded(
            _YOUTHS_RIOTED,
            "rioted",
            "PROTEST",
            "a riot named elsewhere, or read other than mob violence: as read",
            ("UGA", date(2017, 8, 9), MOB_VIOLENCE, MOB_VIOLENCE),
            ("KEN", date(2017, 8, 9), ATTACK, ATTACK),
        ),
        *coded(
            _SUPPORTERS_CLASHED,
            "clashed",
            "ASSAULT",
            "a clash with no protest told in Kenya through 2011: the mob violence is an armed clash",
            ("KEN", date(2007, 11, 23), MOB_VIOLENCE, ARMED_CLASH),
            ("KEN", date(2011, 12, 31), MOB_VIOLENCE, ARMED_CLASH),
            ("KEN", date(1997, 1, 1), MOB_VIOLENCE, ARMED_CLASH),
        ),
        *coded(
            _SUPPORTERS_CLASHED,
            "clashed",
            "ASSAULT",
            "a clash with no protest told from 2012 or elsewhere, or read other than mob violence: as read",
            ("KEN", date(2012, 1, 1), MOB_VIOLENCE, MOB_VIOLENCE),
            ("UGA", date(2007, 11, 23), MOB_VIOLENCE, MOB_VIOLENCE),
            ("KEN", date(2007, 11, 23), ATTACK, ATTACK),
            ("KEN", date(2007, 11, 23), VIOLENT_DEMONSTRATION, VIOLENT_DEMONSTRATION),
        ),
        *coded(
            _HEADLINE_AIR_RAID,
            "Raid",
            "ASSAULT",
            "a headline's air raid in Sudan in 2012-2014: the air strike is an attack",
            ("SDN", date(2012, 1, 1), AIR_STRIKE, ATTACK),
            ("SDN", date(2013, 8, 20), AIR_STRIKE, ATTACK),
            ("SDN", date(2014, 12, 31), AIR_STRIKE, ATTACK),
        ),
        *coded(
            _HEADLINE_AIR_RAID,
            "Raid",
            "ASSAULT",
            "a headline's air raid in other years or elsewhere, or read other than an air strike: as read",
            ("SDN", date(2011, 12, 31), AIR_STRIKE, AIR_STRIKE),
            ("SDN", date(2015, 1, 1), AIR_STRIKE, AIR_STRIKE),
            ("SSD", date(2013, 8, 20), AIR_STRIKE, AIR_STRIKE),
            ("SDN", date(2013, 8, 20), SHELLING, SHELLING),
        ),
    ],
)
def test_each_convention_is_coded_by_country_and_year(
    sentence: str, trigger: str, plover: str, country: str | None, when: date | None, read: str, expected: str
) -> None:
    found = made_up_detection(sentence, trigger, plover, read)
    out = era_convention(found, sentence, country, when)
    assert_sub_type(out, expected)
    assert out.type.plover == plover


def test_only_the_attacks_paragraph_counts() -> None:
    text = "A farmer was shot dead in Sujanagar.\nLast month, a PBCP cadre was killed near the river."
    sentence = text.split("\n")[0]
    attack = made_up_detection(sentence, "shot", "ASSAULT", ATTACK, text=text)
    assert_sub_type(era_convention(attack, text, "BGD", date(2014, 5, 1)), ATTACK)


def test_the_table_lists_the_conventions_counted() -> None:
    assert era_conventions() == (
        Convention("outlaw_member_harmed", "BGD", 2010, 2019, ATTACK, ARMED_CLASH),
        Convention("party_men_assault", "BGD", 2019, 2024, ATTACK, MOB_VIOLENCE),
        Convention("local_clash", "BGD", 2020, 2024, ARMED_CLASH, MOB_VIOLENCE),
        Convention("riot_named", "KEN", 2004, 2019, MOB_VIOLENCE, VIOLENT_DEMONSTRATION),
        Convention("gunfire_clash", "BGD", 2010, 2019, MOB_VIOLENCE, ARMED_CLASH),
        Convention("undemanding_clash", "KEN", 1997, 2011, MOB_VIOLENCE, ARMED_CLASH),
        Convention("headline_air_raid", "SDN", 2012, 2014, AIR_STRIKE, ATTACK),
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        *rule("the year of the report decides", (date(2013, 9, 5), ARMED_CLASH), (date(2022, 9, 5), ATTACK)),
    ],
)
def test_the_pipeline_codes_an_outlaw_member_killed_by_its_year(
    pipeline: Pipeline, published: date, expected: str
) -> None:
    text = "Unidentified assailants shot dead a leader of the outlawed PBCP in Chatmohar upazila (Pabna)."
    (mention, *_) = pipeline.mentions(Article("t", text, published=published))
    assert mention.type.acled_sub_event_type == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2022, members of Jubo League (JL) assaulted a shopkeeper of the bazaar in Bogura town,"
        " Bogura Sadar (Rajshahi), over his support for a rival candidate in the union election.",
        "On 2 June 2021, members of Chhatra League (BCL) assaulted a teacher of the college in Pabna town,"
        " Pabna Sadar (Rajshahi), over the seating of an examination hall.",
    ],
)
def test_a_party_mens_assault_coded_as_a_riot_has_rioters(pipeline: Pipeline, text: str) -> None:
    """The convention's riot is read with a riot's doers: the party's men as a crowd beside their party."""
    published = date(2022, 5, 5) if "2022" in text else date(2021, 6, 3)
    mention = max(pipeline.mentions(Article("t", text, published=published)), key=lambda m: m.confidence)
    assert mention.type.acled_sub_event_type == MOB_VIOLENCE
    sectors = {a.sector for a in mention.actors}
    assert {"CVL", "PTY"} <= sectors


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        *rule(
            "the year of the report decides",
            (date(2007, 11, 24), ARMED_CLASH),
            (date(2017, 11, 24), MOB_VIOLENCE),
        ),
    ],
)
def test_the_pipeline_codes_a_kenyan_clash_with_no_protest_by_its_year(
    pipeline: Pipeline, published: date, expected: str
) -> None:
    text = "Supporters of two rival aspirants clashed in Bungoma town, leaving 3 people injured."
    mention = max(pipeline.mentions(Article("t", text, published=published)), key=lambda m: m.confidence)
    assert mention.type.acled_sub_event_type == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("published", "expected"),
    [
        *rule("the year of the report decides", (date(2013, 8, 21), ATTACK), (date(2017, 8, 21), AIR_STRIKE)),
    ],
)
def test_the_pipeline_codes_a_sudanese_headlines_air_raid_by_its_year(
    pipeline: Pipeline, published: date, expected: str
) -> None:
    text = "Air Strikes Kill Four Villagers in Kutum, North Darfur"
    mention = max(pipeline.mentions(Article("t", text, published=published)), key=lambda m: m.confidence)
    assert mention.type.acled_sub_event_type == expected
