"""Specs for what a protest's paragraph tells its crowd did and what the police did to it: fires lit and
statues toppled are the crowd's violence; the man arrested after attacking a march is no arrest of its
marchers; damage the paragraph denies is none; police who shut it down intervened, police who killed
people used excessive force; a crowd that tried to storm or break into a place rioted, whatever met it."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection, rule

from kronika.events.discourse import burning_barricades, calm_protest
from kronika.events.harmed_protests import clashed_protest, deadly_intervention, storming_crowd
from kronika.events.protest_acts import arrest_told_apart
from kronika.events.protest_police import protest_interventions
from kronika.events.taxonomy import (
    ARRESTS,
    EXCESSIVE_FORCE,
    INTERVENTION,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
)
from kronika.model import Detection, EventType, Span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "tyres or bonfires lit and statues toppled are the crowd's violence: a riot stays a riot",
            ("In Kisumu, marchers lit tyres and logs along the bypass.", VIOLENT_DEMONSTRATION),
            ("Youths demonstrated in Eldoret, lighting bonfires on the road.", VIOLENT_DEMONSTRATION),
            ("Students demonstrated in Leeds and toppled a bronze statue.", VIOLENT_DEMONSTRATION),
            ("Students demonstrated in Leeds. The old statue was pulled down.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "a crowd on the rampage, in chases and counter-chases or setting off cocktails rioted",
            ("Students demonstrated in Eldoret and went on the rampage.", VIOLENT_DEMONSTRATION),
            ("Students demonstrated in Eldoret. Some went berserk near the gate.", VIOLENT_DEMONSTRATION),
            ("Youths demonstrated in Bogra, causing mayhem in the bazaar.", VIOLENT_DEMONSTRATION),
            ("Youths demonstrated in Bogra amid chases and counter-chases.", VIOLENT_DEMONSTRATION),
            ("Youths demonstrated in Bogra and exploded three cocktails.", VIOLENT_DEMONSTRATION),
            ("Youths demonstrated in Bogra. Two cocktails were blasted.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "no violence told at all still makes a peaceful protest",
            ("Students demonstrated in Leeds, calling to topple the government.", PEACEFUL_PROTEST),
            ("In Kisumu, marchers lit candles for the victims.", PEACEFUL_PROTEST),
            ("Youths demonstrated in Bogra and served cocktails to guests.", PEACEFUL_PROTEST),
        ),
    ],
)
def test_fires_lit_and_statues_toppled_keep_a_riot(text: str, expected: str) -> None:
    sentence = text.split(". ")[0]
    trigger = "marchers" if "marchers" in sentence else "demonstrated"
    lead = made_up_detection(sentence, trigger, "PROTEST", VIOLENT_DEMONSTRATION)
    (out,) = calm_protest([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a protest read as peaceful whose crowd lit tyres or toppled a statue is a riot",
            ("Traders marched in Kisumu and lit tyres on the bypass.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Kisumu and tore down the governor's statue.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Leeds and decapitated the statue of a slave trader.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Leeds and knocked over a statue of the old mayor.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Leeds and pulled the old bronze statue down.", VIOLENT_DEMONSTRATION),
            (
                "Traders marched in Leeds and pulled down a Second Dragoons Memorial statue.",
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Traders marched in Leeds. A bronze statue by the Corn Exchange (Leeds) was toppled.",
                VIOLENT_DEMONSTRATION,
            ),
            ("Traders marched in Kisumu and set ablaze two market stalls.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Kisumu and set the toll booth alight.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Kisumu and blocked the bypass with lit fires.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "a statue only named, cleaned or defended is no violence",
            ("Traders marched in Leeds to the statue of the old mayor.", PEACEFUL_PROTEST),
            ("Traders marched in Leeds, asking the council to keep the statue standing.", PEACEFUL_PROTEST),
            (
                "Traders marched in Leeds for a saint. His statue there was pulled down by another group.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "a victim set ablaze is the protest's grievance",
            ("Traders marched in Kisumu for a hawker who was set ablaze by thugs.", PEACEFUL_PROTEST),
        ),
        *rule(
            "rioting that people were arrested, charged or are to be punished for is the protest's grievance",
            ("Students marched in Kisumu for classmates who were arrested for rioting.", PEACEFUL_PROTEST),
            (
                "Traders marched in Kisumu, demanding punishment for the rioters who looted the market.",
                PEACEFUL_PROTEST,
            ),
            ("Residents marched in Kisumu against charging six youths with rioting.", PEACEFUL_PROTEST),
        ),
        *rule(
            "rioters named as the crowd keep making a riot",
            ("Traders marched in Kisumu. Police arrested ten rioters.", VIOLENT_DEMONSTRATION),
            ("Traders marched in Kisumu and the rioting went on till dusk.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "damage the paragraph denies is none",
            (
                "Traders marched in Kisumu. Police closed the road but no shop was damaged.",
                PEACEFUL_PROTEST,
            ),
            ("Traders marched in Kisumu without damaging anything.", PEACEFUL_PROTEST),
        ),
        *rule(
            "damage told keeps making a riot",
            ("Traders marched in Kisumu. No one was hurt but a shop was damaged.", VIOLENT_DEMONSTRATION),
        ),
        *rule(
            "a paragraph that says outright there was no violence outranks the lesser acts it tells",
            (
                "Traders marched in Kisumu. A bottle was thrown at a van, but no serious violence followed.",
                PEACEFUL_PROTEST,
            ),
            (
                "Traders marched in Kisumu and threw stones at the gate, without any violence.",
                PEACEFUL_PROTEST,
            ),
            (
                "Traders marched in Kisumu. Stones were thrown; no damage or violence followed.",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "violence denied only in part, or to others, is no such word",
            ("Traders marched in Kisumu. No one was hurt, but stones were thrown.", VIOLENT_DEMONSTRATION),
            (
                "Traders marched in Kisumu against violence and threw stones at the gate.",
                VIOLENT_DEMONSTRATION,
            ),
        ),
    ],
)
def test_fires_lit_make_a_riot_and_denied_damage_does_not(text: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "marched", "PROTEST", PEACEFUL_PROTEST)
    (out,) = burning_barricades([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


def _arrest(text: str, sentence: str, trigger: str, target: str) -> Detection:
    """A made-up arrest in `sentence` of `text`, its target span `target` (as the parse gives it)."""
    start = text.index(sentence)
    at = start + sentence.index(trigger)
    aim = start + sentence.index(target)
    return Detection(
        sentence=Span(start, start + len(sentence), sentence),
        trigger=Span(at, at + len(trigger), trigger),
        type=EventType("COERCE", None, "Strategic developments", ARRESTS),
        confidence=0.8,
        target_spans=(Span(aim, aim + len(target), target),),
    )


@pytest.mark.parametrize(
    ("text", "arrested", "target", "expected"),
    [
        *rule(
            "one person arrested, whose span leaves out its determiner, is no police action on the protest",
            (
                "Nurses rallied in Dover. A driver shouted at them. The man was arrested.",
                "The man was arrested.",
                "man",
                PEACEFUL_PROTEST,
            ),
            (
                "Nurses rallied in Dover. Police later arrested a woman who threw eggs.",
                "Police later arrested a woman who threw eggs.",
                "woman",
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "the protesters arrested are the police acting on it",
            (
                "Nurses rallied in Dover. The nurses were arrested.",
                "The nurses were arrested.",
                "nurses",
                INTERVENTION,
            ),
            (
                "Nurses rallied in Dover. Police arrested twelve marchers.",
                "Police arrested twelve marchers.",
                "twelve marchers",
                INTERVENTION,
            ),
        ),
    ],
)
def test_an_arrest_of_one_person_is_no_intervention(
    text: str, arrested: str, target: str, expected: str
) -> None:
    lead = made_up_detection("Nurses rallied in Dover.", "rallied", "PROTEST", PEACEFUL_PROTEST, text=text)
    arrest = _arrest(text, arrested, "arrested", target)
    out = protest_interventions([lead, arrest], text, 0, len(text))
    assert out[0].type.acled_sub_event_type == expected
    assert arrest_told_apart(arrest) == (expected == PEACEFUL_PROTEST)


@pytest.mark.parametrize(
    ("arrested", "target", "expected"),
    [
        *rule(
            "an arrest told with a demand that those arrested be freed is the protest's grievance",
            ("They demanded the release of six nurses arrested in May.", "six nurses", PEACEFUL_PROTEST),
            ("They called for the freedom of the organisers arrested.", "the organisers", PEACEFUL_PROTEST),
        ),
        *rule(
            "the marchers arrested, or arrested and later released, met intervention",
            ("Police arrested twelve marchers.", "twelve marchers", INTERVENTION),
            ("Twelve marchers were arrested and later released.", "Twelve marchers", INTERVENTION),
        ),
    ],
)
def test_an_arrest_whose_release_the_protest_demands_is_no_intervention(
    arrested: str, target: str, expected: str
) -> None:
    text = f"Nurses rallied in Dover. {arrested}"
    lead = made_up_detection("Nurses rallied in Dover.", "rallied", "PROTEST", PEACEFUL_PROTEST, text=text)
    arrest = _arrest(text, arrested, "arrested", target)
    out = protest_interventions([lead, arrest], text, 0, len(text))
    assert out[0].type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("arrested", "trigger", "target", "expected"),
    [
        *rule(
            "people jailed or imprisoned serve a sentence, the protest's grievance, not a police act on it",
            ("They said the council imprisoned two elders.", "imprisoned", "two elders", PEACEFUL_PROTEST),
            ("Four leaders were jailed last year.", "jailed", "Four leaders", PEACEFUL_PROTEST),
        ),
        *rule(
            "the marchers detained met intervention",
            ("Officers detained four marchers.", "detained", "four marchers", INTERVENTION),
        ),
    ],
)
def test_people_jailed_or_imprisoned_are_no_intervention(
    arrested: str, trigger: str, target: str, expected: str
) -> None:
    text = f"Nurses rallied in Dover. {arrested}"
    lead = made_up_detection("Nurses rallied in Dover.", "rallied", "PROTEST", PEACEFUL_PROTEST, text=text)
    arrest = _arrest(text, arrested, trigger, target)
    out = protest_interventions([lead, arrest], text, 0, len(text))
    assert out[0].type.acled_sub_event_type == expected
    assert arrest_told_apart(arrest) == (expected == PEACEFUL_PROTEST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "police who shut down, halted or broke up a protest met it with intervention",
            ("Nurses rallied in Dover. Police shut down the rally for lack of a permit.", INTERVENTION),
            ("Nurses rallied in Dover until officers broke up the gathering at noon.", INTERVENTION),
            ("Nurses rallied in Dover. The authorities halted their march at the bridge.", INTERVENTION),
        ),
        *rule(
            "a protest that ended, or police who did not shut it down, met none",
            ("Nurses rallied in Dover. The rally ended at noon.", PEACEFUL_PROTEST),
            ("Nurses rallied in Dover. Police did not shut down the rally.", PEACEFUL_PROTEST),
        ),
    ],
)
def test_a_protest_the_police_shut_down_met_intervention(text: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "rallied", "PROTEST", PEACEFUL_PROTEST, text=text)
    (out,) = protest_interventions([lead], text, 0, len(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *rule(
            "a protest met with intervention whose paragraph tells police killing people met excessive force",
            ("Hawkers protested in Thika. Police intervened in the protest, killing one.", EXCESSIVE_FORCE),
            ("Hawkers protested in Thika until soldiers fired on them, killing three.", EXCESSIVE_FORCE),
        ),
        *rule(
            "a killing the protest is over, or a crowd that fought, leaves the intervention",
            (
                "Hawkers protested in Thika over the killing of a trader. Police dispersed them.",
                INTERVENTION,
            ),
            (
                "Hawkers protested in Thika and threw stones; police fired back, killing one.",
                INTERVENTION,
            ),
            ("Hawkers protested in Thika. Police dispersed them with tear gas.", INTERVENTION),
        ),
    ],
)
def test_police_who_killed_protesters_used_excessive_force(text: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "protested", "PROTEST", INTERVENTION, text=text)
    (out,) = deadly_intervention([lead], lead_scope(text))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("text", "reading", "expected"),
    [
        *rule(
            "a crowd that tried to storm or break into a place rioted, whatever force met it",
            (
                "Traders protested in Kisii. Police shot two after the crowd tried to break into a shop.",
                EXCESSIVE_FORCE,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Students protested in Meru. They attempted to storm the county offices before police came.",
                INTERVENTION,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Residents protested in Garissa. Police dispersed youths trying to set fire to a lorry.",
                INTERVENTION,
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "others' attempts, and the grievance, are no violence of the crowd's",
            (
                "Traders protested in Kisii. Police shot two dead as they tried to flee the market.",
                EXCESSIVE_FORCE,
                EXCESSIVE_FORCE,
            ),
            (
                "Traders protested in Kisii. Police tried to break into their stalls and shot two dead.",
                EXCESSIVE_FORCE,
                EXCESSIVE_FORCE,
            ),
            (
                "Residents protested in Garissa against youths who tried to set fire to a mosque. Police "
                "dispersed them.",
                INTERVENTION,
                INTERVENTION,
            ),
        ),
        *rule(
            "a peaceful reading is left to the other rules",
            (
                "Students protested in Meru after youths tried to storm their school.",
                PEACEFUL_PROTEST,
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_a_crowd_that_tried_to_storm_a_place_rioted(text: str, reading: str, expected: str) -> None:
    lead = made_up_detection(text.split(". ")[0], "protested", "PROTEST", reading, text=text)
    (out,) = storming_crowd([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "reading", "peaceful", "expected"),
    [
        *rule(
            "a protest whose paragraph tells its clashes with police or forces rioted",
            (
                "Traders marched in Kisii. Police locked into clashes with them near the market.",
                INTERVENTION,
                False,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Traders marched in Kisii. The marchers clashed with police at the bridge.",
                PEACEFUL_PROTEST,
                False,
                VIOLENT_DEMONSTRATION,
            ),
            (
                "Traders marched in Kisii. Officers were drawn into a clash with the crowd.",
                EXCESSIVE_FORCE,
                False,
                VIOLENT_DEMONSTRATION,
            ),
        ),
        *rule(
            "a clash of others is left to the other rules",
            (
                "Traders marched in Kisii to mourn those hurt in a clash between two clans.",
                PEACEFUL_PROTEST,
                False,
                PEACEFUL_PROTEST,
            ),
        ),
        *rule(
            "clashes denied or protested against are none of its own",
            (
                "Traders marched in Kisii. There were no clashes with police.",
                INTERVENTION,
                False,
                INTERVENTION,
            ),
            (
                "Traders marched in Kisii over the killing of a vendor. Police dispersed them.",
                INTERVENTION,
                False,
                INTERVENTION,
            ),
        ),
        *rule(
            "a sure peaceful reading of the paragraph stands",
            (
                "Traders marched in Kisii. The marchers clashed with police at the bridge.",
                PEACEFUL_PROTEST,
                True,
                PEACEFUL_PROTEST,
            ),
        ),
    ],
)
def test_a_protest_that_clashed_with_police_rioted(
    text: str, reading: str, peaceful: bool, expected: str
) -> None:
    lead = made_up_detection(text.split(". ")[0], "marched", "PROTEST", reading, text=text)
    (out,) = clashed_protest([lead], lead_scope(text, peaceful=peaceful))
    assert out.type.acled_sub_event_type == expected
