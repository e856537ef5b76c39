"""ACLED coding conventions that outrank the classifier's sub-type for a typed detection."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from kronika.events.blasts import blast_then_fire, explosives_thrown
from kronika.events.taxonomy import (
    AIR_STRIKE,
    ARMED_CLASH,
    ARRESTS,
    ATTACK,
    BASE_ESTABLISHED,
    DISRUPTED_WEAPONS,
    EXCESSIVE_FORCE,
    INTERVENTION,
    LOOTING,
    MOB_VIOLENCE,
    NON_VIOLENT_TRANSFER,
    PEACEFUL_PROTEST,
    REMOTE_EXPLOSIVE,
    SHELLING,
    TERRITORY_TAKEN,
    VIOLENT_DEMONSTRATION,
    coded_as,
)
from kronika.model import Detection, Span

# ACLED's sub-types for violence told without its means: a weapon the trigger names says more.
_GENERIC_VIOLENCE: Final = frozenset({ARMED_CLASH, ATTACK})
# The sub-type of each weapon mode the lexicon gives a trigger ("shelled", "airstrike"). In ACLED's
# training notes whose first sentence names shelling, mortars or artillery, 84% are coded as shelling
# and 9% as armed clashes. Explosions are left out: "observed explosions" is how monitors tell a
# firefight (ACLED's eastern-Ukraine notes), which ACLED codes as an armed clash.
WEAPON_SUBS: Final = {
    "shelling": SHELLING,
    "aerial": AIR_STRIKE,
}
# An air force that struck ("the Iraqi air force targeted a hideout and killed a militant") carried out an
# air strike, whoever its victims: of ACLED's training notes whose first sentence says an air force
# targeted, struck, bombed, hit, attacked, raided or carried out something (not its intelligence branch, a
# security service), 104 of 105 are air strikes. So are people told killed or hurt in or by an air strike,
# an air raid or a drone strike ("corpses of militants presumably killed in airstrikes"): 35 of 37. A
# reading of a clash or an attack does not stand against either.
_AIR_FORCE_STRUCK: Final = re.compile(
    r"\bair ?forces?\b(?! intelligence)(?:'s)? (?:\w+ ){0,2}?(?:targeted|struck|bombed|hit|attacked|shelled|"
    r"pounded|raided|carried out|launched|conducted)\b"
    r"|\b(?:killed|died|dead|wounded|injured) (?:in|by|during|from) (?:an? |the |several |multiple |\w+ )?"
    r"(?:\w+ )?(?:air ?strikes?|air ?raids?|drone strikes?|aerial (?:bombardments?|attacks?|strikes?))\b",
    re.IGNORECASE,
)
# A classifier reading at least this sure stands even against the trigger's weapon ("responded to
# shelling ... killing fighters" read as a clash at 0.97): readings above 0.9 are right 19 times in 20.
SURE_READING: Final = 0.9
# An attack whose sentence names a planted explosive ("carried out a remote explosive attack", "a roadside
# bomb hit a car") is ACLED's remote explosive: of its training notes whose first sentence names a remote
# explosive, an IED, a roadside, car, magnetic or sticky bomb or a landmine (and no bomb defused, found or
# seized, nor a clash), 87% (964 of 1104) are coded so and fewer than 4 as attacks. So do an explosive
# device, a controlled, timed, parcel, letter or motorbike bomb, a booby trap, a vehicle-borne device and
# a bomb or explosive told as planted: of the training notes whose first sentence names one of these and
# none of the above (nor one found or defused), 92% (161 of 175) are remote explosives and none attacks.
_DEVICE: Final = re.compile(
    r"\b(?:remote explosives?|IEDs?|VBIEDs?|improvised explosive|(?:roadside|car|magnetic|sticky) bombs?|"
    r"land ?mines?|explosive devices?|(?:remote(?:ly)?[- ])?controlled (?:bombs?|explosives?|devices?)|"
    r"remote[- ]controlled|remotely[- ]detonated|(?:time|timed|parcel|letter) bombs?|booby[- ]?trap\w*|"
    r"(?:motorbike|motorcycle|bicycle) bombs?|vehicle[- ]borne|planted (?:\w+ ){0,2}(?:bombs?|explosives?))",
    re.IGNORECASE,
)
_NOT_SET_OFF: Final = re.compile(
    r"\b(?:defus\w*|dismantl\w*|detected|discovered|found|recovered|seized|prematurely|clash\w*|exchang\w*)",
    re.IGNORECASE,
)
# A base set up is ACLED's "Headquarters or base established", whatever violence the sentence also names
# ("installed a new military base ... due to continued attacks"): of the training notes whose first
# sentence says a base, outpost or position was installed, established, set up or built, 45 of 47.
_BASE_SET_UP: Final = re.compile(
    r"\b(?:installed|established|set up|opened|built|constructed) (?:an? |the )?(?:new )?(?:\w+ ){0,2}"
    r"(?:base|outpost|position)s?\b",
    re.IGNORECASE,
)
# An attack told only by what was looted or burnt ("militants stopped and looted a boat", "burnt the
# stadium's stand"), no one harmed, is ACLED's looting/property destruction: of the training notes whose
# first sentence says looted, pillaged, plundered, torched, burned, burnt or set ablaze and names no harm
# (nor fire: "set on fire" is told of attacks too), 254 are looting and 59 attacks or clashes. So is
# property destroyed, damaged or vandalised: of the training notes whose first sentence says so (and none
# of the words above) and names no harm, 177 are looting, 4 attacks and 22 armed clashes (the rest are
# riots, explosions and air strikes, which no attack trigger types).
# Who set the base up is its actor, whoever fought nearby ("MONUSCO installed a base ... due to attacks by
# militiamen" is MONUSCO's): the words before the set-up verb, back to a comma or the sentence's start.
_SETTER: Final = re.compile(r"(?:^|[,;(]\s*)([A-Za-z][\w'.-]*(?: [\w'.-]+){0,5}) $")
_LOOTED: Final = re.compile(
    r"\b(?:looted|pillaged|plundered|torched|burned|burnt|set ablaze|destroyed|damaged|vandali[sz]ed)\b",
    re.IGNORECASE,
)
_HARM: Final = re.compile(
    r"kill|injur|wound|shot|shoot|beat|assault|dead|death|fatal|tortur|abduct|kidnap|\brap(?:e|ed)\b|stab|"
    r"hack|clash|fire|attack",
    re.IGNORECASE,
)
# A clash, attack or seizure whose sentence says control of a place was taken ("rebels took control of
# the town", "troops regained control over two villages", "recovered territory") is ACLED's battle for
# territory, or its non-violent transfer where the other side withdrew or fled: of the training notes whose
# first sentence says control of a place (not a building, mine, vehicle or land) was taken, gained or
# regained, 87% (103 of 119) are coded as territory changing hands (35 government regains, 33 non-state
# overtakes, 35 non-violent transfers), 7 armed clashes and 5 attacks. Control fought "over" or sought
# ("clashed over taking control of a market") is a dispute, not a taking; a taking told "after" or "since"
# ("killed civilians after taking control of the town") is the background of another event. Who took it
# is left to the classifier's reading: the doers' sectors do not tell a government's army from another
# (a state's army abroad, or one the lexicon knows as rebels, is no government regaining its territory).
_TAKING: Final = (
    r"(?:took|taken?|takes|taking|gained|gains|gaining|re-?gained|re-?gains?|re-?gaining|re-?took|re-?taken?|"
    r"re-?takes|re-?taking|seized|seizes|seizing|assumed|wrested)"
)
_NOT_TERRITORY: Final = (
    r"(?:factor(?:y|ies)|mines?|mining|buildings?|offices?|headquarters|prison|jail|hospital|school|station|"
    r"drones?|vehicles?|trucks?|boats?|ships?|mosque|church|compound|premises|lands?|plots?|market|bazaa?r|"
    r"polling|project|ponds?|shops?|crossings?|port|airport|oil|wells?|farms?|houses?|homes?|trade|smuggling|"
    r"routes?|roads?|situation|fire|crowd|mob|weapons?|ministry|parliament|palace)"
)
_CONTROL_TAKEN: Final = re.compile(
    rf"(?<!\bover )(?<!\bto )(?<!\bfor )(?<!\bafter )(?<!\bsince )(?<!\bafter re-)\b{_TAKING} "
    rf"(?:full |back |total |complete |effective )?control (?:of|over) "
    rf"(?!(?:the |an? |\w+'s )?(?:[\w-]+ ){{0,2}}?{_NOT_TERRITORY}\b)"
    r"|\b(?:recovered|regained|retook|retaken|reclaimed) (?:the |some |more )?territor",
    re.IGNORECASE,
)
_UNOPPOSED: Final = re.compile(
    r"\b(?:withdr[ae]w\w*|withdrawal|fled|abandon\w*|without (?:a |any )?(?:fight\w*|resistance|clash\w*|"
    r"armed fighting))\b",
    re.IGNORECASE,
)
_TAKEN_FROM: Final = frozenset({ARMED_CLASH, ATTACK, LOOTING, DISRUPTED_WEAPONS})
# A trigger that says people demonstrated or protested: of ACLED's riot notes whose first sentence says
# "demonstrated", "protested" or "staged/held a protest", 1180 are violent demonstrations, 1 mob violence.
_DEMONSTRATING: Final = re.compile(r"^(?:demonstrat|protest)", re.IGNORECASE)
# A crowd that demands something came to demonstrate: of ACLED's riot notes whose first sentence says the
# crowd demanded ("clashed with police, demanding to return home"; not money, a toll or a bribe demanded
# from someone), 96% (1158 of 1204) are violent demonstrations.
_DEMANDING: Final = re.compile(
    r"\b(?:demanding|to demand|demanded)\b"
    r"(?! (?:\w+ )?(?:money|toll|bribes?|ransom|extortion|payment|dowry))",
    re.IGNORECASE,
)
# Money demanded of someone ("refused to pay extortion money, demanded in the name of a donation", "a
# toll demand turned down") is extortion, not a crowd's demand: of ACLED's riot training notes whose first
# sentence says so, 10 of 12 are mob violence.
_EXTORTED: Final = re.compile(
    r"\b(?:extortion|money|tolls?|bribes?|ransom|payment|dowry|donations?|subscriptions?)\b[^.]{0,30}"
    r"\b(?:demanding|demanded|demands?)\b|\b(?:refus\w+|fail\w*|declin\w+) to (?:pay|give)\b",
    re.IGNORECASE,
)
# A crowd that enforces a general strike, blocks a road, forms a human chain or riots over a grievance came
# to protest too: of ACLED's riot training notes whose first sentence tells a hartal (South Asia's general
# strike), 98.6% (918 of 931) are violent demonstrations; a road, highway or street blocked 97% (268 of
# 275); a human chain 13 of 14; rioting "over", "against" or "in protest" at something 87% (46 of 53).
_PROTEST_ACT: Final = re.compile(
    r"\bhartals?\b|\bhuman chains?\b|\briot(?:ed|s|ing)? (?:over|against|in protest)\b"
    r"|\bblock(?:ed|ing|aded)? (?:the |a )?(?:[\w-]+ )?(?:roads?|highways?|streets?)\b",
    re.IGNORECASE,
)
# Protesters who throw stones riot: of ACLED's training notes typed as a protest whose first sentence
# tells stones, rocks, bricks or bottles thrown or pelted, all 109 are violent demonstrations.
_UNARMED_PROTEST: Final = frozenset({PEACEFUL_PROTEST, INTERVENTION, EXCESSIVE_FORCE})
_MISSILES: Final = r"(?:stones|rocks|brickbats|bricks|bottles)"
# a crowd's missiles thrown, in either voice ("pelted the police with stones", "bottles were hurled")
MISSILES_THROWN: Final = (
    rf"\b(?:pelt\w*|threw|thrown|throwing|hurl\w*|lob\w*) (?:\w+ ){{0,2}}{_MISSILES}\b"
    rf"|\b{_MISSILES} (?:were |was )?(?:pelted|thrown|hurled)\b"
)
_STONES_THROWN: Final = re.compile(rf"\bstone[- ]?pelting\b|{MISSILES_THROWN}", re.IGNORECASE)

# Protesters who go on to beat, attack or vandalise ("staged a demonstration and beat the clinic's owner")
# riot too: of ACLED's training notes whose first sentence tells a protest and then such violence by it
# (not done to it, "were beaten", nor its grievance, "who assaulted a trader"), 91% (259 of 284) are
# violent demonstrations, 18 peaceful or met with intervention or force.
_PROTESTERS_STRUCK: Final = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ied)|march(?:ed)?|procession)\b"
    r"(?:(?!\b(?:were|was|been|being|who|which|that|against)\b)[^.]){0,80}"
    r"\b(?:and|then|before|later) (?:\w+ ){0,2}(?:beat|attacked|assaulted|vandali[sz]ed|torched|set fire|"
    r"set ablaze|clashed|ransacked|smashed|damaged|pelted|hurled|threw)\b(?! by)",
    re.IGNORECASE,
)
# A protest its sentence calls a riot ("prisoners staged a riot", "residents rioted") is a violent
# demonstration: of ACLED's protest and riot training notes whose first sentence says so, 167 are violent
# demonstrations, 46 mob violence and 4 peaceful or met with intervention.
_RIOTED: Final = re.compile(
    r"\b(?:staged|started|held|began) (?:an? |the )?(?:[\w-]+ ){0,2}riots?\b|\brioted\b", re.IGNORECASE
)

# A crowd that beats or kills someone is ACLED's mob violence, not an attack by an armed group: of ACLED's
# training notes whose first sentence names a mob or a lynching and no protest, 92% (495 of 537) are mob
# violence, 12 attacks and 5 armed clashes.
_MOB_TOLD: Final = re.compile(r"\b(?:lynch\w*|mobs?)\b", re.IGNORECASE)
_PROTEST_TOLD: Final = re.compile(
    r"protest|demonstrat|rall(?:y|ied)|human chain|march|riot|strike|procession", re.IGNORECASE
)
# People who kill or beat a suspected thief, robber or witch take the law into their own hands: ACLED
# codes such vigilante violence as mob violence even where no mob is named ("an alleged thief was killed
# in a mass beating"). Of ACLED's Attack, Mob violence or Armed clash training notes whose first sentence
# names a suspected thief, robber, kidnapper or witch, or someone accused of theft or witchcraft, and names
# no mob, lynching, protest, police, soldiers, armed men, shots or clash (their violence is another's),
# 88% (43 of 49) are mob violence, 5 attacks.
_SUSPECTED_CULPRIT: Final = re.compile(
    r"\b(?:suspected|alleged|presumed) (?:[\w-]+ )?(?:thie(?:f|ves)|robbers?|kidnappers?|child[- ]lifters?|"
    r"witch(?:es)?|rustlers?|muggers?|burglars?|snatchers?)\b"
    r"|\baccused of (?:\w+ ){0,2}(?:theft|stealing|witchcraft|sorcery|robbery|kidnapping)\b"
    r"|\bfor (?:allegedly )?stealing\b",
    re.IGNORECASE,
)
_ARMED_OR_STATE: Final = re.compile(
    r"protest|demonstrat|rall(?:y|ied)|march|riot|hartal|polic|army|soldier|forces|troops|\bRAB\b|\bBGB\b|"
    r"gunfight|shootout|crossfire|security|guards?|militia|military|armed|gunm[ae]n|\bshot\b|rebel|"
    r"militant|clash",
    re.IGNORECASE,
)

# A clash between communities, clans, tribes or ethnic groups is ACLED's armed clash between their
# militias, not mob violence: of ACLED's training notes whose first sentence says someone clashed with, or
# tells clashes between, a community, clan, tribe or ethnic group, 87% (311 of 357) are armed clashes and
# 16 mob violence (the rest are troop movements, territory taken or displacement that followed a clash).
# A protest told beside it makes the crowd's clash a riot.
_COMMUNAL_CLASH: Final = re.compile(
    r"\bclash\w* (?:with|between) [^.]{0,80}?\b(?:communit(?:y|ies)|ethnic|clans?|tribes?|tribal)\b",
    re.IGNORECASE,
)

# An arrest whose sentence tells the arrested beaten, tortured or assaulted ("police beat and arrested two
# youths", "detained and tortured a trader") is ACLED's attack: of its training notes whose first sentence
# tells an arrest and such violence within a few words of it (and names no protest), 76 of 81 are attacks
# and 5 mob violence; none is coded as arrests.
_ABUSE: Final = r"(?:beat|beaten|tortured|punched|kicked|assaulted)"
_ABUSED_IN_ARREST: Final = re.compile(
    rf"\b(?:{_ABUSE}|violently)\b[^.]{{0,40}}\b(?:arrested|detained)\b"
    rf"|\b(?:arrested|detained)\b[^.]{{0,40}}\b{_ABUSE}\b",
    re.IGNORECASE,
)

# An arrest the police or troops made while its sentence tells the arrested protesting ("police detained
# four members of the party when it was staging a protest without approval") is the protest's own coding, a
# protest with intervention: of ACLED's training notes whose first sentence says so, 12 of 17 are protests
# with intervention, 1 a violent demonstration and 2 arrests.
_ARRESTED_AT_PROTEST: Final = re.compile(
    r"\b(?:police|officers|personnel|forces|troops|soldiers|authorities)\b (?:\w+ ){0,2}"
    r"(?:arrested|detained)\b[^.]{0,80}\b(?:while|when|during|as)\b[^.]{0,40}"
    r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march\w*|procession|sit-in)",
    re.IGNORECASE,
)

# Force used on rioters ("fired tear gas at rioting prisoners", "opened fire on the rioters") is the riot's
# own coding: of ACLED's training notes whose first sentence tells something done at, on or against
# rioters or rioting people, or dispersing them, all 29 are riots (17 violent demonstrations, 12 mob
# violence). A reading of mob violence stands; anything else is a violent demonstration. The rioters must be
# the trigger's own object, told within a few words of it ("were injured when forces tried to disperse
# rioters" tells how a bystander was hurt in another event).
_AT_RIOTERS: Final = re.compile(
    r"\b(?:at|on|upon|against|disperse\w*) (?:the )?(?:\w+ )?(?:rioters|rioting \w+)\b", re.IGNORECASE
)
_NEAR_TRIGGER: Final = 20  # characters between the trigger's end and the rioters' preposition or verb

# An attack on people who were protesting ("troops fired on farmers who had assembled to condemn a land
# law", "a nurse was hurt while attending a rally") is ACLED's excessive force against protesters,
# whoever did it: of the training notes whose first sentence says someone was shot, killed, hurt or
# attacked during, at or while taking part in a protest, rally, procession or hartal (or who were protesting,
# or fire aimed at protesters), and tells no stones, clash, riot, damage or mob, 54% (135 of 248) are
# protests (56 excessive force), 9% (22) attacks and 6 armed clashes; the rest are riots, which an attack
# trigger typed so is not either way. A sure reading of an attack stands (a shooting at an election rally).
_PROTEST_EVENT: Final = r"(?:protests?|demonstrations?|rall(?:y|ies)|processions?|hartals?|marches|sit-ins?)"
_PROTESTERS_HARMED: Final = re.compile(
    r"\b(?:during|while (?:taking part in|participating in|attending|holding|staging|on)|in the middle of|"
    r"at) "
    rf"(?:an? |the |their |his |her )?(?:[\w-]+ ){{0,3}}?{_PROTEST_EVENT}\b"
    r"|\bwho (?:were|was|had been) (?:protesting|demonstrating|marching|rallying)\b"
    r"|\bwho (?:had )?(?:gathered|assembled|came out) to (?:protest|denounce|demand|demonstrate|condemn)\b"
    r"|\b(?:shot|fired|opened fire|firing) (?:\w+ )?(?:at|on|into|upon) (?:the |a )?(?:\w+ )?"
    r"(?:protesters|demonstrators|marchers|protestors)\b",
    re.IGNORECASE,
)
# Violence told during a hartal (South Asia's general strike, enforced in the street) is the hartal's own
# riot, not force against protesters: of ACLED's training notes whose first sentence tells something
# during or in a hartal and names no protest, rally, march, procession, riot or strike, and no one killed,
# 89% (128 of 144) are violent demonstrations, 2 attacks and none excessive force. A killing told so is
# anyone's (5 of 14 violent demonstrations, 4 armed clashes, 2 excessive force, 2 attacks): it is left alone.
_IN_HARTAL: Final = re.compile(r"\b(?:during|in) (?:the |an? )?(?:[\w'-]+ ){0,3}hartals?\b", re.IGNORECASE)
_KILLED_OR_PROTEST: Final = re.compile(
    rf"{_PROTEST_TOLD.pattern}|\b(?:killed|shot|stabbed|hacked|death|dead)\b", re.IGNORECASE
)
_CROWD_ROW: Final = re.compile(
    r"stone|brick|rock|clash|riot|vandal|torch|set fire|burn|loot|ransack|mob|pelt", re.IGNORECASE
)


def acled_conventions(detection: Detection, reading: float | None) -> Detection:
    """The detection with ACLED's sub-type where the trigger itself settles it against the classifier,
    whose reading of the sentence had probability `reading` (None: not read)."""
    sure = reading is not None and reading >= SURE_READING
    weighed = (
        detection
        if sure
        else _protesters_harmed(_hartal(_territory(_looting(_base(_device(_weapon(detection)))))))
    )
    struck = blast_then_fire(explosives_thrown(_air_force(_protest_arrest(_abused_in_arrest(weighed)))))
    return _at_rioters(_stones(_demonstration(_communal(_vigilantes(_mob(struck))))))


def _recoded(
    detection: Detection, read_as: str, told: re.Pattern[str], unless: re.Pattern[str], coded: str
) -> Detection:
    """The detection coded in sub-type `coded` where the classifier read `read_as`, its sentence tells
    `told` and does not tell `unless`; else unchanged (the shape most of these conventions share)."""
    text = detection.sentence.text
    if detection.type.acled_sub_event_type != read_as or not told.search(text) or unless.search(text):
        return detection
    return coded_as(detection, coded)


def _protesters_harmed(detection: Detection) -> Detection:
    """An attack whose sentence says its victims were protesting ("a nurse was hurt while attending a
    rally"), and tells no violence of the crowd's own, is excessive force against protesters."""
    return _recoded(detection, ATTACK, _PROTESTERS_HARMED, _CROWD_ROW, EXCESSIVE_FORCE)


def _hartal(detection: Detection) -> Detection:
    """An attack told during a hartal ("during hartal hours a vehicle was hit with a petrol bomb"), and no
    protest or killing, is the hartal's violent demonstration."""
    return _recoded(detection, ATTACK, _IN_HARTAL, _KILLED_OR_PROTEST, VIOLENT_DEMONSTRATION)


def _weapon(detection: Detection) -> Detection:
    """An assault whose trigger names its weapon ("shelled the village") keeps that weapon's sub-type
    when the classifier reads only a generic clash or attack."""
    kind = detection.type
    sub = WEAPON_SUBS.get(kind.mode or "")
    if kind.plover != "ASSAULT" or sub is None or kind.acled_sub_event_type not in _GENERIC_VIOLENCE:
        return detection
    return coded_as(detection, sub)


def _air_force(detection: Detection) -> Detection:
    """A clash or attack whose sentence says an air force struck ("the air force targeted a hideout and
    killed a militant"), or its victims were killed or hurt in an air strike, is an air strike, however
    sure the reading of a clash."""
    kind = detection.type
    if kind.plover != "ASSAULT" or kind.acled_sub_event_type not in _GENERIC_VIOLENCE:
        return detection
    if not _AIR_FORCE_STRUCK.search(detection.sentence.text):
        return detection
    return coded_as(detection, AIR_STRIKE)


def _device(detection: Detection) -> Detection:
    """An attack whose sentence names a planted explosive device, none of it found or defused, is a
    remote explosive attack ("militants carried out a remote explosive attack on a factory"); so is
    property destroyed that the reading codes as an attack ("set the bus ablaze using a controlled bomb")."""
    kind = detection.type
    if (kind.plover != "ASSAULT" and kind.mode != "destroy") or kind.acled_sub_event_type != ATTACK:
        return detection
    text = detection.sentence.text
    if not _DEVICE.search(text) or _NOT_SET_OFF.search(text):
        return detection
    return coded_as(detection, REMOTE_EXPLOSIVE)


def _base(detection: Detection) -> Detection:
    """A clash or attack whose sentence says a base was set up ("installed a new military base") is a
    base established, done by whoever the words before the set-up verb name."""
    kind = detection.type
    found = _BASE_SET_UP.search(detection.sentence.text)
    if kind.acled_sub_event_type not in _GENERIC_VIOLENCE or found is None:
        return detection
    base = coded_as(detection, BASE_ESTABLISHED)
    setter = _SETTER.search(detection.sentence.text[: found.start()])
    if setter is None:
        return base
    start = detection.sentence.start + setter.start(1)
    return replace(base, actor_spans=(Span(start, start + len(setter.group(1)), setter.group(1)),))


def _looting(detection: Detection) -> Detection:
    """An attack whose sentence tells only what was looted, burnt or destroyed, no one harmed, is looting."""
    return _recoded(detection, ATTACK, _LOOTED, _HARM, LOOTING)


def _territory(detection: Detection) -> Detection:
    """A clash, attack, looting or seizure of weapons whose sentence says control of a place was taken
    ("rebels took control of the town") is a battle for territory, or a non-violent transfer of it where
    the other side withdrew or fled. Taken by whom is not told apart: a non-state actor overtakes it."""
    text = detection.sentence.text
    if detection.type.acled_sub_event_type not in _TAKEN_FROM or not _CONTROL_TAKEN.search(text):
        return detection
    return coded_as(detection, NON_VIOLENT_TRANSFER if _UNOPPOSED.search(text) else TERRITORY_TAKEN)


def _mob(detection: Detection) -> Detection:
    """An attack whose sentence says a mob did it or someone was lynched ("a mob beat a suspected thief
    to death"), and tells no protest, is mob violence."""
    return _recoded(detection, ATTACK, _MOB_TOLD, _PROTEST_TOLD, MOB_VIOLENCE)


def _vigilantes(detection: Detection) -> Detection:
    """An attack whose sentence names a suspected thief, robber or witch ("villagers beat a suspected
    cattle thief to death"), and no armed men, police, protest or shots, is mob violence."""
    return _recoded(detection, ATTACK, _SUSPECTED_CULPRIT, _ARMED_OR_STATE, MOB_VIOLENCE)


def _communal(detection: Detection) -> Detection:
    """Mob violence whose sentence tells a clash with or between communities, clans or tribes ("villagers
    clashed with members of a neighbouring clan"), and tells no protest, is an armed clash."""
    return _recoded(detection, MOB_VIOLENCE, _COMMUNAL_CLASH, _PROTEST_TOLD, ARMED_CLASH)


def _abused_in_arrest(detection: Detection) -> Detection:
    """An arrest whose sentence tells the arrested beaten, tortured or assaulted ("police beat and arrested
    two youths"), and tells no protest, is an attack."""
    return _recoded(detection, ARRESTS, _ABUSED_IN_ARREST, _PROTEST_TOLD, ATTACK)


def _protest_arrest(detection: Detection) -> Detection:
    """An arrest the police made of people its sentence tells protesting ("police detained four members
    when the party was staging a protest") is a protest with intervention."""
    if detection.type.acled_sub_event_type != ARRESTS or not _ARRESTED_AT_PROTEST.search(
        detection.sentence.text
    ):
        return detection
    return coded_as(detection, INTERVENTION)


def _demonstration(detection: Detection) -> Detection:
    """A riot told by "demonstrated" or "protested", by a crowd that demanded something, or by an act of
    protest (a hartal enforced, a road blocked, a human chain, rioting over a grievance) is a violent
    demonstration, never mob violence: ACLED's mob is a crowd that did not come to demonstrate."""
    kind = detection.type
    if kind.acled_sub_event_type != MOB_VIOLENCE:
        return detection
    told = kind.plover == "PROTEST" and _DEMONSTRATING.match(detection.trigger.text) is not None
    text = detection.sentence.text
    demanded = _DEMANDING.search(text) is not None and not _EXTORTED.search(text)
    if not told and not demanded and not _PROTEST_ACT.search(text):
        return detection
    return _as_violent_demonstration(detection)


def _stones(detection: Detection) -> Detection:
    """A protest whose sentence tells stones thrown ("pelted the police with stones", "engaged in stone
    pelting"), calls it a riot ("staged a riot") or tells its violence ("marched and vandalised a shop") is
    a violent demonstration, whatever the police did."""
    kind = detection.type
    if kind.plover != "PROTEST" or kind.acled_sub_event_type not in _UNARMED_PROTEST:
        return detection
    text = detection.sentence.text
    if not _STONES_THROWN.search(text) and not _RIOTED.search(text) and not _PROTESTERS_STRUCK.search(text):
        return detection
    return _as_violent_demonstration(detection)


def _at_rioters(detection: Detection) -> Detection:
    """An event ACLED codes, not as a riot, whose sentence says it was done at or on rioters ("police
    fired tear gas at rioting inmates") is a violent demonstration: the riot is the event."""
    kind = detection.type
    if kind.acled_event_type in (None, "Riots"):
        return detection
    sentence, trigger = detection.sentence, detection.trigger
    found = _AT_RIOTERS.search(sentence.text, trigger.start - sentence.start)
    if found is None or found.start() > trigger.end - sentence.start + _NEAR_TRIGGER:
        return detection
    return _as_violent_demonstration(detection)


def _as_violent_demonstration(detection: Detection) -> Detection:
    """The detection coded as ACLED's violent demonstration (a riot), its PLOVER type kept."""
    riot = VIOLENT_DEMONSTRATION
    return coded_as(detection, riot)
