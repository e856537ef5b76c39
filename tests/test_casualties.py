"""Casualty counts: what a sentence says about killed and injured people, and what is not a count."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import detection_on, rule
from spacy.language import Language

from kronika.casualties import count_casualties, parse_count
from kronika.casualties.patterns import text_counts
from kronika.model import Casualties, Detection, EventType, Span


def whole_sentence(text: str, event_type: EventType | None = None) -> Detection:
    """A detection covering the whole text, triggered on its first word: an assault unless told otherwise."""
    return Detection(Span(0, len(text), text), Span(0, 1, text[0]), event_type or EventType("ASSAULT"), 1.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a number, an amount or a person is a count; an age or a time is not",
            ("700", 700),
            ("1,200", 1200),
            ("one", 1),
            ("twenty-three", 23),
            ("two hundred", 200),
            ("a dozen", 12),
            ("dozens", 12),
            ("scores", 20),
            ("hundreds", 100),
            ("several", 3),
            ("almost 700", 700),
            ("more than 20", 20),
            ("at least 5", 5),
            ("up to 10", 10),
            ("a man", 1),
            ("two people", 2),
            ("a teenager", 1),
            ("a woman", 1),
            ("the 31-year-old", 1),
            ("no one", 0),
            ("11.5-year", None),
            ("7 p.m.", None),
            ("555-123-4567", None),
            ("protesters", None),
        ),
        *rule(
            "ages, pairs, owners and couples are counted as people",
            ("15-year-old Sam", 1),
            ("an 8 - month - old", 1),
            ("both guards", 2),
            ("two 9-year-old boys", 2),
            ("their two small children", 2),
            ("the 3 victims", 3),
            ("a couple", 2),
            ("two dozen", 24),
            ("an 11 year old boy", 1),
            ("a three-year-old girl", 1),
        ),
        *rule(
            "an age, however written, is one person",
            ("20 y/o", 1),
            ("a 14 y / o", 1),
            ("20 y o", 1),
            ("his three-year old son", 1),
            ("two 9 year old boys", 2),
            ("a 6 yr old boy", 1),
            ("two 9 yrs old boys", 2),
        ),
        *rule(
            "two ages sharing one '-year-old' are two people, not a count",
            ("19- and 20-year-old brothers", 2),
            ("their 7- and 9-year-old sons", 2),
            ("a 19- or 20-year-old man", 1),
        ),
    ],
)
def test_the_number_of_people_a_phrase_counts(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "fatalities", "injured"),
    [
        *rule(
            "killed and injured counted, and what is no count",
            ("Clashes after the poll left nearly 600 injured and one dead.", 1, 600),
            ("Militants raided the market, killing 4.", 4, None),
            ("Three villagers were killed when the bridge was shelled.", 3, None),
            ("Two dead after a riot in the port.", 2, None),
            ("A man was shot dead near the station on Sunday.", 1, None),
            ("Two people were wounded by stray bullets.", None, 2),
            ("The attack left three dead and five injured.", 3, 5),
            ("The cyclist died at the scene.", 1, None),
            ("A soldier was killed at the checkpoint.", 1, None),
            ("He sustained injuries to his arm.", None, 1),
            ("The victim was pronounced dead at the clinic.", 1, None),
            ("A student was fatally shot outside the school.", 1, None),
            ("Officers shot and killed a man holding a rifle.", 1, None),
            ("Six teens were shot at the park.", None, 6),
            ("Police said it was a non-fatal shooting.", 0, None),
            ("Nobody was hurt in the blaze.", None, 0),
            ("Our staff were not hurt, the firm said.", None, 0),
            ("Her life was not in danger, nor did she sustain serious injury.", None, 0),
            ("Neither the clerk nor the guard was hurt.", None, 0),
            ("Four police officers and two civilians were killed in the ambush.", 6, None),
            ("The raid killed a dozen herders and wounded dozens more.", 12, 12),
            ("The death toll rose to 15 overnight.", 15, None),
            ("Hundreds marched in the capital. [size=around 400]", None, None),
            ("A judge overturned her 7.5-year sentence.", None, None),
            ("The 58-year-old waved to a crowd on Route 66 in 2019.", None, None),
            ("Call 555-123-4567 after 6 p.m. with tips.", None, None),
        ),
        *rule(
            "more ways of saying killed and hurt",
            ("A farmer was stabbed to death near the river.", 1, None),
            ("Gunmen broke into a shop and shot dead two clerks.", 2, None),
            ("Three bodies were found in a ditch.", 3, None),
            ("Villagers found the body of a woman near the road.", 1, None),
            ("Unknown gunmen assassinated a local official.", 1, None),
            ("A boy was found shot inside his house.", None, 1),
            ("Five victims were treated for injuries at the hospital.", None, 5),
            ("The raiders killed 15 livestock and burned huts.", None, None),
            ("He was shot in the upper body.", None, 1),
        ),
        *rule(
            "'they' who died in a clause on a noun are the people the clause above tells of",
            ("The man and the girl were rushed to a hospital where they later died.", 2, None),
            ("Both were taken to the clinic where they were pronounced dead.", 2, None),
            ("The victim was taken to a hospital where they died from their injuries.", 1, None),
            # the reporter of the deaths is not who died
            ("Officers said they found two men shot.", None, 2),
        ),
        *rule(
            "one killed when he shot himself is one death; a killer who shot himself is one besides his dead",
            ("A 4-year-old boy was killed when he accidentally shot himself at home.", 1, None),
            ("A girl killed in her bedroom was cleaning a rifle when she shot herself.", 1, None),
            ("A woman was killed by her husband, who then shot himself.", 2, None),
            ("He killed his wife before he shot himself.", 2, None),
        ),
        *rule(
            "victims named by age, name or pronoun are counted",
            ("When medics arrived they found three men shot.", None, 3),
            ("Sam Cole, 19, died at the scene.", 1, None),
            ("A girl ran to a neighbour after being shot.", None, 1),
            ("The boy shot himself in the hand.", None, 1),
            ("A cashier was struck by gunfire.", None, 1),
            ("The blast claimed a driver's life.", 1, None),
            ("A teen was shot in the arm and a woman was shot in the hip.", None, 2),
            ("The guard was fatally wounded.", 1, None),
            ("The van rammed a patrol car, injuring both officers.", None, 2),
            ("The lorry struck a wall.", None, None),
            # a list the parse hangs on its first person as an apposition counts everyone in it
            ("He shot and killed his wife, son and daughter at the farm.", 3, None),
            ("A gunman killed a man, woman and child near the depot.", 3, None),
            ("Police said his son, a student, was shot.", None, 1),
        ),
        *rule(
            "gunfire victims and the dead are counted once",
            ("One man died while two other shooting victims were treated at a clinic.", 1, 2),
            ("Detectives are looking into a triple shooting that left one man dead.", 1, 2),
            ("Deputies are investigating the shooting and wounding of three teens.", None, 3),
            ("A gunman shot four people near the arena. One of the wounded was a guard.", None, 4),
            ("The guard was pronounced dead with a gunshot wound to the head.", 1, None),
            ("A clerk was killed and another injured when the robbers fired.", 1, 1),
            ("A courier was killed and two others were shot outside the depot.", 1, 2),
            ("The blast left a driver in critical condition.", None, 1),
            # the dateline's town, read by the parse as the one in that condition, is no second victim
            (
                "BRANDON — A 9-year-old girl who was shot in the arm Friday was in serious condition in a "
                "children's hospital Saturday, police said.",
                None,
                1,
            ),
            ("A cook was shot on Friday. He was taken to hospital in critical condition but died.", 1, None),
            ("The raid ended with the fatal shooting of a guard.", 1, None),
            ("He was charged in the double murder.", 2, None),
            ("A couple and their three sons were found dead at the farm.", 5, None),
            ("The crash sent four people to the hospital.", None, 4),
            ("Rebels killed a farmer by sniping near the well.", 1, None),
            ("The clash led to the death of a herder.", 1, None),
            ("The mayor said the whole town is hurting.", None, None),
        ),
        *rule(
            "unreal deaths, hits and victims told one by one",
            ("He is charged with assault with intent to kill.", None, None),
            ("The boy could have been killed, his aunt said.", None, None),
            ("A clerk was shot and would later die at the clinic.", 1, None),
            ("He fired the rifle, striking a neighbour in the hip.", None, 1),
            # a gun that went off and struck someone: the person struck was shot
            ("His rifle discharged and struck his neighbour.", None, 1),
            ("The pistol discharged, striking a boy in the next room.", None, 1),
            ("Medics took the man, with a gunshot wound to the arm, to a clinic.", None, 1),
            ("Police say three people were hit in a late-night shooting.", None, 3),
            ("The car hit a pole near the bridge.", None, None),
            ("The robbers shot more than 30 rounds at the van.", None, None),
            ("Doctors found that the cashier had three wounds.", None, 1),
            ("Rangers found two hikers dead near the ridge.", 2, None),
            ("Police are looking into the shooting deaths of three men.", 3, None),
            ("Officials called it a double murder-suicide.", 3, None),
            (
                "A 40-year-old man was in critical condition and the 19-year-old was in stable condition.",
                None,
                2,
            ),
            (
                "A 31-year-old woman was shot in the arm. A 22-year-old man was shot in the leg. "
                "A 19-year-old man was shot in the foot.",
                None,
                3,
            ),
            (
                "Police say a 4-year-old boy was shot in the leg. Officers found a four-year-old boy who had "
                "been shot in the lower leg.",
                None,
                1,
            ),
        ),
        *rule(
            "victims counted by ordinal, hospital and fatally",
            ("Two hikers were shot near the lake, one fatally.", 1, 1),
            ("Five guards were wounded, two of them fatally.", 2, 3),
            ("He killed his aunt and two other people before fatally shooting himself.", 4, None),
            ("The gunman killed himself in the garage.", 1, None),
            # a killer who shot himself in the sentence telling his killings is one of the dead, not wounded
            ("Three clerks were shot dead by a guard who then shot himself.", 4, None),
            ("He killed his partner and then shot himself in the head.", 2, None),
            # the one found dead is the man who shot himself: no one else was killed by anyone's act
            ("A man was found dead after he shot himself, police said.", 1, None),
            ("A hunter accidentally shot himself in the foot.", None, 1),
            ("He shot his partner and then shot himself.", None, 2),
            ("Three porters are dead and another hospitalized after the ambush.", 3, 1),
            ("Three cousins were shot to death and another was hurt at the farm.", 3, 1),
            ("Four people were struck by gunfire outside the diner.", None, 4),
            ("The brawl ended with six people in the hospital.", None, 6),
            ("All three were taken to a hospital after the shooting.", None, 3),
            ("A total of four students were rushed to area hospitals.", None, 4),
            ("A cashier was shot on Monday. A second victim was also wounded.", None, 2),
            ("A farmer was killed and a second man was wounded.", 1, 1),
            ("A third man at the scene was not injured.", None, 0),
            ("Deputies found a driver suffering from gunshot wounds.", None, 1),
            ("An 18-year old was also shot in the foot.", None, 1),
            ("Two sisters were found shot dead at their cabin.", 2, None),
            ("A clerk was shot and later succumbed to his injuries.", 1, None),
            ("A teen was charged in the 19-year-old's shooting death.", 1, None),
            ("Police linked the attack to a 2015 murder; two men were shot.", None, 2),
            ("5 shot, 1 killed at a bus stop", 1, 4),
            ("He fired one shot at the car.", None, None),
            ("A man shot his wife and her son, wounding both, before killing himself.", 1, 2),
            ("His cousin or a friend was dead, she was told.", 1, None),
            ("A girl was fatally shot. Medics carried the wounded girl to a car.", 1, None),
            ("Both Dana and the baby were dead from gunshot wounds.", 2, None),
            ("Both victims survived the attack near the mall.", None, 2),
            ("The grocer, who is survived by his wife, was killed.", 1, None),
            ("Two guards were killed; the surviving children were taken in by an aunt.", 2, None),
            ("The cook was hit in the thigh and the clerk was hit in the calf.", None, 2),
            ("The van was hit in the back by a bus.", None, None),
            ("Three men, including a guard, were wounded at the gate.", None, 3),
            (
                "A 24-year-old man was shot twice, and a 19-year-old woman was shot as well. "
                "Bullets grazed a 30-year-old man and a 2-year-old girl.",
                None,
                4,
            ),
            (
                "A boy, 4, found a pistol and fatally shot himself. The boy shot himself in the chest.",
                1,
                None,
            ),
        ),
        *rule(
            "a dateline is neither a victim nor part of one",
            (
                "MILLTOWN, Georgia (WXYZ) – A Milltown teen was accidentally shot and killed "
                "at home on Monday.",
                1,
                None,
            ),
            (
                "RIVERTON, Tenn. - A 4-year-old girl suffered minor injuries in an accidental shooting.",
                None,
                1,
            ),
            ("LAKEVIEW, Ohio -- Two men were shot and wounded outside a bar.", None, 2),
        ),
        *rule(
            "a headline toll told by the shooting verb",
            ("Late night shooting wounds three", None, 3),
            ("Gunfire kills two men outside Elmwood bar", 2, None),
            ("Cousins charged with shooting five people at a barbecue", None, 5),
            ("Gunman opened fire in the lobby, wounding two people.", None, 2),
            # told in the present tense
            ("Man accidentally shoots 13-year-old nephew in Elmwood", None, 1),
            ("Farmer shoots himself in leg while cleaning rifle", None, 1),
            ("Elmwood man shoots two neighbors over parking dispute", None, 2),
        ),
        *rule(
            "a headline's list of the dead joined by commas alone ends on the killer, one of them",
            ("Retired officer killed his son, his daughter, himself", 3, None),
            ("Ex-soldier killed 6-year-old boy, wife, himself", 3, None),
            # an apposition that restates one victim adds no one
            ("Police said he killed his son, a student, on Friday.", 1, None),
        ),
        *rule(
            "a killer told as the last of his victims after 'then' is one of the dead besides them",
            ("He killed two neighbors, then himself.", 3, None),
            ("A gunman killed three people and then himself at the plant on Monday.", 4, None),
            ("Man shoots 4 relatives, killing 2, then himself", 3, 2),
        ),
        *rule(
            "an age the parse reads as the subject after a name is one person",
            ("Police say Sam Cole Jr., 21 of Elmwood was shot and killed.", 1, None),
        ),
        *rule(
            "a casualty word joined with a subject of its own tells of that subject",
            ("A shooting in Elmwood left a 7-year-old boy dead and his uncle wounded on Sunday.", 1, 1),
        ),
        *rule(
            "a gunman dead of his own wound or who turned his gun on himself is one of the dead",
            ("He died of a self-inflicted gunshot wound after shooting and killing two neighbours.", 3, None),
            (
                "A man suspected of killing four people was found dead of a self-inflicted gunshot wound.",
                5,
                None,
            ),
            ("The farmer fatally shot his wife and two sons, then turned the rifle on himself.", 4, None),
            # a suicide alone is one death
            ("A man died of a self-inflicted gunshot wound in his home.", 1, None),
        ),
        *rule(
            "a count with its own casualty word is apart from the next; a possessor's number is no count",
            ("Three dead and 12 wounded after gun battle in Elmwood.", 3, 12),
            ("One killed, four injured in early-morning shooting.", 1, 4),
            ("Police found the 911 caller's father dead inside the home.", 1, None),
        ),
        *rule(
            "every item of a list of victims is counted, however the parse hangs the items",
            ("Gunfire killed a mother, son and little girl at the farm.", 3, None),
            ("Bullets struck a cook, clerk and guard outside the depot.", None, 3),
            ("Deputies found the bodies of a man and a woman and their children Sam, Ann and Bo.", 5, None),
            # one person restated, or described, is still one
            ("The victim, Sam Cole, was shot in the leg.", None, 1),
            ("His father, a 39-year-old, and another man were wounded.", None, 2),
            ("Police charged him in the slaying of Sam Cole and another robbery.", 1, None),
            ("His cousin, a friend or a neighbour was dead, she was told.", 1, None),
            ("2 civilians shot dead by raiders near the river.", 2, None),  # a headline, no 'were'
        ),
        *rule(
            "a coder's killings: shot dead, gunned down, executed, counted by who the dead were",
            ("Gunmen shot dead an activist in Kushtia on Tuesday.", 1, None),
            ("A sniper shot dead at least 3 fishermen and injured another 2 people.", 3, 2),
            ("A shopkeeper was gunned down by two men near the port.", 1, None),
            ("The wounded clerk believed he had been gunned down by a rival.", None, None),
            ("Soldiers executed five prisoners outside the town.", 5, None),
            ("Officers executed a search warrant at the house.", None, None),  # a warrant is no person
            (
                "On Friday, in Rivertown district, Sam Cole, head of the farmers' union, was shot dead by"
                " unknown men.",
                1,
                None,
            ),
            ("No one was killed in the raid.", 0, None),
            ("Troops battle rebels in the hills; four rebels killed", 4, None),
            ("1 aid worker killed and 3 aid workers wounded during fighting.", 1, 3),
            ("1 farmer shot dead by raiders near the well", 1, None),
        ),
        *rule(
            "a victim named apart from the one killed was hurt",
            ("A 30-year-old man was killed and a 9-year-old girl was shot on Elm Street.", 1, 1),
            ("Sam Cole was killed and Ann Lee was shot in the leg.", 1, 1),
            # the people shot may take in the dead
            ("Four were shot and Sam Cole and Ann Lee were killed.", 2, 2),
        ),
        *rule(
            "who died is the subject of 'die', never a noun the parse hung on it as its object",
            # the parse takes 'side' for the object of 'died' at the curly apostrophe
            ("A woman has died after being shot late Saturday on Indianapolis’ north side.", 1, None),
            ("A boy has died after being shot on Tuesday on Indianapolis’ far east side.", 1, None),
        ),
        *rule(
            "one death told by no act beside a suicide is the suicide's own, told again",
            (
                "Deputies first thought the boy had died in a hunting accident but now believe he took his "
                "own life.",
                1,
                None,
            ),
            # a killing besides the suicide counts him among the dead
            ("Police believe the man killed his wife and then took his own life.", 2, None),
        ),
        *rule(
            "a relative clause tells of its own noun, not of the people joined after it",
            (
                "The wounded are a 20-year-old man who was shot two times in the leg and a 31-year-old woman "
                "who was shot in the hand.",
                None,
                2,
            ),
            (
                "Hurt were a 19-year-old Elmwood resident who was shot in the foot, a 40-year-old Elmwood "
                "resident who was shot in the arm and a 22-year-old Oakdale resident who was shot in the "
                "back.",
                None,
                3,
            ),
        ),
    ],
)
def test_the_toll_a_sentence_states(
    nlp: Language, sentence: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(sentence), whole_sentence(sentence)) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.shared
def test_seed_unrest_sentence_counts_one_dead_and_about_700_hurt(nlp: Language, shared_data: Path) -> None:
    text = (shared_data / "moscowtimes_2020-10-06.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    sentence = next(s for s in doc.sents if "hurt" in s.text and "dead" in s.text)
    detection = Detection(
        Span(sentence.start_char, sentence.end_char, sentence.text),
        Span(sentence.start_char, sentence.start_char + 1, sentence.text[0]),
        EventType("PROTEST"),
        1.0,
    )
    assert count_casualties(doc, detection) == Casualties(fatalities=1, injured=700)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        *rule(
            "a protest over a death has no toll of its own",
            ("Relatives of a driver who died in a crash rallied outside the court.", EventType("PROTEST")),
            ("Villagers marched to denounce the killing of two farmers.", EventType("PROTEST")),
            ("Hundreds rallied in the wake of the killing of a journalist.", EventType("PROTEST")),
        ),
        *rule(
            "a riot over a death has no toll of its own",
            (
                "Traders clashed with police over the killing of a shopkeeper.",
                EventType("ASSAULT", None, "Riots", "Violent demonstration"),
            ),
            (
                "Workers fought police during a rally against the deaths of 12 miners.",
                EventType("ASSAULT", None, "Riots", "Violent demonstration"),
            ),
            (
                "Villagers angered by the murder of a trader stoned a police post.",
                EventType("ASSAULT", None, "Riots", "Mob violence"),
            ),
            (
                "Students blocked the highway following the death of a classmate.",
                EventType("PROTEST", None, "Riots", "Mob violence"),
            ),
        ),
        *rule(
            "non-lethal ACLED events carry no toll of their own",
            (
                "Students rallied to condemn the killing of a teacher.",
                EventType("PROTEST", None, "Protests", "Peaceful protest"),
            ),
            (
                "Police arrested two men over the shooting that killed a guard.",
                EventType("PROTEST", None, "Protests", "Arrests"),
            ),
        ),
    ],
)
def test_an_event_that_harms_no_one_carries_no_toll_of_its_own(
    nlp: Language, sentence: str, event_type: EventType
) -> None:
    assert count_casualties(nlp(sentence), whole_sentence(sentence, event_type)) == Casualties()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "fatalities"),
    [
        ("Rioters clashed with police over the arrest of a leader, leaving three dead.", 3),
        ("A violent protest in which two people were killed broke out over fuel prices.", 2),
    ],
)
def test_a_riot_keeps_its_own_dead_beside_its_grievance(
    nlp: Language, sentence: str, fatalities: int
) -> None:
    riot = EventType("ASSAULT", None, "Riots", "Violent demonstration")
    assert count_casualties(nlp(sentence), whole_sentence(sentence, riot)).fatalities == fatalities


A_TALLY_AFTER_AN_ATTACK = (
    "A bus driver was shot in the arm on Sunday. More than 300 people have been killed so far this year."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence_with", "fatalities", "injured"),
    [
        *rule(
            "the incident toll is read from the rest of its paragraph",
            ("Gunmen opened fire at a wedding. Police said one guest died at the scene.", "Gunmen", 1, None),
            (
                "Rebels stormed the depot. The victims, two guards and a cook, were treated for injuries.",
                "Rebels",
                None,
                3,
            ),
            ("A clerk was shot at the kiosk. He died later in hospital.", "A clerk", 1, None),
            ("A patrol clashed with raiders near the dam. No fatalities reported.", "A patrol", 0, None),
            (
                "Soldiers shelled rebel positions for two days. 12 rebels were killed. 12 fatalities.",
                "Soldiers",
                12,
                None,
            ),
            (
                "Militias raided two hamlets. Fatalities coded as 10 and split between 2 events.",
                "Militias",
                5,
                None,
            ),
            (
                "Jets struck a convoy. 6 fighters were killed. Fatalities split across 3 events.",
                "Jets",
                2,
                None,
            ),
            ("A man was killed at the market. In another incident, two women were shot.", "A man", 1, None),
            ("Raiders burned a hut.\n\nTwo farmers were killed in a separate raid.", "Raiders", None, None),
        ),
        *rule(
            "an attack takes its toll from the whole story across paragraphs",
            ("A courier was shot on Friday.\n\nHe died in hospital on Sunday.", "A courier", 1, None),
            ("A courier was shot on Friday.\n\nHe died in hospital on Sunday.", "He died", 1, None),
            ("Two men were shot outside a bar.\n\nOne of them died.", "Two men", 1, 1),
            (
                "A guard was shot at the gate.\n\nIn a separate attack, four soldiers were killed.",
                "A guard",
                None,
                1,
            ),
            (
                "Previous story: a cook was stabbed to death.\n\nA guard was shot at the gate.",
                "A guard",
                None,
                1,
            ),
        ),
        *rule(
            "a tally of many incidents is no event toll",
            (A_TALLY_AFTER_AN_ATTACK, "A bus driver", None, 1),
            (A_TALLY_AFTER_AN_ATTACK, "More than 300", None, None),
        ),
        *rule(
            "survivors and a killer who took his own life are counted apart",
            # a victim added with 'also' or called the survivor is one besides the dead, not one of them
            (
                "A cook and two waiters were shot and killed. A driver was also shot and is in hospital.",
                "A cook",
                3,
                1,
            ),
            (
                "A farmer was shot and killed on Friday. The surviving brother is in critical condition.",
                "A farmer",
                1,
                1,
            ),
            # a prognosis is of someone alive and hurt
            ("A cyclist was shot near the depot. She is expected to survive.", "A cyclist", None, 1),
            (
                "A guard was shot and killed. His partner was wounded and is expected to survive.",
                "A guard",
                1,
                1,
            ),
            # a killer's own death told in a sentence of its own is one of the dead besides his victims
            ("A man killed his neighbour on Sunday. He then took his own life.", "A man", 2, None),
            (
                "The gunman killed three coworkers. Then he went to the roof and shot himself to death.",
                "The gunman",
                4,
                None,
            ),
            # unless the count already takes him in, or he killed no one else
            (
                "Two people were found dead in an apparent murder-suicide. He had shot himself to death.",
                "Two people",
                2,
                None,
            ),
            (
                "The boy was found dead in the barn. He accidentally shot and killed himself.",
                "The boy",
                1,
                None,
            ),
            (
                "A student shot and killed himself on Monday. He died of a self-inflicted gunshot wound.",
                "A student",
                1,
                None,
            ),
            (
                "A father and his two sons were found dead in an apparent murder-suicide. "
                "All three were dead when officers heard a shot, "
                "which they believe was the father taking his own life.",
                "A father",
                3,
                None,
            ),
            (
                "Two people were found dead in a murder-suicide. A woman found three bodies in the flat. "
                "Police believe the shot they heard was the father taking his own life.",
                "Two people",
                3,
                None,
            ),
            ("A gunman shot a clerk. He also shot himself.", "A gunman", None, 1),
            # one who killed himself and is named among the dead is one death told twice
            (
                "Police are investigating the fatal shooting of a boy. "
                "The boy fatally shot himself with a rifle.",
                "Police",
                1,
                None,
            ),
            ("A 9-year-old boy fatally shot himself with a shotgun on Monday.", "A 9", 1, None),
            ("A man killed his wife on Sunday. The man then shot himself to death.", "A man", 2, None),
            # a death no sentence tells as anyone's act ('found dead', 'passed away') is the self-killer's own
            (
                "A 12-year-old boy fatally shot himself on Friday. Officers found Sam Cole dead in his room. "
                "Medics tried to save him, but he passed away, the chief said.",
                "A 12",
                1,
                None,
            ),
            (
                "A man fatally shot himself on Friday. His wife was shot and killed in the kitchen.",
                "A man",
                2,
                None,
            ),
        ),
        *rule(
            "a death after the attack is of one of those the story counted as hurt",
            (
                "Four people were wounded in a shooting on Elm Street. One of the four victims has died.",
                "Four people",
                1,
                3,
            ),
            (
                "Two men were hospitalized after a shooting on Oak Street. One of them later died.",
                "Two men",
                1,
                1,
            ),
            (
                "A 3-year-old was critically injured in a shooting. The child has died, police said.",
                "A 3",
                1,
                None,
            ),
            (
                "A cook was injured in a shooting at a diner. The cook died of his injuries on Monday.",
                "A cook",
                1,
                None,
            ),
            # a later death counted by its order is the count of the dead
            (
                "A third person has died after a shooting near the school. A fourth victim is in critical "
                "condition.",
                "A third",
                3,
                1,
            ),
            # one killed, counted by its order among the people hit, is the only dead
            ("Two men were wounded on Elm Street. A third man was shot and killed.", "Two men", 1, 2),
            # the injured said to be besides others, and a death not said to come later, are counted apart
            ("A man wounded in the shooting has died. Two other men were injured.", "A man", 1, 2),
            ("A guard died at the scene of the shooting. Three people were injured.", "A guard", 1, 3),
        ),
        *rule(
            "a victim counted by its order, whatever is said of it, tells how many were hit",
            (
                "Two men walked into a clinic with gunshot wounds. A third shooting victim was found on Elm "
                "Street.",
                "Two men",
                None,
                3,
            ),
            (
                "Three women were shot at a party. Police later found a fourth victim nearby.",
                "Three",
                None,
                4,
            ),
        ),
        *rule(
            "a death only threatened or attempted took no life",
            (
                "Her father had a gun and was threatening to take his own life. She was shot in the arm.",
                "Her",
                None,
                1,
            ),
            ("A man tried to beat the clerk to death with a bat on Elm Street.", "A man", None, None),
        ),
        *rule(
            "a toll told across several shootings is no event's toll",
            (
                "Three shootings overnight injured five people. A man was shot on Elm Street.",
                "A man",
                None,
                1,
            ),
            (
                "Three shootings overnight injured five people. A man was shot on Elm Street.",
                "Three",
                None,
                None,
            ),
        ),
        *rule(
            "a list of related stories ends the story",
            (
                "A clerk was shot and killed on Friday. RELATED ARTICLES: Three killed in highway crash.",
                "A clerk",
                1,
                None,
            ),
            (
                "A clerk was shot and killed on Friday. More stories: Three killed in highway crash.",
                "A clerk",
                1,
                None,
            ),
        ),
    ],
)
def test_the_toll_of_an_attack_read_from_its_story(
    nlp: Language, text: str, sentence_with: str, fatalities: int | None, injured: int | None
) -> None:
    assert count_casualties(nlp(text), detection_on(text, sentence_with)) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "text", "fatalities", "injured"),
    [
        # the headline alone states the toll of the attack the body tells
        (
            "Five shot at birthday party in Elmwood",
            "Police are investigating a shooting at a party.",
            None,
            5,
        ),
        (
            "Teen, 15, dies after shooting near park",
            "A shooting was reported near the park on Friday.",
            1,
            None,
        ),
        # it restates the body's toll rather than adding to it
        ("Two shot outside bar", "Two men were shot outside the bar on Sunday.", None, 2),
        # a headline on another incident or a tally of many lends this event nothing
        (
            "City has seen 40 people shot so far this year",
            "A shooting was reported on Main Street.",
            None,
            None,
        ),
    ],
)
def test_the_headline_states_the_toll_of_the_attack(
    nlp: Language, title: str, text: str, fatalities: int | None, injured: int | None
) -> None:
    detection = detection_on(text, text[:10])
    assert count_casualties(nlp(text), detection, title) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "injured"),
    [
        *rule(
            "a call to a gunshot wound names the attack, so the story's toll is its own",
            (
                "Deputies responded to a call on Elm Street and found a teen suffering from a self-inflicted "
                "gunshot wound.\n\nThe teen was taken to a local hospital to be treated.",
                1,
            ),
            (
                "Deputies were called to a home on Elm Street on Monday about a gunshot wound.\n\n"
                "Two men were taken to a hospital.",
                2,
            ),
        ),
    ],
)
def test_a_response_to_a_gunshot_wound_shares_the_story_toll(nlp: Language, text: str, injured: int) -> None:
    detection = detection_on(text, text[:8], "REQUEST")
    assert count_casualties(nlp(text), detection) == Casualties(None, injured)


@pytest.mark.slow
def test_a_headline_lends_no_toll_to_an_arrest(nlp: Language) -> None:
    text = "Police arrested a man in Elmwood on Monday."
    detection = detection_on(text, "Police", "ARREST")
    assert count_casualties(nlp(text), detection, "Man arrested after three shot in Elmwood") == Casualties()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a shooting verb without a count of people is no toll",
            ("He kept shooting two rounds at the target.", []),
            ("The shooting wounds were minor.", []),
        ),
        *rule(
            "a headline opening on one victim counts that victim",
            # a headline drops 'was': 'Toddler shot' is one person shot, not a toddler shooting
            ("Toddler shot while riding in back seat", [("shot", 1)]),
            ("Police: Riverside Teen Shot Near Bus Stop", [("shot", 1)]),
            ("Girl, 9, found fatally shot in apartment", [("killed", 1)]),
            ("Police: Lakeside teenager shot to death near school", [("killed", 1)]),
            ("Woman killed in shooting identified", [("killed", 1)]),
            ("6-month-old baby shot while in stroller", [("shot", 1)]),
            # an adverb of how it happened does not hide the victim
            ("12-year-old boy accidentally shot while hunting", [("shot", 1)]),
            # the victim's town between the age and the noun
            ("21-year-old Elmwood man dead after accidental shooting", [("killed", 1)]),
            ("UPDATE: 2-year-old Marion boy injured in accidental shooting", [("injured", 1)]),
            ("Teen in serious condition after being shot", [("injured", 1)]),
            # a juvenile or a youth, as police call a minor
            ("Female Juvenile Killed After Accidental Shooting", [("killed", 1)]),
            ("Youth wounded in shooting near park", [("injured", 1)]),
            ("Man killed his brother, police say", []),
            ("Man shot his neighbour over a fence", []),
            ("The man shot at the officers before fleeing.", []),
        ),
        *rule(
            "a headline on one victim who died tells one death, whatever words follow the dying verb",
            ("Teen dies after apartment complex shooting", [("killed", 1)]),
            ("Police: Elmwood man dies of gunshot wound", [("killed", 1)]),
            ("Woman dead following Riverside shooting", [("killed", 1)]),
            ("Man dies when rifle goes off during cleaning", [("killed", 1)]),
            ("15-year-old teen killed in shooting near school", [("killed", 1)]),
            # one who killed, or died otherwise than the verb opening on him says, is told otherwise
            ("Man who died in crash identified", []),
            ("Teen killed brother, police say", []),
        ),
        *rule(
            "a headline on a later death counted by its order counts the dead",
            ("Third man dies after shooting at dice game", [("killed", 3)]),
            ("Police: 2nd victim has died in bar shooting", [("killed", 2)]),
            ("4th victim of Elm Street shooting dies after days in hospital", [("killed", 4)]),
            ("Third shooting in a week on Elm Street", []),
        ),
        *rule(
            "a number after 'of' counts kin, not the dead",
            ("Mother of 3 killed in crash on Route 9", []),
            ("3 killed in crash on Route 9", [("killed", 3)]),
        ),
        *rule(
            "two counts joined in one subject add up",
            ("Three children and two adults were found dead on Sunday", [("killed", 5)]),
            ("Police said a man and two women were shot outside the club", [("shot", 3)]),
            ("Two men were shot outside the club", [("shot", 2)]),
        ),
        *rule(
            "a headline's count of people shot may name them with an age word",
            ("3 teen girls shot near Elm Street park", [("shot", 3)]),
            ("Two young men shot outside the club", [("shot", 2)]),
        ),
        *rule(
            "a headline calls its one victim slain or in a condition",
            ("Slain teen identified as Elmwood student", [("killed", 1)]),
            ("Metro police: Officer serious but stable after Friday shooting", [("injured", 1)]),
            ("Boy, 9, critical after being shot in the arm", [("injured", 1)]),
            ("Deputy in critical condition after traffic stop", [("injured", 1)]),
            # a headline that names no victim states nothing
            ("Critical questions remain after the council vote", []),
        ),
        *rule(
            "a headline on one shooting victim dead or in a condition",
            ("Teenage shooting victim found dead on porch identified", [("killed", 1), ("shot", 1)]),
            ("Man dead after shooting on Elm Street", [("killed", 1)]),
            ("Shooting victim in critical condition", [("injured", 1), ("shot", 1)]),
        ),
        *rule(
            "a headline opening on one shooting victim tells one person hit, whatever else it tells",
            ("Elmwood shooting victim flags down a passing bus", [("shot", 1)]),
            ("Shooting victim walks into emergency room", [("shot", 1)]),
            # his kin, or victims counted, are told otherwise
            ("Family of teen shooting victim asks for help", []),
            ("Shooting victims recover at home", []),
        ),
        *rule(
            "a year closing a written date is no count",
            ("Posted March 3, 2016 Man dead after a shootout", []),
            ("Jan. 9, 2017 two wounded at a bar", [("injured", 2)]),
            ("On May 2, 2016 two men killed in a crash", [("killed", 2)]),
        ),
        *rule(
            "the other victims described after the dead lived",
            ("The other three victims were a woman, 18, and two men, 22 and 21.", [("injured", 3)]),
            # the other victims said to be dead, or only named, are no survivors
            ("The other two victims were killed.", [("killed", 2)]),
            ("The names of the other three victims have not been released.", []),
        ),
    ],
)
def test_the_counts_a_text_states(text: str, expected: list[tuple[str, int]]) -> None:
    assert list(text_counts(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8-year-old shot, killed in Eastfield, 2 others hurt", True),
        ("Family mourns after 16-year-old girl found fatally shot in car", True),
        ("Riverton boy, 7, dies from accidental gunshot wound", True),
        # a title-case headline, and one naming the victim's town between the age and the noun
        ("11-Year-Old Boy Dies After Being Shot", True),
        ("9-year-old Riverton girl dies of accidental gunshot wound", True),
        ("9-year-old Riverton girl shot in the leg", False),
        ("A 30-year-old man was shot to death outside a bar.", True),
        ("A 30-year-old man was shot in the arm.", False),
        ("The 12-year-old boy was shot and is in stable condition.", False),
    ],
)
def test_one_victim_told_by_age_who_died(text: str, expected: bool) -> None:
    assert (("killed", 1) in list(text_counts(text))) is expected
