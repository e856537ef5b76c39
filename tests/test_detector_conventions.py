"""Specs for ACLED coding conventions a trigger settles against the classifier's sub-type."""

from __future__ import annotations

import pytest
from builders import assert_sub_type, made_up_detection
from fixed_typer import FixedTyper, read_as
from spacy.language import Language

from kronika.events import load_detector
from kronika.events.acled_rules import SURE_READING, acled_conventions
from kronika.events.taxonomy import ABDUCTION, AGREEMENT, ARMED_CLASH, LOOTING
from kronika.model import Article

# --- the weapon the trigger names ----------------------------------------------------------------

SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
CLASH = "Armed clash"
RIOT = "Violent demonstration"
INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"
MOB = "Mob violence"


@pytest.mark.parametrize(
    ("sentence", "trigger", "mode", "sub", "expected"),
    [
        ("Rebels shelled the army post overnight.", "shelled", "shelling", CLASH, SHELLING),
        ("Artillery shelling hit a market in the town.", "shelling", "shelling", "Attack", SHELLING),
        ("Jets bombed a rebel camp in the hills.", "bombed", "aerial", CLASH, AIR),
        # monitors' "explosions" tell a firefight: the classifier's clash stands
        ("Monitors recorded 40 explosions near the line.", "explosions", "explosives", CLASH, CLASH),
        # a trigger that names no weapon leaves the reading alone
        ("Rebels attacked the army post overnight.", "attacked", None, CLASH, CLASH),
        # a specific reading is not generic: it stands
        ("Rebels shelled the army post overnight.", "shelled", "shelling", AIR, AIR),
        # a weapon fired in the fight its sentence tells: the classifier's clash stands
        ("Militiamen clashed with troops and shelled their trenches.", "shelled", "shelling", CLASH, CLASH),
        ("Both sides exchanged shelling across the river at dawn.", "shelling", "shelling", CLASH, CLASH),
        ("Jets bombed the hill as the battle for the pass went on.", "bombed", "aerial", CLASH, CLASH),
        ("The army engaged rebels, shelling their camps.", "shelling", "shelling", CLASH, CLASH),
        # ... not a reading of an attack on civilians: the weapon still tells how they were hit
        ("Shelling hit a market during fighting in the town.", "Shelling", "shelling", "Attack", SHELLING),
    ],
)
def test_a_named_weapon_outranks_a_generic_reading(
    sentence: str, trigger: str, mode: str | None, sub: str, expected: str
) -> None:
    """A shelling or air strike the trigger names keeps its sub-type against an unsure generic reading."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", sub, mode=mode), 0.5)
    assert_sub_type(found, expected)


@pytest.mark.parametrize("reading", [SURE_READING, 0.99])
def test_a_sure_reading_outranks_the_weapon(reading: float) -> None:
    """Fighters who "responded to shelling" fought: a reading that sure of a clash stands."""
    detection = made_up_detection(
        "Fighters responded to shelling near the front.", "shelling", "ASSAULT", CLASH, mode="shelling"
    )
    assert acled_conventions(detection, reading).type.acled_sub_event_type == CLASH


def test_a_weapon_is_kept_when_nothing_read_the_sentence() -> None:
    """With no classifier reading at all, the trigger's weapon decides."""
    detection = made_up_detection(
        "Troops shelled the ridge.", "shelled", "ASSAULT", "Attack", mode="shelling"
    )
    assert acled_conventions(detection, None).type.acled_sub_event_type == SHELLING


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub", "expected"),
    [
        ("The air force targeted a rebel camp and killed four fighters.", "killed", CLASH, AIR),
        ("The national air force struck a market in the north, killing nine.", "killing", "Attack", AIR),
        ("Rebels attacked an air force base and killed two guards.", "killed", CLASH, CLASH),
        # its intelligence branch is a security service, not aircraft
        ("Air Force Intelligence officers attacked and killed a shepherd.", "killed", "Attack", "Attack"),
        ("Soldiers attacked a rebel camp and killed four fighters.", "killed", CLASH, CLASH),
        # victims killed or hurt in an air strike
        ("The bodies of ten fighters were found, likely killed in airstrikes.", "killed", CLASH, AIR),
        ("Two guards were wounded by a drone strike on the depot.", "wounded", "Attack", AIR),
    ],
    ids=["targeted", "struck", "not-its-subject", "intelligence", "no-air-force", "killed-in", "wounded-by"],
)
@pytest.mark.parametrize("reading", [0.5, 0.99])
def test_an_air_force_that_struck_made_an_air_strike(
    sentence: str, trigger: str, sub: str, expected: str, reading: float
) -> None:
    """A clash or attack whose sentence says an air force struck, or that its victims were killed or hurt
    in an air strike, is an air strike, however sure the reading of a clash or an attack."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", sub), reading)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub", "expected"),
    [
        ("Militants carried out a remote explosive attack on a depot.", "attack", "Attack", "IED"),
        ("A roadside bomb hit a minibus near the bridge.", "hit", "Attack", "IED"),
        ("Villagers were hurt by a landmine near the pass.", "hurt", "Attack", "IED"),
        ("Gunmen attacked a bus with a controlled bomb, killing its driver.", "attacked", "Attack", "IED"),
        ("A parcel bomb killed a judge at his office.", "killed", "Attack", "IED"),
        ("Militants planted a bomb that killed two traders at a market.", "killed", "Attack", "IED"),
        ("An explosive device hit a patrol car outside the town.", "hit", "Attack", "IED"),
        ("Militants set a bus ablaze using a timed bomb.", "set", "Attack", "IED"),
        # a bomb found or defused was not set off; a clash stays a clash
        ("Police defused an IED planted near the bank.", "planted", "Attack", "Attack"),
        ("Rebels attacked a convoy with IEDs and rifles.", "attacked", CLASH, CLASH),
    ],
)
def test_an_attack_with_a_planted_explosive_is_a_remote_explosive(
    sentence: str, trigger: str, sub: str, expected: str
) -> None:
    """An attack whose sentence names a remote explosive, an IED, a planted or timed bomb or a landmine is
    ACLED's remote explosive attack, however sure the reading of an attack was."""
    want = "Remote explosive/landmine/IED" if expected == "IED" else expected
    plover, mode = ("COERCE", "destroy") if trigger == "set" else ("ASSAULT", None)
    for reading in (0.5, SURE_READING):
        found = acled_conventions(made_up_detection(sentence, trigger, plover, sub, mode=mode), reading)
        assert_sub_type(found, want)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen stopped a minibus on the highway and kidnapped its driver.", ABDUCTION),
        ("Militiamen hijacked two trucks and abducted eight traders.", ABDUCTION),
        ("Rebels abducted a nurse after ambushing an aid convoy near the river.", ABDUCTION),
        # harm or a rescue told with it make it another event; no vehicle stopped, no such abduction
        ("Gunmen stopped a minibus and kidnapped its driver, killing a passenger.", "Attack"),
        ("Bandits ambushed a truck and abducted two men, who were later rescued.", "Attack"),
        ("Gunmen attacked the village and abducted four women.", "Attack"),
    ],
)
def test_people_carried_off_from_a_stopped_vehicle_are_abducted(sentence: str, expected: str) -> None:
    """An attack whose sentence tells people abducted from a vehicle stopped, ambushed or hijacked, no one
    harmed, is ACLED's abduction, however sure the reading of an attack was."""
    trigger = next(word for word in ("kidnapped", "abducted") if word in sentence)
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Attack"), SURE_READING)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "reading", "expected", "plover"),
    [
        ("Militiamen seized four villagers at the well near Kora.", "seized", LOOTING, ABDUCTION, "ASSAULT"),
        ("Rebels captured two aid workers on the road to Tiro.", "captured", LOOTING, ABDUCTION, "ASSAULT"),
        # told in the passive, or freed later: still carried off
        ("Over 200 schoolgirls were seized from a hostel in Dapa.", "seized", LOOTING, ABDUCTION, "ASSAULT"),
        (
            "Bandits seized nine herders near Gusa and later released them.",
            "seized",
            LOOTING,
            ABDUCTION,
            "ASSAULT",
        ),
        ("Three farmers were captured by bandits near Tiro.", "captured", "Attack", ABDUCTION, "ASSAULT"),
        # goods seized from people, or people seized and harmed, are no such abduction
        ("Militants seized cattle from herders near Kora.", "seized", LOOTING, LOOTING, "COERCE"),
        ("Gunmen seized two traders and killed one of them.", "seized", LOOTING, LOOTING, "COERCE"),
    ],
)
def test_people_seized_are_abducted_not_looted(
    sentence: str, trigger: str, reading: str, expected: str, plover: str
) -> None:
    """A seizure read as looting or an attack whose sentence tells people seized or captured, no one
    harmed, is ACLED's abduction, however sure the reading, and PLOVER's (ASSAULT, abduct)."""
    found = acled_conventions(
        made_up_detection(sentence, trigger, "COERCE", reading, mode="seize"), SURE_READING
    )
    assert_sub_type(found, expected)
    assert found.type.plover == plover


@pytest.mark.parametrize(
    ("sentence", "reading", "expected", "plover"),
    [
        ("The two sides exchanged 50 prisoners of war on Friday.", CLASH, AGREEMENT, "AGREE"),
        ("Rebels and the army swapped the bodies of 12 fighters near Tiro.", "Attack", AGREEMENT, "AGREE"),
        # a fight told with it is the fight
        ("The sides exchanged fire and then prisoners, killing two.", CLASH, CLASH, "ASSAULT"),
        ("Troops exchanged fire with rebels near Tiro.", CLASH, CLASH, "ASSAULT"),
    ],
)
def test_prisoners_swapped_were_handed_over_under_a_deal(
    sentence: str, reading: str, expected: str, plover: str
) -> None:
    """A fight or an attack read in a sentence telling prisoners or bodies exchanged, no one harmed, is
    ACLED's agreement, PLOVER's AGREE."""
    trigger = next(w for w in ("exchanged", "swapped") if w in sentence)
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", reading), SURE_READING)
    assert_sub_type(found, expected)
    assert found.type.plover == plover


@pytest.mark.parametrize(
    ("sentence", "reading", "expected"),
    [
        ("Government troops captured three rebels near the Tolo bridge.", LOOTING, ARMED_CLASH),
        ("The insurgents seized two soldiers at a checkpoint outside Mara.", ABDUCTION, ARMED_CLASH),
        ("Four militiamen were captured by the army during a sweep of Kesso.", LOOTING, ARMED_CLASH),
        # goods or civilians seized, captives freed, a soldier's kin, or a camera "capturing" police are not
        ("Rebels seized three trucks of fuel near Mara.", LOOTING, LOOTING),
        ("The rebels released ten soldiers they had captured in March.", LOOTING, LOOTING),
        ("Gunmen seized two soldiers' wives at the market in Tolo.", ABDUCTION, ABDUCTION),
        ("A phone video captured police officers kicking a vendor's cart.", LOOTING, LOOTING),
        ("Youths captured a stray goat after soldiers left the Kesso camp.", LOOTING, LOOTING),
    ],
)
def test_fighters_captured_were_in_a_clash(sentence: str, reading: str, expected: str) -> None:
    """A seizure read as looting or an abduction whose sentence tells fighters, soldiers or police
    captured, none freed, is ACLED's armed clash, however sure the reading."""
    trigger = next(w for w in ("captured", "seized") if w in sentence)
    found = acled_conventions(
        made_up_detection(sentence, trigger, "COERCE", reading, mode="seize"), SURE_READING
    )
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Al Shabaab detained two traders at its checkpoint near Afgoye.", "detained", ABDUCTION),
        ("Rebel militiamen arrested a teacher in the village of Doru.", "arrested", ABDUCTION),
        ("HTS security forces arrested a camp manager in Idleb.", "arrested", ABDUCTION),
        # the state arresting militants, or militants held by others, stay arrests; people held and
        # harmed were attacked
        ("Police arrested four militants in a raid on Sunday.", "arrested", "Arrests"),
        ("Two militants detained by soldiers were handed to the police.", "detained", "Arrests"),
        ("Two rebels arrested Monday appeared in court.", "arrested", "Arrests"),
        ("Two gunmen arrested a driver, police said.", "arrested", "Arrests"),
        ("Militants detained and beat a driver at the checkpoint.", "detained", "Attack"),
    ],
)
def test_people_an_armed_group_detains_are_abducted(sentence: str, trigger: str, expected: str) -> None:
    """An arrest an armed group or militants made, no one harmed, is ACLED's abduction, however sure the
    reading: ACLED's arrests are a state's."""
    found = acled_conventions(made_up_detection(sentence, trigger, "COERCE", "Arrests"), SURE_READING)
    assert_sub_type(found, expected)


# --- demonstrators are no mob --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Hundreds demonstrated outside the mill and threw rocks.", "demonstrated", "Violent demonstration"),
        ("Traders protested at the depot, smashing its windows.", "protested", "Violent demonstration"),
        ("Students staged a protest and stoned buses.", "protest", "Violent demonstration"),
        # a crowd that came for someone, not to demonstrate, stays a mob
        ("A crowd attacked two suspected thieves at the market.", "attacked", "Mob violence"),
        ("Villagers rioted after a boy drowned.", "rioted", "Mob violence"),
        # a crowd that demands something came to demonstrate, whatever its trigger; money demanded does not
        ("Stranded workers clashed with police, demanding buses home.", "clashed", "Violent demonstration"),
        ("A crowd attacked a clerk who demanded bribes from them.", "attacked", "Mob violence"),
        # nor does money demanded of the victim, told before the demand, nor a payment refused
        ("Party men beat a trader who would not give the toll money they demanded.", "beat", "Mob violence"),
        (
            "Youths attacked a driver who refused to pay a fee they were demanding.",
            "attacked",
            "Mob violence",
        ),
        # a demand told only in the backdrop the violence came amid is the demonstrators', not the crowd's
        (
            "Unknown men attacked a councillor's house in Dacope, amid demonstrations demanding a recount.",
            "attacked",
            MOB,
        ),
        ("Party men attacked a shop in Feni amidst a movement demanding fresh polls.", "attacked", MOB),
        ("Youths attacked a bus in Feni, demanding fresh polls, amid the unrest.", "attacked", RIOT),
        # a hartal enforced, a road blocked, a human chain or a riot over a grievance is a protest's act
        ("Pickets attacked a bus during the hartal in Khulna.", "attacked", "Violent demonstration"),
        ("Youths blocked the Dhaka-Sylhet highway and attacked a car.", "attacked", "Violent demonstration"),
        ("Hawkers rioted over their eviction from the market.", "rioted", "Violent demonstration"),
        ("Villagers rioted after a bus hit a boy on the highway.", "rioted", "Mob violence"),
        # violence during or amid riots or a blockade is that campaign's; after them it may be a mob's
        ("Cadres attacked a van with a petrol bomb during the anti-polls riots.", "attacked", RIOT),
        ("Party men clashed with bus crews amid the transport blockade in Feni.", "clashed", RIOT),
        ("Villagers attacked a trader a week after the riots in the town.", "attacked", MOB),
        # a killing told so may be a mob's: the reading stands
        ("Youths clashed with traders during the riots and two men were killed.", "clashed", MOB),
        # a crowd named as on strike or agitating came to protest; one not so named may be a mob
        (
            "Striking dock workers clashed with the port's managers in Mongla.",
            "clashed",
            "Violent demonstration",
        ),
        ("Agitating students clashed with the crew of a minibus.", "clashed", "Violent demonstration"),
        ("Dockers clashed with the port's managers in Mongla.", "clashed", "Mob violence"),
        ("A striking player clashed with a referee after the match.", "clashed", "Mob violence"),
        # a crowd said to riot, as headlines tell it, rioted as a protest does; riot police are no verb
        ("Boda boda riders riot outside the county offices in Embu.", "riot", "Violent demonstration"),
        ("Inmates riot at the remand prison over rations.", "riot", "Violent demonstration"),
        ("Hawkers were beaten by the headquarters riot police in Nakuru.", "beaten", "Mob violence"),
        ("Villagers attacked a lorry driver after the crash.", "attacked", "Mob violence"),
    ],
)
def test_demonstrators_who_turn_violent_are_a_violent_demonstration(
    sentence: str, trigger: str, expected: str
) -> None:
    """A riot told by "demonstrated" or "protested", by a demanding crowd, by an act of protest (a hartal,
    a road blocked, rioting over a grievance) or by a crowd on strike is a violent demonstration."""
    plover = "ASSAULT" if trigger in ("attacked", "clashed") else "PROTEST"
    found = acled_conventions(made_up_detection(sentence, trigger, plover, "Mob violence"), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("An angry mob beat a suspected cattle thief to death in Kisumu.", "beat", "Mob violence"),
        ("Residents lynched two men caught stealing a motorbike.", "lynched", "Mob violence"),
        # a protest against a lynching is no mob; nor is an attack that names no crowd
        ("A man was killed after a protest against the lynching of a driver.", "killed", "Attack"),
        ("Gunmen beat a shopkeeper to death in Kisumu.", "beat", "Attack"),
    ],
)
def test_a_mob_or_a_lynching_is_mob_violence(sentence: str, trigger: str, expected: str) -> None:
    """An attack whose sentence says a mob did it or someone was lynched, and tells no protest, is
    mob violence, however sure the reading of an attack was."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Attack"), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Villagers beat a suspected motorbike thief to death near the ferry.", "beat", MOB),
        ("Two alleged robbers were killed by residents of a hill village.", "killed", MOB),
        ("A woman accused of witchcraft was burnt to death by her neighbours.", "burnt", MOB),
        ("Traders hacked a man to death for allegedly stealing a goat.", "hacked", MOB),
        # police, soldiers or gunmen who kill a suspect, or a suspect shot, are another's violence
        ("Police beat a suspected thief to death in custody.", "beat", "Attack"),
        ("Gunmen killed an alleged robber outside the market.", "killed", "Attack"),
        ("A suspected cattle rustler was shot dead near the river.", "shot", "Attack"),
        # Dozo hunters and Koglweogo groups are armed militias to ACLED
        ("Dozos beat a presumed goat thief to death near the well of Tanso.", "beat", "Attack"),
        ("Koglweogo members whipped a suspected thief to death in Dori.", "whipped", "Attack"),
        # a victim suspected of nothing stays an attack's
        ("Villagers beat a shopkeeper to death near the ferry.", "beat", "Attack"),
    ],
)
def test_killing_a_suspected_thief_is_mob_violence(sentence: str, trigger: str, expected: str) -> None:
    """An attack on a suspected thief, robber or witch by people who are no armed men or police is
    vigilante violence, which ACLED codes as mob violence even where no mob is named."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Attack"), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Herders clashed with members of a farming community near Jos.", "clashed", CLASH),
        ("Fighting broke out as youths clashed with a rival clan over a well.", "clashed", CLASH),
        ("Two men died in clashes between rival tribes in the valley.", "clashes", CLASH),
        ("Villagers clashed with members of another ethnic group at the market.", "clashed", CLASH),
        # a crowd's clash that names no community stays a mob's; a protest beside it makes it a riot's
        ("Villagers clashed with a gang of cattle thieves at the market.", "clashed", MOB),
        ("Residents clashed with a neighbouring community during a protest over land.", "clashed", MOB),
    ],
)
def test_a_clash_between_communities_is_an_armed_clash(sentence: str, trigger: str, expected: str) -> None:
    """Mob violence whose sentence tells a clash with or between communities, clans, tribes or ethnic
    groups, and no protest, is an armed clash between their militias."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Mob violence"), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Traffic police clashed with soldiers of the garrison at a checkpoint in Lodwar.", "clashed", CLASH),
        ("Two were hurt in a clash between the army and border guards near the crossing.", "clash", CLASH),
        ("Members of the city police were involved in a clash with the Public Order Agency.", "clash", CLASH),
        # a crowd, a party's cadres or a protest between the forces and the clash keeps it a riot
        ("Three policemen were hurt when party cadres clashed with the police in Bogura.", "clashed", MOB),
        ("Villagers clashed with soldiers over a roadblock near Tamale.", "clashed", MOB),
        ("Police clashed with soldiers during a protest outside the barracks.", "clashed", MOB),
    ],
)
def test_a_clash_between_state_forces_is_an_armed_clash(sentence: str, trigger: str, expected: str) -> None:
    """Mob violence whose sentence tells two of a state's forces clashing, and no protest, is an armed
    clash: both sides are armed and organised."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Mob violence"), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police beat and arrested three youths at a market in Kano.", "Attack"),
        ("Soldiers arrested a trader in Gao and tortured him for two days.", "Attack"),
        # no violence told with the arrest, or a protest's arrests: they stay arrests
        ("Police arrested three youths at a market in Kano.", "Arrests"),
        ("Police beat and arrested students who marched on the ministry.", "Arrests"),
    ],
)
def test_an_arrest_with_a_beating_is_an_attack(sentence: str, expected: str) -> None:
    """An arrest whose sentence tells the arrested beaten, tortured or assaulted is ACLED's attack."""
    detection = made_up_detection(sentence, "arrested", "COERCE", "Arrests", mode="arrest")
    found = acled_conventions(detection, 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police detained four party members when they were staging a protest in Khulna.", INTERVENTION),
        ("Security forces arrested twelve students during a rally outside the ministry.", INTERVENTION),
        ("Police arrested two teachers as they marched to the governor's office.", INTERVENTION),
        # the arrested told protesting by a relative clause, a participle, a passive or an attempt
        ("Police arrested 40 union members who staged a protest near the toll plaza.", INTERVENTION),
        ("Police detained two councillors when they staged a fast outside the civic office.", INTERVENTION),
        ("Police arrested three leaders sitting on a dharna outside the station.", INTERVENTION),
        ("Youth wing members were detained when they tried to march to the assembly.", INTERVENTION),
        ("Scores of farmers trying to gherao the collectorate were arrested by police.", INTERVENTION),
        # an arrest with no protest told, or one the protest demands undone, stays an arrest
        ("Police arrested three youths at a market in Kano.", "Arrests"),
        ("Relatives demanded the release of men the police detained last week.", "Arrests"),
        ("Police arrested two men who attacked a shop owner at the market.", "Arrests"),
        ("Police arrested a thief when he tried to run away fast.", "Arrests"),
        ("Relatives of demonstrators who were arrested last month marched to the court.", "Arrests"),
    ],
)
def test_an_arrest_of_protesters_is_a_protest_with_intervention(sentence: str, expected: str) -> None:
    """An arrest the police made while its sentence tells the arrested protesting is a protest with
    intervention, however sure the reading of an arrest."""
    detection = made_up_detection(
        sentence, "detained" if "detained" in sentence else "arrested", "COERCE", "Arrests", mode="arrest"
    )
    found = acled_conventions(detection, 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("A nurse was shot and wounded while attending a rally in the capital.", "wounded", EXCESSIVE),
        ("Troops fired on farmers who had assembled to condemn a land law.", "fired", EXCESSIVE),
        ("Two marchers were killed during a rally against the new tax.", "killed", EXCESSIVE),
        ("Gunmen opened fire on demonstrators outside the town hall.", "opened", EXCESSIVE),
        # the crowd's own violence makes it a riot, not force used on a peaceful protest
        ("Two men were killed during a protest as the crowd threw stones at police.", "killed", "Attack"),
        # no protest told: the attack stands
        ("Gunmen shot and wounded a nurse at a clinic in the capital.", "wounded", "Attack"),
        # police or soldiers hurt at a protest were hurt by its crowd: its riot
        ("A constable was injured when bombs were hurled at a rally in Khulna.", "injured", RIOT),
        ("Two officers were wounded during a rally against the new tax.", "wounded", RIOT),
        # police who hurt the marchers used force on them
        ("Two marchers were wounded by officers during a rally in Khulna.", "wounded", EXCESSIVE),
    ],
)
def test_an_attack_on_protesters_is_excessive_force(sentence: str, trigger: str, expected: str) -> None:
    """An attack whose victims were protesting is ACLED's excessive force against protesters, whoever
    used it, unless the sentence tells the crowd's own violence or police or soldiers as the ones hurt
    (the crowd's riot). A sure reading of an attack stands (shootings at election rallies are ACLED's
    attacks)."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Attack"), 0.5)
    assert_sub_type(found, expected)
    assert found.type.plover == "ASSAULT"
    sure = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Attack"), SURE_READING)
    assert sure.type.acled_sub_event_type == "Attack"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("During hartal hours a petrol bomb was hurled at a bus, injuring two passengers.", "hurled", RIOT),
        (
            "Two shopkeepers were beaten in the town during the opposition's dawn-to-dusk hartal.",
            "beaten",
            RIOT,
        ),
        # a killing during a hartal is anyone's: the hartal's people killed are protesters harmed
        ("Two activists were stabbed to death by rivals during the hartal.", "stabbed", EXCESSIVE),
        # a protest told beside it: the protest rules decide, not the hartal
        ("Two marchers were killed during a rally held in the hartal.", "killed", EXCESSIVE),
        # no hartal: the attack stands
        ("A petrol bomb was hurled at a bus, injuring two passengers.", "hurled", "Attack"),
    ],
)
def test_an_attack_during_a_hartal_is_the_hartals_riot(sentence: str, trigger: str, expected: str) -> None:
    """Violence told during a hartal, South Asia's general strike enforced in the street, is ACLED's
    violent demonstration: the hartal's riot, not force used on protesters."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", "Attack"), 0.5)
    assert_sub_type(found, expected)
    assert found.type.plover == "ASSAULT"


def test_the_detector_keeps_a_named_shelling(nlp: Language) -> None:
    """End to end: an unsure clash reading of a sentence that says "shelled" gives a shelling."""
    detector = load_detector(FixedTyper(read_as(CLASH, 0.5)))  # type: ignore[arg-type]
    text = "On 3 May, rebel forces shelled army positions near the town."
    found = [d for d in detector.detect(nlp(text), Article(id="t", text=text)) if d.modality == "asserted"]
    top = max(found, key=lambda d: d.confidence)
    assert top.type.acled_sub_event_type == SHELLING


# --- stones thrown -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub", "expected"),
    [
        (
            "Farm workers blocked the highway and engaged in stone pelting.",
            "blocked",
            "Peaceful protest",
            RIOT,
        ),
        ("Protesters hurled stones at the police, who fired tear gas.", "Protesters", INTERVENTION, RIOT),
        ("Rocks were thrown at the mayor's car during the protest.", "protest", "Peaceful protest", RIOT),
        ("Students threw bottles and bricks at officers outside the rally.", "rally", INTERVENTION, RIOT),
        # a protest its sentence calls a riot
        ("Inmates staged a riot in the jail and took over its yard.", "staged", "Peaceful protest", RIOT),
        ("Parents rioted outside the school over the fees.", "rioted", INTERVENTION, RIOT),
        # protesters who go on to beat, attack or vandalise
        (
            "Nurses staged a demonstration and beat the hospital's manager.",
            "demonstration",
            "Peaceful protest",
            RIOT,
        ),
        ("Fans marched to the stadium and vandalised its gates.", "marched", INTERVENTION, RIOT),
        # violence done to the protesters, or the one they protest against, is not theirs
        (
            "Teachers held a rally and were beaten by police.",
            "rally",
            INTERVENTION,
            INTERVENTION,
        ),
        (
            "Traders protested against a gang that attacked a shop.",
            "protested",
            "Peaceful protest",
            "Peaceful protest",
        ),
        # no missile thrown: the protest keeps its sub-type
        (
            "Farm workers blocked the highway for two hours.",
            "blocked",
            "Peaceful protest",
            "Peaceful protest",
        ),
        ("Masons protested outside the stone quarry.", "protested", "Peaceful protest", "Peaceful protest"),
    ],
)
def test_protesters_who_throw_stones_riot(sentence: str, trigger: str, sub: str, expected: str) -> None:
    """A protest whose sentence tells stones, rocks, bricks or bottles thrown, calls it a riot or tells
    violence its protesters went on to do, is a violent demonstration."""
    found = acled_conventions(made_up_detection(sentence, trigger, "PROTEST", sub), 0.95)
    assert_sub_type(found, expected)
    assert found.type.plover == "PROTEST"


def test_stones_thrown_by_a_mob_stay_its_own() -> None:
    """Only a protest is retyped: a mob's or an attacker's stones leave their sub-type alone."""
    detection = made_up_detection(
        "A mob threw stones at a suspected thief.", "threw", "ASSAULT", "Mob violence"
    )
    assert acled_conventions(detection, 0.95).type.acled_sub_event_type == "Mob violence"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Quarry workers attacked the gendarmes by throwing rocks at their post.", "attacked", RIOT),
        ("Two villages fought over a well and threw stones at each other.", "fought", MOB),
        ("Traders hurled bricks and bottles at the market guards in Bouake.", "hurled", RIOT),
        # arms, an armed side or a community told with the stones keep the clash an armed one
        ("Herders threw stones and fired guns at the soldiers near Dori.", "fired", CLASH),
        ("Militiamen pelted a convoy with stones and then ambushed it.", "ambushed", CLASH),
        ("Youths of two clans threw stones at each other near Garissa.", "threw", CLASH),
        ("Rebels clashed with troops at the bridge near Beni.", "clashed", CLASH),
    ],
)
def test_a_fight_of_stones_thrown_is_a_riot(sentence: str, trigger: str, expected: str) -> None:
    """An armed clash whose sentence tells stones, rocks, bricks or bottles thrown and no arms, armed group
    or community is a crowd's riot: a violent demonstration where it names police, soldiers or guards,
    else mob violence."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", CLASH), 0.95)
    assert_sub_type(found, expected)
    assert found.type.plover == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "trigger", "sub", "expected"),
    [
        ("Lawyers attacked a clerk in protest against the court's move.", "attacked", "Attack", RIOT),
        ("Traders vandalised the power office in protest over load shedding.", "vandalised", LOOTING, RIOT),
        # the protest is another's: the victims', or one the attack came after
        (
            "Thugs attacked villagers who had gathered in protest against the dam.",
            "attacked",
            "Attack",
            "Attack",
        ),
        ("Gunmen attacked a trader after a strike in protest over taxes.", "attacked", "Attack", "Attack"),
    ],
)
def test_violence_done_in_protest_is_a_riot(sentence: str, trigger: str, sub: str, expected: str) -> None:
    """An attack or property destruction its sentence tells done "in protest against" something is a
    violent demonstration."""
    plover = "ASSAULT" if sub == "Attack" else "COERCE"
    found = acled_conventions(made_up_detection(sentence, trigger, plover, sub), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Agitating cadres clashed with security personnel at the border post.", "clashed", RIOT),
        ("Clashes broke out between protesters and police near the assembly.", "Clashes", RIOT),
        ("Party activists and the police clashed outside the district office.", "clashed", RIOT),
        # arms or an armed group told keep the clash an armed one
        ("Maoist cadres clashed with police in the forest near the border.", "clashed", CLASH),
        ("Supporters of the chief clashed with police and fired guns at them.", "clashed", CLASH),
        # no state force named: the clash is left to the other rules
        ("Party activists clashed with rival supporters at the college.", "clashed", CLASH),
    ],
)
def test_a_crowds_clash_with_the_police_is_a_riot(sentence: str, trigger: str, expected: str) -> None:
    """An armed clash whose sentence tells protesters or a party's cadres clashing with police or security
    forces, and no arms, armed group or community, is a violent demonstration."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", CLASH), 0.95)
    assert_sub_type(found, expected)


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "sub", "expected"),
    [
        ("Police fired tear gas at rioting inmates in the jail.", "fired", "ASSAULT", "Attack", RIOT),
        ("Troops opened fire on the rioters near the depot.", "opened", "ASSAULT", "Armed clash", RIOT),
        ("Police dispersed the rioters with batons.", "dispersed", "PROTEST", INTERVENTION, RIOT),
        # a reading of mob violence stands; force used on others than rioters is left alone
        ("Police fired tear gas at rioting youths.", "fired", "ASSAULT", "Mob violence", "Mob violence"),
        ("Police fired tear gas at striking teachers.", "fired", "ASSAULT", "Attack", "Attack"),
        (
            "Two rebels were killed and a man injured when troops tried to disperse rioters at the scene.",
            "killed",
            "ASSAULT",
            "Armed clash",
            "Armed clash",
        ),
    ],
)
def test_force_used_on_rioters_is_the_riot(
    sentence: str, trigger: str, plover: str, sub: str, expected: str
) -> None:
    """Tear gas fired at rioting inmates, fire opened on rioters: the riot is the event ACLED codes."""
    found = acled_conventions(made_up_detection(sentence, trigger, plover, sub), 0.95)
    assert found.type.acled_sub_event_type == expected
    assert found.type.plover == plover


# --- a base set up, a looting with no one harmed -------------------------------------------------

BASE = "Headquarters or base established"


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "sub", "expected"),
    [
        (
            "Peacekeepers installed a new military base near the lake after repeated attacks.",
            "attacks",
            "ASSAULT",
            CLASH,
            BASE,
        ),
        ("The army established an outpost on the ridge.", "established", "MOBILIZE", "Attack", BASE),
        ("Militiamen set up a new camp near the village.", "set", "ASSAULT", CLASH, BASE),
        ("Gunmen stopped and looted a fishing boat on the river.", "looted", "ASSAULT", "Attack", LOOTING),
        ("Bandits pillaged a market in the village.", "pillaged", "ASSAULT", "Attack", LOOTING),
        ("Unknown men burnt the grandstand of the town's stadium.", "burnt", "ASSAULT", "Attack", LOOTING),
        # property destroyed, damaged or vandalised, no one harmed, is destruction too
        ("Militiamen destroyed a water pump in the village.", "destroyed", "ASSAULT", "Attack", LOOTING),
        ("Police raided and damaged the house of a party leader.", "raided", "ASSAULT", "Attack", LOOTING),
        ("Unknown men vandalised a church in the town.", "vandalised", "ASSAULT", "Attack", LOOTING),
        ("Gunmen damaged a car and wounded its driver.", "wounded", "ASSAULT", "Attack", "Attack"),
        # someone harmed keeps the attack; a clash stays a clash
        ("Gunmen looted a shop and killed its owner.", "killed", "ASSAULT", "Attack", "Attack"),
        ("Rebels looted a depot during the clash with troops.", "clash", "ASSAULT", CLASH, CLASH),
        ("Soldiers attacked rebels near the base.", "attacked", "ASSAULT", CLASH, CLASH),
    ],
)
def test_a_base_set_up_or_a_harmless_looting_outranks_violence(
    sentence: str, trigger: str, plover: str, sub: str, expected: str
) -> None:
    """A base set up is a base established whatever violence the sentence names; an attack told only by
    what was looted, no one harmed, is looting. A sure reading stands."""
    found = acled_conventions(made_up_detection(sentence, trigger, plover, sub), 0.5)
    assert_sub_type(found, expected)
    assert found.type.plover == plover
    assert (
        acled_conventions(
            made_up_detection(sentence, trigger, plover, sub), SURE_READING
        ).type.acled_sub_event_type
        == sub
    )


@pytest.mark.parametrize(
    ("sentence", "trigger", "setter"),
    [
        (
            "Peacekeepers installed a new military base near the lake after repeated attacks.",
            "attacks",
            "Peacekeepers",
        ),
        ("On 3 May 2021, the army set up a base on the ridge after raids by rebels.", "raids", "the army"),
    ],
    ids=["sentence-start", "after-date"],
)
def test_a_base_is_set_up_by_the_subject_of_its_verb(sentence: str, trigger: str, setter: str) -> None:
    """The base's actor is whoever set it up, not the attackers the sentence also names."""
    found = acled_conventions(made_up_detection(sentence, trigger, "ASSAULT", CLASH), 0.5)
    assert found.type.acled_sub_event_type == BASE
    assert [s.text for s in found.actor_spans] == [setter]
    assert all(sentence[s.start : s.end] == s.text for s in found.actor_spans)


# --- territory taken ---------------------------------------------------------------------------------

TAKEN = "Non-state actor overtakes territory"
TRANSFER = "Non-violent transfer of territory"


@pytest.mark.parametrize(
    ("sentence", "trigger", "plover", "sub", "expected"),
    [
        ("Rebels took control of Kaka after heavy fighting.", "fighting", "ASSAULT", CLASH, TAKEN),
        ("Militants stormed the town, taking control over it.", "stormed", "ASSAULT", "Attack", TAKEN),
        ("Rebels regained control of Bor from the army.", "regained", "COERCE", LOOTING, TAKEN),
        ("Fighters recovered territory after a clash with soldiers.", "clash", "ASSAULT", CLASH, TAKEN),
        # the other side withdrew or fled: the place changed hands without a battle
        (
            "Al Shabaab took control over Bulo village after the militia withdrew.",
            "took",
            "COERCE",
            LOOTING,
            TRANSFER,
        ),
        # a building, a mine or a vehicle taken is no territory; control fought over is a dispute
        ("Gunmen took control of a gold mine near Kadugli.", "took", "COERCE", LOOTING, LOOTING),
        ("Armed men took control of the factory and burnt it.", "took", "COERCE", LOOTING, LOOTING),
        ("Two groups clashed over taking control of the village.", "clashed", "ASSAULT", CLASH, CLASH),
        # a taking told "after" another event is its background
        ("Soldiers killed six men after taking control of Bor.", "killed", "ASSAULT", "Attack", "Attack"),
        ("Police seized weapons during the raid.", "seized", "COERCE", LOOTING, LOOTING),
    ],
)
def test_control_of_a_place_taken_is_territory(
    sentence: str, trigger: str, plover: str, sub: str, expected: str
) -> None:
    """Violence or a seizure whose sentence says control of a place was taken is a battle for territory
    (a non-violent transfer where the other side withdrew); a sure reading stands."""
    found = acled_conventions(made_up_detection(sentence, trigger, plover, sub), 0.5)
    assert_sub_type(found, expected)
    assert found.type.plover == plover
    sure = acled_conventions(made_up_detection(sentence, trigger, plover, sub), SURE_READING)
    assert sure.type.acled_sub_event_type == sub
