"""The dead of one clause listed after one verb add up: a second count the parse hangs on the first as an
apposition ('killing one guard, five villagers'), and the people killed 'along with' a victim ('killed the
chief, along with his driver'); a breakdown of the first count, a partitive, the next clause's subject and
things seized 'along with' the dead add nothing."""

from __future__ import annotations

import pytest
from builders import rule, story_toll
from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        *rule(
            "a counted victim after another in the list is one more",
            ("Gunmen raided a convoy near Borou, killing one guard, four villagers, and wounding others.", 5),
            ("Raiders raided a market in Tamba, killing 1 Malian, 4 Ghanaians and 1 Togolese trader.", 6),
        ),
        *rule(
            "a count that breaks down the first, or one of its own, adds nothing",
            ("Bandits attacked a chapel in Lira, killing five pilgrims, four women, one man.", 5),
            ("Soldiers killed 3 fishermen, one of them a boy, near Kaya.", 3),
        ),
        *rule(
            "a distance or a stretch of time counted after the victims is no one",
            ("Riders shot dead four border guards 40 km from Abeche in a raid on their post.", 4),
        ),
        *rule(
            "the people killed along with a victim are more dead",
            ("Unknown gunmen killed the district chief of the militia, along with his driver.", 2),
            ("The district commissioner was killed along with his driver and two guards near Bor.", 4),
            ("Six rebels were killed in the fighting near Kajo, along with 2 soldiers.", 8),
            ("The council leader was shot dead along with three of his aides in Juba.", 4),
            ("A 20-year-old man was discovered shot to death along with two others in the motel.", 3),
            ("Raiders killed the headman together with his wife in Lobo.", 2),
        ),
        *rule(
            "things taken along with the dead, or people with casualty words of their own, add nothing",
            ("Police killed one bandit near Tiko, along with 40 motorcycles seized.", 1),
            ("Raiders killed the headman near Lobo, along with his cattle.", 1),
            ("A clerk and her son were found dead in a flat along with the injured cousin who shot them.", 2),
        ),
    ],
)
def test_the_dead_listed_after_one_verb_add_up(nlp: Language, text: str, fatalities: int) -> None:
    assert story_toll(nlp, text).fatalities == fatalities
