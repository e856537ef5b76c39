"""Specs for the lead rules added on ACLED counts: victims that say attack or clash, barricaded roads,
police who intervened, and a lead told only by its reading (an uncoded main trigger, a quiet text, a
sub-type the classifier tells apart)."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection
from fixed_typer import FixedTyper, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.acled_typing import distinct_lead, quiet_lead, uncoded_lead
from kronika.events.discourse import burning_barricades
from kronika.events.follow_up_weights import FOLLOW_UP_FACTOR, weigh_by_discourse
from kronika.events.protest_police import protest_interventions
from kronika.events.taxonomy import acled_event_type
from kronika.events.victim_rules import armed_targets, civilian_victims, feuding_sides
from kronika.model import Article, Detection, EventType, Span

# --- who the victims were ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Rebels stormed a checkpoint, killing four soldiers.", "stormed", "Armed clash"),
        ("Gunmen fired on a patrol at dawn, wounding two policemen.", "fired", "Armed clash"),
        ("Bandits abducted three militiamen from their post.", "abducted", "Armed clash"),
        ("Separatists shot dead two rangers near the border.", "shot", "Armed clash"),
        ("Gunmen killed a member of the presidential guard forces.", "killed", "Armed clash"),
        ("Bandits abducted three traders from the market.", "abducted", "Attack"),
        # armed victims of an earlier attack the sentence recalls were not this one's
        ("Troops beat two herders, following the ambush that killed four soldiers.", "beat", "Attack"),
        ("Militia burned a hamlet after the killing of a policeman by raiders.", "burned", "Attack"),
        ("After the ambush on the convoy, rebels killed two soldiers.", "killed", "Armed clash"),
    ],
)
def test_an_attack_told_with_armed_victims_in_a_participle_is_a_clash(
    sentence: str, trigger: str, expected: str
) -> None:
    """'Killing two soldiers', 'wounding a policeman', 'abducted militiamen': armed men were the victims."""
    (out,) = armed_targets([made_up_detection(sentence, trigger, "ASSAULT", "Attack")], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Militants raided a hamlet at night, killing four villagers.", "Attack"),
        ("Two children were wounded when troops opened fire on the camp.", "Attack"),
        # fire aimed at a village or homes, no victim named
        ("Soldiers fired on the village with mortars and machine guns at dawn.", "Attack"),
        ("Gunmen shot at several houses in the district overnight.", "Attack"),
        ("Soldiers fired at a checkpoint outside the hamlet overnight.", "Armed clash"),
        # armed men hit too, or a fight told: the clash stands
        ("Militants raided a hamlet, killing four villagers and two soldiers.", "Armed clash"),
        ("A farmer was killed in crossfire as rebels and troops fought.", "Armed clash"),
        ("Rebels and troops fought near the hamlet for an hour.", "Armed clash"),
        ("Rebels fired on the village, wounding two soldiers.", "Armed clash"),
        ("Militants fired on houses during clashes with the army.", "Armed clash"),
    ],
)
def test_a_clash_whose_victims_are_civilians_is_an_attack(sentence: str, expected: str) -> None:
    """ACLED's attack is violence against civilians: a lead read as a clash whose sentence tells only
    civilian victims, and no fight, is an attack."""
    trigger = sentence.split()[1]
    (out,) = civilian_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Three herders were killed in revenge killings between two clans.", "killed", "Armed clash"),
        ("Two men died during fighting between rival cattle camps.", "died", "Armed clash"),
        ("Five were wounded in renewed violence between the two villages.", "wounded", "Armed clash"),
        # "between" two dates or places says when or where, not who fought
        ("Raiders attacked two hamlets, leading to clashes with local youths.", "attacked", "Armed clash"),
        ("Gunmen killed a chief, which sparked heavy fighting in the area.", "killed", "Armed clash"),
        ("Gunmen killed a chief, leading to a curfew in the town.", "killed", "Attack"),
        ("Two traders were killed between Juba and Nimule on the highway.", "killed", "Attack"),
        ("A farmer was killed between 2 and 4 May in his field.", "killed", "Attack"),
        ("Four traders were killed in an attack between Bor and Pibor.", "killed", "Attack"),
        ("Two herders were killed in revenge attacks between two clans.", "killed", "Armed clash"),
        ("Two herders were killed in an attack between two villages.", "killed", "Armed clash"),
        # an attack "between" two names mostly tells the road it happened on
        ("Six travellers were killed in an attack between Tamo and Ruwe.", "killed", "Attack"),
    ],
)
def test_killings_between_sides_are_a_clash(sentence: str, trigger: str, expected: str) -> None:
    """Killings, fighting or violence 'between' sides tell a two-sided fight: ACLED's armed clash."""
    (out,) = feuding_sides([made_up_detection(sentence, trigger, "ASSAULT", "Attack")], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected


# --- what the crowd and the police did -----------------------------------------------------------


@pytest.mark.parametrize(
    ("plover", "expected"),
    [("PROTEST", "Violent demonstration"), ("ACCUSE", "Violent demonstration")],
)
def test_barricaded_roads_make_a_protest_violent(plover: str, expected: str) -> None:
    """Roads barricaded by the crowd make its protest a violent demonstration, whatever the trigger."""
    text = "Dock workers barricaded two roads near the port to denounce unpaid wages."
    lead = made_up_detection(text, "barricaded", plover, "Peaceful protest")
    (out,) = burning_barricades([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected
    assert out.type.plover == plover


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        (" Riot police intervened and got the crowd under control.", "Protest with intervention"),
        (" Security guards interfered to keep them from the gate.", "Protest with intervention"),
        (" Officers were deployed but did not intervene.", "Peaceful protest"),
        (" Police officers tried to control the crowd.", "Protest with intervention"),
        # police who dispersed it, or moved in to, acted on it
        (" Riot police moved in to disperse the tenants.", "Protest with intervention"),
        (" Forces dispersed the crowd by evening.", "Protest with intervention"),
        (" The tenants dispersed peacefully at noon.", "Peaceful protest"),
        (" The mayor met a delegation later.", "Peaceful protest"),
    ],
)
def test_police_who_intervened_make_a_protest_with_intervention(follow_up: str, expected: str) -> None:
    """A peaceful lead protest that the police stepped into is a protest with intervention."""
    sentence = "Tenants protested outside the housing office."
    text = sentence + follow_up
    (out,) = protest_interventions(
        [made_up_detection(sentence, "protested", "PROTEST", "Peaceful protest")], text, 0, len(text)
    )
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("peaceful", "expected"),
    [(False, "Protest with intervention"), (True, "Peaceful protest")],
)
def test_a_sure_peaceful_reading_outranks_a_later_protest_read_as_intervention(
    peaceful: bool, expected: str
) -> None:
    """A later mention of the protest itself that its own sentence's reading types as one with
    intervention ("an officer marched with them in the protest") makes the lead one with intervention,
    unless the classifier read the whole paragraph as peaceful and is sure of it."""
    first = "Tenants protested outside the housing office."
    later = "An officer marched with them in the protest."
    text = f"{first} {later}"
    lead = made_up_detection(first, "protested", "PROTEST", "Peaceful protest")
    mention = made_up_detection(later, "protest", "PROTEST", "Protest with intervention", text=text)
    out = protest_interventions([lead, mention], text, 0, len(text), peaceful)
    assert out[0].type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("later", "trigger", "expected"),
    [
        # the crowd left of its own accord: no police act, whatever the mention's reading
        ("The tenants dispersed after officers asked them to leave.", "dispersed", "Peaceful protest"),
        ("They later dispersed when an officer warned them.", "dispersed", "Peaceful protest"),
        # the crowd dispersed by someone, or someone dispersing it: the police acted
        ("Officers dispersed the tenants with batons.", "dispersed", "Protest with intervention"),
        ("The tenants were dispersed by officers.", "dispersed", "Protest with intervention"),
    ],
)
def test_a_crowd_that_dispersed_on_its_own_met_no_intervention(
    later: str, trigger: str, expected: str
) -> None:
    """'The protesters dispersed after officers asked them to leave': the crowd left; a mention read as a
    protest with intervention for that tells no police act on it."""
    first = "Tenants protested outside the housing office."
    text = f"{first} {later}"
    lead = made_up_detection(first, "protested", "PROTEST", "Peaceful protest")
    mention = made_up_detection(later, trigger, "PROTEST", "Protest with intervention", text=text)
    out = protest_interventions([lead, mention], text, 0, len(text))
    assert out[0].type.acled_sub_event_type == expected


# --- a lead told only by its reading -------------------------------------------------------------


@pytest.mark.parametrize(
    ("probability", "other", "expected"),
    [
        (0.8, None, "Peaceful protest"),
        # an unsure reading, or a surer detection of the sentence that ACLED codes: unchanged
        (0.5, None, None),
        (0.8, "Armed clash", None),
    ],
)
def test_an_uncoded_main_trigger_of_the_lead_takes_its_reading(
    probability: float, other: str | None, expected: str | None
) -> None:
    """'Workers rallied, demanding wages': the demand leads, keeps its PLOVER type, and is coded as the
    protest that the sure reading of the lead says the report tells."""
    sentence = "Nurses demanded their wages outside the clinic."
    demand = made_up_detection(sentence, "demanded", "REQUEST", None)
    found = (
        [demand]
        if other is None
        else [demand, made_up_detection(sentence, "outside", "ASSAULT", other, confidence=0.95)]
    )
    out = uncoded_lead(found, read_as("Peaceful protest", probability), 0.6)  # type: ignore[arg-type]
    assert out[0].type.acled_sub_event_type == expected
    assert out[0].type.plover == "REQUEST"
    assert out[1:] == found[1:]


@pytest.mark.parametrize(
    ("probability", "other", "expected"),
    [
        # nothing in the text is coded: a fair reading codes the lead's surest trigger
        (0.5, None, "Violent demonstration"),
        (0.45, "none", "Violent demonstration"),
        # too weak a reading, or another event of the text already coded: unchanged
        (0.3, None, None),
        (0.5, "Arrests", None),
    ],
)
def test_a_text_coding_nothing_codes_its_lead_by_a_fair_reading(
    nlp: Language, probability: float, other: str | None, expected: str | None
) -> None:
    """'Workers barricaded roads to denounce wage cuts': no trigger of the text is one ACLED codes, so the
    lead's surest one keeps its PLOVER type and takes the fair reading's coding (0.4 on)."""
    text = "Workers barricaded roads to denounce wage cuts. Police later arrested two of them."
    lead = made_up_detection(text.split(". ")[0] + ".", "denounce", "ACCUSE", None, text=text)
    later_sentence = text.split(". ")[1]
    later_sub = None if other in (None, "none") else other
    later = made_up_detection(later_sentence, "arrested", "COERCE", later_sub, confidence=0.95, text=text)
    found = [lead] if other is None else [lead, later]
    reading = read_as("Violent demonstration", probability)
    out = quiet_lead(nlp(text), found, 0, reading, 0.4)  # type: ignore[arg-type]
    assert out[0].type.acled_sub_event_type == expected
    assert out[0].type.plover == "ACCUSE"
    assert out[1:] == found[1:]


@pytest.mark.parametrize(
    ("text", "reading", "expected"),
    [
        # one party's words are no protest or attack, whatever the reading says
        (
            "President Ana Ruiz urged the neighbours to mediate between the rival camps.",
            "Peaceful protest",
            None,
        ),
        ("The ministry urged both sides to stop the fighting in the hills.", "Armed clash", None),
        # people in numbers acting on their words are
        ("Farmers urged the council to lower the water tariff.", "Peaceful protest", "Peaceful protest"),
        ("A group of traders urged the mayor to reopen the market.", "Peaceful protest", "Peaceful protest"),
        # a strategic development fits anyone's words
        ("President Ana Ruiz urged the neighbours to sign the accord.", "Agreement", "Agreement"),
    ],
)
def test_a_quiet_lead_reading_fits_who_speaks(
    nlp: Language, text: str, reading: str, expected: str | None
) -> None:
    """A request or accusation no trigger codes takes a protest's or an attack's reading only where many
    people act; a president's call is not a peaceful protest."""
    lead = made_up_detection(text, "urged", "REQUEST", None, text=text)
    out = quiet_lead(nlp(text), [lead], 0, read_as(reading, 0.6), 0.4)  # type: ignore[arg-type]
    assert out[0].type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("reading", "probability", "expected"),
    [
        ("Disrupted weapons use", 0.9, "Disrupted weapons use"),
        ("Other", 0.7, "Other"),
        # an unsure reading, or a sure one of a sub-type the classifier often confuses: the trigger's coding
        ("Disrupted weapons use", 0.5, "Attack"),
        ("Armed clash", 0.9, "Attack"),
    ],
)
def test_a_lead_read_as_a_sub_type_the_classifier_tells_apart_takes_it(
    reading: str, probability: float, expected: str
) -> None:
    """'Troops shot down a drone near the airbase': the surest reading of a disrupted weapon (or of ACLED's
    'Other') codes the lead's main trigger, whose PLOVER type stays; later sentences are left alone unless
    the lead sentence has no detection."""
    sentence = "Troops shot down a drone near the airbase."
    lead = made_up_detection(sentence, "shot", "ASSAULT", "Attack")
    later = Detection(
        sentence=Span(len(sentence) + 1, len(sentence) + 20, "Gunmen shot a man."),
        trigger=Span(len(sentence) + 8, len(sentence) + 12, "shot"),
        type=EventType("ASSAULT", None, acled_event_type("Attack"), "Attack"),
        confidence=0.95,
    )
    out = distinct_lead([lead, later], 0, read_as(reading, probability))  # type: ignore[arg-type]
    assert_sub_type(out[0], expected)
    assert out[0].type.plover == "ASSAULT"
    assert out[1] == later
    # a lead sentence with no detection: the text's surest one is its event
    (alone,) = distinct_lead([later], 0, read_as(reading, probability))  # type: ignore[arg-type]
    assert alone.type.acled_sub_event_type == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("probability", "expected"),
    [(0.5, "Change to group/activity"), (0.37, "Change to group/activity"), (0.3, None)],
)
def test_a_text_with_no_event_takes_its_leads_fair_reading(
    nlp: Language, probability: float, expected: str | None
) -> None:
    """A text where nothing else tells an event gets one from its lead's reading from 0.35 on."""
    text = "Fresh reinforcements of men and vehicles were reported near the northern front."
    detector = load_detector(FixedTyper(read_as("Change to group/activity", probability)))  # type: ignore[arg-type]
    found = detector.detect(nlp(text), Article(id="t", text=text))
    assert [d.type.acled_sub_event_type for d in found] == ([expected] if expected else [])


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Some 300 villagers from Kell moved to the district town of Dessin on Sunday.",
        # the compound tells no fighting: nothing else is found
        "More than 90 war-affected villagers from Kell moved to the district town of Dessin.",
    ],
)
def test_a_text_with_no_event_read_as_other_is_a_strategic_development(nlp: Language, text: str) -> None:
    """A reading of 'Other' of a text where nothing else is found ('villagers moved to the town') is its
    event, a coercive act coded 'Other', as the coder's heading 'Other:' makes it."""
    detector = load_detector(FixedTyper(read_as("Other", 0.5)))  # type: ignore[arg-type]
    found = detector.detect(nlp(text), Article(id="t", text=text))
    assert [(d.type.plover, d.type.acled_sub_event_type) for d in found] == [("COERCE", "Other")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only trigger is a purpose ("to disperse"): the lead's reading tells the event
        (
            "Police fire tear gas to disperse two protests against water cuts in the town.",
            ["Protest with intervention"],
        ),
        # a negated or future act says nothing happened: no event
        ("Police did not disperse the protests against water cuts in the town.", []),
        ("Police will disperse any protests against water cuts in the town.", []),
    ],
)
def test_a_text_telling_only_a_purpose_takes_its_leads_fair_reading(
    nlp: Language, text: str, expected: list[str]
) -> None:
    """An act told only by what it was done for ("fire tear gas to disperse protests") is still the lead's
    event, typed by a fair reading (0.4 on), as in a text where nothing else tells one."""
    detector = load_detector(FixedTyper(read_as("Protest with intervention", 0.5)))  # type: ignore[arg-type]
    found = detector.detect(nlp(text), Article(id="t", text=text))
    asserted = [d.type.acled_sub_event_type for d in found if d.modality == "asserted"]
    assert asserted == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inmates protested over a cell search. Mattresses were burnt and windows smashed.",
            "Violent demonstration",
        ),
        # damage that is the grievance, or a symbol burnt in protest: still peaceful
        ("Farmers protested after their crops were destroyed by floods.", "Peaceful protest"),
        ("Students protested and burned an effigy of the minister.", "Peaceful protest"),
        # people the demonstrators hurt
        ("Drivers protested in Osh. Two reporters were beaten up by protesters.", "Violent demonstration"),
        ("Teachers protested at the ministry, and protesters attacked a guard.", "Violent demonstration"),
        # hurt by counter-demonstrators, or hurting no one: the protest stays peaceful
        ("Nurses protested in Tartu. Two were attacked by counter-protesters.", "Peaceful protest"),
        ("Nurses protested in Tartu. Protesters hit the streets at noon.", "Peaceful protest"),
        # a scuffle or a fight with someone
        (
            "Farmers protested in Tartu. There was a brief scuffle with counter-protesters.",
            "Violent demonstration",
        ),
        (
            "Farmers protested in Tartu. A physical confrontation with guards followed.",
            "Violent demonstration",
        ),
        ("Farmers protested in Tartu against the scuffle of last week.", "Peaceful protest"),
        # a scuffle of one or two people is no crowd's violence; one with a group of them is
        ("Farmers protested in Tartu. A scuffle broke out between two marchers.", "Peaceful protest"),
        (
            "Farmers protested in Tartu. There was a short scuffle with a lone counter-protester.",
            "Peaceful protest",
        ),
        (
            "Farmers protested in Tartu. There was a scuffle with a group of counter-protesters.",
            "Violent demonstration",
        ),
        ("Farmers protested in Tartu. They scuffled with a few guards.", "Violent demonstration"),
        # stones or bottles thrown, rioters named
        ("Miners protested in Osh. Some threw plastic bottles at the guards.", "Violent demonstration"),
        ("Miners protested in Osh. Rioters later blocked the bridge.", "Violent demonstration"),
        # rioters who attacked the protest are someone else's violence
        ("Miners protested in Osh. They were chased off by rioting youths.", "Peaceful protest"),
    ],
)
def test_damage_done_makes_a_protest_violent(text: str, expected: str) -> None:
    """A lead protest whose paragraph tells things burnt, smashed or destroyed is a violent demonstration."""
    lead = made_up_detection(text.split(". ")[0], "protested", "PROTEST", "Peaceful protest")
    (out,) = burning_barricades([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == expected


# --- a follow-up does not outrank the lead -------------------------------------------------------


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        # no sure reading: the lead's own codable event leads, the follow-up is capped below it
        (None, round(0.7 * FOLLOW_UP_FACTOR, 3)),
        # a sure reading no detection agrees with (the lead typed otherwise): the lead holds the same way
        ("Attack", round(0.7 * FOLLOW_UP_FACTOR, 3)),
        ("Peaceful protest", round(0.7 * FOLLOW_UP_FACTOR, 3)),
        # a reading whose ACLED type (strategic developments) the arrest has: only the follow-up discount
        ("Disrupted weapons use", round(0.9 * FOLLOW_UP_FACTOR, 3)),
    ],
)
def test_a_follow_up_arrest_stays_below_the_lead_without_an_agreeing_reading(
    reading: str | None, expected: float
) -> None:
    """'Supporters stormed the governor's office. Troops later arrested 25 of them.': the storming leads."""
    first = "Supporters stormed the governor's office."
    lead = made_up_detection(first, "stormed", "PROTEST", "Violent demonstration", confidence=0.7)
    later = "Troops later arrested 25 of them."
    start = len(first) + 1
    arrest = Detection(
        sentence=Span(start, start + len(later), later),
        trigger=Span(start + 12, start + 20, "arrested"),
        type=EventType("COERCE", "arrest", acled_event_type("Arrests"), "Arrests"),
        confidence=0.9,
    )
    out = weigh_by_discourse([lead, arrest], 0, reading)
    assert out[0] == lead
    assert out[1].confidence == expected
