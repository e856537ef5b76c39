"""Who a lead attack's victims were: armed men on duty make it an armed clash, civilians (or a suspect the
police shot, or an armed man off duty) an attack, as ACLED codes violence against an armed side or against
civilians; `battle_rules.py` reads the fire the paragraph tells."""

from __future__ import annotations

import re
from typing import Final

from kronika.events import force_words as fw
from kronika.events.blanks import blank
from kronika.events.hedges import unhedged
from kronika.events.lead_rules import LeadRule, LeadScope
from kronika.events.repelled_attacks import REPELLED_BEFORE
from kronika.events.taxonomy import ARMED_CLASH, ATTACK
from kronika.model import Detection

# ACLED's "Attack" is violence against civilians; violence against an armed side (police, soldiers,
# militants) is an "Armed clash" even when only one side fired. In ACLED's notes, of the Attack or Armed
# clash notes whose first sentence says armed men were shot, killed or attacked, 92% (1478 of 1604) are
# clashes; an off-duty, retired or former member is a civilian to ACLED, so those do not count. (Rangers,
# "personnel" and "a member of the ... forces" joined later: 17 of the 19 more notes they match are clashes;
# gunmen, armed men, assailants and pirates shot, killed or attacked later still: 19 of 21 more; an
# "alleged", "suspected" or "presumed member of" a group, a gang's or a rebel's: 8 of the 9 more; security,
# prison, forest, armed, village, camp or park guards then: 19 of the 23 more; sergeants, corporals,
# constables and police chiefs, inspectors or commissioners: all 17 more, and run on the 61 training
# notes that name one, the pipeline's leads this changes are 2, both rightly clashes. Militias, guerrillas,
# jihadists, terrorists, extremists and Al Shabaab's members, suspects, operatives or fighters last ("1 clan
# militia was killed", "police shot two al Shabaab suspects"): 43 of the 45 more are clashes. Al Shabaab's
# "returnees" are left out: one of the two held-out notes that name them killed is an attack.) The words
# are whole words: "firefighters were injured" names no fighters (2 training notes, an attack and a riot),
# and a party's "rebel candidate" is a politician standing against its nominee (1 training note, an
# attack). South Asia's forces by their names and ranks came last (Pakistan's Levies and Frontier Corps,
# India's Assam and Rashtriya Rifles, CRPF and BSF, sub-inspectors, DSPs and superintendents of police,
# jawans and havildars): of the old-schema 2015 study notes (0-4000) whose first sentence names them harmed
# and no armed victim otherwise, 11 are battles and 1 violence against civilians; of ACLED's modern notes,
# none is an attack read otherwise than the off-duty rule reads it (one former sub-inspector).
_ARMED: Final = (
    r"\b(?:policem[ae]n|policewom[ae]n|soldiers?|troops|servicem[ae]n|gendarmes?|militants?|fighters|rebels?|"
    r"militiam[ae]n|insurgents?|commanders?|rangers?|personnel|gunm[ae]n|armed men|assailants?|pirates|"
    r"(?:security|prison|forest|armed|village|camp|park) guards?|"
    r"(?:army|military|security|police) "
    r"(?:personnel|officers?|members?|patrols?|posts?|checkpoints?|positions?|forces)|"
    r"members? of (?:the |an? )?(?:[\w-]+ ){0,3}(?:forces|army|police|militia|battalion|brigade)|"
    r"(?:army|military|security|police) convoys?|(?:alleged |suspected |rival )?gang members?|"
    r"(?:alleged|suspected|presumed) members? (?:of|from) |"
    r"NDS (?:members?|personnel|officers?)|"
    r"sergeants?|corporals?|constables?|police (?:chiefs?|(?:sub-)?inspectors?|commissioners?)|"
    r"militias?|guerrillas?|jihadists?|terrorists?|extremists?|"
    r"(?:al[- ])?shabaa?b (?:members?|suspects?|operatives?|fighters?)|"
    r"levies|Frontier Corps|FC|(?:Assam|Rashtriya) Rifles|CRPF|BSF|(?:assistant )?sub[- ]inspectors?|DSP|"
    r"(?:deputy )?superintendents? of police|deputy superintendents?|jawans?|havildars?)"
    r"(?! (?:raid|operation|station|informer|candidates?))\b"
)
# Armed men an attack "left dead" or who "were found dead" were its victims too: of ACLED's Attack or Armed
# clash training notes whose first sentence says so (and no armed victim otherwise), 28 of 29 are clashes.
# So are army or police convoys (17 of 17), gang members (7 of 8), NDS members and "a member of" a named
# armed group or police department (5 of 5).
# So are armed men told hurt after "and" with the verb left out ("a civilian was killed and several
# policemen wounded"): of ACLED's Attack or Armed clash training notes whose first sentence says so, all 18
# are armed clashes (2 of them named as victims by no other pattern here, `_ARMED_SITE_ATTACKED` included).
_ARMED_TOLL: Final = re.compile(
    rf"\b(?:left|leaving) (?:\w+ ){{0,3}}?{_ARMED} (?:dead|killed|injured|wounded)"
    rf"|{_ARMED} (?:[\w-]+ ){{0,3}}?(?:was|were) found dead"
    r"|\b(?:was|were) (?:\w+ )?(?:killed|injured|wounded|shot dead|shot),? and "
    r"(?:(?:a|an|the|two|three|four|five|six|several|some|many|at least|\d+) )?"
    rf"(?:[\w'-]+ ){{0,2}}?{_ARMED} (?:\w+ )?(?:killed|injured|wounded|hurt)\b",
    re.IGNORECASE,
)
# An attack told "killing two soldiers", "wounding a policeman" or that "abducted two militiamen" hit
# armed men too: of ACLED's Attack or Armed clash notes whose first sentence says so (and not otherwise),
# 101 of 109 are clashes. So did one that "targeted" them ("unknown militants targeted two levies
# personnel") or "shot dead" them, the object after "dead" ("shot dead two military policemen"): of ACLED's
# Attack or Armed clash notes whose first sentence says so and no armed victim otherwise, 36 of 44 are
# clashes, and 3 of the 8 attacks name a former, retired or off-duty man, whom `_CIVILIAN_STATUS` keeps one.
_HARMED: Final = (
    r"(?:shot|killed|attacked|ambushed|injured|wounded|stabbed|hacked|beheaded|assassinated|gunned down|"
    r"killing|injuring|wounding|abducted|kidnapped)"
)
# up to two words between the verb and its armed object ("killed two suspected militants"), none of them
# one that starts another phrase ("injured after militiamen opened fire": the militiamen are the doers)
_OBJECT_WORDS: Final = (
    r"(?:(?:a|an|the|two|three|four|five|several|some|at least|\d+) )?"
    r"(?:(?!(?:by|and|or|during|in|at|as|after|when|while|with|from|following)\b)[\w'’-]+ ){0,2}?"
)
# An "attack on" or "against" armed men ("an attack on a police post") hit them too: of ACLED's Attack or
# Armed clash training notes whose first sentence says so (and no armed victim otherwise), 41 of 43 are
# clashes.
# Armed men the sentence's subject told as harmed take the passive: "were killed", not "were killing
# civilians" or "was drunk and killed a civilian", where they did the harm. Of ACLED's training notes whose
# first sentence names armed victims only so, 2 are attacks, 1 an armed clash (a soldier "was shooting and
# killing civilians"), and 2 are other events ("troops who were accused of killing residents").
_HARMED_PASSIVE: Final = (
    r"(?:shot|killed|attacked|ambushed|injured|wounded|stabbed|hacked|beheaded|assassinated|gunned down|"
    r"abducted|kidnapped)"
)
_ARMED_TARGET: Final = re.compile(
    rf"\b(?:(?:{_HARMED}|targeted|targeting)(?: dead)?|shoots?|kills|attacks|attack (?:on|against|targeting)|"
    rf"(?:opened )?fired? (?:on|at|upon)) {_OBJECT_WORDS}{_ARMED}"
    rf"|{_ARMED} (?:[\w-]+ ){{0,3}}?(?:was|were) (?:(?!and\b)\w+ ){{0,2}}?{_HARMED_PASSIVE}",
    re.IGNORECASE,
)
# An attack, raid or fire on a police station, an army camp or base, a gendarmerie post or barracks is
# one on the armed men holding it: of ACLED's Attack or Armed clash training notes whose first sentence
# says so, 96% (158 of 165) are armed clashes. ("near the police station" places an event; only a station
# attacked counts.) So is one on a force's detachment, position, checkpoint, convoy or patrol: of those
# training notes whose first sentence says so, all 50 are armed clashes, 8 of them found by no other pattern
# here (its units and vehicles are left out: 4 of 13 such notes are attacks).
_ARMED_SITE_ATTACKED: Final = re.compile(
    r"\b(?:attack\w*|raid\w*|stormed|(?:opened )?fired? (?:on|at|upon)) (?:on |against )?(?:a |an |the )?"
    r"(?:[\w-]+ ){0,2}?(?:police|army|military|gendarmerie|security) "
    r"(?:stations?|posts?|camps?|bases?|barracks|outposts?|detachments?|positions?|checkpoints?|convoys?|"
    r"patrols?)\b",
    re.IGNORECASE,
)
# A victim the paragraph says was charged with, convicted of or involved in drug trafficking or a gang
# ("the victim was once charged with selling cocaine") was a member of an armed criminal group to
# ACLED, as a gang member is: of its training notes that say so, 4 of 4 are clashes (ACLED's Brazil notes).
_CRIMINAL_VICTIM: Final = re.compile(
    r"\bvictims?\b[^.]{0,40}\b(?:charges?|charged|convicted|accused|involved|members?|linked|belonged)\b"
    r"[^.]{0,60}\b(?:drug[- ]traffick\w*|gangs?|criminal (?:groups?|gangs?|organi[sz]ations?|factions?))\b",
    re.IGNORECASE,
)
_DENIED: Final = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
# The other way, a lead that says civilians were killed or wounded ("killing three villagers", "two
# children were injured") is an "Attack" unless armed men were hit too or the sentence tells a fight: of
# ACLED's Attack or Armed clash notes whose first sentence says so, 97% (1029 of 1064) are attacks.
_CIVILIANS: Final = (
    r"(?:civilians?|shepherds?|villagers|farmers?|children|child|women|woman|herders?|passers-?by|residents|"
    r"worshippers|students|teachers?)"
)
_CIVILIAN_VICTIMS: Final = re.compile(
    rf"\b(?:killed|wounded|injured|shot|killing|wounding|injuring|shot dead|shooting dead) (?:\w+ ){{0,3}}?"
    rf"{_CIVILIANS}\b"
    rf"|\b{_CIVILIANS} (?:\w+ ){{0,3}}?(?:was|were) (?:\w+ ){{0,2}}?(?:killed|wounded|injured|shot)\b",
    re.IGNORECASE,
)
# So is a lead that says fire was aimed at a village, homes or houses ("troops fired on the village"):
# of ACLED's training notes whose first sentence says so (and names no armed victim and no fight), 2% (4
# of 214) are armed clashes, the rest attacks (80), shelling (85) and air strikes (34).
_FIRED_ON_HOMES: Final = re.compile(
    r"\b(?:fired|firing|opened fire|shot|shooting) (?:\w+ ){0,3}?(?:on|at|into|upon|towards?) "
    r"(?:the |a |several |some )?(?:[\w-]+ ){0,2}?(?:villages?|homes?|houses?|residential|civilian)",
    re.IGNORECASE,
)
# So is a lead that says a hospital, clinic, school, mosque, church, market or camp of the displaced was
# attacked, raided or set on fire ("militiamen attacked the health centre"): of ACLED's Attack or Armed clash
# training notes whose first sentence says so (and names no armed victim and no fight), 89% (68 of 76) are
# attacks; of the 8 clashes, 2 tell attackers the guards repelled, which `battle_rules.returned_fire` makes a
# battle.
_CIVILIAN_SITE_ATTACKED: Final = re.compile(
    r"\b(?:attack\w*|raid\w*|stormed|torched|burn\w*|fired (?:on|at|upon)) (?:on |against )?(?:a |an |the )?"
    r"(?:[\w-]+ ){0,3}(?:hospitals?|clinics?|health (?:centres?|centers?|facilit(?:y|ies)|posts?)|MCH|"
    r"schools?|mosques?|church(?:es)?|markets?|IDP camps?)\b",
    re.IGNORECASE,
)
# A suspect, criminal, robber or drug dealer killed or shot by police or soldiers, with no fight told, is
# ACLED's violence against civilians: a suspect the police kill is no armed side. Of ACLED's Attack or
# Armed clash training notes whose first sentence says so (and tells no gunfight, exchange, encounter or
# fire), 97% (108 of 110) are attacks. Bandits and rustlers are raiders, armed groups to ACLED: left out.
# The forces that kill a suspect or shoot people: the force words and bare "forces" or "security" ("the
# army shot dead a man", "security forces killed two youths"), and for suspects the "cops" of US reports.
# Against the older lists (police, officers, soldiers, troops, forces), the core's army, military and
# gendarmes match 12 more training notes, all 12 attacks.
_KILLING_FORCES: Final = fw.CORE + fw.ANY_FORCES
_SUSPECT_KILLED_BY_FORCES: Final = re.compile(
    r"\b(?:criminals?|robbers?|thieves|thief|suspects?|(?:drug )?(?:dealers?|peddlers?|pushers?)|muggers?|"
    r"burglars?|kidnappers?) (?:\w+ ){0,4}?(?:was|were) (?:\w+ )?(?:shot dead|shot and killed|killed|"
    r"gunned down|shot|injured|wounded) by (?:the |a )?(?:\w+ ){0,2}?"
    rf"{(_KILLING_FORCES + fw.ForceWords(('cops',))).group}\b",
    re.IGNORECASE,
)
# So are people the police or soldiers shot or killed, named only as men, people or youths ("police
# officers shot and injured two men", "soldiers killed a young man"), with no fight or fire told: of
# ACLED's Attack or Armed clash training notes whose first sentence says so, names no armed victim and
# tells no fight (and that the words above did not already make civilian victims), 91% (60 of 66) are
# attacks. Men the sentence calls armed ("killed two armed men") and forces that were shot ("officers were
# shot by a man") are left out.
_FORCES_SHOT_PEOPLE: Final = re.compile(
    rf"\b{_KILLING_FORCES.group} "
    r"(?:(?!(?:was|were|been|being)\b)\w+ ){0,2}?"
    r"(?:shot|killed|shot dead|gunned down|shot and (?:killed|injured|wounded))"
    r" (?:(?:a|an|the|one|two|three|four|five|six|\d+|several|at least (?:one|two|three|\d+)) )?"
    r"(?:(?!(?:armed|by)\b)[\w-]+ ){0,2}?(?:m[ae]n|people|persons?|individuals?|youths?|teenagers?|boys?)\b",
    re.IGNORECASE,
)
_FORCES_FOUGHT: Final = re.compile(
    r"gunfight|gun battle|exchange|crossfire|cross-fire|encounter|clash|shootout|shoot-out|fought|"
    r"fire|firing",
    re.IGNORECASE,
)
# Civilians told beside armed men among the dead ("civilians and two soldiers", "four gendarmes and a
# civilian driver were killed") fell in a fight with an armed side, in either order: of ACLED's Attack or
# Armed clash training notes whose first sentence names armed men and then civilians so, and that the
# words above would make civilian victims only, both are armed clashes.
_FIGHT_TOLD: Final = re.compile(
    rf"clash|exchange|gunfight|fighting|crossfire|cross-fire|caught in|battle|stray|between"
    rf"|{_CIVILIANS},? (?:and|as well as) (?:[\w-]+ ){{0,3}}?{_ARMED}"
    rf"|{_ARMED},? (?:and|as well as) (?:[\w-]+ ){{0,3}}?{_CIVILIANS}\b",
    re.IGNORECASE,
)
# Killings, violence, fighting or attacks "between" sides ("amid revenge killings between two clans") are
# two-sided: of ACLED's training notes whose first sentence says so, 75% (113 of 151) are armed clashes and
# 3% (5) attacks. An attack "between" two places says where it was ("killed in an attack between Bor and
# Pibor"), not who fought: of the training notes whose first sentence tells an attack between, 2 of 4 are
# attacks and 1 an armed clash, told as revenge attacks; only those and attacks between villages, clans or
# communities ("a border attack between two villages") are kept.
# So is an attack that led to clashes or fighting ("attacked several villages, leading to clashes with
# residents"): the other side fought back. Of ACLED's Attack or Armed clash training notes whose first
# sentence says violence led to, sparked or resulted in clashes, fighting or a gunfight, 93% (50 of 54)
# are armed clashes. So are sides told attacking or firing at each other ("a civilian was killed when troops
# of the two countries targeted each other"): of ACLED's training notes whose first sentence says so, 159 are
# armed clashes, 62 mob violence, 2 shelling and 1 a violent demonstration, none an attack.
_BETWEEN_SIDES: Final = re.compile(
    r"\b(?:killings?|violence|fighting|(?:revenge|retaliatory) attacks?) between\b"
    r"|\battacks? between (?:the )?(?:two |rival )?(?:[\w-]+ )?(?:villages|communities|clans|tribes|sides)\b"
    r"|\b(?:targeted|targeting|attacked|attacking|fired (?:at|on|upon)|firing (?:at|on|upon)|shot at|"
    r"shooting at)(?: \w+)? (?:each other|one another)\b"
    r"|\b(?:leading to|sparking|triggering|resulting in|led to|sparked|triggered|prompting|prompted)"
    r"(?: \w+){0,3}? (?:clash\w*|fighting|exchanges? of fire|gun ?fights?|firefights?|battles?)\b",
    re.IGNORECASE,
)
# An armed man attacked at his own home is off duty too: of ACLED's Attack or Armed clash training notes
# whose first sentence names a policeman, officer or soldier and his, her or their home, house or
# residence as where it happened, 21 of 24 are attacks. So is one the sentence calls unarmed ("ambushed two
# militiamen who were unarmed"): of those training notes whose first sentence says so, 3 of 4.
_CIVILIAN_STATUS: Final = re.compile(
    r"\b(?:off[- ]duty|retired|former|unarmed)\b"
    r"|\b(?:at|in front of|outside|inside|near) (?:his|her|their) (?:own )?(?:home|house|residence)s?\b",
    re.IGNORECASE,
)
# A later sentence of the paragraph may say so of the lead's armed victim ("Victim assumed to be off-duty
# and unarmed at time of attack", the Philippine coders' wording; "The officers were unarmed"): of ACLED's
# training notes whose first sentence names armed victims and whose later sentences say off duty or
# unarmed, 64 of 67 are attacks. (Run on all 332 training notes that say off duty or unarmed, this and
# "unarmed" above change 70 leads from clash to attack, 68 of them rightly.) "Off duty but armed" is armed.
_SAID_UNARMED: Final = re.compile(
    r"\b(?:off[- ]duty|unarmed)\b(?!,? but (?:was |were )?armed)", re.IGNORECASE
)


# An earlier attack the sentence names as what came before ("following the attack that killed two
# policemen", "following the killing of a soldier by a gunman") had its own victims: armed men it hit were
# not the lead's. Of the 13 ACLED training notes whose first sentence names armed victims only in such a
# phrase, leaving them out keeps 2 leads the attacks ACLED codes (they were made clashes); none changes
# otherwise (the 5 armed clashes among the 13 are told so by other words, "a firefight occurred").
# So did the attackers' own earlier attack that was driven back (`repelled_attacks.REPELLED_BEFORE`).
_EARLIER_ATTACK: Final = re.compile(
    r"\b(?:following|after) (?:the |an? |their |an earlier |last \w+'s )?(?:[\w-]+ ){0,3}?"
    r"(?:attacks?|ambush(?:es)?|killings?|raids?|assaults?)\b[^.;,]*"
    rf"|{REPELLED_BEFORE}",
    re.IGNORECASE,
)
# A raid or killing the sentence gives as what the lead answered ("police shot a raider in response to a
# village raid (in which 7 civilians were killed)") had its own civilian victims: of ACLED's
# training notes whose first sentence names civilian victims only in such a phrase, 2 of 3 are clashes
# (the third, an attack, the classifier reads so), and the 2 are leads `civilian_victims` made attacks.
_IN_RESPONSE: Final = re.compile(
    r"\bin (?:retaliation|revenge|response|reprisal) (?:for|to|against) [^.;,]*", re.IGNORECASE
)
# So had a killing the victim is suspected of ("killed a man suspected of killing a soldier's son") or one
# being investigated ("as they returned from investigating the killing of soldiers"): of ACLED's training
# notes whose first sentence names armed victims only in such a phrase, 2 of 2 are attacks, both leads
# `armed_targets` made clashes. ("Accused of" is left out: it tells the event itself as often, "accused
# the army of attacking its positions and wounding four soldiers", 1 clash against 1 attack.)
_RECALLED_KILLING: Final = re.compile(
    r"\b(?:suspected (?:[\w'-]+ ){0,4}?of (?:killing|attacking|ambushing|murdering)"
    r"|investigating (?:the )?(?:killings?|attacks?|ambush|murders?))\b[^.;,]*",
    re.IGNORECASE,
)


def _armed_targets(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence says that police, soldiers or militants, on duty, were its victims
    ("gunmen shot and killed a policeman", "two soldiers were killed by militants"), not only those of an
    earlier attack it recalls (`_EARLIER_ATTACK`) or a killing it says the victim was suspected of or that
    was being investigated (`_RECALLED_KILLING`)."""
    text = lead.sentence.text
    if not armed_victims(text):  # most leads name no armed victims: skip the clause scan
        return False
    own = blank(_RECALLED_KILLING, blank(_EARLIER_ATTACK, text))
    return armed_victims(own) and not (_CIVILIAN_STATUS.search(unhedged(text)) or _said_unarmed(lead, scope))


def _said_unarmed(lead: Detection, scope: LeadScope) -> bool:
    """Whether a later sentence of the lead's paragraph (after the lead's sentence, up to its end) says
    its victim was off duty or unarmed ("Victim assumed to be off-duty and unarmed at time of attack")."""
    return bool(_SAID_UNARMED.search(unhedged(scope.text[lead.sentence.end : scope.lead_end])))


def _between_sides(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence says the killings or fighting were between sides ("four were killed in
    revenge killings between two clans") or that the attack led to clashes ("leading to clashes with
    residents"): both sides fought."""
    return bool(_BETWEEN_SIDES.search(lead.sentence.text))


def _criminal_victim(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's paragraph says the victim was charged with or involved in drug trafficking or a
    gang, and not that he was not ("the victim never belonged to a gang" says the opposite)."""
    found = _CRIMINAL_VICTIM.search(scope.text, scope.first, scope.lead_end)
    return found is not None and not _DENIED.search(found.group())


# A lead attack (ACLED: on civilians) whose sentence says armed men were its victims, or that sides fought,
# or whose paragraph says its victim was a drug trafficker or a gang's, is an armed clash.
armed_targets: Final = LeadRule(
    readings=frozenset({ATTACK}), plover="ASSAULT", tells=_armed_targets, becomes=ARMED_CLASH
)
feuding_sides: Final = LeadRule(
    readings=frozenset({ATTACK}), plover="ASSAULT", tells=_between_sides, becomes=ARMED_CLASH
)
criminal_victims: Final = LeadRule(
    readings=frozenset({ATTACK}), plover="ASSAULT", tells=_criminal_victim, becomes=ARMED_CLASH
)


def armed_victims(sentence: str) -> bool:
    """Whether a sentence says armed men (police, soldiers, militants, gang members) were an attack's
    victims: shot, killed or attacked ("gunmen shot a policeman"), left dead or found dead, or their
    station, camp or base attacked."""
    found = _ARMED_TARGET.search(sentence) or _ARMED_TOLL.search(sentence)
    return bool(found or _ARMED_SITE_ATTACKED.search(sentence))


def _civilian_victims(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence says civilians were its victims ("militants attacked the village, killing
    four civilians"), fire was aimed at their village or homes ("troops fired on the village"), a hospital,
    school, place of worship or market was attacked ("gunmen raided the clinic") or police killed a suspect
    ("a robbery suspect was shot dead by police"), not only in what the lead answered (`_IN_RESPONSE`), and
    names no armed victim and tells no fight."""
    text = lead.sentence.text
    own = blank(_IN_RESPONSE, text)
    told = (_CIVILIAN_VICTIMS, _FIRED_ON_HOMES, _CIVILIAN_SITE_ATTACKED)
    civilian = any(r.search(own) for r in told) or _suspect_killed(own)
    return civilian and not armed_victims(text) and not _FIGHT_TOLD.search(text)


# A lead armed clash whose sentence tells only civilian victims is an attack (violence against civilians).
civilian_victims: Final = LeadRule(
    readings=frozenset({ARMED_CLASH}), plover="ASSAULT", tells=_civilian_victims, becomes=ATTACK
)


# The other way, an armed man hit while off duty, retired, former or at his own home is a civilian to
# ACLED: a lead armed clash whose sentence says so, and tells no fight, shootout, raid or encounter, is an
# attack. Of ACLED's Attack, Armed clash or Mob violence training notes whose first sentence names such an
# armed victim and no fight, 92% (108 of 118) are attacks; of the 10 others, 3 name a raid or a shootout.
_RAIDED: Final = re.compile(r"shoot-?out|\braid|encounter", re.IGNORECASE)


def _off_duty_victims(lead: Detection, scope: LeadScope) -> bool:
    """Whether the lead's sentence says its armed victim was off duty, retired, former, unarmed or at home
    ("gunmen killed an off-duty policeman", "assailants stabbed a soldier at his home"), or a later sentence
    of its paragraph says he was off duty or unarmed, and the lead's sentence tells no fight or raid."""
    text = lead.sentence.text
    if not (armed_victims(text) and (_CIVILIAN_STATUS.search(unhedged(text)) or _said_unarmed(lead, scope))):
        return False
    return not (_FIGHT_TOLD.search(text) or _RAIDED.search(text))


# A lead armed clash whose armed victim was off duty is an attack.
off_duty_victims: Final = LeadRule(
    readings=frozenset({ARMED_CLASH}), plover="ASSAULT", tells=_off_duty_victims, becomes=ATTACK
)


def _suspect_killed(sentence: str) -> bool:
    """Whether a sentence says a suspect or criminal was killed or shot by police or soldiers ("a robbery
    suspect was shot dead by police") and tells no fight or fire."""
    killed = _SUSPECT_KILLED_BY_FORCES.search(sentence) or _FORCES_SHOT_PEOPLE.search(sentence)
    return bool(killed) and not _FORCES_FOUGHT.search(sentence)
