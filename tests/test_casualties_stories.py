"""Casualty counts in news stories with page noise: captions, recalled incidents, victims told twice."""

from __future__ import annotations

import pytest
from builders import detection_on, rule, story_toll
from spacy.language import Language

from kronika.casualties import count_casualties
from kronika.casualties.patterns import StatedCount, text_counts
from kronika.casualties.sentence_tally import title_tally
from kronika.casualties.stories import story_link, story_sentences
from kronika.model import Casualties


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a story toll ignores captions, recalled incidents and repeated names",
            # a photo caption run into the sentence: its number counts pictures, not the dead
            (
                "A woman died Sunday night after being shot outside a bar. "
                "Photo: 14 Metro Video Image 3 of 9 "
                "A woman died Sunday night after being shot outside a bar.",
                1,
                None,
            ),
            # a caption's credit on the line above names no victims: its number is no count of them
            (
                "Photo: 17 Star Video\n\nA man was found shot inside a van on the north side on Thursday.",
                None,
                1,
            ),
            # an earlier incident the story recalls, opening on its calendar date, lends it nothing
            (
                "A boy was shot in the arm on Elm Street on Friday. "
                "On June 9, a teen was shot in the knee on that "
                "same corner and two men were killed.",
                None,
                1,
            ),
            (
                "A girl was wounded at a bus stop on Tuesday. "
                "In January, a gunman killed three people nearby.",
                None,
                1,
            ),
            # a dated opening before the story has told any day dates its own incident, not another one
            (
                "Police are investigating after a man accidentally shot himself in Elmwood. "
                "On August 12, officers were called to a home on Oak Street. "
                "They found a 52-year-old man suffering a gunshot wound. "
                "Medics declared him dead at the scene.",
                1,
                None,
            ),
            # one victim named twice in a sentence is one person hit
            (
                "Reyes was shot when Cole drew his handgun and it fired, striking Reyes in the jaw.",
                None,
                1,
            ),
        ),
        *rule(
            "a pronoun in the clause on a death is the one who died",
            # 'he' in the clause on how the boy died is the boy: one victim, dead
            ("A 6-year-old boy has died after he was wounded in a shooting on Friday.", 1, None),
            ("A woman was killed after she was shot outside her home on Monday.", 1, None),
            # the injuries of one who died are no injury
            ("A boy who suffered critical injuries in a shooting at his home has died.", 1, None),
        ),
        *rule(
            "a tally over a year, a month or a city's round-up is no event toll",
            ("Police have handled nine killings in all of 2015, the chief said.", None, None),
            ("The shooting came after 30 people were killed in June across the city.", None, None),
            (
                "Four people were killed and 16 others wounded in shootings across the city on Wednesday.",
                None,
                None,
            ),
            ("Five people were wounded in separate incidents on Friday.", None, None),
            ("Two girls were hurt on Monday in separate accidental shootings, police said.", None, None),
            ("At least 318 residents were shot across the county since the start of 2019.", None, None),
            # a year's count of incidents, its own sentence dated only by the year
            ("Police said there were 612 murders and 2,900 shooting victims in 2015.", None, None),
            ("There were 468 killings in 2016, nearly 60 more than the year before.", None, None),
            # a named city's toll, or one across the round-up's other shootings, lends the story nothing
            (
                "A man was shot in the leg on Elm Street on Friday. "
                "The attack followed a weekend that saw 40 people shot across Detroit.",
                None,
                1,
            ),
            (
                "A woman was wounded on Oak Avenue on Saturday. "
                "At least 15 other people were wounded in other citywide shootings since Friday.",
                None,
                1,
            ),
        ),
        *rule(
            "a round-up's next shooting is another story; a string of shootings is a tally",
            # the round-up turns to its second and third shootings: their dead are not the first one's
            (
                "A man was shot dead on Oak Street just before midnight. "
                "Officers responded to the second shooting an hour later on Pine Avenue, where two men were "
                "found dead. The third shooting, on Elm Road, left four people wounded.",
                1,
                None,
            ),
            (
                "A woman was wounded outside a bar on Friday. "
                "The worst shooting happened on Main Street, where three people were killed.",
                None,
                1,
            ),
            # a count of the city's shootings opens no story: the toll after it is still the incident's
            (
                "A teen was shot in the leg on Friday. It was the second shooting in as many days. "
                "A second victim, a man, was also wounded.",
                None,
                2,
            ),
            (
                "Within four hours, five people were dead in a string of separate, unrelated shootings.",
                None,
                None,
            ),
        ),
        *rule(
            "a tally since a past month or year, or over a stretch of hours, is no event toll",
            ("Since March 2013, at least 12 teens have been shot dead in the county.", None, None),
            ("Eighteen people were shot over a span of 60 hours in the city.", None, None),
            ("Two were killed and 14 wounded over a six-hour stretch on Saturday.", None, None),
            # nor does it lend the story its figures
            (
                "A man was shot dead on Elm Street on Friday. "
                "Since May 2012, at least 30 people have been killed in the neighborhood.",
                1,
                None,
            ),
            # a shooting over the weekend is one incident's
            ("Two men were shot over the weekend on Elm Street.", None, 2),
        ),
        *rule(
            "a similar incident the story recalls is another incident",
            (
                "A boy was shot in the leg on Elm Street on Friday. "
                "A similar shooting on Oak Street left two teens dead.",
                None,
                1,
            ),
        ),
        *rule(
            "someone who passed away died",
            ("A man was shot on Elm Street on Friday. He passed away at the hospital on Sunday.", 1, None),
        ),
        *rule(
            "a victim released from hospital or a second one taken there lived",
            # someone treated and released lived: hurt, besides the dead
            (
                "A teen was killed on Oak Street. "
                "His friend was shot in the leg. He was treated and released.",
                1,
                1,
            ),
            ("A boy is recovering after an accidental shooting. He was released from the hospital.", None, 1),
            # released from jail or releasing a name tells of no victim
            ("A man was shot dead on Friday. Police released his name on Sunday.", 1, None),
            # 'a second victim' taken to the hospital: two were hit, one of whom died
            (
                "A student was fatally shot in a car. "
                "A second victim was driven to the infirmary and is stable.",
                1,
                1,
            ),
        ),
        *rule(
            "a victim described as shot and killed died",
            # "shot and killed" describing the victim: he was killed, not only hit
            ("Deputies identified a young man shot and killed Sunday night near the river.", 1, None),
            ("Police named a woman shot and wounded on Friday.", None, 1),
        ),
        *rule(
            "people joined after an apposition add to it",
            (
                "The shooting on Elm Street killed a 4-year-old and injured the boy's uncle, a 41-year-old, "
                "and another man, 30, police said.",
                1,
                2,
            ),
        ),
        *rule(
            "a conjunct with its own casualty word is counted by it",
            ("After the clash, there is now one wounded and one deceased.", 1, 1),
        ),
        *rule(
            "a wound called fatal is a death",
            ("Medics found a woman with a bullet wound which proved to be fatal.", 1, None),
            ("He suffered a fatal gunshot wound outside a bar on Elm Street.", 1, None),
            # a wound denied to be fatal is an injury
            ("Medics found a woman with a bullet wound that did not prove fatal.", None, 1),
        ),
        *rule(
            "'parents' is two people, also when others are joined to them",
            ("A teenager on Elm Street shot his parents and three younger siblings.", None, 5),
        ),
        *rule(
            "a house or car hit by gunfire is no victim",
            ("Shots rang out on Elm Street and bullets struck a boy and the house.", None, 1),
            ("Shots rang out on Elm Street and a stray bullet struck the house.", None, None),
            ("Shots rang out on Elm Street and bullets struck a woman and her son.", None, 2),
        ),
        *rule(
            "'dead' said of a thing is no death",
            ("Shots on Elm Street woke a neighbor from a dead sleep, and two men were wounded.", None, 2),
            ("There was dead silence on Elm Street after the shots, a neighbor said.", None, None),
            ("Police said the car on Elm Street had a dead battery.", None, None),
            # a dead person is still one
            ("Police found a dead man on Elm Street after the shots.", 1, None),
        ),
        *rule(
            "a street block, a share or a year is no count of people",
            (
                "A 31-year-old man was found in the 1800 block of Elm Street suffering from gunshot wounds.",
                None,
                1,
            ),
            ("Eighty percent of those were shot on the North Side, police said.", None, None),
            ("The gun was used in one of the city's most talked-about killings of 2015.", None, None),
            # a count of victims said in words is still counted
            ("Police said the killings of two men on Elm Street were connected.", 2, None),
        ),
        *rule(
            "one victim told again in a sentence is one victim: a wound no one is named to bear, and 'he' or "
            "'she' beside a named victim",
            (
                "He was flown to Mercy Hospital in serious condition with one gunshot wound in his thigh.",
                None,
                1,
            ),
            (
                "A 15-year-old was in critical condition Sunday after she was shot in the neck by a cousin.",
                None,
                1,
            ),
            ("Three people were found with gunshot wounds on Elm Street, police said.", None, 3),
            ("A boy was shot in the arm and a man was shot in the leg.", None, 2),
        ),
        *rule(
            "a victim told by age alone is the victim of that age told with a noun",
            (
                "A 6-year-old girl was shot on Elm Street. Police said a 6-year-old was hit in the arm.",
                None,
                1,
            ),
            ("A 26-year-old cook was shot in the thigh. A 26-year-old nurse was shot in the wrist.", None, 2),
        ),
        *rule(
            "people told apart after a comma that add up to the group's count are that group, counted once",
            ("The five victims, three men and two women, were wounded on Elm Street.", None, 5),
            ("Police said three people, one man and two teens, were shot near the park.", None, 3),
            # a list that goes on adds its people
            ("Two men, one woman and one child, all from Elmwood, were shot on Elm Street.", None, 4),
            ("Two men, three women and a child were shot on Elm Street.", None, 6),
        ),
        *rule(
            "an age and the emergency line are no count of people",
            ("A cook and a clerk, both 19 years of age, were shot in the ankle on Birch Lane.", None, 2),
            (
                "Two men were shot on Elm Street. A neighbour told us to call 911 for the people shot.",
                None,
                2,
            ),
        ),
        *rule(
            "a time of day the parse took for the object of 'killed' is no victim",
            ("Deputies said the courier was shot and killed about 8:45 p.m. on Birch Lane.", 1, None),
            ("Two men were shot and killed around 9 p.m. on Elm Street.", 2, None),
        ),
        *rule(
            "a time of day around a shooting is no round-up",
            ("A man was shot around midnight on Oak Street.", None, 1),
        ),
        *rule(
            "a tally of people hurt in many shootings is no toll of this one",
            (
                "A man was shot dead on Oak Street. Since early May, six people died in nine shootings.",
                1,
                None,
            ),
            ("A boy was shot on Oak Street. He is the 12th child wounded in shootings in the city.", None, 1),
            # the shootings this story tells are its own
            ("Two men were killed in the shootings at a bar on Oak Street.", 2, None),
        ),
        *rule(
            "a round-up turning to its other shootings tells another toll",
            (
                "Three men died and two others were hurt in one attack on Oak Street on Saturday. "
                "In other Saturday shootings, at least eleven people were shot, including one who died.",
                3,
                2,
            ),
            (
                "A woman was shot dead outside a bar on Elm Street. "
                "In other attacks, two teens were wounded on the west side.",
                1,
                None,
            ),
        ),
    ],
)
def test_the_toll_of_the_attack_a_story_opens_on(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two children killed in home invasion", [("killed", 2)]),
        ("One man dead, another teen injured after shooting", [("killed", 1), ("injured", 1)]),
    ],
)
def test_a_stated_count_may_name_who_the_victims_were(text: str, expected: list[tuple[str, int]]) -> None:
    # a count read twice is one count: the largest is taken
    assert set(text_counts(text)) == {StatedCount(*pair) for pair in expected}


@pytest.mark.slow
def test_a_second_subject_joined_by_and_is_counted_too(nlp: Language) -> None:
    text = "Two girls, ages 4 and 7, and their grandmother were found dead in a suspected murder-suicide."
    assert story_toll(nlp, text, "Two girls").fatalities == 3


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Woman, 14-month-old baby dead in suspected murder-suicide", ("killed", 2)),
        ("Boy, 2, and man killed, woman wounded in shooting", ("killed", 2)),
        ("Father, daughter found dead in Elmwood home", ("killed", 2)),
        ("Teen, man shot at bus stop", ("shot", 2)),
    ],
)
def test_a_headline_opening_on_two_victims_counts_both(title: str, expected: tuple[str, int]) -> None:
    assert StatedCount(*expected) in list(text_counts(title))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teen shot in north Elmwood has died, police say", [("shot", 1), ("killed", 1)]),
        ("(UPDATE) Riverton boy on life support after being shot dies; suspect held", [("killed", 1)]),
        # the victim still alive is no death
        ("Teen shot in north Elmwood is in stable condition", [("shot", 1)]),
    ],
)
def test_a_headline_on_one_victim_who_has_died_tells_a_death(
    title: str, expected: list[tuple[str, int]]
) -> None:
    assert list(text_counts(title)) == [StatedCount(*pair) for pair in expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "fatalities"),
    [
        ("Teen charged in Elmwood 17-year-old's shooting death", 1),
        ("Police seek witnesses to fatal Oak Street shooting", 1),
        ("Argument over a dog led to accidental shooting death", 1),
        ("Family: friends were joking when homicide victim was shot", 1),
        # one victim the police name is one dead
        ("Victim in Birch Road shooting identified by police", 1),
        ("12-year-old identified as Elmwood shooting victim", 1),
        ("Sheriff identifies victim of weekend hunting accident", 1),
        # a headline that counts the dead gives the count
        ("Three dead in deadly Oak Street shooting", 3),
    ],
)
def test_a_headline_on_a_fatal_shooting_tells_of_a_death(nlp: Language, title: str, fatalities: int) -> None:
    text = "Police are investigating a shooting on Oak Street."
    detection = detection_on(text, text[:10])
    assert count_casualties(nlp(text), detection, title).fatalities == fatalities


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a victim struck with a gun is hurt besides those shot",
            ("Four men were shot and a woman was pistol-whipped outside a party on Elm Street.", None, 5),
            ("A teen was fatally shot on Oak Street after his brother was pistol-whipped.", 1, 1),
            ("Two robbers held up a gas station, pistol-whipping two of the clerks.", None, 2),
            ("A teen was shot on Pine Road after his sister was pistol-whipped. She was fine.", None, 2),
        ),
        *rule(
            "a blow on a victim the story told already adds no one",
            ("A boy was shot on Elm Street. The robber punched the boy before pistol-whipping him.", None, 1),
            ("A grocer shot a 16-year-old on Oak Avenue after pistol-whipping the teen with it.", None, 1),
            ("A man was shot in the arm on Birch Lane. The victim was also pistol-whipped.", None, 1),
        ),
        *rule(
            "a whip that is no gun hurts no one",
            ("A cook was shot in the calf after a whip-round for the choir on Birch Lane.", None, 1),
        ),
    ],
)
def test_people_pistol_whipped_are_injured(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("opening", "injured"),
    [
        pytest.param("The police are also investigating a non-fatal shooting on Elm Street.", 1, id="also"),
        pytest.param("Two other non-fatal shootings are being probed by detectives.", 1, id="two other"),
        pytest.param("In a separate incident, a man was shot on Elm Street.", 1, id="separate"),
        # a story the article turns to on an earlier date is not the one its headline tells
        pytest.param("In March 2013, a man was shot on Elm Street.", 1, id="dated earlier"),
    ],
)
def test_a_headline_lends_no_toll_to_a_story_opened_later(nlp: Language, opening: str, injured: int) -> None:
    lead = "A man was found dead on Oak Street on Tuesday."
    later = "A 28-year-old cook was driven to a clinic with a bullet wound in the shoulder."
    text = f"{lead} {opening} {later}"
    detection = detection_on(text, "A 28-year-old")
    toll = count_casualties(nlp(text), detection, "Fatal shooting on Oak Street")
    assert (toll.fatalities or 0, toll.injured) == (0, injured)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a headline drops the "and" between the verbs, and the "was" before them
        ("Teen shot, killed in north Elmwood", [("killed", 1)]),
        # where the victim was hit may stand between the verbs
        ("Teen shot in the chest, killed in north Elmwood", [("killed", 1)]),
        ("Teen shot in the chest in north Elmwood", [("shot", 1)]),
        ("8-year-old Elmwood boy shot in the back, killed", [("killed", 1)]),
        # shot at a place, not at someone
        ("Child shot at Elmwood gun range", [("shot", 1)]),
        ("Man shot at a birthday party on Oak Street", [("shot", 1)]),
        ("Man shot at deputies in Elmwood", []),
        # the shooting told in a clause after the headline's news
        ("Two arrested after child shot", [("shot", 1)]),
        ("School locked down after teen shot near campus", [("shot", 1)]),
        ("Cousins charged after boy fatally shot in Elmwood", [("killed", 1)]),
        ("Police arrived after the man shot at officers", []),
    ],
)
def test_a_headline_tells_its_victim_in_headline_wording(title: str, expected: list[tuple[str, int]]) -> None:
    assert list(text_counts(title)) == [StatedCount(*pair) for pair in expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        *rule(
            "a round-up's item told by its place in the day opens another story",
            (
                "A man was shot dead on a porch in Elmwood on Tuesday night. "
                "The latest nonfatal shooting happened in Riverside, where three men were wounded.",
                1,
                None,
            ),
            (
                "A woman was shot dead in her car in Oakdale on Monday. "
                "Monday's first shooting left two teens wounded near a school.",
                1,
                None,
            ),
            (
                "A man was shot dead outside a store in Pinecrest on Friday. "
                "The weekend's first homicide also occurred on the east side.",
                1,
                None,
            ),
        ),
        *rule(
            "a round-up going back hours to the shooting before opens another story",
            (
                "A teen was shot in the arm on Maple Avenue on Sunday. "
                "About two hours earlier, four men were shot at a party in Brookfield.",
                None,
                1,
            ),
            (
                "A girl was shot in the leg on Cedar Road on Saturday. "
                "Twenty minutes earlier, a cook was shot and killed during a drive-by in Linwood.",
                None,
                1,
            ),
        ),
        *rule(
            "a round-up's next shooting told after the one before opens another story",
            (
                "A boy was shot in the hand on Oak Lane on Friday. "
                "Less than an hour after that shooting, a man was shot dead at a gas station in Eastfield.",
                None,
                1,
            ),
            (
                "A woman was shot in the foot on Main Street on Monday. "
                "Another West End shooting minutes later left two men dead.",
                None,
                1,
            ),
        ),
        *rule(
            "a count of people shot since a weekday is a round-up's tally, no one story's toll",
            (
                "A girl was shot in the knee in Fairview on Sunday. "
                "Seven people have been shot since Friday night across the city.",
                None,
                1,
            ),
        ),
        *rule(
            "a round-up turning to one of its incidents named apart from the rest opens another story",
            (
                "Three men were shot in the legs at a bus stop on Pine Street on Saturday. "
                "In the fatal shooting, a woman was killed in her driveway in Greenfield.",
                None,
                3,
            ),
            (
                "A man was shot in the arm outside a store on Cedar Road on Sunday. "
                "In the other incident, two teens were shot dead near a park.",
                None,
                1,
            ),
            (
                "A woman was shot dead in her car on Elm Street on Friday. "
                "In the latest non-fatal shooting, two men were wounded on Oak Lane.",
                1,
                None,
            ),
        ),
        *rule(
            "a death hours later stays with its own story",
            (
                "A man was shot in the chest on Birch Street on Friday. "
                "Hours later, the man died at a hospital.",
                1,
                None,
            ),
        ),
    ],
)
def test_a_round_up_keeps_each_toll_with_its_own_story(
    nlp: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    assert story_toll(nlp, text) == Casualties(fatalities, injured)


@pytest.mark.slow
def test_a_story_told_hours_from_the_last_ends_where_another_weekday_opens(nlp: Language) -> None:
    """A shooting told hours after the last ('About two hours later') is on that one's weekday or the next, so
    a sentence opening on another weekday turns to another incident, whose dead are not its own."""
    text = (
        "A man was shot dead outside a store on Elm Street late Friday. "
        "About two hours later, two women were wounded when someone fired at their car on Oak Lane. "
        "On Saturday afternoon, a man was fatally shot at an apartment complex on Birch Road."
    )
    assert story_toll(nlp, text, "About two hours") == Casualties(None, 2)


@pytest.mark.parametrize(
    "title",
    [
        *rule(
            "a headline on a stretch of time's shootings in a town counts the round-up's sum",
            ("Police: 6 killed, 30 wounded in Memorial Day weekend shootings",),
            ("Weekend shooting death toll rises to three in Elmwood, 20 others hurt",),
            ("Five injured in violent weekend in Oakdale",),
            ("9 shot in a weekend of violence in Riverside",),
            ("2 dead, 7 hurt in Saturday shootings across Pinecrest",),
        ),
    ],
)
def test_a_round_up_headline_lends_no_story_a_toll(title: str) -> None:
    tally = title_tally(title)
    assert (tally.killed, tally.injured, tally.shot) == (None, None, None)


def test_a_headline_on_one_incident_told_as_shootings_keeps_its_toll() -> None:
    # plural 'shootings' at one place is one incident's telling, not a round-up
    assert title_tally("2 dead, 4 injured after shootings in Elm Park").killed == 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "a round-up's next shooting opening on its weekday and a new victim opens another story",
            (
                "A man was shot dead near a bakery in Westbrook on Monday. "
                "Tuesday afternoon, a 34-year-old nurse was shot in the wrist in Norwood.",
                1,
            ),
        ),
        *rule(
            "a wire digest's next story opens on its own dateline",
            (
                "A rancher was shot dead near Elkford on Monday.\n\nRIVERTON, Wyo. (AP) - Three hikers were "
                "hurt when a bridge collapsed.",
                1,
            ),
        ),
        *rule(
            "a link's bare mark ends the story, the parse cutting its headline off",
            ("A baker was shot dead in Elkford on Monday.\n\nRelated Coverage\n\nThree hurt in a brawl.", 1),
            ("A baker was shot dead in Elkford on Monday.\nRELATED\nThree hurt in a brawl.", 1),
            ("A baker was shot dead in Elkford on Monday.\n\nPREVIOUS STORY: Three hurt in a brawl.", 1),
        ),
        *rule(
            "a related story's link with its headline on the mark's line leaves the story to go on after it",
            ("A baker was shot dead in Elkford on Monday. RELATED ARTICLE - Three hurt in a brawl.", 2),
            (
                "A baker was shot dead in Elkford on Monday.\n\nRELATED STORY - Three hurt in a brawl.\n\n"
                "Detectives arrested his nephew on Tuesday.",
                3,
            ),
            (
                "A baker was shot dead in Elkford on Monday.\n\n[Related | Three hurt in a brawl.]\n\n"
                "Detectives arrested his nephew on Tuesday.",
                3,
            ),
        ),
        *rule(
            "a further shooting named anew, after an opening phrase of time or place too, opens its story",
            (
                "A baker was shot dead in Elkford on Monday. "
                "In the afternoon, another shooting near the park left a teenager wounded.",
                1,
            ),
            (
                "A baker was shot dead in Elkford on Monday. "
                "A shooting near the park in the afternoon left a teenager wounded.",
                1,
            ),
        ),
        *rule(
            "a later day's news of the story's own victim stays in its story",
            (
                "A man was shot in the chest near a bakery in Westbrook on Monday. "
                "Tuesday afternoon, the man died at a hospital.",
                2,
            ),
        ),
    ],
)
def test_a_round_up_story_opening_starts_another_story(nlp: Language, text: str, told: int) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert len(story_sentences(doc, first)) == told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "headline", "linked"),
    [
        *rule(
            "the sentence after a link's bare mark is the link's headline",
            ("A baker was shot dead on Monday. RELATED ARTICLE - Three hurt in a brawl.", "Three", True),
            ("A baker was shot dead on Monday.\n\nPrevious story:\n\nThree hurt in a brawl.", "Three", True),
            ("A baker was shot dead on Monday. RELATED: Three hurt in a brawl.", "RELATED", True),
        ),
        *rule(
            "a sentence after a story's own sentence, or one naming relatives, is no link",
            ("A baker was shot dead on Monday. Three were hurt in a brawl.", "Three", False),
            ("Related to the baker, the clerk was shot on Monday. Three were hurt.", "Three", False),
        ),
    ],
)
def test_a_link_to_another_story_is_told_by_its_mark(
    nlp: Language, text: str, headline: str, linked: bool
) -> None:
    doc = nlp(text)
    sentence = next(s for s in doc.sents if headline in s.text)  # however the parse cut the text
    assert story_link(doc, sentence) is linked


@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "a story recalled on a calendar date ends where a sentence names a weekday again",
            (
                "A gunman killed two men at a motel in Ridgeway on Friday. "
                "On Oct. 3, one woman was killed and 12 hurt at a fair in Lakeview. "
                "In Friday's shooting, both men were shot in the back.",
                1,
            ),
            (
                "A gunman killed two men at a motel in Ridgeway on Friday. "
                "On Oct. 3, one woman was killed and 12 hurt at a fair in Lakeview. "
                "On Sunday, a boy died at a party in Fairview.",
                1,
            ),
        ),
        *rule(
            "a weekday dated by the calendar stays in the recalled story",
            (
                "A gunman killed two men at a motel in Ridgeway on Friday. "
                "On Oct. 3, one woman was killed and 12 hurt at a fair in Lakeview. "
                "On Saturday, Oct. 4, officers arrested a suspect.",
                2,
            ),
        ),
    ],
)
def test_a_recalled_story_ends_where_the_article_returns_to_its_weekday(
    nlp: Language, text: str, told: int
) -> None:
    doc = nlp(text)
    recalled = next(s for s in doc.sents if s.text.startswith("On Oct. 3"))
    assert len(story_sentences(doc, recalled)) == told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "injured"),
    [
        # the headline tells the article's own incident in full: the bigger recalled one keeps no toll
        pytest.param("2 killed, 1 wounded in motel shooting", None, id="headline on another"),
        # a headline whose toll is the recalled story's keeps it
        pytest.param("1 killed, 12 hurt at fair", 12, id="headline on the recalled"),
        # a headline stating no full toll lends no reason to drop it
        pytest.param("Motel shooting in Ridgeway", 12, id="no headline toll"),
    ],
)
def test_a_recalled_story_keeps_no_toll_above_the_headline(
    nlp: Language, title: str, injured: int | None
) -> None:
    text = (
        "A gunman killed two men and wounded a clerk at a motel in Ridgeway on Friday. "
        "On Oct. 3, one woman was killed and 12 people were hurt in a shooting at a fair in Lakeview."
    )
    assert story_toll(nlp, text, "On Oct. 3", title).injured == injured


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "a sentence opening on another weekday than the story's, with new victims, opens another story",
            (
                "A boy was shot dead on Elm Street in Brookfield on Saturday. "
                "On Wednesday, a girl and her uncle were left in critical condition after gunfire on Oak Rd.",
                1,
            ),
            (
                "A woman was shot in the arm in Ridgeway on Tuesday. "
                "On Monday, a 6-year-old girl and a 9-year-old boy were shot two blocks away.",
                1,
            ),
            (
                "A clerk was shot dead at a store in Lakeview on Thursday. "
                "On Friday afternoon, a hiker was found dead in a ravine near the dam.",
                1,
            ),
        ),
        *rule(
            "other victims told shot on a weekday not the story's open another story",
            (
                "A man was shot in the leg near the market in Ridgeway on Monday afternoon. "
                "Two other men were shot Sunday outside a bakery on Pine Road.",
                1,
            ),
            (
                "A woman was wounded outside a bar in Lakeview on Friday night. "
                "Another man was wounded Thursday in a shooting two blocks away.",
                1,
            ),
            (
                "A father was killed outside his home in Brookfield on Saturday. "
                "Two other youths were shot and killed over Easter and on June 8 in unrelated shootings.",
                1,
            ),
        ),
        *rule(
            "another victim the story also tells of, shot on a weekday not the story's, opens another story",
            (
                "A man was shot during a robbery in Ridgeway early Saturday, police said. "
                "Officers also said that a 31-year-old woman who was shot Thursday on Elm Street has died.",
                1,
            ),
            (
                "A man was shot during a robbery in Ridgeway early Saturday, police said. "
                "Police also said that a man who was shot Saturday nearby is in stable condition.",
                2,
            ),
        ),
        *rule(
            "the story's own weekday told again stays in its story",
            (
                "A boy was shot dead on Elm Street in Brookfield on Saturday. "
                "On Saturday night, a boy was shot in the head outside his home, police said.",
                2,
            ),
            (
                "A man was shot in the leg near the market in Ridgeway on Monday afternoon. "
                "Two other men were shot Monday night in the parking lot of a diner.",
                2,
            ),
        ),
        *rule(
            "a story that has named no weekday of its own takes the opening's",
            (
                "A boy was shot dead on Elm Street in Brookfield, police said. "
                "On Wednesday, a man was found dead in the boy's home.",
                2,
            ),
        ),
    ],
)
def test_a_story_ends_where_a_sentence_opens_on_another_weekday(nlp: Language, text: str, told: int) -> None:
    doc = nlp(text)
    first = next(iter(doc.sents))
    assert len(story_sentences(doc, first)) == told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("title", "killed", "injured"),
    [
        # the headline tells the lead's one dead: the incident set beside it on another weekday keeps no toll
        pytest.param("5-year-old boy shot, killed in Brookfield", None, None, id="headline on the lead"),
        # a headline stating no toll lends no reason to drop it
        pytest.param("Police look for gunman in Brookfield", None, 2, id="no headline toll"),
        # one naming a single victim shot tells the lead's one victim: the other weekday's two are another's
        pytest.param("Boy shot in Brookfield", None, None, id="headline on one victim shot"),
        # one counting several people shot may count fewer than the article tells
        pytest.param("2 boys, 1 man shot in Brookfield", None, 2, id="headline on the shot only"),
    ],
)
def test_an_incident_told_on_another_weekday_keeps_no_toll_above_the_headline(
    nlp: Language, title: str, killed: int | None, injured: int | None
) -> None:
    text = (
        "A 5-year-old boy died after being hit in the chest in Brookfield on Saturday. "
        "On Wednesday, a 3-year-old and a cook were wounded in a shooting on Oak Avenue."
    )
    toll = story_toll(nlp, text, "On Wednesday", title)
    assert (toll.fatalities, toll.injured) == (killed, injured)
