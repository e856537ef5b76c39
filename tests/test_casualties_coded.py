"""Spec: the toll a coder's note codes for its event, the dead its terse wording counts, and the deaths it
tells as the event's cause."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import detection_on, rule, story_toll
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.model import EventType

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "the share coded to this event outranks a ministry's tally and the split it came from",
            (
                "On 3 May 2024, warplanes struck a house in Rafah. [The ministry reported 900 fatalities in "
                "the week. 300 fatalities not attributed to events split across 20 events. 12 fatalities "
                "coded to this event.]",
                12,
            ),
            (
                "On 3 May 2024, warplanes struck a school in Rafah. [The army said hundreds of fighters were "
                "killed, and the remaining 60 are split across 4 events, with 9 fatalities coded to this "
                "event.]",
                9,
            ),
            (
                "On 3 May 2024, troops shelled positions near Orikhiv. [Coded as 12 fatalities split across "
                "3 events. 5 fatalities coded to this event].",
                5,
            ),
            (
                "On 3 May 2024, clan militias clashed near Baidoa. 40 fatalities split across 2 events and "
                "coded as 20 for this event.",
                20,
            ),
        ),
        *rule(
            "a total the note states outranks the parts it adds up",
            (
                "On 3 May 2024, warplanes struck houses in Khan Younis, killing at least 6 people. Also, 8 "
                "people were killed by a strike on a car in the same area. Total fatalities were at least "
                "14.",
                14,
            ),
            (
                "On 3 May 2024, artillery struck houses in Khan Younis, killing at least 6 people. The total "
                "fatalities were coded as at least 9 (6 confirmed and 3 unknown).",
                9,
            ),
        ),
        *rule(
            "a figure coded bare outranks a claim, which the note codes as none",
            (
                "On 3 May 2024, drones struck rebel positions near Amadiya. 7 rebels were killed or wounded. "
                "Fatalities coded to 0.",
                0,
            ),
            (
                "On 3 May 2024, militants fired rockets at troops in Beit Hanoun. The militants claimed 9 "
                "soldiers were killed. Claimed fatalities coded 0. At least 2 (militant) fatalities coded.",
                2,
            ),
        ),
        *rule(
            "a figure coded for an unknown toll is shared out over the events or days it is split across",
            (
                "On 3 May 2024, fighters repelled incursions on three fronts, killing several rebels. "
                "Unknown tally of fatalitie coded as 12 and split up over 3 locations.",
                4,
            ),
            (
                "On 3 May 2024, troops clashed with militias near Dibate. Several were reported killed. "
                "Unspecified fatalities in a non-conflict zone coded as 4 and spread across two dates.",
                2,
            ),
            (
                "On 3 May 2024, troops of two states traded fire across the border near Uri, killing six "
                "soldiers. Total fatalities divided equally across three events.",
                2,
            ),
            (
                "On 3 May 2024, rival party youths clashed in Likasi over two days. Four were killed. "
                "Fatalities coded across 2 events.",
                2,
            ),
            (
                "On 3 May 2024, militiamen killed 9 herders in several villages near Djibo. Fatalities split "
                "between (3) events.",
                3,
            ),
        ),
        *rule(
            "a toll coded out in parts gives the event the first part, or the figure coded per day",
            (
                "Clashes between rival clans in Tawila. 9 killed over two days (5 fatalities coded for "
                "May 3, and 4 coded for May 4).",
                5,
            ),
            (
                "Herders raided 4 villages near Kabkabiya. 6 killed in total (2 fatalities coded for Dali).",
                2,
            ),
            # the part coded 'here' is this event's, wherever it stands
            (
                "Police and party members clashed in Rajshahi, leaving 9 dead. (7 fatalities coded here, 2 "
                "fatalities coded for a clash at the college.)",
                7,
            ),
            (
                "Fighting between troops and rebels near Kurmuk. 45 killed over 3 days of fighting (15 "
                "fatalities coded per day).",
                15,
            ),
        ),
        *rule(
            "the last sentence coding a bare figure states the whole an unknown part adds to",
            (
                "On 3 May 2024, militants attacked a base near Qandala. 11 soldiers were killed. An unknown "
                "number of attackers were killed (unspecified fatalities coded as 3). Fatalities coded as 14 "
                "(11 soldiers and 3 attackers).",
                14,
            ),
        ),
        *rule(
            "a vague or ranged count of the dead takes the figure the note codes for it",
            (
                "On 3 May 2024, the army said it killed between 20-60 rebels (coded as 20) near Talodi.",
                20,
            ),
            (
                "On 3 May 2024, troops raided a camp near Gedo. The army said its troops killed an "
                "unspecified number of militants, coded as 3.",
                3,
            ),
            (
                "On 3 May 2024, militias attacked herders near Gida Ayana, killing an unspecified number. "
                "Unspecified fatalities in an active conflict zone coded as 10.",
                10,
            ),
        ),
        *rule(
            "a total the note says it coded may be spelled out, or follow 'coded are'",
            (
                "On 3 May 2024, jets struck a house in Beit Lahia, killing six. Another strike hit a car "
                "nearby, killing two. Total fatalities coded as at least eight.",
                8,
            ),
            (
                "On 3 May 2024, troops fought militants around Jabalia and shelled the camp. The army said "
                "it killed over 90 gunmen (60 fatalities coded earlier). The total fatalities coded are at "
                "least 30.",
                30,
            ),
        ),
        *rule(
            "a total the note says it coded is this event's whole, though a split is told before it",
            (
                "On 3 May 2024, the army said 40 fighters were killed in Rafah over the week; 20 "
                "fatalities were split across 2 events, with 10 coded to 3 May. Total fatalities coded as "
                "11 (1 soldier, 10 fighters).",
                11,
            ),
        ),
        *rule(
            "a total told before the word 'fatalities' and coded outranks the split told before it",
            (
                "On 3 May 2024, students clashed with police in Sylhet - Zindabazar. At least 20 people "
                "died in the city that day, of which 14 fatalities have been coded to specific events. 6 "
                "remaining fatalities split across 6 events. Total 3 fatalities (2 confirmed and 1 split) "
                "coded to this event.",
                3,
            ),
            (
                "On 3 May 2024, drones struck a flat in Khan Younis, killing 1 man and wounding others. A "
                "second strike hit the stairwell. Total 2 confirmed fatalities coded.",
                2,
            ),
        ),
        *rule(
            "without a coded figure the note's own counts stand",
            ("On 3 May 2024, gunmen killed 4 farmers near Baidoa.", 4),
        ),
        *rule(
            "a coder's misspelt word still codes its figure",
            (
                "On 3 May 2024, rebels and soldiers fought near Tambura and Ezo, killing many (7 fatalties "
                "coded for Tambura, 5 for Ezo).",
                7,
            ),
            (
                "On 3 May 2024, militias clashed on the Marib frontlines, incurring losses. Unclear "
                "fatalites coded as 10.",
                10,
            ),
            (
                "On 3 May 2024, drones struck a convoy near Hodeidah, killing 2 fighters and others. Total "
                "fatalitis coded as 5.",
                5,
            ),
        ),
    ],
)
def test_the_toll_a_coder_codes_for_the_event(nlp: Language, note: str, fatalities: int) -> None:
    assert story_toll(nlp, note, note[:20]).fatalities == fatalities


@pytest.mark.parametrize(
    ("note", "fatalities"),
    [
        *rule(
            "a count opening a terse note, before who the dead were and a bare participle, is of the dead",
            ("7 suspected Merille raiders killed and more injured during a fight with police.", 7),
            ("3 suspected OLF shot dead by soldiers near the market.", 3),
            ("Rebels raided a camp near Torit. 12 reported killed.", 12),
            ("Rebels raided a camp near Torit. Nine camels killed.", None),
        ),
        *rule(
            "a number opening the note before 'y/o' or 'year old' is an age, never a count of the dead",
            ("22 y/o killed, 15 y/o critical after shooting in Elmwood.", None),
            ("31 year old man killed in a shooting near the market.", 1),
            ("4 members of the militia killed a trader near Yei.", 1),
        ),
        *rule(
            "the count of the killers before the one they killed is not of the dead",
            ("On 3 May 2024, at least 12 masked attackers shot and killed a shopkeeper in Teknaf.", 1),
            ("On 3 May 2024, three gunmen shot dead a teacher near the Mandera bus park.", 1),
            ("On 3 May 2024, 4 soldiers were killed in an ambush near Djibo.", 4),
        ),
        *rule(
            "two counts joined before one participle add up",
            ("11 soldiers and 2 rebels dead on the second day of fighting.", 13),
            ("4 wounded and 2 killed near the market.", 2),
        ),
        *rule(
            "a terse toll without a comma counts the dead before the verb, the hurt after it",
            ("Raiders attacked a cattle camp near Tonj. 1 killed 4 injured.", 1),
            ("Jets bombed a market near Leer, five killed seven wounded.", 5),
            ("Raiders attacked a cattle camp near Tonj. 2 killed, 6 injured.", 2),
        ),
        *rule(
            "a coder's misspelt 'killed' still counts the dead",
            ("After a long fight near Jowhar, four militants and two soldiers were killled.", 6),
            ("On 9 May, three bandits were kiled by the army during a raid near Hola.", 3),
        ),
        *rule(
            "an old note's field of the toll in capitals states it",
            (
                "Youths rioted in Kisii town after the poll - DETAILS NOT SPECIFIED. LOCATION: Kisii, Nyanza "
                "Province. FATALITIES: 9",
                9,
            ),
            ("Youths clashed with police in Kisumu. FATALITIES: 3 - ACTORS NOT SPECIFIED", 3),
            # not a range, nor others besides a death told before
            ("A herder was killed by an arrow in Molo. FATALITIES: 2-3 others may have died.", 1),
        ),
        *rule(
            "a victim the parse loses after the verb still counts",
            ("Gunmen shot dead a ruling party activist in Kumarkhali upazila.", 1),
            ("A militia killed yesterday three displaced persons from the camp.", 3),
        ),
        *rule(
            "dead told as 'also killed' come besides those the other sentences count",
            ("3 soldiers were killed in an ambush near Kutum. 5 attackers were also killed.", 8),
            ("Gunmen burned homes in the village. 2 elderly people were also killed.", 2),
            # one told by 'a' or 'another' is one more
            ("A police officer was shot dead outside the station. A woman was also killed.", 2),
            ("Two men were killed at a checkpoint. Another soldier was also killed.", 3),
        ),
        *rule(
            "dead told as more who died after the attack come besides those the other sentences count",
            ("Rebels ambushed a convoy near Menaka, killing one soldier. Another soldier later died.", 2),
            ("3 herders were killed near Bor. Two more died at the clinic.", 5),
            ("Militants raided a camp near Dori, killing 4 guards. Another two succumbed on Monday.", 6),
            ("Two traders were shot dead in Juba. A third was wounded and later died.", 3),
            ("A guard was killed at the gate. Another guard was badly hurt and later died.", 2),
            (
                "Police fired on protesters in Wau, killing 2 people. 3 others later died of their injuries.",
                5,
            ),
            # the sentence's own dead told before them
            ("On 3 May, in Kalmunai, 1 deminer died on the spot and another succumbed to his wounds.", 2),
            ("Police fired on strikers, in which four workers died and another two succumbed on 6 May.", 6),
            # a total told after them takes them in
            ("2 guards were killed in Gao. 2 other guards succumbed to injuries. Total 4 fatalities.", 4),
            # none besides the dead another sentence counts: the sentence's own count alone
            ("Police beat two hawkers in Yei. Another man died later.", 1),
            # a clause of its own between count and verb names a dead, not one more who died
            ("Two men were killed in Rumbek. Another man who was killed there had been a chief.", 2),
        ),
        *rule(
            "a couple is two people",
            ("A farming couple were killed when a bomb hit their house.", 2),
        ),
        *rule(
            "people joined to the object who have a verb of their own are not among its dead",
            ("The militants claimed to have killed 5 soldiers and 12 others were injured.", 5),
        ),
        *rule(
            "a note's toll told as a noun alone is of the dead",
            ("Gunmen attacked a market near Kutum. One reported death.", 1),
        ),
        *rule(
            "a verb that names how the victims died tells a killing; an attempt does not",
            ("Soldiers kill at least 30 people in Nyal.", 30),
            ("A commander accused the army of executing 12 captured soldiers near Akobo.", 12),
            ("Residents of Kondele lynch a man they suspect of theft.", 1),
            ("Gunmen slit the throats of two herders in the village of Gorom.", 2),
            ("A crowd tried to lynch two men who had robbed a shop.", None),
        ),
    ],
)
def test_the_dead_a_terse_note_counts(nlp: Language, note: str, fatalities: int | None) -> None:
    assert story_toll(nlp, note).fatalities == fatalities


@pytest.mark.parametrize(
    ("note", "event_type", "fatalities"),
    [
        *rule(
            "a death that triggered the event is its cause, not its toll",
            ("Clashes between two clans were triggered by the death of a herder.", EventType("FIGHT"), None),
            (
                "Fighting between clans was sparked by the killing of two traders near the well.",
                EventType("FIGHT"),
                None,
            ),
        ),
        *rule(
            "a riot after a death is about that death",
            (
                "Residents blocked the highway at Kikuyu after a man was found murdered near his home.",
                EventType("PROTEST", None, "Riots", "Violent demonstration"),
                None,
            ),
            (
                "Villagers burned a police post after officers allegedly killed a trader.",
                EventType("PROTEST", None, "Riots", "Violent demonstration"),
                None,
            ),
        ),
        *rule(
            "a clash's own dead stand, though something came after it",
            (
                "Two soldiers were killed in clashes with rebels after the talks failed.",
                EventType("FIGHT"),
                2,
            ),
        ),
    ],
)
def test_a_death_told_as_the_events_cause(
    nlp: Language, note: str, event_type: EventType, fatalities: int | None
) -> None:
    detection = replace(detection_on(note, note[:12]), type=event_type)
    assert count_casualties(nlp(note), detection).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "title", "fatalities"),
    [
        *rule(
            "a coder's note tells each death once: one more who died later adds to the dead",
            ("Two guards were killed at the depot. Another guard later died.", None, 3),
        ),
        *rule(
            "a news story retells its toll, so its 'another ... died' may be one it already counted",
            (
                "Police said two people died in the shooting. One was a 20-year-old man. Another woman "
                "also died after the shooting.",
                "2 dead in shooting at park",
                2,
            ),
        ),
        *rule(
            "a plain-text story has no headline but runs to paragraphs: it is no note either",
            (
                "Police said two people died in the shooting.\n\nOne was a 20-year-old man. Another woman "
                "also died after the shooting.",
                None,
                2,
            ),
        ),
    ],
)
def test_more_dead_told_later(nlp: Language, text: str, title: str | None, fatalities: int) -> None:
    assert story_toll(nlp, text, title=title).fatalities == fatalities
