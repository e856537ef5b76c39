"""Counts told without a casualty verb on the victims: 'stabbed to death', bodies found, people taken to
a hospital or released from one, a victim's condition, 'the shooting of two men', a life taken, a gun turned
on oneself, and 'a second victim' (one of that many hit)."""

from __future__ import annotations

from spacy.tokens import Token

from kronika.casualties.aged import aged_victim
from kronika.casualties.along import along_with
from kronika.casualties.finding import Finding
from kronika.casualties.joined import conjuncts
from kronika.casualties.numbers import parse_count
from kronika.casualties.partitives import bare_part
from kronika.casualties.patterns import Kind
from kronika.casualties.phrases import REFLEXIVE, besides_counted, phrase_count
from kronika.casualties.single_count import is_spaced_dash, single_phrase_count
from kronika.casualties.victims import SUBJECTS, antecedent, victim_phrase
from kronika.casualties.words import OBJECTS, all_but, child, of_noun
from kronika.person_nouns import KIN, PERSONS, ROLES

BODY_WORDS = {"body", "bodies", "corpse", "corpses"}  # "the body of a man", "two bodies": one dead each


SENTENCING = frozenset({"sentence", "condemn"})  # 'sentenced to death': a penalty, no one killed
LIFE_TAKERS = {"claim", "take", "end"}  # "claimed a woman's life", "took the lives of three people"


def _bodies(token: Token) -> int | None:
    """'two bodies were found', 'the body of a man': the dead, counted from the noun or its 'of' phrase."""
    own = [c for c in token.children if c.dep_ == "nummod"]
    if own:
        return parse_count(own[0].text)
    person = of_noun(token)
    return phrase_count(person) if person is not None and person.pos_ in {"NOUN", "PROPN"} else None


def to_death(token: Token) -> Token | None:
    """The verb of 'stabbed to death', 'beaten to death', from the word 'death' (not of 'sentenced to
    death', a court's penalty)."""
    prep = token.head
    if token.lower_ == "death" and token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "VERB":
        return None if prep.head.lemma_.lower() in SENTENCING else prep.head
    return None


TRANSPORT = {"take", "transport", "rush", "airlift", "fly", "drive", "carry", "bring", "transfer", "admit",
             "go", "hospitalize", "treat"}  # fmt: skip
HOSPITALS = {"hospital", "hospitals", "er", "emergency", "trauma", "clinic"}


def _to_hospital(token: Token) -> Finding | None:
    """'Both were taken to a hospital', 'four victims were rushed to area hospitals': people hit, who may
    have died since, counted like people said to have been shot."""
    if token.lemma_.lower() not in TRANSPORT or token.pos_ != "VERB":
        return None
    places = [
        p for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "at", "in"} for p in c.children
    ]
    if not any(t.lower_ in HOSPITALS for p in places for t in p.subtree):
        return None
    holder = child(token, {"nsubjpass", *OBJECTS})
    if holder is None and token.lemma_.lower() == "go":
        # "five people went to the hospital" counts victims; "his father went to the hospital" does not
        subject = child(token, {"nsubj"})
        holder = subject if subject is not None and child(subject, {"nummod"}) is not None else None
    count = phrase_count(antecedent(holder)) if holder is not None else None
    if holder is None or count is None or holder.lemma_.lower() in BODY_WORDS:
        return None
    count -= sum(1 for person in (holder, *conjuncts(holder)) if _distressed(person))
    if count <= 0:
        return None
    # no token: a restatement of people the sentence's casualty words may already count, so the larger
    # reading counts, not the sum ("took the man, with a gunshot wound, to a clinic"); "a second victim was
    # driven to a clinic": two were hit
    count = victim_ordinal(holder) or count
    return Finding("injured" if besides_counted(holder) else "shot", count, -1, holder.i)


# how someone taken along to a hospital felt, not how he was hurt: 'took the girl and a distraught woman to
# the hospital' (GVA study: a crossfire's one hurt girl read as two hit)
DISTRESS = frozenset({"distraught", "hysterical", "shaken", "upset", "grieving", "sobbing", "panicked"})


def _distressed(person: Token) -> bool:
    """Whether the phrase names a person by his distress ('a distraught woman'), one beside the victims."""
    return any(c.dep_ == "amod" and c.lower_ in DISTRESS for c in person.children)


def _released(token: Token) -> Finding | None:
    """'He was treated and released', 'was released from the hospital': someone hurt who lived, so one of the
    injured however many the story says died."""
    if token.lemma_.lower() != "release" or token.pos_ != "VERB":
        return None
    treated = token.dep_ == "conj" and token.head.lemma_.lower() == "treat"
    from_hospital = any(
        c.dep_ == "prep" and c.lower_ == "from" and any(t.lower_ in HOSPITALS for t in c.subtree)
        for c in token.children
    )
    if not (treated or from_hospital):
        return None  # "released on bail", "released the victim's name"
    holder = child(token, {"nsubjpass"}) or (child(token.head, {"nsubjpass"}) if treated else None)
    count = phrase_count(antecedent(holder)) if holder is not None else None
    return Finding("injured", count, -1, holder.i) if holder is not None and count is not None else None


def special_findings(token: Token) -> Finding | None:
    """Counts phrased without a casualty verb on the victims: 'stabbed to death', 'the body of a man'."""
    hospital = _to_hospital(token) or _released(token)
    if hospital is not None:
        return hospital
    verb = to_death(token)
    victim = victim_phrase(verb) if verb is not None else None
    if victim is not None:
        count = phrase_count(victim)
        if count is not None and verb is not None:  # "found shot to death along with two others": three dead
            count += along_with(verb, victim) or 0
        himself = victim.lower_ in REFLEXIVE  # "shot himself to death"
        return Finding("killed", count, token.i, victim.i, himself=himself) if count is not None else None
    # "the nearly lifeless body of a boy": one who came near death, and lived
    if token.lower_ in BODY_WORDS and token.pos_ == "NOUN" and not any(all_but(c) for c in token.children):
        count = _bodies(token)
        return Finding("killed", count, token.i) if count is not None else None
    if token.lemma_.lower() == "life" and token.dep_ in OBJECTS and token.head.lemma_.lower() in LIFE_TAKERS:
        owner = child(token, {"poss"})
        own = any(c.lower_ == "own" for c in token.children)
        if owner is not None and owner.lower_ in {"his", "her"} and own:
            return Finding("killed", 1, token.i, owner.i, himself=True)  # "before taking his own life"
        if owner is not None and owner.lower_ in {"his", "her"} and _taken_by_attack(token.head):
            return Finding("killed", 1, token.i, owner.i)  # "stray gunfire that took her life"
        count = _lives(token)
        return Finding("killed", count, token.i) if count is not None else None
    if _gun_on_himself(token):
        return Finding("killed", 1, token.i, token.i, himself=True)
    if token.lemma_.lower() == "victim" and token.pos_ == "NOUN" and victim_ordinal(token) is not None:
        # "as a fourth shooting victim was found": that many were hit, whatever the verb (a count of everyone,
        # so no token: the larger reading counts)
        return Finding("shot", victim_ordinal(token) or 0, -1, token.i)
    if token.lower_ in ACT_NOUNS and (token.pos_ == "NOUN" or _act_as_verb(token)):
        return _act_of(token) or _owned_death(token)
    if token.lower_ == "condition" and any(c.lower_ in CONDITIONS for c in token.children):
        return _in_condition(token)
    return aged_victim(token)


GUNS = {"gun", "shotgun", "rifle", "pistol", "handgun", "weapon", "revolver", "firearm"}


def _gun_on_himself(token: Token) -> bool:
    """'then turned the gun on himself': the killer's suicide, told without a casualty word."""
    if token.lemma_.lower() != "turn" or token.pos_ != "VERB":
        return False
    weapon = child(token, OBJECTS)
    on = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    target = child(on, {"pobj"}) if on is not None else None
    return weapon is not None and weapon.lower_ in GUNS and target is not None and target.lower_ in REFLEXIVE


CONDITIONS = {"critical", "serious", "stable", "fair", "grave", "satisfactory", "guarded"}


def _in_condition(token: Token) -> Finding | None:
    """'a teen is in critical condition', 'left a man in serious condition': a victim alive when reported."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    holder = child(prep.head, OBJECTS) or child(prep.head, SUBJECTS)
    count = phrase_count(antecedent(holder)) if holder is not None else None
    if holder is None or count is None:
        return None
    if victim_ordinal(holder) is not None:  # "a fourth victim is in critical condition": four were hit
        return Finding("shot", victim_ordinal(holder) or count, -1, holder.i)
    if _dateline(holder, prep.head):
        # "ELMWOOD — A boy who was shot was in critical condition": the parse took the dateline's town for
        # the one in that condition; the victim is the one the sentence's casualty word names, told again
        return Finding("shot", 1, -1)
    # a victim in critical condition may die later, so is counted like one shot, unless besides the dead;
    # "two men were shot; one is in critical condition": a part of those counted, not one more (no token: the
    # larger reading counts, not the sum)
    besides = besides_counted(holder)
    word = -1 if bare_part(holder) and not besides else token.i
    return Finding("injured" if besides else "shot", count, word, holder.i)


def _dateline(holder: Token, verb: Token) -> bool:
    """Whether the word is a dateline's place, before the spaced dash that opens the sentence's news."""
    return holder.i < verb.i and any(
        is_spaced_dash(t) for t in holder.doc[holder.i + 1 : min(holder.i + 3, verb.i)]
    )


ACT_NOUNS: dict[str, Kind] = {
    "shooting": "shot", "wounding": "injured", "murder": "killed", "killing": "killed", "slaying": "killed",
    "death": "killed", "shootings": "shot", "murders": "killed", "killings": "killed", "slayings": "killed",
    "deaths": "killed",
}  # fmt: skip
FATAL = {"fatal", "deadly"}  # "the fatal shooting of a man": he was killed
# a stretch of time an act is told within ("the last shooting of the weekend", "the first killing of the
# year"): a round-up's place for it, no one it was done to
SPANS_OF_TIME = frozenset({"day", "night", "weekend", "week", "month", "year", "season", "summer", "holiday",
                           "evening", "morning", "afternoon", "decade", "century"})  # fmt: skip


def _act_of(token: Token) -> Finding | None:
    """'the shooting of two teens', 'the wounding of four men': the people the act was done to."""
    person = of_noun(token)
    if person is None or person.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
        return None
    if person.lemma_ in SPANS_OF_TIME:  # 'the last shooting of the weekend'
        return None
    # "the slaying of Sam Cole and another robbery": only the first noun of a list is surely a person
    count = _family_count(person) or single_phrase_count(person)
    if count is None:
        return None
    count += _joined_people(person)
    kind = ACT_NOUNS[token.lower_]
    if kind == "shot" and any(c.lower_ in FATAL for c in token.children):
        kind = "killed"
    kind = "injured" if kind == "shot" and (besides_counted(person) or _after_killing(token)) else kind
    return Finding(kind, count, token.i, person.i)


def _after_killing(token: Token) -> bool:
    """'the murder of a girl, the shooting of 3 women': a shooting told after a killing that names its own
    dead hit others, the living (not the same people counted twice)."""
    return any(
        t.lower_ in ACT_NOUNS
        and ACT_NOUNS[t.lower_] == "killed"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in token.sent[: token.i - token.sent.start]
    )


def _act_as_verb(token: Token) -> bool:
    """'sentenced in the murder of a girl, shooting of 3 women': an act noun the parse took for a verb, known
    by its 'of' phrase and no object of its own (a verb 'shooting' takes its victims as objects). Only the
    acts of the living hit: an ACLED note's bare 'Killing of a bus owner' is coded with no toll of its own
    (validation KEN1792)."""
    return (
        token.lower_ in {"shooting", "wounding"}
        and token.pos_ == "VERB"
        and token.tag_ == "VBG"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        and child(token, OBJECTS) is None
    )


def _family_count(person: Token) -> int | None:
    """'the shooting of a family of four': the family's members, counted by its own 'of' phrase."""
    if person.lemma_.lower() != "family":
        return None
    size = of_noun(person)
    return parse_count(size.text) if size is not None and size.pos_ == "NUM" else None


def _joined_people(person: Token) -> int:
    """The people joined after the first of an act's 'of' list ('the deaths of Sam Cole, 9, and Ann Ray, 52',
    'the killing of a woman and her son'), where every item joined is a person: named as one, or by a word
    for a person; 0 where any item is not ('the slaying of Sam Cole and another robbery')."""
    joined = conjuncts(person)
    counts = [single_phrase_count(c) if _is_person(c) else None for c in joined]
    return 0 if None in counts else sum(c for c in counts if c is not None)


def _is_person(token: Token) -> bool:
    """A word naming a person: a name, a word for one ('woman', 'son', 'teens'), an age ('a 9-year-old');
    not a child not yet born ('a mother and her unborn child'), whom the archive's toll does not count."""
    if any(c.lower_ == "unborn" for c in token.children):
        return False
    word = token.lemma_.lower()
    if token.like_num:
        # "two of his grandsons": a number counting out people names them
        whole = of_noun(token)
        return whole is not None and whole.pos_ != "NUM" and _is_person(whole)
    return token.ent_type_ == "PERSON" or word in PERSONS | KIN or token.lower_ in ROLES or word == "old"


def _owned_death(token: Token) -> Finding | None:
    """A death one person owns: "the 17-year-old's shooting death", "the man's murder"."""
    owner = child(token, {"poss"})
    if token.tag_ != "NN" or ACT_NOUNS[token.lower_] != "killed" or owner is None:
        return None
    if owner.tag_ not in {"NN", "NNP"} and not (owner.lower_ == "old" or owner.lower_ in {"his", "her"}):
        return None
    return Finding("killed", 1, token.i, owner.i)


# what takes a life that is not its owner's own doing ("a shooting that took her life", "the bullet took his
# life"): 'he took his life' is a suicide, which `selves` reads where the story tells it (GVA study articles
# with 'took his/her life': 6, 1 more dead right, none lost; none in 14,000 ACLED training notes)
LIFE_TAKING_ACTS = {
    "shooting", "attack", "gunfire", "bullet", "gunshot", "shot", "wound", "stabbing", "violence",
}  # fmt: skip


def _taken_by_attack(verb: Token) -> bool:
    """Whether the verb taking a life has an attack or a wound for its subject, itself or through 'that'."""
    subject = child(verb, {"nsubj"})
    if subject is not None and subject.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in LIFE_TAKING_ACTS


def _lives(token: Token) -> int | None:
    """'claimed a woman's life', 'took two lives', 'took the lives of three men': the dead, from 'life'."""
    owner = child(token, {"poss"})
    if owner is not None and owner.pos_ in {"NOUN", "PROPN"}:
        return 1 if owner.tag_ in {"NN", "NNP"} else phrase_count(owner)
    return _bodies(token)  # a number on 'lives' or an 'of' phrase counts the same way as 'bodies'


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def victim_ordinal(victim: Token | None) -> int | None:
    """'a second victim', 'a third man', 'a fourth' alone: the victim is one of that many hit."""
    if victim is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in victim.children):
        return None
    if victim.lower_ in ORDINALS:
        return ORDINALS[victim.lower_]
    return next((ORDINALS[c.lower_] for c in victim.children if c.lower_ in ORDINALS), None)


def bare_ordinal(victim: Token) -> bool:
    """'three were killed and a fourth was wounded': an ordinal with no noun names one person more."""
    return victim.lower_ in ORDINALS and victim_ordinal(victim) is not None
