"""Specs for how what a lead's paragraph tells retypes its ACLED event, and for near-certain readings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import pytest
from builders import assert_sub_type, lead_scope, made_up_detection
from fixed_typer import FixedTyper, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.acled_typing import CERTAIN_PROBABILITY, Draft, type_sentence
from kronika.events.armed_fights import arms_seized, guns_fired
from kronika.events.battle_rules import fought_reading, returned_fire, small_arms
from kronika.events.discourse import (
    burning_barricades,
    calm_protest,
    protest_damage,
    retype_lead,
)
from kronika.events.follow_up_weights import weigh_by_discourse
from kronika.events.victim_rules import armed_targets, civilian_victims, criminal_victims
from kronika.model import Article, Detection, EventType, Span


def _subs(found: Sequence[Detection]) -> list[str | None]:
    return [d.type.acled_sub_event_type for d in found]


# --- the other side fought back ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        (" The attackers were repelled by the local guard.", "Armed clash"),
        (" Soldiers repulsed the assault after an hour.", "Armed clash"),
        (" The guards responded with gunfire.", "Armed clash"),
        (" Monitors counted 40 explosions in both directions of the contact line.", "Armed clash"),
        (" The soldiers opened gunfire in response.", "Armed clash"),
        (" Guards at the gate opened fire in retaliation, wounding one attacker.", "Armed clash"),
        (" The villagers' militia retaliated with gunfire.", "Armed clash"),
        (" The guards and the gunmen traded fire for an hour.", "Armed clash"),
        (" Police retaliated by firing at the attackers' car.", "Armed clash"),
        (" Elders vowed to retaliate for the killings.", "Attack"),
        (" The attack was retaliation for earlier rocket fire.", "Attack"),
        (" The raiders fled with the cattle.", "Attack"),
        (" The raiders robbed traders and set fire to their stalls.", "Attack"),
        (" Witnesses heard shots near the school.", "Attack"),
    ],
)
def test_attackers_driven_back_make_a_battle(follow_up: str, expected: str) -> None:
    """An attack that the other side repels is an armed clash: both sides fought."""
    lead = made_up_detection("Gunmen attacked a village near the border.", "attacked", "ASSAULT", "Attack")
    text = lead.sentence.text + follow_up
    (out,) = returned_fire([lead], text, 0, len(text))
    assert_sub_type(out, expected)


def test_fire_traded_before_the_trigger_makes_a_battle() -> None:
    """Fire traded is fire exchanged even where the sentence says so before the word it was read on."""
    lead = made_up_detection(
        "Border guards of two states traded heavy gunfire near Tamabil.", "gunfire", "ASSAULT", "Attack"
    )
    text = lead.sentence.text
    (out,) = returned_fire([lead], text, 0, len(text))
    assert_sub_type(out, "Armed clash")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Gunmen raided the headquarters of a militia brigade and seized weapons and cars.",
            "seized",
            "Armed clash",
        ),
        ("Rebels attacked a border post and made off with rifles and ammunition.", "made off", "Armed clash"),
        ("Fighters stormed the depot, looting several guns.", "looting", "Armed clash"),
        ("Gunmen raided a market and seized phones and cash.", "seized", "Looting/property destruction"),
        ("Youths looted shops in the town centre.", "looted", "Looting/property destruction"),
    ],
)
def test_a_raid_that_carried_off_arms_is_a_battle(sentence: str, trigger: str, expected: str) -> None:
    """A raid or attack that seized weapons was one on the armed men holding them: an armed clash."""
    lead = made_up_detection(sentence, trigger, "COERCE", "Looting/property destruction")
    (out,) = arms_seized([lead], lead_scope(sentence))
    assert_sub_type(out, expected)


_GRENADE_NOTE: Final = (
    "Militants threw a grenade at a police post. The police opened gunfire in response. "
    "The explosion wounded two officers."
)


@pytest.mark.parametrize(
    ("reading", "before", "after", "expected"),
    [
        ("Grenade", "Grenade", "Armed clash", "Armed clash"),
        ("Attack", "Attack", "Armed clash", "Armed clash"),
        ("Grenade", "Grenade", "Grenade", "Grenade"),
        ("Armed clash", "Attack", "Armed clash", "Armed clash"),
        ("Peaceful protest", "Grenade", "Armed clash", "Peaceful protest"),
        (None, "Grenade", "Armed clash", None),
    ],
)
def test_a_reading_of_one_sided_violence_fought_back_reads_as_a_battle(
    reading: str | None, before: str, after: str, expected: str | None
) -> None:
    """The classifier's reading of a one-sided attack whose lead the paragraph's words made an armed
    clash is an armed clash: the fight is what the note codes."""
    typed = made_up_detection("Militants threw a grenade at a police post.", "threw", "ASSAULT", before)
    retyped = made_up_detection("Militants threw a grenade at a police post.", "threw", "ASSAULT", after)
    assert fought_reading(reading, typed, retyped) == expected


def test_a_later_retelling_of_the_one_sided_act_does_not_lead_a_fight() -> None:
    """With the lead retyped an armed clash, the later sentence that retells the explosion stays below it."""
    lead_sentence = "Militants threw a grenade at a police post."
    later = "The explosion wounded two officers."
    typed = made_up_detection(
        lead_sentence, "threw", "ASSAULT", "Grenade", text=_GRENADE_NOTE, confidence=0.8
    )
    blast = made_up_detection(later, "explosion", "ASSAULT", "Grenade", text=_GRENADE_NOTE, confidence=0.9)
    (lead, _) = found = returned_fire([typed, blast], _GRENADE_NOTE, 0, len(_GRENADE_NOTE))
    weighed = weigh_by_discourse(found, 0, fought_reading("Grenade", typed, lead))
    assert max(weighed, key=lambda d: d.confidence).type.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Rebels fired mortars and small arms at army positions near the river.", "Armed clash"),
        ("Rebels fired mortars at army positions. Monitors heard sniper rifles nearby.", "Armed clash"),
        ("Rebels fired mortars at army positions near the river.", "Shelling/artillery/missile attack"),
        (
            "Rebels fired mortars and sniper rifles at farms near the river.",
            "Shelling/artillery/missile attack",
        ),
        ("Militants sniped a soldier and fired mortar shells at the checkpoint.", "Armed clash"),
        ("Rebels fired rockets at the garrison. Snipers hit two guards at its gate.", "Armed clash"),
        ("Rebels fired rockets and sniper shots at homes nearby.", "Shelling/artillery/missile attack"),
    ],
    ids=[
        "small-arms",
        "rifles-later",
        "mortars-only",
        "at-farms",
        "sniped",
        "snipers-later",
        "snipers-at-homes",
    ],
)
def test_small_arms_fired_make_a_bombardment_a_battle(paragraph: str, expected: str) -> None:
    """A bombardment whose paragraph names small arms, rifles or snipers fired is an armed clash, unless
    it was aimed at villages, homes or farms."""
    sentence = paragraph.split(". ")[0].rstrip(".") + "."
    lead = made_up_detection(sentence, "fired", "ASSAULT", "Shelling/artillery/missile attack")
    (out,) = small_arms([lead], lead_scope(paragraph))
    assert_sub_type(out, expected)


# --- who the victims were ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Unknown gunmen shot and killed two policemen at a market.", "killed", "Armed clash"),
        ("Three soldiers were killed by militants near the dam.", "killed", "Armed clash"),
        ("Troops killed two suspected militants in the hills.", "killed", "Armed clash"),
        ("Gunmen ambushed an army patrol on the highway.", "ambushed", "Armed clash"),
        # gunmen, armed men and assailants shot or killed are armed victims too
        ("Police shot and killed three unidentified gunmen near the bridge.", "killed", "Armed clash"),
        ("Two armed men were killed by villagers guarding the well.", "killed", "Armed clash"),
        ("Guards wounded an assailant outside the bank.", "wounded", "Armed clash"),
        ("Unidentified gunmen killed a trader near the bridge.", "killed", "Attack"),
        # civilians, and a soldier who is off duty (a civilian to ACLED), stay the victims of an attack
        ("Unknown gunmen shot and killed a shopkeeper at a market.", "killed", "Attack"),
        ("Gunmen killed an off-duty soldier at his home.", "killed", "Attack"),
        # so is one attacked at his own home, unlike one at his post
        ("Armed men attacked a police officer at his house in the suburb.", "attacked", "Attack"),
        ("A soldier was shot dead outside his home by unknown men.", "shot", "Attack"),
        ("Armed men attacked two police officers at their checkpoint.", "attacked", "Armed clash"),
        ("A farmer was killed by soldiers near the dam.", "killed", "Attack"),
        # the armed men are the doers here, not the victims
        ("Two traders were injured after militiamen opened fire in the market.", "injured", "Attack"),
        ("A wanted man was killed in a police raid on a farm.", "killed", "Attack"),
    ],
)
def test_violence_against_armed_men_is_a_clash(sentence: str, trigger: str, expected: str) -> None:
    """ACLED's attack is violence against civilians: police, soldiers or militants as victims make
    it an armed clash, even when only one side fired."""
    (out,) = armed_targets([made_up_detection(sentence, trigger, "ASSAULT", "Attack")], lead_scope(sentence))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # armed men left or found dead, convoys, gang members, NDS members, "a member of" a police department
        ("The raid on the hideout left four insurgents dead.", "raid", "Armed clash"),
        ("A member of the republican guard forces was found dead near the barracks.", "found", "Armed clash"),
        ("Gunmen ambushed an army convoy on the highway.", "ambushed", "Armed clash"),
        ("A suspected gang member was shot and killed outside a bar.", "shot", "Armed clash"),
        ("Three NDS members were killed by gunmen near the bazaar.", "killed", "Armed clash"),
        ("A gunman killed a member of the Riverside police department at a market.", "killed", "Armed clash"),
        # an alleged, suspected or presumed member of a group, named or not
        ("Gunmen shot and killed an alleged member of a rival gang in the port.", "shot", "Armed clash"),
        ("Troops killed two suspected members from the Northern Front near a well.", "killed", "Armed clash"),
        ("Gunmen shot and killed a member of the choir near the church.", "shot", "Attack"),
        # an attack on or against armed men, whoever's they are
        ("Gunmen launched an attack on a police post near the river.", "attack", "Armed clash"),
        ("Rebels staged an attack against the district's police checkpoint.", "attack", "Armed clash"),
        ("Gunmen launched an attack on a school near the river.", "attack", "Attack"),
        # a police station, an army camp or base attacked: its armed men were the target
        ("Militants attacked the border police station in the night.", "attacked", "Armed clash"),
        ("Gunmen raided an army camp near the lake, wounding a cook.", "raided", "Armed clash"),
        ("Rebels opened fire on a gendarmerie post outside the town.", "opened", "Armed clash"),
        # so is a force's detachment or checkpoint
        ("Militants attacked the military detachment in Gasseliki.", "attacked", "Armed clash"),
        ("Insurgents raided a police checkpoint on the ring road.", "raided", "Armed clash"),
        # a station only named as the place, or a camp of the displaced, is no armed target
        ("Gunmen killed a trader near the police station.", "killed", "Attack"),
        ("Militants attacked a displaced persons camp near the army base.", "attacked", "Attack"),
        # a guard posted to keep a prison, a forest or a site is armed; a bank's cashier is not
        ("Unknown men stabbed and injured a prison guard outside the jail.", "stabbed", "Armed clash"),
        ("Militants opened fire on forest guards at their post overnight.", "opened", "Armed clash"),
        ("Two security guards were shot by robbers at the mine.", "shot", "Armed clash"),
        ("Robbers shot and wounded a cashier at the bank.", "shot", "Attack"),
        # a police rank is an armed man's; a labour inspector or a club's chief is no such rank
        ("Two men hacked a police constable to death near the jetty.", "hacked", "Armed clash"),
        ("Unknown gunmen shot and wounded an army sergeant on the bridge.", "shot", "Armed clash"),
        ("A district police chief was killed by gunmen on the ring road.", "killed", "Armed clash"),
        ("Unknown men stabbed a labour inspector outside the factory.", "stabbed", "Attack"),
        # militias, guerrillas, jihadists, terrorists, extremists and Al Shabaab's men are armed sides
        ("Two clan militias were wounded near the wells of Gaalcad.", "wounded", "Armed clash"),
        ("Gunmen shot dead a militia commander at the ferry crossing.", "shot", "Armed clash"),
        ("Soldiers killed three suspected guerrillas in the hills above Tarsa.", "killed", "Armed clash"),
        ("Police shot and killed two suspected al-Shabaab operatives near the port.", "shot", "Armed clash"),
        ("An alleged extremist was killed by police near the rail yard.", "killed", "Armed clash"),
        # a returnee of the group is left out
        ("A suspected al-Shabaab returnee was shot dead near the port.", "shot", "Attack"),
        # civilians left dead or found dead stay an attack
        ("The raid on the market left four traders dead.", "raid", "Attack"),
        ("A shopkeeper was found dead near the barracks.", "found", "Attack"),
        # armed men told hurt after "and", the verb left out, were victims too
        ("A trader was killed and two soldiers wounded when gunmen hit a bus.", "killed", "Armed clash"),
        ("A driver was shot and several policemen injured when rebels attacked.", "shot", "Armed clash"),
    ],
)
def test_more_armed_victims_make_a_clash(sentence: str, trigger: str, expected: str) -> None:
    """Armed men left dead, found dead, told hurt after "and" with the verb left out, or named as a convoy,
    gang members or NDS members were the victims of an armed side: ACLED codes an armed clash."""
    (out,) = armed_targets([made_up_detection(sentence, trigger, "ASSAULT", "Attack")], lead_scope(sentence))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        (" The victim had prior charges for drug trafficking.", "Armed clash"),
        (" The victim had been convicted of robbery and drug-trafficking.", "Armed clash"),
        (" Police said the victims were involved in a local gang.", "Armed clash"),
        # a victim who used drugs, or who was no gang member, was a civilian
        (" The victim was a drug user.", "Attack"),
        (" The dead youth was not a member of a gang.", "Attack"),
        (" The gunmen belonged to a local gang.", "Attack"),
    ],
)
def test_a_victim_charged_with_trafficking_makes_a_clash(follow_up: str, expected: str) -> None:
    """A victim the paragraph says was charged with or involved in drug trafficking or a gang was a
    member of an armed criminal group: ACLED codes an armed clash."""
    lead = made_up_detection("Two armed men shot and killed a man in Manaus.", "killed", "ASSAULT", "Attack")
    text = lead.sentence.text + follow_up
    (out,) = criminal_victims([lead], lead_scope(text))
    assert_sub_type(out, expected)


def test_only_an_attack_becomes_a_clash() -> None:
    """A bombing of soldiers stays a bombing: the weapon names the sub-type."""
    sub = "Remote explosive/landmine/IED"
    lead = made_up_detection("A roadside bomb killed three soldiers near the dam.", "killed", "ASSAULT", sub)
    assert _subs(armed_targets([lead], lead_scope(lead.sentence.text))) == [sub]


# --- what the crowd did --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub", "expected"),
    [
        (
            "Traders blocked the main road with burning tyres over new market fees.",
            "Peaceful protest",
            "Violent demonstration",
        ),
        (
            "Residents protested outside the town hall. They burned debris and old furniture.",
            "Protest with intervention",
            "Violent demonstration",
        ),
        (
            "Traders blocked the Kampala road (Mukono), burning old mattresses, over new market fees.",
            "Peaceful protest",
            "Violent demonstration",
        ),
        (
            "Traders blocked the main road over new market fees. Police cleared it.",
            "Peaceful protest",
            "Peaceful protest",
        ),
        # a riot the crowd started is already violent; burning tyres changes nothing
        ("Youths set tyres on fire and attacked a shop.", "Mob violence", "Mob violence"),
    ],
)
def test_burning_barricades_make_a_protest_violent(text: str, sub: str, expected: str) -> None:
    """A protest told with burning tyres, objects or debris is a violent demonstration."""
    trigger = "protested" if "protested" in text else text.split()[1]
    lead = made_up_detection(text.split(". ")[0], trigger, "PROTEST", sub)
    (out,) = burning_barricades([lead], lead_scope(text))
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inmates vandalised the prison canteen. They were demonstrating against overcrowding.",
            "Violent demonstration",
        ),
        ("Inmates vandalised the prison canteen. The damage was estimated at a million.", None),
    ],
)
def test_damage_done_by_demonstrators_is_a_violent_demonstration(text: str, expected: str | None) -> None:
    """Property destroyed by a crowd that is demonstrating is a violent demonstration, not looting."""
    sub = "Looting/property destruction"
    lead = made_up_detection(text.split(". ")[0], "vandalised", "COERCE", sub)
    (out,) = protest_damage([lead], lead_scope(text))
    assert out.type.acled_sub_event_type == (expected or sub)
    assert out.type.plover == "COERCE"


def test_the_lead_rules_leave_other_sentences_alone() -> None:
    """Only the lead's event is retyped; a later sentence keeps its own type."""
    text = "Gunmen shot and killed two policemen at a market. Another gunman shot a soldier later."
    lead = made_up_detection(text.split(". ")[0], "killed", "ASSAULT", "Attack")
    start = text.index("Another")
    later = Detection(
        sentence=Span(start, len(text), text[start:]),
        trigger=Span(start + 16, start + 20, "shot"),
        type=EventType("ASSAULT", None, "Violence against civilians", "Attack"),
        confidence=0.8,
    )
    assert _subs(retype_lead([lead, later], lead_scope(text))) == ["Armed clash", "Attack"]


@pytest.mark.parametrize(
    ("follow_up", "peaceful", "expected"),
    [
        # damage the paragraph names outranks an unsure reading, not a sure reading of a peaceful protest
        (" Rebels had damaged two army trucks earlier that week.", False, "Violent demonstration"),
        (" Rebels had damaged two army trucks earlier that week.", True, "Peaceful protest"),
        # police who dispersed it still make it a protest with intervention
        (" Police dispersed the marchers by noon.", True, "Protest with intervention"),
    ],
)
def test_a_sure_peaceful_reading_outranks_damage_words(follow_up: str, peaceful: bool, expected: str) -> None:
    """A lead protest whose paragraph the classifier reads as peaceful, sure of it, is not made a riot
    by damage words elsewhere in the paragraph; police action on it still counts."""
    sentence = "Villagers marched to the district office in support of the rebels."
    text = sentence + follow_up
    lead = made_up_detection(sentence, "marched", "PROTEST", "Peaceful protest")
    (out,) = retype_lead([lead], lead_scope(text, peaceful=peaceful))
    assert out.type.acled_sub_event_type == expected


@pytest.mark.parametrize(
    ("text", "peaceful", "expected"),
    [
        ("Soldiers demonstrated by firing their rifles into the air.", True, "Violent demonstration"),
        ("Guards staged a protest at the depot and fired shots in the air.", False, "Violent demonstration"),
        ("Miners protested. The protesters later fired into the air.", True, "Violent demonstration"),
        # police who fire into the air act on the crowd: that is their intervention, not its violence
        (
            "Traders protested in Tamok. Police fired shots into the air to disperse them.",
            False,
            "Protest with intervention",
        ),
    ],
)
def test_demonstrators_firing_into_the_air_riot(text: str, peaceful: bool, expected: str) -> None:
    """A protest whose demonstrators fire guns into the air is a violent demonstration, however sure the
    classifier is that the paragraph tells a peaceful one."""
    sentence = text.split(". ")[0]
    trigger = next(w for w in sentence.split() if w.startswith(("demonstrat", "protest", "staged")))
    lead = made_up_detection(sentence, trigger, "PROTEST", "Peaceful protest")
    (out,) = retype_lead([lead], lead_scope(text, peaceful=peaceful))
    assert out.type.acled_sub_event_type == expected


# --- near-certain readings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("probability", "expected"),
    [(CERTAIN_PROBABILITY + 0.005, "Looting/property destruction"), (CERTAIN_PROBABILITY - 0.1, "Attack")],
)
def test_a_near_certain_reading_codes_even_a_sure_trigger(probability: float, expected: str) -> None:
    """A reading of another ACLED family types a sure trigger only when the classifier is sure of it;
    the trigger keeps its PLOVER type either way."""
    lead = made_up_detection(
        "Militants carried out an arson attack on a warehouse.", "attack", "ASSAULT", "Attack"
    )
    reading = read_as("Looting/property destruction", probability)
    (out,) = type_sentence([Draft(lead, 0.9)], reading)  # type: ignore[arg-type]
    assert_sub_type(out, expected)
    assert out.type.plover == "ASSAULT"


@pytest.mark.parametrize(
    ("probability", "expected"),
    [
        (CERTAIN_PROBABILITY, ("MOBILIZE", "Change to group/activity")),
        (CERTAIN_PROBABILITY - 0.1, ("PROTEST", "Peaceful protest")),
    ],
)
def test_a_sure_group_activity_reading_is_a_troop_movement(
    probability: float, expected: tuple[str, str]
) -> None:
    """An unsure protest trigger ("gathered") that the classifier reads, sure of it, as a change to a
    group's activity is a troop movement: armed men who gathered in a village moved, they did not
    protest."""
    lead = made_up_detection(
        "Rebel fighters gathered in a village near the river.", "gathered", "PROTEST", "Peaceful protest"
    )
    reading = read_as("Change to group/activity", probability)
    (out,) = type_sentence([Draft(lead, 0.4)], reading)  # type: ignore[arg-type]
    assert (out.type.plover, out.type.acled_sub_event_type) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unknown gunmen shot and killed two policemen in the city centre on Monday.", "Armed clash"),
        ("Unknown gunmen shot and killed two shopkeepers in the city centre on Monday.", "Attack"),
    ],
)
def test_the_detector_codes_an_attack_on_police_as_a_clash(nlp: Language, text: str, expected: str) -> None:
    """End to end: an attack reading of a lead whose victims are police becomes an armed clash."""
    detector = load_detector(FixedTyper(read_as("Attack", 0.9)))  # type: ignore[arg-type]
    found = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"]
    top = max(found, key=lambda d: d.confidence)
    assert top.type.acled_sub_event_type == expected


# --- a riot tells its violence -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        (" They demanded back pay during the lockdown.", "Peaceful protest"),
        ("", "Peaceful protest"),
        (" Some threw stones at the gate.", "Violent demonstration"),
        (" Two guards were injured.", "Violent demonstration"),
        (" They locked the director in his office.", "Violent demonstration"),
        (" Shops were damaged.", "Violent demonstration"),
        # violence the protest is against is its grievance
        (" They protested over the killing of a driver by soldiers.", "Peaceful protest"),
        (" It came after the attack on their foreman last week.", "Peaceful protest"),
        (" They condemned the murder of a colleague and burned tyres.", "Violent demonstration"),
        # violence the paragraph denies is none
        (" No violence or clashes with police were reported.", "Peaceful protest"),
        (" The march ended without incidents of violence.", "Peaceful protest"),
        (" There were no injuries, but they smashed the gate.", "Violent demonstration"),
        # a paragraph that says outright there was no violence outranks the lesser acts it tells
        (
            " A man swung a bat at the fence and a bottle was thrown, but no violence was reported.",
            "Peaceful protest",
        ),
        (" Eggs and bottles were thrown, though the picket went on without violence.", "Peaceful protest"),
        (" Bottles were thrown at the guards.", "Violent demonstration"),
    ],
)
def test_a_protest_that_tells_no_violence_is_peaceful(follow_up: str, expected: str) -> None:
    """A protest typed as a riot whose paragraph names no violence at all is a peaceful protest."""
    lead = made_up_detection(
        "Mill workers held a demonstration outside the plant.", "held", "PROTEST", "Violent demonstration"
    )
    text = lead.sentence.text + follow_up
    (out,) = calm_protest([lead], lead_scope(text))
    assert_sub_type(out, expected)


def test_only_a_protest_is_calmed() -> None:
    """A seizure by students stays a violent demonstration: only a protest trigger's riot is checked."""
    lead = made_up_detection(
        "Students took over the dean's office.", "took over", "COERCE", "Violent demonstration"
    )
    (out,) = calm_protest([lead], lead_scope(lead.sentence.text))
    assert out.type.acled_sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # sides that fire on each other fight as armed groups, whoever they are
        (
            "Two factions of the farmers' union clashed and shots were fired at the market.",
            "clashed",
            "Armed clash",
        ),
        (
            "Supporters of a village chief opened fire on a rival group near the well.",
            "opened",
            "Armed clash",
        ),
        ("Two students were hurt in a gunfight between rival hostel groups.", "hurt", "Armed clash"),
        ("Two groups of fishermen exchanged fire over a pond on Tuesday.", "exchanged", "Armed clash"),
        # people told shot, or a gun battle, are guns fired too
        ("Three youths were shot as two student groups clashed at the college.", "clashed", "Armed clash"),
        ("A shopkeeper died in a gun battle between two factions of the union.", "died", "Armed clash"),
        # sticks and stones, or weapons only carried or wounds only told, stay a crowd's fight
        ("Two groups of villagers clashed with sticks over a pond.", "clashed", "Mob violence"),
        ("Two groups clashed over a pond and one man suffered bullet injuries.", "clashed", "Mob violence"),
        # a mob, a protest or police firing on the crowd tell another fight
        ("A mob beat a man to death after shots were fired in the bazaar.", "beat", "Mob violence"),
        ("Police opened fire as two groups of villagers clashed near the school.", "clashed", "Mob violence"),
        ("Protesters clashed with rival supporters and shots were fired.", "clashed", "Mob violence"),
    ],
)
def test_a_crowd_that_fires_guns_fights_an_armed_clash(sentence: str, trigger: str, expected: str) -> None:
    """A lead mob violence whose sentence tells shots fired or a gunfight is an armed clash, unless a
    mob, a protest, police or soldiers are in it."""
    (out,) = guns_fired(
        [made_up_detection(sentence, trigger, "ASSAULT", "Mob violence")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("A robbery suspect was shot dead by police officers near the port.", "shot", "Attack"),
        ("Two alleged drug dealers were killed by the police in a slum.", "killed", "Attack"),
        ("A kidnapper was gunned down by soldiers at a checkpoint.", "gunned", "Attack"),
        # a fight told, or raiders killed, stay a clash
        ("A robbery suspect was shot dead by police during an exchange of fire.", "shot", "Armed clash"),
        ("Two bandits were killed by the police near the border.", "killed", "Armed clash"),
        ("A suspect was killed by police after he opened fire on them.", "killed", "Armed clash"),
    ],
)
def test_a_suspect_the_police_kill_is_a_victim(sentence: str, trigger: str, expected: str) -> None:
    """A lead armed clash in which police or soldiers killed a suspect or criminal, with no fight told,
    is ACLED's attack: a suspect is no armed side."""
    (out,) = civilian_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Gunmen attacked the health centre in the town on Sunday night.", "attacked", "Attack"),
        ("Militiamen raided a primary school and beat the teachers.", "raided", "Attack"),
        ("Unknown attackers torched the village mosque before dawn.", "torched", "Attack"),
        ("Fighters fired on the market of the town at noon.", "fired", "Attack"),
        # armed men hit there, or a fight told, stay a clash
        ("Gunmen attacked the hospital, killing two soldiers guarding it.", "attacked", "Armed clash"),
        ("Militants attacked the school and clashed with the army for an hour.", "attacked", "Armed clash"),
        # a place no civilian site: the rule does not apply
        ("Gunmen attacked the convoy on the road to the town.", "attacked", "Armed clash"),
    ],
)
def test_an_attack_on_a_hospital_school_shrine_or_market_is_on_civilians(
    sentence: str, trigger: str, expected: str
) -> None:
    """A lead armed clash whose sentence tells a hospital, clinic, school, mosque, church, market or camp of
    the displaced attacked, with no armed victim and no fight, is ACLED's attack on civilians."""
    (out,) = civilian_victims(
        [made_up_detection(sentence, trigger, "ASSAULT", "Armed clash")], lead_scope(sentence)
    )
    assert_sub_type(out, expected)


def test_the_reading_types_the_trigger_its_sub_type_names_before_one_of_its_family() -> None:
    """An arrest and a shooting told in one sentence read as an attack: the shooting is the attack (the
    reading's own PLOVER type), though the surer arrest is of violence against civilians' family too; the
    arrest keeps its own coding."""
    sentence = "A woman was arrested over the shooting of her son at a motel."
    arrest = made_up_detection(sentence, "arrested", "COERCE", "Arrests", mode="arrest", confidence=0.77)
    shooting = made_up_detection(sentence, "shooting", "ASSAULT", "Attack", confidence=0.5)
    reading = read_as("Attack", 0.45)
    arrested, shot = type_sentence([Draft(arrest, 0.9), Draft(shooting, 0.75)], reading)  # type: ignore[arg-type]
    assert_sub_type(arrested, "Arrests")
    assert_sub_type(shot, "Attack")
    assert shot.confidence > shooting.confidence  # the reading, a second sign, raised it
