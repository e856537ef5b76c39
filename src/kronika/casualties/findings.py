"""What one sentence says about killed and injured people, read from its dependency parse and wording.

Each count is a `Finding`: its kind ("shot" victims may have died, so they are reconciled with the dead
later), the number, the casualty word and the victims' noun phrase, so that one person told twice in a
sentence ("was shot and died", "died of a gunshot wound") is counted once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kronika.casualties.hypotheticals import no_one_in_particular
from kronika.casualties.later import died_later
from kronika.casualties.numbers import parse_count
from kronika.casualties.patterns import Kind, text_counts
from kronika.casualties.phrases import (
    REFLEXIVE,
    besides_counted,
    is_number_word,
    labels,
    phrase_count,
    single_phrase_count,
)
from kronika.casualties.victims import (
    COMPLEMENTS,
    SUBJECTS,
    antecedent,
    clause_subject,
    own_clause,
    victim_phrase,
)
from kronika.casualties.words import OBJECTS, casualty_kind, child

BODY_WORDS = {"body", "bodies", "corpse", "corpses"}  # "the body of a man", "two bodies": one dead each


@dataclass(frozen=True)
class Finding:
    """One stated count of killed or injured people, with the token it was read from."""

    kind: Kind
    count: int
    token: int  # index of the casualty word in the doc
    victim: int = -1  # index of the head of the victims' noun phrase, -1 where unknown
    # "four were wounded, two of them fatally": the dead are counted among those hit, so the sentence's
    # injured are really people hit, some of whom died
    among_hit: bool = False
    himself: bool = False  # the victim is the doer himself ("before fatally shooting himself")
    later: bool = False  # a death after the attack of someone hurt in it ("has died", "succumbed")


LIFE_TAKERS = {"claim", "take", "end"}  # "claimed a woman's life", "took the lives of three people"


def _is_negated(token: Token, victim: Token | None) -> bool:
    """'were not hurt', 'no one was injured', 'no deaths were reported'."""
    if any(c.dep_ == "neg" for c in [*token.children, *token.head.children] if c.head.i in {token.i}):
        return True
    if any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return True
    # "her life was not threatened, nor did she sustain injury": the clause 'nor' joins is denied too
    verb = token.head if token.pos_ == "NOUN" else token
    if verb.dep_ == "conj" and any(c.lower_ == "nor" and c.i < verb.i for c in verb.head.children):
        return True
    if victim is not None and any(c.lower_ == "neither" for c in victim.children):
        return True  # "neither the clerk nor the guard was hurt"
    return victim is not None and victim.lower_ in {"nobody", "none", "one"} and _starts_with_no(victim)


def _starts_with_no(token: Token) -> bool:
    """'no one' and 'nobody' as a subject."""
    return token.lower_ in {"nobody", "none"} or any(c.lower_ == "no" for c in token.children)


def _count_for(token: Token, kind: Kind) -> int | None:
    """The number of people the casualty word reports, or None where the parse names no countable victims."""
    victim = victim_phrase(token)
    if _is_negated(token, victim):
        return 0
    if token.pos_ == "NOUN":  # "3 deaths", "no injuries", "sustained injuries" (count the subject)
        own = [c for c in token.children if c.dep_ == "nummod"]
        if own and token.tag_ == "NN" and own[0].like_num and own[0].text not in {"1", "one"}:
            return None  # "a 2015 murder": a number on a singular noun is a year or a label, not a count
        if own and not token.lower_.startswith("wound"):  # "had four wounds" counts wounds, not people
            return parse_count(own[0].text)
        return _sufferers(token)
    if victim is None:
        return None
    if own_clause(token, victim):
        return single_phrase_count(victim)
    counts = [phrase_count(victim), *(phrase_count(other) for other in _co_subjects(victim))]
    return None if None in counts else sum(c for c in counts if c is not None)


def _co_subjects(victim: Token) -> list[Token]:
    """Subjects the parse hung apart on the same verb: in 'two children, ages 3 and 5, and their mother were
    found dead' the mother is a second subject of 'found', joined to the first by 'and'."""
    if victim.dep_ not in SUBJECTS:
        return []
    later = [c for c in victim.head.children if c.dep_ == victim.dep_ and c.i > victim.i]
    joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in victim.subtree)
    return later if joined else []


def _sufferers(token: Token) -> int | None:
    """'He sustained injuries', 'five were treated for wounds': the verb's subject bears the injuries."""
    holder = _sufferer(token)
    return phrase_count(holder) if holder is not None else None


def _sufferer(token: Token) -> Token | None:
    """The head of the phrase naming who bears the injuries or wounds a noun tells of."""
    if not token.lower_.startswith(("injur", "wound")):
        return None
    verb, holder = token.head, None
    if token.dep_ == "pobj" and verb.lower_ in {"for", "with", "from"}:
        preposition, verb = verb, verb.head
        if verb.pos_ in {"NOUN", "PROPN"} and preposition.lower_ == "with":
            holder = verb  # "a man with a gunshot wound"
        elif preposition.lower_ == "with":
            holder = child(verb, OBJECTS)  # "medics took the man, with a wound in the chest"
        elif preposition.lower_ == "from" and verb.lemma_.lower() != "suffer":
            return None  # "recovering from wounds" tells of someone already counted
        elif verb.dep_ in {"acl", "advcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            holder = verb.head  # "found a man suffering from gunshot wounds"
            if labels(holder):  # "a man was found in the 1800 block suffering from wounds": the man
                holder = clause_subject(verb.head)
    elif token.dep_ not in OBJECTS:
        return None
    if holder is None and _died(verb):
        return None  # "pronounced dead with a gunshot wound": the wound killed, it is not an injury
    holder = holder or next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return antecedent(holder) if holder is not None else None


def _died(verb: Token) -> bool:
    """The verb, a complement of it or a verb joined to it says its subject died ('and was dead')."""
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    words = [*joined, *(c for v in joined for c in v.children if c.dep_ in COMPLEMENTS)]
    return any(casualty_kind(w) == "killed" for w in words)


def _bodies(token: Token) -> int | None:
    """'two bodies were found', 'the body of a man': the dead, counted from the noun or its 'of' phrase."""
    own = [c for c in token.children if c.dep_ == "nummod"]
    if own:
        return parse_count(own[0].text)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    person = child(of, {"pobj"}) if of is not None else None
    return phrase_count(person) if person is not None and person.pos_ in {"NOUN", "PROPN"} else None


def _to_death(token: Token) -> Token | None:
    """The verb of 'stabbed to death', 'beaten to death', from the word 'death'."""
    prep = token.head
    if token.lower_ == "death" and token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "VERB":
        return prep.head
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
    # no token: a restatement of people the sentence's casualty words may already count, so the larger
    # reading counts, not the sum ("took the man, with a gunshot wound, to a clinic"); "a second victim was
    # taken to the hospital": two were hit
    count = _ordinal(holder) or count
    return Finding("injured" if besides_counted(holder) else "shot", count, -1, holder.i)


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


def _special_findings(token: Token) -> Finding | None:
    """Counts phrased without a casualty verb on the victims: 'stabbed to death', 'the body of a man'."""
    hospital = _to_hospital(token) or _released(token)
    if hospital is not None:
        return hospital
    verb = _to_death(token)
    victim = victim_phrase(verb) if verb is not None else None
    if victim is not None:
        count = phrase_count(victim)
        himself = victim.lower_ in REFLEXIVE  # "shot himself to death"
        return Finding("killed", count, token.i, victim.i, himself=himself) if count is not None else None
    if token.lower_ in BODY_WORDS and token.pos_ == "NOUN":
        count = _bodies(token)
        return Finding("killed", count, token.i) if count is not None else None
    if token.lemma_.lower() == "life" and token.dep_ in OBJECTS and token.head.lemma_.lower() in LIFE_TAKERS:
        owner = child(token, {"poss"})
        own = any(c.lower_ == "own" for c in token.children)
        if owner is not None and owner.lower_ in {"his", "her"} and own:
            return Finding("killed", 1, token.i, owner.i, himself=True)  # "before taking his own life"
        count = _lives(token)
        return Finding("killed", count, token.i) if count is not None else None
    if _gun_on_himself(token):
        return Finding("killed", 1, token.i, token.i, himself=True)
    if token.lemma_.lower() == "victim" and token.pos_ == "NOUN" and _ordinal(token) is not None:
        # "as a fourth shooting victim was found": that many were hit, whatever the verb (a count of everyone,
        # so no token: the larger reading counts)
        return Finding("shot", _ordinal(token) or 0, -1, token.i)
    if token.lower_ in ACT_NOUNS and token.pos_ == "NOUN":
        return _act_of(token) or _owned_death(token)
    if token.lower_ == "condition" and any(c.lower_ in CONDITIONS for c in token.children):
        return _in_condition(token)
    return None


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
    if _ordinal(holder) is not None:  # "a fourth victim is in critical condition": four were hit
        return Finding("shot", _ordinal(holder) or count, -1, holder.i)
    # a victim in critical condition may die later, so is counted like one shot, unless besides the dead
    return Finding("injured" if besides_counted(holder) else "shot", count, token.i, holder.i)


ACT_NOUNS: dict[str, Kind] = {
    "shooting": "shot", "wounding": "injured", "murder": "killed", "killing": "killed", "slaying": "killed",
    "death": "killed", "shootings": "shot", "murders": "killed", "killings": "killed", "slayings": "killed",
    "deaths": "killed",
}  # fmt: skip
FATAL = {"fatal", "deadly"}  # "the fatal shooting of a man": he was killed


def _act_of(token: Token) -> Finding | None:
    """'the shooting of two teens', 'the wounding of four men': the people the act was done to."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    person = child(of, {"pobj"}) if of is not None else None
    if person is None or person.pos_ not in {"NOUN", "PROPN", "NUM", "PRON"}:
        return None
    # "the slaying of Sam Cole and another robbery": only the first noun of a list is surely a person
    count = single_phrase_count(person)
    if count is None:
        return None
    kind = ACT_NOUNS[token.lower_]
    if kind == "shot" and any(c.lower_ in FATAL for c in token.children):
        kind = "killed"
    kind = "injured" if kind == "shot" and besides_counted(person) else kind
    return Finding(kind, count, token.i, person.i)


def _owned_death(token: Token) -> Finding | None:
    """A death one person owns: "the 17-year-old's shooting death", "the man's murder"."""
    owner = child(token, {"poss"})
    if token.tag_ != "NN" or ACT_NOUNS[token.lower_] != "killed" or owner is None:
        return None
    if owner.tag_ not in {"NN", "NNP"} and not (owner.lower_ == "old" or owner.lower_ in {"his", "her"}):
        return None
    return Finding("killed", 1, token.i, owner.i)


def _lives(token: Token) -> int | None:
    """'claimed a woman's life', 'took two lives', 'took the lives of three men': the dead, from 'life'."""
    owner = child(token, {"poss"})
    if owner is not None and owner.pos_ in {"NOUN", "PROPN"}:
        return 1 if owner.tag_ in {"NN", "NNP"} else phrase_count(owner)
    return _bodies(token)  # a number on 'lives' or an 'of' phrase counts the same way as 'bodies'


def _then_himself(token: Token) -> Finding | None:
    """'killed two neighbors, then himself', 'killed three people and then himself': the killer's own death,
    told as a last victim the parse hangs on the verb beside its object, is one death besides theirs. A verb
    of shooting tells it only where the killing is told with it ('shoots four, killing two, then himself')."""
    head = token.head
    if token.lower_ not in REFLEXIVE or token.dep_ in OBJECTS or head.pos_ != "VERB" or token.i < 1:
        return None
    if token.doc[token.i - 1].lower_ != "then" or head.i > token.i:
        return None
    kind = casualty_kind(head)
    told = kind == "shot" and any(casualty_kind(c) == "killed" for c in head.children)
    killing = kind == "killed" or told
    return Finding("killed", 1, token.i, token.i, himself=True) if killing else None


def parse_findings(sentence: Span) -> Iterator[Finding]:
    """Counts read from the dependency parse: who was killed or hurt, numbers on nouns."""
    for token in sentence:
        own_death = _then_himself(token)
        if own_death is not None:
            yield own_death
            continue
        special = _special_findings(token)
        if special is not None:
            if not _only_threatened(token):
                yield special
            continue
        kind = casualty_kind(token)
        if token.lower_ == "fatally":
            counted = _fatally_counted(token)
            if counted is not None:
                yield counted
                continue
            kind, token = "killed", token.head  # "fatally shot": the victims of the shooting died
        if kind is None or (kind != "killed" and any(c.lower_ == "fatally" for c in token.children)):
            continue  # "fatally wounded" is one death, read from 'fatally', not an injury too
        if _unreal(token) or _known_victim(token):
            continue
        count = _count_for(token, kind)
        if count is not None:
            victim = victim_phrase(token)
            if count > 0 and no_one_in_particular(token, victim):
                continue  # "didn't rise to a level where someone was killed": no one was
            if kind == "killed" and _unborn(victim):
                continue  # "killed her unborn baby": the archive counts the mother's wounds, no death
            if kind == "injured" and token.pos_ == "NOUN" and token.lower_.startswith("wound"):
                # "found with a gunshot wound": hit, and perhaps dead later on; a fatal wound is a death
                kind = "killed" if _fatal_wound(token) else "shot"
            if kind == "shot" and victim is not None and (besides_counted(victim) or _also(token, victim)):
                kind = "injured"  # "a man was killed and two others were shot": the others lived
            # "a third person has died": news of the third death (a third man killed may be the only dead)
            later = kind == "killed" and died_later(token, victim)
            ordinal = _ordinal(victim) if (kind != "killed" or later) and count > 0 else None
            if ordinal is not None and victim is not None:
                # "a second man was wounded": two people were hit, a count of everyone (so no token: the
                # larger reading counts, not the sum with the sentence's other victims)
                yield Finding("killed" if later else "shot", ordinal, -1, victim.i, later=later)
                continue
            if victim is None and kind == "injured" and token.pos_ == "NOUN":
                # "a child who suffered critical injuries has died": the injured is the child who died
                victim = _sufferer(token)
            himself = victim is not None and (victim.lower_ in REFLEXIVE or _self_inflicted(token, kind))
            yield Finding(kind, count, token.i, _first_naming(victim), himself=himself, later=later)


def _only_threatened(token: Token) -> bool:
    """'threatening to take his own life', 'tried to beat him to death': a death threatened or attempted,
    told without a casualty verb, took no life."""
    verb = _to_death(token) or (token.head if token.lemma_.lower() == "life" else None)
    return verb is not None and _unreal(verb)


def _self_inflicted(token: Token, kind: Kind) -> bool:
    """'died of a self-inflicted gunshot wound', 'was found dead ... of a self-inflicted wound': whoever
    died here is the one who fired, so he is one of the dead besides those he killed."""
    if kind != "killed" or token.lemma_.lower() not in {"die", "dead"}:
        return False
    later = token.doc[token.i + 1 : token.sent.end]
    return any(t.lower_ == "inflicted" and t.i > 1 and t.doc[t.i - 2].lower_ == "self" for t in later)


FATAL_WORDS = {"fatal", "mortal", "deadly", "lethal"}


def _fatal_wound(wound: Token) -> bool:
    """'a fatal gunshot wound', 'a gunshot wound which proved to be fatal': the wounded person died."""
    words = [t for c in wound.children if c.dep_ in {"amod", "relcl"} for t in c.subtree]
    # "a non-fatal wound", "a wound that did not prove fatal": the wounded person lived
    denied = any(t.lower_ in {"non", "not", "n't", "never"} or t.dep_ == "neg" for t in words)
    return not denied and any(t.lower_ in FATAL_WORDS for t in words)


def _first_naming(victim: Token | None) -> int:
    """The victim's index, or that of the sentence's first word naming the same person ('Hess was shot when
    the gun fired, striking Hess in the cheek': one victim told twice); -1 where unknown."""
    if victim is None:
        return -1
    if not (victim.pos_ == "PROPN" or (victim.is_title and not victim.is_sent_start)):
        return victim.i  # a name, however tagged: only a capitalised word inside the sentence
    return next(t.i for t in victim.sent if t.text == victim.text)


def _fatally_counted(token: Token) -> Finding | None:
    """'Two people were shot, one fatally': the number 'fatally' hangs on counts the dead."""
    head = token.head
    if not (head.like_num or head.lower_ in {"both", "all"}) or head.i == token.i:
        return None
    count = parse_count(head.text)
    return Finding("killed", count, head.i, among_hit=True) if count is not None else None


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _ordinal(victim: Token | None) -> int | None:
    """'a second victim', 'a third man': the victim is one of that many hit."""
    if victim is None or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in victim.children):
        return None
    return next((ORDINALS[c.lower_] for c in victim.children if c.lower_ in ORDINALS), None)


def _known_victim(token: Token) -> bool:
    """'the wounded girl', 'the injured officer': a victim the story has already counted, named again."""
    head = token.head
    if token.dep_ != "amod" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    dets = {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
    return bool(dets & {"the", "this", "that", "his", "her", "their"}) and not any(
        is_number_word(c) for c in head.children if c.dep_ != "det"
    )


UNREAL_MODALS = {"could", "might", "may", "should", "could've", "might've"}
UNBORN = {"fetus", "foetus"}


def _unborn(victim: Token | None) -> bool:
    """'her unborn baby', 'the fetus': a child not yet born, whom a toll of people does not count."""
    return victim is not None and (
        victim.lower_ in UNBORN or any(c.lower_ == "unborn" for c in victim.children)
    )


def _let_not(verb: Token) -> bool:
    """'Please don't let my baby die', 'let him live': a plea, said with no one telling of the act, not a
    report of it (one who 'let the man die' is told as the subject of 'let')."""
    head = verb.head
    if head.lemma_.lower() != "let" or verb.dep_ not in {"ccomp", "xcomp"}:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children)


def _unreal(token: Token) -> bool:
    """'intent to kill', 'threatened to shoot', 'could have been killed': no one was, so none counts."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if token.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children):
        # "is expected to survive", "is going to survive": a prognosis of someone hurt and alive now
        return not (token.lemma_.lower() == "survive" and token.head.lemma_.lower() in {"expect", "go"})
    if _let_not(verb):
        return True
    modals = {c.lower_ for c in verb.children if c.tag_ == "MD"}
    # "would later die" tells what happened; "would have died" and "could die" what did not
    perfect = any(c.lower_ in {"have", "'ve"} and c.dep_ == "aux" for c in verb.children)
    return bool(modals & UNREAL_MODALS) or ("would" in modals and perfect)


def _also(verb: Token, victim: Token) -> bool:
    """'The girl was also shot': a victim added to those the story has counted, who may be its dead, so she
    is one besides them (a gunman who 'also shot himself' is not)."""
    also = any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children)
    return also and victim.lower_ not in REFLEXIVE


def text_findings(sentence: Span) -> Iterator[Finding]:
    """Counts read from phrase patterns the parse often gets wrong: 'left 700 hurt and one dead', tolls."""
    for kind, count in text_counts(sentence.text):
        yield Finding(kind, count, -1)
