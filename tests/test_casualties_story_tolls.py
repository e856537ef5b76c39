"""Casualty counts an event takes beyond its sentence: none for a protest or arrest over a death, a riot's own
dead, and the toll the rest of the story or its headline states."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import detection_on, made_up_detection, rule, story_toll, whole_sentence
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.casualties.grievances import event_findings
from kronika.model import Casualties, EventType, Span


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
            # a death told in a clause the crowd's act came after
            (
                "Taxi riders stoned passing cars in Vella after a colleague was killed in a crash.",
                EventType("PROTEST", "obstruct", "Riots", "Violent demonstration"),
            ),
            (
                "Youths torched a police post in Tarn after two men were killed in custody.",
                EventType("COERCE", "destroy", "Riots", "Violent demonstration"),
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sentence_with", "plover"),
    [
        *rule(
            "words, deals and concessions take no toll of the clash told beside them",
            ("Clashes near the mine killed three guards. A court freed the two activists held over the "
             "unrest.", "A court", "CONCEDE"),
            ("Rival crowds fought on the square, leaving one man dead and 20 hurt. The opposition leader, "
             "freed from jail by protesters, urged calm.", "The opposition leader", "RETREAT"),
            ("The prime minister resigned after clashes that killed two people and hurt 40.", "The prime",
             "RETREAT"),
            ("The two clans agreed a truce after fighting killed 12 herders.", "The two clans", "AGREE"),
        ),
        *rule(
            "nor do meetings and visits",
            ("A reporter died in a cell in Tarn on Friday. His widow met the envoys in Vella on Monday.",
             "His widow", "CONSULT"),
        ),
    ],
)  # fmt: skip
def test_words_and_deals_take_no_toll(nlp: Language, text: str, sentence_with: str, plover: str) -> None:
    assert count_casualties(nlp(text), detection_on(text, sentence_with, plover)) == Casualties()


@pytest.mark.slow
def test_a_wound_received_keeps_its_toll(nlp: Language) -> None:
    """'Received' read as hosting is kept only where what is received is a harm: that harm is its toll."""
    text = "Three men were shot outside a bar on Elm Street. One man received a gunshot wound to the leg."
    at = text.index("received")
    received = replace(detection_on(text, "One man", "CONSULT"), trigger=Span(at, at + 8, "received"))
    assert count_casualties(nlp(text), received) == Casualties(None, 3)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        *rule(
            "a protest broken up by force keeps the hurt its sentence tells",
            ("At least fifteen people were hurt when police dispersed a rally of miners.", "dispersed",
             Casualties(None, 15)),
            ("Riot police broke up the march with batons, and 23 marchers were injured.", "broke",
             Casualties(None, 23)),
            ("Police fired tear gas at the crowd, injuring at least 30 people.", "fired",
             Casualties(None, 30)),
        ),
        *rule(
            "but neither the dead nor the hurt it is held over",
            ("Police dispersed mourners of the 12 people hurt in last week's blast.", "dispersed",
             Casualties()),
            ("Police broke up a vigil for two miners killed in the collapse.", "broke", Casualties()),
            ("Police dispersed the rally and detained 40 people.", "dispersed", Casualties()),
        ),
    ],
)  # fmt: skip
def test_a_protest_broken_up_by_force_keeps_its_own_hurt(
    nlp: Language, sentence: str, trigger: str, expected: Casualties
) -> None:
    intervention = made_up_detection(sentence, trigger, "COERCE", "Protest with intervention")
    assert count_casualties(nlp(sentence), intervention) == expected


A_TALLY_AFTER_AN_ATTACK = (
    "A bus driver was shot in the arm on Sunday. More than 300 people have been killed in the county to date."
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
            # a death sentence kills no one
            ("A court in Tarn sentenced three men to death for the bombing.", "A court", None, None),
            # 'so far' of what has not happened yet is no tally
            (
                "Rebels have so far not claimed the attack, which killed four soldiers near Tarn on Monday.",
                "Rebels",
                4,
                None,
            ),
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
                "Two people died in an apparent murder-suicide. He had shot himself to death.",
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
                "A student shot and killed himself on Monday. He died from a self-inflicted bullet wound.",
                "A student",
                1,
                None,
            ),
            (
                "A father and his two sons died in an apparent murder-suicide. "
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
                "Detectives are looking into the fatal shooting of a boy. "
                "The boy fatally shot himself with a rifle.",
                "Detectives",
                1,
                None,
            ),
            ("A 71-year-old man fatally shot himself with a hunting rifle on Monday.", "A 71", 1, None),
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
                "A third person has now died following a shooting near the school. A fourth victim is in "
                "critical condition.",
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
                "Her father was holding a pistol and threatening to take his own life. She was shot in the "
                "arm.",
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
            (
                "A clerk was shot dead on Friday. RELATED ARTICLE - 2 killed in a gas station shooting.",
                "A clerk",
                1,
                None,
            ),
            (
                "A clerk was shot and killed on Friday. Related | Two teens wounded outside a rink.",
                "A clerk",
                1,
                None,
            ),
        ),
        *rule(
            "a link's headline the parse cut off from its mark is the link's, not the story's",
            (
                "A cashier was shot and killed on Sunday. RELATED ARTICLE - Two men shot dead at a car wash.",
                "A cashier",
                1,
                None,
            ),
            (
                "A cashier was shot and killed on Sunday.\n\nPrevious story:\n\nFour people hurt at a bar.",
                "A cashier",
                1,
                None,
            ),
            (
                "A cashier was shot and killed on Sunday.\nRelated\nTwo men shot dead at a car wash.",
                "A cashier",
                1,
                None,
            ),
            (
                "A cashier was shot and killed on Sunday.\n\nRelated Coverage\n\nThree hurt in a crash.",
                "A cashier",
                1,
                None,
            ),
            (
                "A cashier was shot and killed on Sunday. PREVIOUS STORY. Two men shot dead at a car wash.",
                "Two men",
                None,
                None,
            ),
            (
                "A cashier was shot and killed on Sunday. RELATED ARTICLE - Two men shot dead at a car wash.",
                "Two men",
                None,
                None,
            ),
        ),
        *rule(
            "a link to another story tells no toll of its own",
            (
                "A clerk was shot dead on Friday. RELATED ARTICLE - 2 killed in a gas station shooting.",
                "RELATED",
                None,
                None,
            ),
            (
                "A clerk was shot and killed on Friday. RELATED STORIES: Three men wounded at a party.",
                "RELATED",
                None,
                None,
            ),
        ),
        *rule(
            "who was hit, asked in a question, is no one hit besides the victims the story tells",
            (
                "A 13-year-old is dead after a shooting inside a duplex on Tuesday. Officers have not said "
                "who shot the boy, or whether the boy shot himself.",
                "A 13-year-old",
                1,
                None,
            ),
            (
                "A woman died after she was shot in her kitchen on Friday. Detectives are trying to learn "
                "who shot the woman and if she shot herself.",
                "A woman",
                1,
                None,
            ),
            (
                "A man was found dead in a parked car on Main Street. Police did not say who shot the driver "
                "or if the driver shot himself.",
                "A man",
                1,
                None,
            ),
        ),
        *rule(
            "a count since a coup or a vote is a tally of months; a possessive 'last year's' dates none",
            (
                "Troops fired on protesters in Kassala on Thursday, killing four people. "
                "Since the October coup, at least 60 people have been killed, the committee said.",
                "Troops fired",
                4,
                None,
            ),
            (
                "Troops fired on protesters marching against last year's coup in Kassala, killing four.",
                "Troops fired",
                4,
                None,
            ),
        ),
    ],
)
def test_the_toll_of_an_attack_read_from_its_story(
    nlp: Language, text: str, sentence_with: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text, sentence_with) == Casualties(fatalities, injured)


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
                "gunshot wound.\n\nThe teen was driven to a nearby clinic for treatment.",
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


@pytest.mark.slow
def test_what_a_span_states_does_not_depend_on_the_spans_read_before_it(nlp: Language) -> None:
    # a headline run into the body's first line is one longer span from the same start as the headline
    # alone: the counts read of the short span must not stand for the long one's
    text = "Two men were shot on Elm Street, and a third man was hurt in the crash that followed."
    whole = whole_sentence(text)
    alone = event_findings(nlp(text), nlp(text)[:], whole)
    doc = nlp(text)
    event_findings(doc, doc[:7], whole)
    assert event_findings(doc, doc[:], whole) == alone
    assert max(f.count for f in alone) == 3
