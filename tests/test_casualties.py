"""Casualty counts: what a sentence says about killed and injured people, and what is not a count."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import rule, whole_sentence
from spacy.language import Language

from kronika.casualties import count_casualties, parse_count
from kronika.model import Casualties, Detection, EventType, Span


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
            ("her 2.5-year-old son", 1),
            ("a 1.5 year old girl", 1),
            ("two 3.5-year-old twins", 2),
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
            ("The blasts killed nine and wounded about 2,800.", 9, 2800),
            ("The deputy was shot around 11 a.m. on the highway.", None, 1),
            ("The death toll from a car bombing at the market in the old town rose to 15.", 15, None),
            ("The death toll from the blast has risen to 15, officials said.", 15, None),
            # the incident named a massacre or the worst of its kind is its own toll, no comparison
            ("Nine villagers were killed and 14 hurt, in the worst massacre in the region.", 9, 14),
            ("Six guards were killed in the deadliest attack on the prison in years.", 6, None),
            ("A strike on a market killed 51 people, in one of the deadliest attacks of the war.", 51, None),
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
            # an age with a fraction counts no one: a man and his little son are two dead
            ("Deputies found the body of a 40-year-old man and his 2.5-year-old son.", 2, None),
            ("Unknown gunmen assassinated a local official.", 1, None),
            ("A boy was found shot inside his house.", None, 1),
            ("Five victims were treated for injuries at the hospital.", None, 5),
            ("The raiders killed 15 livestock and burned huts.", None, None),
            ("He was shot in the upper body.", None, 1),
        ),
        *rule(
            "'they' who died in a clause on a noun are the people the clause above tells of",
            ("The cook and the boy were driven to a clinic where they later died.", 2, None),
            ("Both were taken to the clinic where they were pronounced dead.", 2, None),
            ("The driver was brought to an infirmary where they died from their injuries.", 1, None),
            # the reporter of the deaths is not who died
            ("Officers said they found two men shot.", None, 2),
        ),
        *rule(
            "one killed when he shot himself is one death; a killer who shot himself is one besides his dead",
            ("A 6-year-old lad was killed when he unwittingly shot himself in a barn.", 1, None),
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
            # an attack or a bullet that took 'his' or 'her' life took a victim's; a man who did is a suicide
            ("Lia Voss, 16, was hit during a porch shooting that took her life.", 1, None),
            ("The stray bullet took his life on the porch.", 1, None),
            ("The shooting that took his life left two others wounded.", 1, 2),
            ("A teen was shot in the arm and a woman was shot in the hip.", None, 2),
            ("The guard was fatally wounded.", 1, None),
            ("The van rammed a patrol car, injuring both officers.", None, 2),
            ("The lorry struck a wall.", None, None),
            # a list the parse hangs on its first person as an apposition counts everyone in it
            ("She shot and killed her husband, son and daughter at the cabin.", 3, None),
            ("A gunman killed a man, woman and child near the depot.", 3, None),
            ("Police said his son, a student, was shot.", None, 1),
            # one named person restated by no count of many: the people counted after her are the list's rest
            ("The gunman wounded Ann Cole, three of her cousins and a driver before fleeing.", None, 5),
            ("Officers said Ruth Lane, her three nephews and a driver were hurt in the attack.", None, 5),
            # her age, or what she is, after her name is no more people
            ("Ruth Lane, 34, and her nephew were hurt in the attack.", None, 2),
            ("Ruth Lane, a nurse, was hurt in the attack.", None, 1),
        ),
        *rule(
            "people named by their age in the plural are counted by the number before the age",
            ("Two 18-year-olds were killed outside the arcade.", 2, None),
            ("Deputies said three other 22-year-olds were hurt.", None, 3),
            ("Both 15-year-olds were shot in the foot.", None, 2),
            # no number told: a plural is no count
            ("The 17-year-olds were pronounced dead at the scene.", None, None),
        ),
        *rule(
            "gunfire victims and the dead are counted once",
            ("One man died while two other shooting victims were treated at a clinic.", 1, 2),
            ("Detectives are looking into a triple shooting that left one man dead.", 1, 2),
            ("Deputies are investigating the shooting and wounding of three teens.", None, 3),
            ("A gunman shot four people near the arena. One of the wounded was a guard.", None, 4),
            ("The porter was pronounced dead with one gunshot wound in his neck.", 1, None),
            # the parse reads 'a dead Sunday'; the man shot is the one dead
            ("A porter was shot dead Sunday near the depot.", 1, None),
            ("Police shot a porter dead Tuesday night near the depot.", 1, None),
            ("A clerk was killed and another injured when the robbers fired.", 1, 1),
            ("A courier was killed and two others were shot outside the depot.", 1, 2),
            ("The blast left a driver in critical condition.", None, 1),
            # the dateline's town, read by the parse as the one in that condition, is no second victim
            (
                "CLAYTON — An 11-year-old schoolgirl who was shot in the hip Thursday was in serious "
                "condition in a county hospital Sunday, deputies said.",
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
            ("She is accused of battery with intent to kill.", None, None),
            # a verb joined to an infinitive shares its 'to': what was meant, not what was done
            ("The man threatened to shoot and kill his neighbor.", None, None),
            ("He was charged with firing a gun with intent to injure or kill.", None, None),
            ("It is a crime to allow a rifle to be fired to wound or kill a neighbor.", None, None),
            ("The gunman went to the house and killed his wife.", 1, None),
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
                "A 52-year-old cook remained in critical condition and the 23-year-old was in stable "
                "condition.",
                None,
                2,
            ),
            (
                "A 33-year-old nurse was shot in the wrist. A 25-year-old cook was shot in the thigh. "
                "An 18-year-old clerk was shot in the ankle.",
                None,
                3,
            ),
            (
                "Deputies say a 5-year-old lass was shot in the knee. Medics found a five-year-old lass who "
                "had been shot in the left knee.",
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
            # a tabloid's 'blasted' for people shot
            ("Five people were blasted outside a block party on Linden Street.", None, 5),
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
            # South Asian reporting's word for a soldier or policeman killed on duty
            ("A constable was martyred and another was injured in the blast at the checkpost.", 1, 1),
            # the Sahel armies' 'neutralised' of fighters: killed, as ACLED codes them; a device only disarmed
            ("The army said 37 attackers were neutralised near the post.", 37, None),
            ("Soldiers neutralized ten militants near the village on Friday.", 10, None),
            ("Engineers neutralized an explosive device on the road to the camp.", None, None),
            ("A teen was charged in the 19-year-old's shooting death.", 1, None),
            ("Police linked the attack to a 2015 murder; two men were shot.", None, 2),
            # a sentence that opens with the count writes "One" capitalised: still one person
            ("One death was reported after the raid on Kauda.", 1, None),
            ("One death and one injury reported near Tawila.", 1, 1),
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
                "A 27-year-old cook was shot twice, and a 20-year-old clerk was shot as well. "
                "Bullets grazed a 35-year-old driver and a 3-year-old boy.",
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
            ("Farmer shoots 4 cousins, killing 2, then himself", 3, 2),
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
            (
                "The clerk died of a self-inflicted bullet wound after shooting and killing two tenants.",
                3,
                None,
            ),
            (
                "A farmer suspected of killing four hikers was then discovered dead of a self-inflicted "
                "gunshot wound.",
                5,
                None,
            ),
            ("The farmer fatally shot his wife and two sons, then turned the rifle on himself.", 4, None),
            # a suicide alone is one death
            ("A man died of a self-inflicted gunshot wound in his home.", 1, None),
        ),
        *rule(
            "a self-inflicted wound is the death told just before it, not an earlier one in the sentence",
            (
                "The sheriff said the two boys died of gunshot wounds, and the mother died of a "
                "self-inflicted gunshot wound.",
                3,
                None,
            ),
            ("Both girls died at the scene and their father died later of a self-inflicted wound.", 3, None),
        ),
        *rule(
            "a count with its own casualty word is apart from the next; a possessor's number is no count",
            ("Three killed and 12 hurt after firefight near Elmwood.", 3, 12),
            ("One killed, four injured in pre-dawn attack at tavern.", 1, 4),
            ("Deputies found the 911 caller's uncle dead in the kitchen.", 1, None),
        ),
        *rule(
            "every item of a list of victims is counted, however the parse hangs the items",
            ("Gunfire killed a mother, son and little girl at the farm.", 3, None),
            ("Bullets struck a cook, clerk and guard outside the depot.", None, 3),
            ("Troopers found the bodies of a cook and a nurse and their children Tom, Eva and Lu.", 5, None),
            # one person restated, or described, is still one
            ("The victim, Sam Cole, was shot in the leg.", None, 1),
            ("Her uncle, a 47-year-old, and another teen were hurt.", None, 2),
            ("Police charged him in the slaying of Sam Cole and another robbery.", 1, None),
            ("His cousin, a friend or a neighbour was dead, she was told.", 1, None),
            ("2 civilians shot dead by raiders near the river.", 2, None),  # a headline, no 'were'
        ),
        *rule(
            "a coder's killings: shot dead, gunned down, executed, counted by who the dead were",
            ("Gunmen shot dead an activist in Kushtia on Tuesday.", 1, None),
            ("A sniper shot dead at least 3 fishermen and injured another 2 people.", 3, 2),
            ("A shopkeeper was gunned down by two men near the port.", 1, None),
            ("The injured cashier thought that she had been gunned down by a rival gang.", None, None),
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
            ("A 41-year-old cook was killed and an 8-year-old boy was shot on Birch Lane.", 1, 1),
            ("Sam Cole was killed and Ann Lee was shot in the leg.", 1, 1),
            # the people shot may take in the dead
            ("Four were shot and Sam Cole and Ann Lee were killed.", 2, 2),
        ),
        *rule(
            "who died is the subject of 'die', never a noun the parse hung on it as its object",
            # the parse takes 'side' for the object of 'died' at the curly apostrophe
            ("A woman has died after being shot late Saturday on Indianapolis’ north side.", 1, None),
            ("A girl has died after being shot Thursday on Indianapolis’ far east side.", 1, None),
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
                "The wounded are a 23-year-old cook who was shot two times in the calf and a 36-year-old "
                "nurse who was shot in the wrist.",
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
