"""The words that report casualties: which word says someone was killed, hurt or hit by gunfire.

Kept apart from `kronika.casualties.findings` (which counts the victims of these words) so that the
vocabulary and the question "is this a casualty word?" can be read and extended on their own.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.casualties.gerunds import shooting_people
from kronika.casualties.patterns import Kind
from kronika.person_nouns import ARMED_MEN, KIN, PERSONS, ROLES
from kronika.textnorm import with_typographic

KILLED_WORDS = {"kill", "killed", "dead", "die", "died", "death", "deaths", "fatality", "fatalities",
                "slay", "slain", "murder", "murdered", "fatally", "mortally", "dying", "killing", "lifeless",
                "assassinate", "assassinated", "behead", "beheaded", "lynch", "lynched",
                "deceased", "succumb", "succumbed",
                # South Asian reporting's 'martyred' for soldiers and police killed ('martyr' alone is praise)
                "martyred",
                # a coder's typos ("were killled", "militants were kiled": training notes so spelt, 12)
                "kiled", "killled"}  # fmt: skip
INJURED_WORDS = {"injure", "injured", "injury", "injuries", "hurt", "wound", "wounded", "wounding",
                 "injuring", "hospitalize", "hospitalized", "hospitalised"}  # fmt: skip
# 'neutralised' of fighters: killed, in the words of the Sahel's armies (ACLED codes them among the dead)
NEUTRALISING: Final = frozenset({"neutralise", "neutralize"})
FIGHTERS: Final = ARMED_MEN | frozenset({"combatant", "element"})
# the adverbs telling a shot or a wound fatal: 'one fatally', 'two men were shot, one of them mortally'
FATALLY: Final = frozenset({"fatally", "mortally"})
STRUCK = {"strike", "hit", "graze"}
BULLETS = {"gunfire", "bullet", "round", "gunshot", "shot", "pellet", "shotgun"}
OBJECTS = {"dobj", "obj"}


# What is 'shot down' that is no one hit: 'shot down 74 drones and four missiles', 'the jet was shot down'.
_FLYING: Final = frozenset(
    {
        "drone", "uav", "missile", "rocket", "aircraft", "plane", "jet", "warplane", "helicopter", "balloon",
        "projectile", "shahed", "fighter", "bomber",
    }
)  # fmt: skip


def _brought_down(verb: Token) -> bool:
    """Whether 'shot' is 'shot down' of something flying ('shot down 74 drones'): no one was hit by it. A
    count of them is no count of wounded."""
    # the parse may hang 'down' as an adverb and a count of the things as one ('shot down 40 of the 46
    # drones')
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children):
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")]
    things += [g for t in things for of in t.children if of.lower_ == "of" for g in of.children]
    return any(t.lemma_.lower() in _FLYING for t in things)


def _fighters_acted_on(verb: Token) -> bool:
    """Whether the verb's object (or passive subject) is fighters ('neutralised ten militants'), not a device
    ('neutralised an IED')."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FIGHTERS for c in verb.children)


def casualty_kind(token: Token) -> Kind | None:
    """Whether a word reports deaths or injuries."""
    word, lemma = token.lower_, token.lemma_.lower()
    if word in KILLED_WORDS or lemma in KILLED_WORDS:
        return "injured" if all_but(token) else "killed"
    if (word in INJURED_WORDS or lemma in INJURED_WORDS) and word != "hurting":  # "the town is hurting"
        return None if lemma == "hurt" and _grief(token) else "injured"
    # "Man shoots nephew": a headline tells its shooting in the present tense
    if word in {"shot", "shoots"} and (token.pos_ == "VERB" or passive_noun_shot(token)):
        return None if _brought_down(token) else "shot"
    if shooting_people(token):  # "accused of shooting five family members": they were hit
        return "shot"
    if lemma in NEUTRALISING and token.pos_ == "VERB" and _fighters_acted_on(token):
        return "killed"  # "37 attackers were neutralised": killed, as ACLED reads it
    if lemma == "pass" and token.pos_ == "VERB" and any(c.lower_ == "away" for c in token.children):
        return "killed"  # "she passed away at the hospital": she died
    if lemma == "lose" and token.pos_ == "VERB" and _own_life_lost(token):
        return "killed"  # "a pedestrian lost his life in the attack": he died
    if word == "gunned" and any(c.lower_ == "down" and c.dep_ == "prt" for c in token.children):
        # "a preacher was gunned down": shot dead; "he believed he had been gunned down": he lived to say so
        believed = any(a.lemma_.lower() in BELIEF_VERBS for a in token.ancestors)
        return None if believed else "killed"
    if lemma == "execute" and token.pos_ == "VERB" and _executes_people(token):
        return "killed"  # "soldiers executed seven civilians" (not "executed a search warrant")
    if (
        lemma in STRUCK
        and token.pos_ == "VERB"
        and (
            _by_gunfire(token)
            or _after_firing(token)
            or _in_body(token)
            or _hit_after_shots(token)
            or _grazed(token)
        )
    ):
        # "a bullet grazed her arm", "two were grazed": a graze only skims, so whoever it hit lived
        return "injured" if lemma == "graze" else "shot"
    # "both victims survived": hurt and alive ("survived by his wife" is an obituary, and "the surviving
    # children" are the family left behind)
    # "is expected to survive": a prognosis of someone hurt and alive when reported
    prognosis = token.tag_ == "VB" and token.head.lemma_.lower() in {"expect", "go"}
    finite = token.tag_ in {"VBD", "VBN", "VBZ", "VBP"}
    if lemma == "survive" and (finite or prognosis) and token.dep_ != "amod":
        return "injured" if not any(c.dep_ == "agent" for c in token.children) else None
    return None


# "nearly killed", "almost died", "the nearly lifeless body of a boy": a death that was near, not one that
# happened; whoever came so close was hurt and lived (GVA study: 1 article so counting a dead boy)
ALL_BUT = {"nearly", "almost"}


def all_but(token: Token) -> bool:
    """Whether a word of death is told as only near ('nearly killed', 'almost died')."""
    return any(c.dep_ == "advmod" and c.lower_ in ALL_BUT for c in token.children)


# a life its owner lost ("lost his life"): ACLED training notes so worded 26 (3 more tolls right, none lost;
# the rest commemorations, which count no toll); GVA study articles 10, none changed (their dead told again)
OWN_LIFE = {"his", "her", "their"}


def _own_life_lost(verb: Token) -> bool:
    """'lost his life', 'lost their lives': the subject died, as with 'died' ('lost a part of my life' or
    'lost lives every day' tell no one's death: no owner's 'his', 'her' or 'their' on a bare life)."""
    life = next((c for c in verb.children if c.dep_ in OBJECTS and c.lower_ in {"life", "lives"}), None)
    return life is not None and any(c.dep_ == "poss" and c.lower_ in OWN_LIFE for c in life.children)


def passive_noun_shot(token: Token) -> bool:
    """'Two men were each shot in the leg': the parse reads 'each shot' as a noun phrase, yet a 'shot' with a
    passive subject and auxiliary of its own is the verb (GVA study: 3 articles so worded, 2 of their tolls
    lost to it)."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    return token.lower_ == "shot" and passive and child(token, {"nsubjpass"}) is not None


BELIEF_VERBS = {"believe", "think", "fear", "assume", "suppose", "feel"}
# what is executed besides people: orders, warrants and plans
EXECUTED_THINGS = {"warrant", "search", "order", "plan", "strategy", "operation", "raid", "contract",
                   "program", "programme", "deal", "move", "task", "will", "mission", "policy", "agreement",
                   "transaction", "decision", "project", "arrest", "attack", "play", "trade", "judgment",
                   "judgement", "sentence", "command", "maneuver", "manoeuvre", "turn"}  # fmt: skip


def _executes_people(verb: Token) -> bool:
    """'executed seven civilians', 'a man was executed': the object (or passive subject) is a noun, and not
    a thing carried out, such as a warrant or a plan (a bare number, 'executed 35', is too often history's
    toll told in passing)."""
    done = child(verb, OBJECTS | {"nsubjpass"})
    return done is not None and done.pos_ in {"NOUN", "PROPN"} and done.lemma_.lower() not in EXECUTED_THINGS


BODY_PARTS = {"head", "neck", "chest", "leg", "legs", "arm", "arms", "back", "abdomen", "stomach",
              "shoulder", "foot", "feet", "hand", "face", "thigh", "buttocks", "hip", "torso", "knee",
              "ankle", "eye", "groin", "calf", "wrist", "jaw", "cheek", "forehead", "elbow", "side",
              "buttock", "ear", "finger", "toe", "pelvis", "mouth", "nose", "shin", "heel", "chin", "skull",
              "spine"}  # fmt: skip


def _in_body(token: Token) -> bool:
    """'was hit in the neck', 'a boy was grazed on the forehead': a passive hit on a body part is a wound."""
    if any(t.dep_ in {"agent", "prep"} and t.lower_ == "by" for t in token.subtree):
        return False  # "hit in the head by a rock": the agent says what hit, and it was not said to be a gun
    passive = any(c.dep_ == "auxpass" for c in token.children) or token.lemma_.lower() == "graze"
    places = [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "on"} for p in c.children]
    return passive and any(p.lemma_.lower() in BODY_PARTS or p.lower_ in BODY_PARTS for p in places)


def _grazed(token: Token) -> bool:
    """'a man was shot dead and a woman was grazed': someone told grazed, by nothing named, was skimmed by a
    bullet, as a graze of a person is in the news (where the story names what grazed, 'grazed by a car', the
    agent tells; a herd that grazed is active)."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    agent = any(c.dep_ == "agent" or c.lower_ == "by" for c in token.children)
    return token.lemma_.lower() == "graze" and passive and not agent


def _by_gunfire(token: Token) -> bool:
    """'struck by gunfire', 'hit by a stray bullet', 'bullets grazed a boy', 'four were hit in a shooting':
    the victim was shot."""
    agents = [c for c in token.children if c.dep_ == "agent" or c.lower_ == "by"]
    if any(g.lemma_.lower() in BULLETS for a in agents for g in a.children if g.dep_ == "pobj"):
        return True
    subject = child(token, {"nsubj"})
    if subject is not None and subject.lemma_.lower() in BULLETS:
        return True
    passive = any(c.dep_ == "auxpass" for c in token.children) and not agents
    return passive and any(t.lemma_.lower() in GUNFIRE_WORDS for t in token.sent)


GUNFIRE_WORDS = {"shooting", "gunfire", "gunshot", "bullet", "shot"}


# the words of a sentence telling shots fired ('fired shots', 'opened fire', 'gunfire erupted')
SHOTS_TOLD = {"fire", "shoot", "shot", "shots", "gunfire", "gunshot", "gunshots", "shooting"}
HIT_PEOPLE = KIN | PERSONS | ROLES | {"suspect", "suspects"}
# the words of a death told beside people hit that tell those hit by shots: 'one was killed, four were hit'
TOLL_TOLD = frozenset({"killed", "fatally", "mortally", "dead", "died"})


def _counted_others(subject: Token) -> bool:
    """'four others were hit': people counted beside those the sentence has told of."""
    return subject.lower_ == "others" and any(c.dep_ == "nummod" for c in subject.children)


def _hit_after_shots(token: Token) -> bool:
    """'Police said four men fired shots. Seven people, ages 17 to 27, were hit.': people told hit, by nothing
    named, in a sentence right after one telling the shots, were hit by them. Only a plural is read so: one
    person told hit so ('A child in the car was hit') is most often a victim the story has named already."""
    passive = any(c.dep_ == "auxpass" for c in token.children)
    if not passive or any(c.dep_ == "agent" or c.lower_ == "by" for c in token.children):
        return False
    subject = child(token, {"nsubjpass"})
    named = (
        subject is not None
        and subject.tag_ in {"NNS", "NNPS"}
        and (subject.lemma_.lower() in HIT_PEOPLE or subject.lower_ in HIT_PEOPLE or _counted_others(subject))
    )
    sentence = token.sent
    before = token.doc[sentence.start - 1].sent if sentence.start > 0 else None
    told = [*sentence, *(before or [])]
    # "a man was killed, while four others were hit, none fatally": a toll told beside them is of shots too
    tolled = (t.lemma_.lower() in SHOTS_TOLD or t.lower_ in SHOTS_TOLD or t.lower_ in TOLL_TOLD for t in told)
    return named and any(tolled)


def _after_firing(token: Token) -> bool:
    """'fired three shots, striking a man', 'opened fire, hitting two', 'the gun discharged, striking a boy':
    a shot that hit its object."""
    head = token.head
    fired = head.lemma_.lower() in {"fire", "shoot", "discharge"} or (
        head.lemma_.lower() == "open" and any(c.lower_ == "fire" for c in head.children)
    )
    return fired and token.dep_ in {"advcl", "conj", "xcomp"} and child(token, OBJECTS) is not None


def child(token: Token, deps: set[str]) -> Token | None:
    """The first child of the token with one of these dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def of_noun(token: Token) -> Token | None:
    """The noun of the token's 'of' phrase: 'the shooting of two men' -> men, 'a family of four' -> four."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return child(of, {"pobj"}) if of is not None else None


# a mourner's words for grief: "it hurts my heart", "everybody is hurt" ("hurt in the heart" is a wound,
# told with 'in'); GVA study 0..2100: 3 articles so worded, 1 more right, none lost; GVA check: none; ACLED
# training and study notes: none
FEELINGS = {"heart", "feeling", "soul", "pride"}
EVERYONE = {"everybody", "everyone"}


_NOW_AUX: Final = with_typographic({"is", "are", "'s"})  # "everybody is hurt", "everybody’s hurt"


def _grief(token: Token) -> bool:
    """Whether 'hurt' tells grief, not a wound: its object a heart or feelings ('it hurts my heart'), or
    everyone said to be hurt now ('Everybody is hurt'), as a relative says of a family."""
    if any(c.dep_ in OBJECTS and c.lemma_.lower() in FEELINGS for c in token.children):
        return True
    everyone = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in EVERYONE for c in token.children)
    now = any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _NOW_AUX for c in token.children)
    return everyone and now
