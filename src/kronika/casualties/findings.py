"""What one sentence says about killed and injured people, read from its dependency parse and wording.

Each count is a `Finding`: its kind ("shot" victims may have died, so they are reconciled with the dead
later), the number, the casualty word and the victims' noun phrase, so that one person told twice in a
sentence ("was shot and died", "died of a gunshot wound") is counted once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kronika.casualties.along import along_with, counted_beside
from kronika.casualties.animals import is_animal
from kronika.casualties.counterparts import killed_by_that_shot, shooters_counterpart
from kronika.casualties.fatal_parts import denied_fatally, fatal_part
from kronika.casualties.finding import Finding
from kronika.casualties.held_lives import held_life
from kronika.casualties.hypotheticals import dead_or_alive, no_one_in_particular
from kronika.casualties.later import died_later, one_of_them_died
from kronika.casualties.machines import is_machine
from kronika.casualties.note_counts import note_deaths
from kronika.casualties.numbers import parse_count
from kronika.casualties.partitives import counted_group, whole_named_again
from kronika.casualties.patterns import Kind, text_counts
from kronika.casualties.phrases import EVERY_ONE, REFLEXIVE, besides_counted, phrase_count
from kronika.casualties.single_count import is_number_word, single_phrase_count
from kronika.casualties.special_words import bare_ordinal, special_findings, to_death, victim_ordinal
from kronika.casualties.stories import SEPARATE
from kronika.casualties.unsaved import unsaved_death
from kronika.casualties.victims import (
    SUBJECTS,
    own_clause,
    victim_phrase,
)
from kronika.casualties.words import FATALLY, OBJECTS, casualty_kind, of_noun, passive_noun_shot
from kronika.casualties.wounds import (
    borne_by_others,
    counted_bearer,
    fatal_wound,
    lived_wound,
    recovering,
    sufferer,
    sufferers,
    victims_bear,
)
from kronika.textnorm import with_typographic


def _is_negated(token: Token, victim: Token | None) -> bool:
    """'were not hurt', 'no one was injured', 'no deaths were reported'."""
    if any(c.dep_ == "neg" for c in [*token.children, *token.head.children] if c.head.i in {token.i}):
        return True
    if any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return True
    # "he was never in danger, nor did he suffer a wound": the clause 'nor' joins is denied too
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
    # "3 deaths", "no injuries", "sustained injuries" (count the subject); not "were each shot", a verb
    if token.pos_ == "NOUN" and not passive_noun_shot(token):
        own = [c for c in token.children if c.dep_ == "nummod"]
        if own and token.tag_ == "NN" and own[0].like_num and own[0].lower_ not in {"1", "one"}:
            return None  # "a 2015 murder": a number on a singular noun is a year or a label, not a count
        if own and not token.lower_.startswith("wound"):  # "had four wounds" counts wounds, not people
            return parse_count(own[0].text)
        return sufferers(token)
    if victim is None:
        return None
    if bare_ordinal(victim):
        return 1
    if own_clause(token, victim):
        return single_phrase_count(victim)
    counts = [counted_group(token, victim) or phrase_count(victim), *map(phrase_count, _co_subjects(victim))]
    if None in counts and any(c.lower_ == "both" for c in [*token.children, *victim.children]):
        return 2  # "they were both shot", "they both died": 'both' counts the people 'they' names
    counts.append(along_with(token, victim) or 0)  # "killed the chief, along with his bodyguard": two
    counts.append(counted_beside(token, victim) or 0)  # "killing one guard, five vigilantes, and wounding"
    return None if None in counts else sum(c for c in counts if c is not None)


def _co_subjects(victim: Token) -> list[Token]:
    """Subjects the parse hung apart on the same verb: in 'two boys, ages 4 and 7, and their father were
    found dead' the father is a second subject of 'found', joined to the first by 'and'."""
    if victim.dep_ not in SUBJECTS:
        return []
    later = [c for c in victim.head.children if c.dep_ == victim.dep_ and c.i > victim.i]
    joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in victim.subtree)
    # "the girl, her uncle and a man were hit": the parse hangs the list's 'and' on the later subject; a
    # plural verb says the subjects are a list, not one person named twice ('the girl, a student, was hit');
    # a list goes on after a comma, where a dateline the parse took for a subject ('SPRINGVALE, Ore. — A
    # man and his son were found dead') ends on a dash
    listed = (
        bool(later)
        and _plural_verb(victim.head)
        and _comma_after(victim)
        and any(_and(t) for t in later[-1].subtree)
    )
    return later if joined or listed else []


def _comma_after(victim: Token) -> bool:
    """Whether a comma ends or follows the words the victim heads, as between items of a list."""
    end = victim.right_edge.i
    return victim.doc[end].text == "," or (end + 1 < len(victim.doc) and victim.doc[end + 1].text == ",")


def _and(token: Token) -> bool:
    """The conjunction 'and'."""
    return token.dep_ == "cc" and token.lower_ == "and"


def _plural_verb(verb: Token) -> bool:
    """Whether the verb or its auxiliary is plural in form ('were hit', 'have died', 'are')."""
    forms = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(f.lower_ in {"were", "are", "have"} or f.tag_ == "VBP" for f in forms)


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
    """Counts read from the dependency parse: who was killed or hurt, numbers on nouns; one a word at most."""
    for token in sentence:
        found = _word_finding(token)
        if found is not None:
            yield found


def _word_finding(token: Token) -> Finding | None:
    """The count one word tells: a killer's own death told as a last victim, a special word's count, or a
    casualty word's, read from its victims' phrase."""
    own_death = _then_himself(token)
    if own_death is not None:
        return own_death
    special = special_findings(token) or unsaved_death(token) or fatal_part(token) or held_life(token)
    if special is not None:
        return None if _only_threatened(token) else special
    kind = casualty_kind(token)
    if token.lower_ in FATALLY and denied_fatally(token):
        return None  # "two were shot, neither fatally": no one died of the shots the verb tells
    if token.lower_ in FATALLY:
        counted = _fatally_counted(token)
        if counted is not None:
            return counted
        kind, token = "killed", token.head  # "fatally shot": the victims of the shooting died
    told_fatal = any(c.lower_ in FATALLY and not denied_fatally(c) for c in token.children)
    if kind is None or (kind != "killed" and told_fatal):
        return None  # "fatally wounded" is one death, read from 'fatally', not an injury too
    if _unreal(token) or _known_victim(token) or (kind != "killed" and _asked(token)) or dead_or_alive(token):
        return None
    count = _count_for(token, kind)
    return _casualty_finding(token, kind, count) if count is not None else None


# the words a part of the dead is told 'of' ('two of the dead', 'one of those killed')
_THE_DEAD = frozenset({"dead", "killed", "deceased", "fatalities", "slain"})


@dataclass(frozen=True)
class _Victims:
    """What a casualty word tells of its victims: the kind of harm and the head of their phrase."""

    kind: Kind
    victim: Token | None


def _casualty_finding(token: Token, kind: Kind, count: int) -> Finding | None:
    """The finding of a casualty word that counts `count` victims; None where those are no one's, or no
    one in particular."""
    victim = victim_phrase(token)
    if _no_ones(token, kind, count, victim):
        return None
    read = _wound_victims(token, kind, victim)
    kind, victim = _lived_kind(token, read), read.victim
    if kind in ("shot", "injured") and victim is not None and _of_the_dead(victim):
        kind = "killed"  # "two of the dead were shot in Kisumu": how they died, not two hurt
    if kind == "injured" and victim is not None and _every_one(victim):
        # "all four victims were injured" ... "three are dead": everyone hit, the dead too, a count of
        # everyone (no token: the larger reading counts, not the sum with the sentence's other victims)
        return Finding("shot", count, -1, victim.i)
    # "a third person has died": news of the third death (a third man killed may be the only dead)
    later = kind == "killed" and died_later(token, victim)
    if victim is None and kind == "injured" and token.pos_ == "NOUN":
        # "a child who suffered critical injuries has died": the injured is the child who died;
        # "a second officer sustained minor injuries": the sufferer's ordinal counts everyone hurt
        victim = sufferer(token)
    ordinal = victim_ordinal(victim) if (kind != "killed" or later) and count > 0 else None
    if ordinal is not None and SEPARATE.search(token.sent.text):
        ordinal = None  # 'a second man was shot in a separate incident': the first was hit in another one
    if ordinal is not None and victim is not None:
        # "a second man was wounded": two people were hit, a count of everyone (so no token: the
        # larger reading counts, not the sum with the sentence's other victims)
        return Finding("killed" if later else "shot", ordinal, -1, victim.i, later=later)
    himself = victim is not None and (victim.lower_ in REFLEXIVE or _self_inflicted(token, kind))
    if kind == "killed" and count == 1:
        victim = killed_by_that_shot(token, victim) or victim  # "shot a teen, killing the youth"
    # "three people wounded, two of them dead": the wounded counted are everyone hit, as with "one fatally"
    # (GVA study: 1 article more right, none lost; check and never-read: none changed)
    among = kind == "killed" and victim is not None and _part_of_them(victim)
    return Finding(kind, count, token.i, _first_naming(victim), among_hit=among, himself=himself, later=later)


def _every_one(victim: Token) -> bool:
    """'all four victims', 'all four', 'both men': a count of everyone the story tells hit, who may
    include its dead, so a count hurt, not of the living hurt besides them (GVA study: 'Three people are
    dead and a fourth is wounded' ... 'all four victims were injured' read as four hurt)."""
    return any(c.dep_ in {"det", "predet"} and c.lower_ in EVERY_ONE for c in victim.children)


def _of_the_dead(victim: Token) -> bool:
    """'two of the dead', 'one of those killed': victims told as a part of the dead."""
    group = of_noun(victim)
    if group is None:
        return False
    # 'those killed', 'the people who died': a group named by its death
    named_dead = any(c.lemma_.lower() in ("kill", "die") for c in group.children)
    return group.lower_ in _THE_DEAD or named_dead


def _part_of_them(victim: Token) -> bool:
    """'found four men wounded, two of them dead', 'five were hurt, one of whom died': dead told as a part
    of a group the sentence has just counted (the pronoun is the group), so that group is of all hit."""
    group = of_noun(victim)
    return group is not None and group.lower_ in {"them", "whom"} and victim.like_num


def _no_ones(token: Token, kind: Kind, count: int, victim: Token | None) -> bool:
    """Whether the victims counted are no one's casualties: no one in particular, an unborn child, animals,
    a machine that stopped."""
    if count > 0 and no_one_in_particular(token, victim):
        return True  # "didn't rise to a level where someone was killed": no one was
    if kind == "killed" and _unborn(victim):
        return True  # "killed her unborn baby": the archive counts the mother's wounds, no death
    if kind == "killed" and is_machine(token, victim):
        return True  # "an old SUV which died": it stopped working
    return is_animal(victim)  # "a dog that was shot is dead", "killed two cows": no one's casualties


def _wound_victims(token: Token, kind: Kind, victim: Token | None) -> _Victims:
    """For an injury noun ('a gunshot wound'), the harm it tells of, fatal, lived or only a hit, and its
    bearer where the parse names no victim; other words as they are."""
    if (
        kind == "injured"
        and token.pos_ == "NOUN"
        and (token.lower_.startswith("wound") or victims_bear(token))
    ):
        # "found with a gunshot wound": hit, and perhaps dead later on; a fatal wound is a death
        lived = lived_wound(token) or recovering(token)
        kind = "killed" if fatal_wound(token) else "injured" if lived else "shot"
        if kind == "shot" and victim is None and not one_of_them_died(token.doc):
            victim = counted_bearer(token)
    return _Victims(kind, victim)


def _lived_kind(token: Token, read: _Victims) -> Kind:
    """'injured' for people shot whom the sentence tells apart from those killed (they lived), else the
    kind as read."""
    kind, victim = read.kind, read.victim
    besides = victim is not None and (
        besides_counted(victim) or _also(token, victim) or _beside_killed(token, victim)
    )
    if kind == "shot" and victim is not None and besides and not shooters_counterpart(token, victim):
        return "injured"  # "a man was killed and two others were shot": the others lived
    if kind == "shot" and victim is None and borne_by_others(token):
        return "injured"  # "left a man dead and two others with gunshot wounds": the others lived
    return kind


def _only_threatened(token: Token) -> bool:
    """'threatening to take his own life', 'tried to beat him to death': a death threatened or attempted,
    told without a casualty verb, took no life."""
    verb = to_death(token) or (token.head if token.lemma_.lower() == "life" else None)
    return verb is not None and _unreal(verb)


DEATH_WORDS = frozenset({"die", "dead"})


def _self_inflicted(token: Token, kind: Kind) -> bool:
    """'died of a self-inflicted gunshot wound', 'was found dead ... of a self-inflicted wound': whoever
    died here is the one who fired, so he is one of the dead besides those he killed."""
    if kind != "killed" or token.lemma_.lower() not in DEATH_WORDS:
        return False
    later = token.doc[token.i + 1 : _own_clause_end(token)]
    return any(t.lower_ == "inflicted" and t.i > 1 and t.doc[t.i - 2].lower_ == "self" for t in later)


def _own_clause_end(token: Token) -> int:
    """Where the words telling this death end: at the next word of a death ('the two boys died of gunshot
    wounds, and the mother died of a self-inflicted wound' tells the boys' deaths, then hers, so the wound
    hers names is not theirs), else at the end of the sentence."""
    deaths = (t.i for t in token.doc[token.i + 1 : token.sent.end] if t.lemma_.lower() in DEATH_WORDS)
    return next(deaths, token.sent.end)


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


def _known_victim(token: Token) -> bool:
    """'the wounded girl', 'the injured officer': a victim the story has already counted, named again."""
    head = token.head
    if token.dep_ == "amod" and whole_named_again(head):
        return True
    if token.dep_ != "amod" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    dets = {c.lower_ for c in head.children if c.dep_ in {"det", "poss"}}
    return bool(dets & {"the", "this", "that", "his", "her", "their"}) and not any(
        is_number_word(c) for c in head.children if c.dep_ != "det"
    )


UNREAL_MODALS = {"could", "might", "may", "should", "could've", "might've"}
_PERFECT_AUX = with_typographic({"have", "'ve"})  # "would have died", "would’ve died"
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


def _asked(token: Token) -> bool:
    """'Police were not sure whether the boy shot himself or was shot', 'have not said if the man was hurt':
    who was hit, asked in a question, is no report of anyone hit; the story tells its victims elsewhere
    (ACLED training notes with such a clause: 18, each coding its toll from the rest of the note). A death
    asked of ('whether she died by her own hand or was shot by deputies') is still told: only how it came is
    asked."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    clause = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for v in clause for c in v.children)


def _unreal(token: Token) -> bool:
    """'intent to kill', 'threatened to shoot', 'could have been killed': no one was, so none counts."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    # "gonna die", "wanna shoot" are read as "gon na", "wan na": the 'na' is their 'to'
    if token.tag_ == "VB" and (_to_infinitive(token) or _joined_infinitive(token)):
        # "is expected to survive", "is going to survive": a prognosis of someone hurt and alive now
        return not (token.lemma_.lower() == "survive" and token.head.lemma_.lower() in {"expect", "go"})
    if _let_not(verb):
        return True
    modals = {c.lower_ for c in verb.children if c.tag_ == "MD"}
    # "would later die" tells what happened; "would have died" and "could die" what did not
    perfect = any(c.lower_ in _PERFECT_AUX and c.dep_ == "aux" for c in verb.children)
    return bool(modals & UNREAL_MODALS) or ("would" in modals and perfect)


def _to_infinitive(verb: Token) -> bool:
    """Whether a bare verb has its own 'to' ('intent to kill', 'wanna shoot', read 'wan na')."""
    return any(c.lower_ in {"to", "na"} and c.dep_ == "aux" for c in verb.children)


def _joined_infinitive(verb: Token) -> bool:
    """Whether a bare verb is joined to an infinitive whose 'to' it shares ('threatened to shoot and kill
    her', 'intent to injure or kill'): what was meant, not what was done."""
    return verb.dep_ == "conj" and _to_infinitive(verb.head)


def _also(verb: Token, victim: Token) -> bool:
    """'The girl was also shot': a victim added to those the story has counted, who may be its dead, so she
    is one besides them (a gunman who 'also shot himself' is not)."""
    also = any(c.lower_ == "also" and c.dep_ == "advmod" for c in verb.children)
    return also and victim.lower_ not in REFLEXIVE


def _beside_killed(verb: Token, victim: Token) -> bool:
    """'Two women were killed and three men were shot', 'killing a girl and shooting her parents': people
    shot in a clause joined to one that kills others are the ones who lived; told in one breath beside the
    dead, they are not among them. Only a killing told first: 'fifteen people were shot and two were killed',
    'shot four people, killing one' count the dead among those shot. The same victim ('a boy was shot and
    killed'), a pronoun that may be the dead again, or a killer's own death ('killed himself') says nothing
    of who lived."""
    if victim.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return False
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for c in verb.children if c.dep_ == "conj"]
    for other in joined:
        if other.i > verb.i or casualty_kind(other) != "killed" or not _and_between(other, verb):
            continue
        dead = victim_phrase(other)
        if dead is not None and dead.i != victim.i and dead.pos_ in {"NOUN", "PROPN", "NUM"}:
            return True
    return False


def _and_between(first: Token, second: Token) -> bool:
    """Whether two verbs are joined by 'and' ('were killed and ... were shot'), not run together by the parse
    across a headline and the story's first line ('Man kills daughter A man shot and killed ...')."""
    return any(c.dep_ == "cc" and c.lower_ == "and" and first.i < c.i < second.i for c in first.children)


def text_findings(sentence: Span) -> Iterator[Finding]:
    """Counts read from phrase patterns the parse often gets wrong: 'left 700 hurt and one dead', tolls."""
    for stated in text_counts(sentence.text):
        yield Finding(stated.kind, stated.count, -1)
    for count in note_deaths(sentence.text):
        yield Finding("killed", count, -1)
