"""Triggers the lexicon cannot list as phrases: verbs whose event depends on what they govern (a crowd
targeting shops, a ruler giving in to demands for a new premier, a bomb that went off, an officer hitting
a driver), and event nouns that name only the old crime a prison term punishes."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import Lexicon, TriggerEntry
from kronika.events.rules import ENTRY_LEMMAS, WEAPON_NOUNS
from kronika.events.taxonomy import ATTACK, LOOTING, REMOTE_EXPLOSIVE
from kronika.events.withheld import withholds_word
from kronika.person_nouns import PERSONS

# "Targeting" names an attack on people or forces far more often than harm to property; its object
# decides. Premises of trade and work, which ACLED codes as looted or damaged property when targeted.
PROPERTY_NOUNS: Final = frozenset(
    {
        "business", "shop", "store", "storefront", "office", "bank", "restaurant", "cafe", "kiosk",
        "market", "enterprise", "premises", "property", "warehouse", "company", "firm", "factory",
        "supermarket", "mall", "organization", "organisation", "stall",
    }
)  # fmt: skip
# Words that make a targeting an attack told by its weapon or its victims, not property harmed.
_ATTACK_WORDS: Final = WEAPON_NOUNS | frozenset(
    {
        "shoot", "shot", "gun", "gunman", "gunfire", "fire", "kill", "dead", "wound", "injure", "attack",
        "owner", "worker", "employee", "staff", "guard",
    }
)  # fmt: skip
_TARGETING: Final = frozenset({"target"})
# Doers whose targeting of businesses is enforcement or policy ("police targeted shops selling fakes",
# "the new tax targets businesses"), not harm done to them.
_ENFORCERS: Final = frozenset(
    {
        "police", "authority", "government", "ministry", "regulator", "inspector", "official", "agency",
        "administration", "municipality", "law", "rule", "regulation", "measure", "policy", "tax",
        "sanction", "campaign", "ban", "bill", "scheme", "program", "programme", "plan", "decree", "order",
    }
)  # fmt: skip
# Verbs that put someone in an office, and the offices whose change of holder is a change of leadership.
# Filling an office is a concession (PLOVER CONCEDE 'leadership', CAMEO's "accede to demands for a change
# in leadership") only when the sentence tells the demand or pressure it gives in to; an assembly electing
# a premier, or a party naming one, is routine politics no PLOVER type codes (the meeting it was held at
# stays a consultation).
_GIVING_IN: Final = frozenset(
    {"demand", "pressure", "bow", "accede", "yield", "concession", "ultimatum", "capitulate", "cave"}
)
_INSTALLING: Final = frozenset({"elect", "appoint", "name", "install", "choose", "select"})
_OFFICES: Final = frozenset(
    {"premier", "president", "chancellor", "speaker", "minister", "leader", "head", "chairman"}
)
# Only a government's or a state's head: a minister of something is a cabinet post, not its leadership.
_HEADS_OF: Final = frozenset({"state", "government"})
_TAKING_DEPS: Final = frozenset({"nsubjpass", "dobj", "oprd", "attr", "appos", "xcomp", "npadvmod"})
# A term being served, or a conviction, punishes an act done long before: "serving a sentence for his role
# in the bombing" recalls the bombing; the sentence reports no bombing.
_PUNISHMENTS: Final = frozenset({"sentence", "term", "conviction", "serve"})
# The counts of an indictment name the crime charged, not an act told: 'two counts of murder'.
_COUNTS_CHARGED: Final = frozenset({"count", "charge"})
# "Hit", "slap" and "kick" name a beating only when a person strikes a person ("an officer hit a truck
# driver", "the women were slapped by a guard"): storms, shells, cars and crises hit people too, and a
# match is kicked off. Of ACLED's training notes whose first sentence tells someone hitting, slapping,
# kicking or punching a person (no vehicle doing it), 30 of 53 are coded as an attack or mob violence, 14
# as a protest over it (the protest's trigger and the classifier's reading outrank a beating) and 5 as
# shelling (shells that hit villagers: no person's blow). The lexicon lists only "punch".
_STRIKING: Final = frozenset({"hit", "slap", "kick"})
# The people a blow lands on, by lemma: the people by age or sex of `person_nouns.PERSONS` less its young
# ones, and the officials and elders a blow is told on; the pronouns are tested apart (`_PEOPLE_PRONOUNS`).
# (A baby, infant, toddler or teen struck is left out as this list always left it: adding them would change
# the lead of 1 training note, too few to count the widening on.) "Police" is a body of people who strike
# ("the police hit several women"): of the training notes that tell the police hitting, slapping or kicking
# a person and no other blow this list read, it makes a beating of 6, all of them the police striking (2
# coded as an attack, 3 as a protest the police broke up, 1 as a protest over the blow).
_UNCOUNTED_YOUNG: Final = frozenset({"baby", "infant", "toddler", "teen"})
_PEOPLE: Final = PERSONS.difference(_UNCOUNTED_YOUNG) | frozenset(
    {
        "people", "person", "youth", "civilian",
        "resident", "villager", "citizen", "student", "pupil", "worker", "labourer", "laborer", "farmer",
        "journalist", "reporter", "activist", "protester", "protestor", "demonstrator", "supporter",
        "official", "officer", "policeman", "policewoman", "soldier", "guard", "driver", "teacher",
        "trader", "vendor", "passenger", "member", "leader", "victim", "doctor", "nurse", "detainee",
        "prisoner", "inmate", "suspect", "deputy", "sergeant", "constable", "chairman", "councillor",
        "chief", "elder", "owner", "mayor", "police",
    }
)  # fmt: skip
_PEOPLE_PRONOUNS: Final = frozenset({"him", "her", "them", "he", "she", "they", "us", "me", "we", "i"})
_BEATING_RELIABILITY: Final = 0.6  # the lexicon's "punch"
# The lemmas `clause_trigger` makes an entry for; keep it in step with the verbs it tests.
CLAUSE_LEMMAS: Final = _TARGETING | _INSTALLING | _STRIKING | frozenset({"go"})  # 'a bomb went off'
_PROPERTY_RELIABILITY: Final = 0.7
_LEADERSHIP_RELIABILITY: Final = 0.7
# A charge that "went off" exploded, as the lexicon's "explode" does; the lexicon cannot say so, as its
# phrases never read a verb's subject ("the alarm went off" tells nothing). The classifier's reading of the
# passage then gives the sub-type (a crude bomb thrown in a riot is mob violence, not a planted device).
_CHARGES: Final = frozenset({"bomb", "grenade", "device", "explosive", "ied", "mine", "landmine"})
_EXPLODED: Final = 0.7  # the reliability of the lexicon's "explode"


def sentence_entry(token: Token, lexicon: Lexicon) -> TriggerEntry | None:
    """The entry a word stands for before the parse's adjustments: the lexicon's, else one its clause
    tells; none for the old crime a prison term punishes, nor for a refusal to tell."""
    if punished_act(token) or withholds_word(token):
        return None  # an old crime recalled; 'refused to say how many were held' rejects nothing
    return lexicon.match(token) or clause_trigger(token)


def trigger_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """Every lemma a trigger can have: the lexicon's heads, the verbs `clause_trigger` reads by what they
    govern, and those `rules.adjust` makes an entry for. `sentence_entry` and `adjust` give a word with any
    other lemma no entry, so the detector need not read such a word's parse (most of a text's words)."""
    return lexicon.heads | CLAUSE_LEMMAS | ENTRY_LEMMAS


def clause_trigger(token: Token) -> TriggerEntry | None:
    """The event a verb names here by what it governs, where the lexicon lists no entry for it."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    if lemma in _TARGETING and _targets_property(token):
        return TriggerEntry("V", lemma, (), "COERCE", "destroy", LOOTING, _PROPERTY_RELIABILITY)
    if lemma in _INSTALLING and token.dep_ != "amod" and _fills_office(token) and _gives_in(token):
        return TriggerEntry("V", lemma, (), "CONCEDE", "leadership", None, _LEADERSHIP_RELIABILITY)
    if lemma == "go" and _charge_went_off(token):
        return TriggerEntry("V", lemma, ("off",), "ASSAULT", "explosives", REMOTE_EXPLOSIVE, _EXPLODED)
    if lemma in _STRIKING and _person_struck(token):
        return TriggerEntry("V", lemma, (), "ASSAULT", "beat", ATTACK, _BEATING_RELIABILITY)
    return None


def _person_struck(verb: Token) -> bool:
    """Whether the verb tells a person striking a person: its subject and object are people ("an officer
    hit a truck driver"), or its passive subject is and so is the one it was done by ("she was slapped
    by a guard"). A particle ("kicked off", "hit back") makes it no blow."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    kids = {c.dep_: c for c in verb.children}
    if "nsubjpass" in kids:
        agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return _person(kids["nsubjpass"]) and any(_person(a) for a in agents)
    return "nsubj" in kids and "dobj" in kids and _person(kids["nsubj"]) and _person(kids["dobj"])


def _person(noun: Token) -> bool:
    """Whether a noun or pronoun names a person or people (a name, "the driver", "him"), not a thing."""
    if noun.pos_ == "PRON":
        return noun.lower_ in _PEOPLE_PRONOUNS
    return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in _PEOPLE or noun.lower_ in _PEOPLE


def _charge_went_off(verb: Token) -> bool:
    """Whether the verb is "go off" and its subject a bomb, grenade, mine or other charge ("a crude bomb
    went off outside the hotel"), not an alarm or a siren."""
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return off and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CHARGES for c in verb.children)


def punished_act(token: Token) -> bool:
    """Whether an event noun names the crime a prison term or conviction punishes ('serving a sentence for
    the killing', 'a conviction for his role in the riot'), an old act the sentence recalls, or a count
    charged ('two counts of murder')."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "in" and prep.head.lemma_.lower() == "role" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "for his role in the killing"
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _COUNTS_CHARGED:
        return True  # 'convicted of two counts of murder', 'faces a charge of arson': the charge, no act told
    return prep.lower_ == "for" and prep.head.lemma_.lower() in _PUNISHMENTS


def _targets_property(verb: Token) -> bool:
    """Whether the verb's objects are all premises ('targeting businesses and offices') and its clause
    tells no weapon or victim ('targeted a shop with a grenade' is an attack) and its doer is no
    enforcer or policy."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    if not objects or not _property(objects[0]):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _ENFORCERS for c in verb.children):
        return False
    return not any(t.lemma_.lower() in _ATTACK_WORDS or t.lower_ in _ATTACK_WORDS for t in verb.subtree)


def _property(noun: Token) -> bool:
    """Whether a noun names premises of trade or work."""
    return noun.lemma_.lower() in PROPERTY_NOUNS or noun.lower_ in PROPERTY_NOUNS


def _fills_office(verb: Token) -> bool:
    """Whether the verb puts someone in a head office: its passive subject, object or complement (or a
    word in apposition to one) is a prime minister, president, speaker or the like ('was elected
    president', 'appointed him prime minister', 'the new premier was chosen')."""
    words = [c for c in verb.children if c.dep_ in _TAKING_DEPS]
    words += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for c in c.children]
    words += [a for w in words for a in w.children if a.dep_ in ("appos", "oprd", "attr")]
    return any(_office(w) for w in words)


def _gives_in(verb: Token) -> bool:
    """Whether the sentence of an installing verb tells a demand or pressure the appointment answers
    ("bowing to the protesters' demands, the king appointed a new premier")."""
    return any(t.lemma_.lower() in _GIVING_IN for t in verb.sent)


def _office(noun: Token) -> bool:
    """Whether a noun names a head office: 'president', 'prime minister', 'head of state'."""
    lemma = noun.lemma_.lower()
    if lemma == "minister":
        return any(c.lower_ == "prime" for c in noun.children)
    if lemma == "head":
        return any(
            o.lemma_.lower() in _HEADS_OF for p in noun.children if p.lower_ == "of" for o in p.children
        )
    return lemma in _OFFICES
