"""ACLED coding conventions for crowds: protests turned riots, force on protesters, mob violence."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.events.taxonomy import (
    ARMED_CLASH,
    ATTACK,
    EXCESSIVE_FORCE,
    INTERVENTION,
    LOOTING,
    MOB_VIOLENCE,
    PEACEFUL_PROTEST,
    VIOLENT_DEMONSTRATION,
    coded_as,
    recoded,
)
from kronika.model import Detection

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
# A demand told of a programme the victims were on their way to, or that was still to come ("beat up
# activists ahead of their rally demanding ...", "on their way to join the demonstration demanding ...") is
# the victims' demand, not the crowd's: of ACLED's riot training notes whose first sentence tells a demand
# so, all 3 are mob violence (the demand reading made them violent demonstrations).
_DEMAND_AHEAD: Final = re.compile(
    r"\b(?:before|ahead of|prior to|way to(?: join)?|to join|to attend)\b (?:\w+ ){0,4}"
    r"(?:programmes?|programs?|rall(?:y|ies)|processions?|meetings?|march(?:es)?|human chains?|protests?|"
    r"demonstrations?|sit-ins?|gatherings?|movement)\b[^.]{0,40}\b(?:demanding|to demand)\b",
    re.IGNORECASE,
)
# A protest the crowd's victims were on their way to, coming back from, or that was still to come ("assaulted
# a leader who was on his way to join the party's demonstration", "attacked activists ahead of the
# protest") is theirs, not the crowd's: its word names no demonstration by the crowd. Of ACLED's riot
# training notes whose first sentence names a protest or demonstration only so, 15 are mob violence and 3
# violent demonstrations (one of them told by a road blocked, which still counts). Replayed on the training
# notes so worded, this changes 2 leads, both rightly to mob violence.
_TO_A_PROTEST: Final = re.compile(
    r"\b(?:ahead of|way to(?: join| attend)?|to join|to attend|to participate in|"
    r"returning from|coming back from)\b (?:[\w'-]+ ){0,4}?$",
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
# Violence told during or amid riots or a blockade ("hurled a bomb at a bus during the anti-polls riots",
# "amid the transport blockade") is that campaign's: of ACLED's riot training notes whose first sentence
# says so, tells none of the acts above and no one killed, all 185 are violent demonstrations. A killing
# told so may be a mob's (16 violent demonstrations, 2 mob violence): it is left to the reading.
_IN_RIOTS: Final = re.compile(
    r"\b(?:during|amid) (?:the |an? )?(?:[\w-]+ ){0,3}(?:riots|blockades?)\b", re.IGNORECASE
)
_KILLED: Final = re.compile(r"\b(?:killed|dead|death|died)\b", re.IGNORECASE)
# A demand told only in the backdrop the violence came amid ("vandalised the house of a local leader, amid
# ongoing demonstrations demanding the government's resignation") is the demonstrators', not the crowd's:
# of ACLED's riot training notes whose first sentence tells a demand only after its "amid", 16 are violent
# demonstrations and 4 mob violence, and the 4 are the ones the classifier reads as mob violence.
_BACKDROP: Final = re.compile(r"\bamid(?:st)?\b", re.IGNORECASE)
# A crowd the sentence names as on strike or agitating ("striking employees clashed with the managers",
# "agitating students vandalised the bus") came to protest too: of ACLED's riot training notes whose first
# sentence names a crowd so (striking, agitating, protesting or demonstrating workers, students, traders,
# villagers and the like), 88% (29 of 33) are violent demonstrations.
_STRIKERS: Final = re.compile(
    r"\b(?:striking|agitating|protesting|demonstrating) (?:[\w-]+ ){0,2}(?:workers|employees|staff|teachers|"
    r"students|drivers|doctors|nurses|miners|labou?rers|traders|transporters|farmers|people|residents|"
    r"villagers|activists|supporters|youths?)\b",
    re.IGNORECASE,
)
# A crowd the sentence says riots, in the present tense coders write headlines in ("Hawkers riot and clash
# with police", "Young people riot outside the tallying centre"), rioted as a protest does: of ACLED's
# riot training notes whose first sentence says so (some people or a plural noun, then "riot"), 52 of 59
# are violent demonstrations, 7 mob violence. The police's riot gear, squads and units are no such verb.
_CROWD_RIOTS: Final = re.compile(
    r"\b(?:[a-z]+s|people|men|women|children) riot\b"
    r"(?! (?:police|squads?|gear|units?|control|shields?|act|officers|forces)\b)",
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

# A fight its sentence tells with stones, rocks, bricks or bottles thrown and no arms ("miners attacked the
# gendarmes by throwing stones") is a crowd's riot, not an armed clash: of ACLED's training notes whose
# first sentence tells such missiles thrown and names no gun, fire, shot, blade, bomb, armed group or
# community, 183 of 189 are riots, 1 an armed clash (5 attacks, which this leaves be). Thrown at police,
# soldiers or guards it is most often a violent demonstration (45 of 74), otherwise mob violence (66 of 109).
_ARMS_OR_SIDES: Final = re.compile(
    r"\bguns?\b|gunfire|gunm[ae]n|\bfired?\b|firing|\bshot|bullet|\barmed\b|weapon|machete|spear|arrow|"
    r"kni(?:fe|ves)|swords?|militia|rebel|militant|grenade|bomb|explos|communit|clan|tribe|ethnic",
    re.IGNORECASE,
)
_STONED_FORCES: Final = re.compile(
    r"police|gendarme|soldier|troops|\barmy\b|security forces|officers|law enforc|guards", re.IGNORECASE
)

# A clash between a crowd that protests or a party's street cadres and the police or security forces
# ("agitating cadres clashed with security personnel", "clashes broke out between protesters and police"),
# no arms, armed group or community named, is a crowd's riot with the forces, not a battle between two
# organised armed sides: ACLED's armed clashes need both sides armed and organised.
_CROWD_SIDE: Final = re.compile(
    r"\b(?:protesters|protestors|demonstrators|agitators|agitating|protesting|cadres|activists|supporters|"
    r"party workers)\b",
    re.IGNORECASE,
)
_CLASH_WORD: Final = re.compile(r"\bclash", re.IGNORECASE)
_ARMED_CADRES: Final = re.compile(r"maoist|naxal|insurgen|guerr|terror|jihad", re.IGNORECASE)
_CLASHED_FORCES: Final = re.compile(rf"{_STONED_FORCES.pattern}|security personnel", re.IGNORECASE)

# An attack or damage its doers did "in protest" ("lawyers attacked an official in protest against the
# move", "residents vandalised the office in protest over the power cuts") is a violent demonstration: the
# words between the act and the phrase open no clause of someone else's ("who", "after", "when").
_IN_PROTEST: Final = re.compile(
    r"^(?:(?!\b(?:who|which|that|were|was|after|when|while|before|following)\b)[^.;]){0,120}?"
    r"\bin protest (?:against|over|at|of)\b",
    re.IGNORECASE,
)
_DONE_IN_PROTEST: Final = frozenset({ATTACK, LOOTING})

# A crowd that beats or kills someone is ACLED's mob violence, not an attack by an armed group: of ACLED's
# training notes whose first sentence names a mob or a lynching and no protest, 92% (495 of 537) are mob
# violence, 12 attacks and 5 armed clashes.
_MOB_TOLD: Final = re.compile(r"\b(?:lynch\w*|mobs?)\b", re.IGNORECASE)
PROTEST_TOLD: Final = re.compile(
    r"protest|demonstrat|rall(?:y|ied)|human chain|march|riot|strike|procession", re.IGNORECASE
)
# People who kill or beat a suspected thief, robber or witch take the law into their own hands: ACLED
# codes such vigilante violence as mob violence even where no mob is named ("an alleged thief was killed
# in a mass beating"). Of ACLED's Attack, Mob violence or Armed clash training notes whose first sentence
# names a suspected thief, robber, kidnapper or witch, or someone accused of theft or witchcraft, and names
# no mob, lynching, protest, police, soldiers, armed men, shots or clash (their violence is another's),
# 88% (43 of 49) are mob violence, 5 attacks. Burkina Faso's and Mali's Dozo hunters and Koglweogo
# self-defence groups are armed militias to ACLED (of its training notes whose first sentence names them,
# 58 are attacks, 49 armed clashes, 8 mob violence): of those that name a suspected thief too, both are
# attacks.
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
    r"militant|clash|\bdozos?\b|koglweogo",
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

# Two of a state's forces that clash ("city police clashed with members of the public order agency", "a clash
# between soldiers and border guards") fought as armed, organised sides, not as a mob: of ACLED's training
# notes whose first sentence tells police, soldiers, troops or another force clashing with another, and
# names no protest, all 27 are armed clashes. The words between each force and the clash name no crowd,
# cadres, party or casualty ("policemen were hurt as cadres clashed with the police" is the cadres' clash).
# The forces are force_words' core, the sea and border arms, and Indonesia's and Bangladesh's forces by
# name. The core's security forces and lone officers or soldiers find 13 more such training notes (the
# same wording, no protest told): all 13 armed clashes ("Jubaland security forces clashed with police").
_FORCE: Final = (fw.CORE + fw.SEA_AND_BORDER + fw.INDONESIA_FORCES + fw.BANGLADESH_FORCES).group
_FORCE_WORDS: Final = (
    r"(?:(?!(?:cadres|activists|men|locals|workers|people|and|when|as|while|during|including|injured|killed|"
    r"kill\w*|protest\w*|rioters|BNP|JeI|ICS|Shibir)\b)[\w()'-]+ )"
)
_FORCES_CLASH: Final = re.compile(
    rf"\b{_FORCE} {_FORCE_WORDS}{{0,6}}?"
    r"(?:clashed|clash(?:es)?|were involved in an? clash|engaged in an? clash) "
    rf"with (?:the )?{_FORCE_WORDS}{{0,6}}?{_FORCE}\b"
    rf"|\bclash(?:es)? between (?:the )?{_FORCE_WORDS}{{0,3}}?{_FORCE} "
    rf"and (?:the )?{_FORCE_WORDS}{{0,3}}?{_FORCE}\b",
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
_RIOT_WORD: Final = re.compile(r"riot", re.IGNORECASE)  # in every match of _AT_RIOTERS: a cheap pre-check
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
# Police or soldiers hurt at a protest ("a constable was injured when bombs were hurled at the rally", "two
# officers were hurt during a demonstration") were hurt by its crowd, not protesters harmed: of ACLED's
# training notes whose first sentence tells someone harmed at a protest (`_PROTESTERS_HARMED`, no crowd's
# row told) and the police, soldiers or forces as the ones hurt, all 4 are violent demonstrations.
# The forces are force_words' core with the men on duty (constables, security personnel) and Bangladesh's
# forces (the core's army, military and gendarmes and the Ansar find no more training notes so worded).
_HURT_FORCES: Final = fw.CORE + fw.MEN_ON_DUTY + fw.BANGLADESH_FORCES
_FORCES_HURT: Final = re.compile(
    rf"\b{_HURT_FORCES.group}\b"
    r"[^.]{0,30}\b(?:was|were) (?:\w+ )?(?:injured|wounded|hurt|killed)\b",
    re.IGNORECASE,
)
# Violence told during a hartal (South Asia's general strike, enforced in the street) is the hartal's own
# riot, not force against protesters: of ACLED's training notes whose first sentence tells something
# during or in a hartal and names no protest, rally, march, procession, riot or strike, and no one killed,
# 89% (128 of 144) are violent demonstrations, 2 attacks and none excessive force. A killing told so is
# anyone's (5 of 14 violent demonstrations, 4 armed clashes, 2 excessive force, 2 attacks): it is left alone.
_IN_HARTAL: Final = re.compile(r"\b(?:during|in) (?:the |an? )?(?:[\w'-]+ ){0,3}hartals?\b", re.IGNORECASE)
_KILLED_OR_PROTEST: Final = re.compile(
    rf"{PROTEST_TOLD.pattern}|\b(?:killed|shot|stabbed|hacked|death|dead)\b", re.IGNORECASE
)
_CROWD_ROW: Final = re.compile(
    r"stone|brick|rock|clash|riot|vandal|torch|set fire|burn|loot|ransack|mob|pelt", re.IGNORECASE
)


def protest_harm(detection: Detection) -> Detection:
    """An attack told during a hartal, or done to people told protesting (or to police at a protest), in
    the crowd's coding (applied unless the classifier's reading is sure)."""
    return _protesters_harmed(_forces_hurt(_hartal(detection)))


def crowd_conventions(detection: Detection) -> Detection:
    """The detection with ACLED's crowd coding where its sentence settles it: a mob's or vigilantes'
    violence, a communal clash or one between a state's forces, a fight of stones thrown, a protest that
    became a riot, force used on rioters."""
    clashes = _in_protest(_crowd_clash(_stoned_clash(_forces_clash(_communal(_vigilantes(_mob(detection)))))))
    crowds = _demonstration(clashes)
    return _at_rioters(_stones(crowds))


def _protesters_harmed(detection: Detection) -> Detection:
    """An attack whose sentence says its victims were protesting ("a nurse was hurt while attending a
    rally"), and tells no violence of the crowd's own, is excessive force against protesters."""
    return recoded(detection, ATTACK, _PROTESTERS_HARMED, _CROWD_ROW, EXCESSIVE_FORCE)


def _forces_hurt(detection: Detection) -> Detection:
    """An attack whose sentence says police or soldiers were hurt at a protest ("a constable was injured
    when pickets hurled bombs at a rally"), and tells no row of the crowd's, is its violent demonstration."""
    if detection.type.acled_sub_event_type != ATTACK or not _PROTESTERS_HARMED.search(
        detection.sentence.text
    ):
        return detection  # `recoded` checks the forces; this, the reading first (cheap) then the protest
    return recoded(detection, ATTACK, _FORCES_HURT, _CROWD_ROW, VIOLENT_DEMONSTRATION)


def _hartal(detection: Detection) -> Detection:
    """An attack told during a hartal ("during hartal hours a vehicle was hit with a petrol bomb"), and no
    protest or killing, is the hartal's violent demonstration."""
    return recoded(detection, ATTACK, _IN_HARTAL, _KILLED_OR_PROTEST, VIOLENT_DEMONSTRATION)


def _mob(detection: Detection) -> Detection:
    """An attack whose sentence says a mob did it or someone was lynched ("a mob beat a suspected thief
    to death"), and tells no protest, is mob violence."""
    return recoded(detection, ATTACK, _MOB_TOLD, PROTEST_TOLD, MOB_VIOLENCE)


def _vigilantes(detection: Detection) -> Detection:
    """An attack whose sentence names a suspected thief, robber or witch ("villagers beat a suspected
    cattle thief to death"), and no armed men, police, protest or shots, is mob violence."""
    return recoded(detection, ATTACK, _SUSPECTED_CULPRIT, _ARMED_OR_STATE, MOB_VIOLENCE)


def _communal(detection: Detection) -> Detection:
    """Mob violence whose sentence tells a clash with or between communities, clans or tribes ("villagers
    clashed with members of a neighbouring clan"), and tells no protest, is an armed clash."""
    return recoded(detection, MOB_VIOLENCE, _COMMUNAL_CLASH, PROTEST_TOLD, ARMED_CLASH)


def _forces_clash(detection: Detection) -> Detection:
    """Mob violence whose sentence tells two of a state's forces clashing ("police clashed with soldiers at a
    checkpoint"), and tells no protest, is an armed clash."""
    return recoded(detection, MOB_VIOLENCE, _FORCES_CLASH, PROTEST_TOLD, ARMED_CLASH)


def _stoned_clash(detection: Detection) -> Detection:
    """An armed clash whose sentence tells stones or bricks thrown and no arms, armed group or community
    ("villagers pelted the guards with stones") is a riot: a violent demonstration where it names police,
    soldiers or guards, else mob violence."""
    if detection.type.acled_sub_event_type != ARMED_CLASH:
        return detection
    text = detection.sentence.text
    if not _STONES_THROWN.search(text) or _ARMS_OR_SIDES.search(text):
        return detection
    return coded_as(detection, VIOLENT_DEMONSTRATION if _STONED_FORCES.search(text) else MOB_VIOLENCE)


def _in_protest(detection: Detection) -> Detection:
    """An attack or property destruction its sentence tells done "in protest against" something ("lawyers
    attacked an official in protest against the move") is a violent demonstration."""
    if detection.type.acled_sub_event_type not in _DONE_IN_PROTEST:
        return detection
    sentence = detection.sentence
    if not _IN_PROTEST.search(sentence.text[detection.trigger.end - sentence.start :]):
        return detection
    return _as_violent_demonstration(detection)


def _crowd_clash(detection: Detection) -> Detection:
    """An armed clash whose sentence tells protesters or a party's cadres clashing with police or security
    forces ("cadres and the police clashed"), and no arms, armed group or community, is a violent
    demonstration."""
    if detection.type.acled_sub_event_type != ARMED_CLASH:
        return detection
    text = detection.sentence.text
    if not (_CLASH_WORD.search(text) and _CROWD_SIDE.search(text) and _CLASHED_FORCES.search(text)):
        return detection
    if _ARMS_OR_SIDES.search(text) or _ARMED_CADRES.search(text):
        return detection
    return _as_violent_demonstration(detection)


def _demonstration(detection: Detection) -> Detection:
    """A riot told by "demonstrated" or "protested", by a crowd that demanded something (not the demand of
    a programme its victims were heading to), by an act of protest (a hartal enforced, a road blocked, a
    human chain, rioting over a grievance, violence during riots or a blockade), by a crowd on strike or
    agitating ("striking employees") or by a crowd said to riot ("hawkers riot") is a violent demonstration,
    never mob violence: ACLED's mob is a crowd that did not come to demonstrate."""
    kind = detection.type
    if kind.acled_sub_event_type != MOB_VIOLENCE:
        return detection
    told = kind.plover == "PROTEST" and _DEMONSTRATING.match(detection.trigger.text) is not None
    told = told and not _to_a_protest(detection)
    text = detection.sentence.text
    demanded = _DEMANDING.search(_before_backdrop(detection)) is not None and not _EXTORTED.search(text)
    demanded = demanded and not _DEMAND_AHEAD.search(text)
    acted = _PROTEST_ACT.search(text) or _STRIKERS.search(text) or _CROWD_RIOTS.search(text)
    if not told and not demanded and not acted and not _unkilled_in_riots(text):
        return detection
    return _as_violent_demonstration(detection)


def _to_a_protest(detection: Detection) -> bool:
    """Whether the detection's trigger names a protest its sentence tells as one the victims were heading
    to or back from, or that was still to come (`_TO_A_PROTEST`)."""
    sentence = detection.sentence
    return _TO_A_PROTEST.search(sentence.text[: detection.trigger.start - sentence.start]) is not None


def _before_backdrop(detection: Detection) -> str:
    """The detection's sentence up to the first "amid" after its trigger, else the whole sentence: the
    part that tells the crowd's own deeds (`_BACKDROP`)."""
    sentence = detection.sentence
    after_trigger = detection.trigger.end - sentence.start
    backdrop = _BACKDROP.search(sentence.text, after_trigger)
    return sentence.text if backdrop is None else sentence.text[: backdrop.start()]


def _unkilled_in_riots(text: str) -> bool:
    """Whether the sentence tells its violence during or amid riots or a blockade and no one killed."""
    return _IN_RIOTS.search(text) is not None and not _KILLED.search(text)


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
    start = trigger.start - sentence.start
    found = _RIOT_WORD.search(sentence.text, start) and _AT_RIOTERS.search(sentence.text, start)
    if found is None or found.start() > trigger.end - sentence.start + _NEAR_TRIGGER:
        return detection
    return _as_violent_demonstration(detection)


def _as_violent_demonstration(detection: Detection) -> Detection:
    """The detection coded as ACLED's violent demonstration (a riot), its PLOVER type kept."""
    riot = VIOLENT_DEMONSTRATION
    return coded_as(detection, riot)
