"""People hurt by something other than a gunshot (glass, a fall, a car while fleeing, a knife) are no
injured of the Gun Violence Archive's count: the story's injured leave them out."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language

from kronika.casualties.unshot import road_toll, side_hurt, unshot_hurt


@pytest.mark.parametrize(
    ("text", "side", "unshot"),
    [
        *rule(
            "hurt by glass or a fall while the shots rang out",
            ("A boy of nine was cut by flying glass when the window broke.", 1, 1),
            ("His sister was hurt after falling on the stairs as the gunfire began.", 1, 1),
            ("The cashier was not shot, but she hurt her wrist diving behind the counter.", 1, 1),
        ),
        *rule(
            "hit by a car while fleeing the shots",
            ("One man was struck by a passing truck as he fled the gunfire.", 1, 1),
            ("A teenager running from the shots was hit by a car on Oak Street.", 1, 1),
        ),
        *rule(
            "hurt by a car driven into them or their own car, as many as the phrase after 'injuring' counts",
            ("The driver backed up and rammed a patrol car, injuring both deputies inside.", 2, 2),
            ("He then drove into two police cruisers, injuring three Elmwood officers.", 3, 3),
            ("The pickup slammed into the sheriff's cruiser, injuring a deputy.", 1, 1),
        ),
        *rule(
            "a car told without anyone it hurt hurts no one",
            ("The gunman rammed a gate and drove off before officers arrived.", 0, 0),
            ("The suspect crashed into a fence, and a deputy then shot him.", 0, 0),
        ),
        *rule(
            "a count that says how many of the hurt were shot",
            ("The fight left four people injured, three with gunshot wounds, officers said.", 1, 1),
            ("The fight left seven people injured, five by gunfire.", 2, 2),
        ),
        *rule(
            "a stabbing is not a side of the shooting",
            ("The clerk was stabbed in the arm before the owner fired.", 0, 1),
            ("He was treated for a stab wound at Mercy Hospital.", 0, 1),
        ),
        *rule(
            "no one hurt otherwise",
            ("A woman was shot in the leg outside the bar.", 0, 0),
            ("Deputies went to a report of a girl struck by a vehicle on Route 9.", 0, 0),
            ("Bullets shattered the glass of the front door.", 0, 0),
        ),
    ],
)
def test_people_hurt_but_not_shot(text: str, side: int, unshot: int) -> None:
    assert (side_hurt(text), unshot_hurt(text)) == (side, unshot)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        *rule(
            "the one hurt by glass is taken off the story's hurt",
            (
                "Four people were wounded in a shooting at a bus shelter on Sunday. "
                "A woman's nephew was injured by broken glass as he ran.",
                3,
            ),
        ),
        *rule(
            "one hit by a car while fleeing is taken off",
            (
                "Three people were hurt when gunfire broke out at a park on Friday. "
                "One of them was hit by a car as he tried to flee.",
                2,
            ),
        ),
        *rule(
            "officers hurt by the car the suspect rammed into theirs are taken off",
            (
                "Deputies shot a woman who drove at them on Tuesday, and she died at a hospital. "
                "Earlier she had rammed a cruiser, injuring two deputies. "
                "Both deputies were treated and released.",
                0,
            ),
        ),
        *rule(
            "the stabbed homeowner is no gunshot victim",
            ("A homeowner shot an intruder dead on Monday. The homeowner was stabbed in the hand.", 0),
        ),
        *rule(
            "a stabbing or a riot keeps all its hurt: only a shooting's hurt are the shot",
            ("Two men were wounded in a knife attack outside a bar. One was stabbed in the back.", 2),
            ("Rioters threw stones at a bus, and four people were injured by broken glass.", 4),
        ),
        *rule(
            "all shot: nothing taken off",
            ("Three people were wounded in a shooting at a park on Friday. All are expected to live.", 3),
        ),
    ],
)
def test_the_story_leaves_out_the_hurt_not_shot(nlp: Language, text: str, injured: int) -> None:
    toll = story_toll(nlp, text, text[:12])
    assert (toll.injured or 0) == injured


@pytest.mark.parametrize(
    ("text", "told"),
    [
        *rule(
            "people killed or hurt on the road",
            ("A bus driver from Elmwood died in a single vehicle wreck on Route 9 on Friday.", True),
            ("Her cousin was killed in a car crash two years ago.", True),
            ("Deputies answered a two-vehicle, non-injury crash on Main Street.", True),
        ),
        *rule(
            "a crash told with the shooting is the shooting's",
            ("The driver was shot in the neck and died in the crash that followed.", False),
            ("Three people were killed in a shooting at a bar.", False),
        ),
    ],
)
def test_a_toll_on_the_road_is_told_apart(text: str, told: bool) -> None:
    assert road_toll(text) is told


@pytest.mark.slow
def test_a_toll_on_the_road_lends_a_shooting_story_nothing(nlp: Language) -> None:
    text = (
        "A boy of 12 was wounded in a shooting at a park in Dunmore on Monday. "
        "A county clerk died in a single vehicle wreck on Friday morning."
    )
    toll = story_toll(nlp, text, text[:12])
    assert (toll.fatalities, toll.injured) == (None, 1)
