"""Argument spans of an event trigger: the head tokens of who acted (actors) and who was acted on.

A verb's own subject, agent and objects are read here; an event noun's by `kronika.events.noun_arguments`;
doers a clause without a subject borrows from another by `kronika.events.inherited_doers`, from the event it
says did it by `kronika.events.cause_doers`, from a 'when' clause by `kronika.events.when_doers`, and a
subject the parser hung on a fronted setting by `kronika.events.fronted_subjects`.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.cause_doers import cause_doers
from kronika.events.fronted_subjects import DOER_VERBS, fronted_subject, is_passive_participle
from kronika.events.inherited_doers import conjunct_agents, inherited_actors
from kronika.events.lexicon import TriggerEntry
from kronika.events.noun_arguments import FINDING, TARGET_PREPS, is_place, noun_arguments
from kronika.events.rules import is_agent_like
from kronika.events.target_words import standing_for
from kronika.events.when_doers import when_doers

# Heads of administrative place names ("Rathedaung Township", "Sittwe District").
_PLACE_HEADS: Final = frozenset(
    {"township", "district", "state", "province", "region", "county", "village", "town", "city"}
)
# Verbs of seeing and recording, which a report of fire may hang its event on: their subject only
# watched ("the mission recorded 40 explosions"), it did not fire.
_OBSERVING: Final = frozenset(
    {"observe", "see", "hear", "record", "witness", "monitor", "detect", "register", "notice", "spot"}
)
# What the verbs of coming upon the dead (`noun_arguments.FINDING`) come upon: its finders killed no one.
_REMAINS: Final = frozenset({"body", "corpse", "remains", "grave", "skeleton"})
# Verbs whose subject underwent what their object names.
_UNDERGOING: Final = frozenset({"suffer", "sustain", "receive", "undergo", "endure"})
# Verbs whose object is an instrument its subject used: "protesters lit burning barricades".
_USING_VERBS: Final = frozenset({"use", "throw", "hurl", "erect", "set", "light", "place", "put", "pelt"})
# Harm verbs a note's tally of the dead and wounded uses without "were": ", two soldiers killed".
_TOLL_VERBS: Final = frozenset({"kill", "wound", "injure", "hurt"})
# Participles whose passive subject holds the stance: "Israel is opposed to", "X is committed to".
_STANCES: Final = frozenset({"oppose", "commit", "determine", "resolve", "dedicate", "prepare"})
# Verbs of feeling whose passive subject feels it: "the ministry was concerned over the unrest" voices
# the ministry's concern; it is not the unrest's target.
_FEELINGS: Final = frozenset({"concern", "worry", "alarm", "dismay", "outrage", "disappoint", "trouble"})


def arguments(token: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Head tokens of the trigger's actors (doers) and targets (done to)."""
    if token.pos_ == "NOUN":
        actors, targets = noun_arguments(token)
    elif token.dep_ == "amod" and token.head.pos_ == "NOUN":
        actors, targets = _modifier_arguments(token), []
    else:
        actors, targets = _verb_arguments(token, entry)
    actors = [_antecedent(a) for a in actors]
    # "reversed X's conviction" was done to X, "seized the parliament building" to parliament
    targets = [o for t in targets for o in standing_for(t)]
    targets = [_antecedent(t) for t in targets if t.lemma_.lower() not in entry.extras]
    return _with_conjuncts(actors), _with_conjuncts(targets)


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ('politicians that protesters freed')."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _verb_arguments(verb: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Subject or passive agent as actor; object, passive subject, against/on/at/with objects as target."""
    actors: list[Token] = []
    targets: list[Token] = []
    passive = is_passive_participle(verb) and any(c.dep_ == "agent" for c in verb.children)
    target_preps = TARGET_PREPS | set(entry.extras)  # "call on X", "set fire to X", "break into X"
    stance = verb.lemma_.lower() in _STANCES | _FEELINGS and not passive  # "Israel is opposed to X"
    onlooker = verb.lemma_.lower() in _OBSERVING  # "monitors observed 20 explosions": they only saw them
    onlooker = onlooker or _found_dead(verb)  # "police found the bodies of five men": they killed no one
    undergoer = verb.lemma_.lower() in _UNDERGOING  # "the victim suffered injuries": it was done to them
    misread = _misread_passive(verb)
    for child in verb.children:
        if child.dep_ == "nsubj" and onlooker:
            continue
        if child.dep_ == "nsubj" and (undergoer or _tolled(verb)):
            targets.append(child)
            continue
        if (child.dep_ == "nsubj" and not passive) or (child.dep_ == "nsubjpass" and (stance or misread)):
            actors.append(_past_setting(child))
        elif child.dep_ == "agent":
            actors.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("nsubjpass", "dobj", "nsubj"):
            targets.append(child)
        elif child.dep_ in ("prep", "prt", "dative") and child.lower_ in target_preps:
            targets.extend(g for g in child.children if g.dep_ == "pobj" and not is_place(g))
    if actors:
        # "the army's shelling of the village killed five": the event noun's own doer did it
        actors = [d for a in actors for d in (_event_noun_doers(a) or [a])]
    else:  # borrowed doers are people already: "pushed the country's electoral body to cancel"
        actors = (
            inherited_actors(verb)
            or conjunct_agents(verb)
            or cause_doers(verb)
            or when_doers(verb)  # "were injured when officers fired tear gas"
            or fronted_subject(verb)
        )
    participle = verb.dep_ == "acl" and is_passive_participle(verb) and verb.head.dep_ != "ROOT"
    misread = verb.lemma_.lower() in DOER_VERBS  # "people protested" misread as a participle
    if participle and not targets and not misread:
        targets = [verb.head]  # "mines seized by marauders": the modified noun is what was seized
    return actors, targets


def _found_dead(verb: Token) -> bool:
    """Whether the verb tells bodies or graves found ('found the bodies of five men')."""
    if verb.lemma_.lower() not in FINDING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _REMAINS for c in verb.children)


def _tolled(verb: Token) -> bool:
    """Whether a harm verb only tallies its victims (", one officer killed and another wounded", ", two
    soldiers killed"): a bare participle with a subject but no auxiliary and no object is a passive
    without its "were"; the subject was killed, it killed nobody."""
    bare = verb.tag_ == "VBN" and verb.lemma_.lower() in _TOLL_VERBS
    return bare and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)


def _misread_passive(verb: Token) -> bool:
    """Whether the parser read an active clause as passive because an all-caps "IS" (the Islamic State)
    closing the subject looks like "is" ("Boko Haram/IS attacked the village" is no passive): such a
    verb's passive subject did it."""
    return any(c.dep_ == "auxpass" and c.text == "IS" for c in verb.children)


def _past_setting(subject: Token) -> Token:
    """ "in X village, Y Township, Z District, three members of W clashed": the parser may make the
    places the subject and the real one their apposition; the apposition acted. A preposition read
    as the subject ("between 100 and 150 protesters rallied") stands for its object."""
    objects = [c for c in subject.children if c.dep_ == "pobj"]
    if subject.pos_ == "ADP" and objects:
        return objects[0]
    if not is_place(subject) and subject.lower_ not in _PLACE_HEADS:
        return subject
    appositions = [c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    people = [a for a in appositions if not is_place(a) and a.lower_ not in _PLACE_HEADS]
    return people[-1] if people else subject


def _modifier_arguments(word: Token) -> list[Token]:
    """The doer of a trigger that only describes a noun: "barricaded roads with burning tyres".

    Whoever used the described thing did it: the subject of the clause the noun belongs to.
    """
    noun = word.head
    used = noun.dep_ == "pobj" and noun.head.lower_ == "with"  # "blocked roads with burning tyres"
    if not used and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _USING_VERBS):
        return []  # "suffered life-threatening injuries": the noun is no one's instrument
    holder = noun.head.head if used else noun.head
    if holder.dep_ == "dobj" and holder.pos_ == "NOUN":
        holder = holder.head  # "barricaded roads with burning tyres": "with" hangs on the object
    if holder.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in holder.children if c.dep_ == "nsubj"] or fronted_subject(holder)


def _event_noun_doers(subject: Token) -> list[Token]:
    """The possessor or 'by' agent of a subject that names an event rather than a doer."""
    if subject.pos_ != "NOUN" or is_agent_like(subject):
        return []
    return noun_arguments(subject)[0]


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """The heads plus their conjuncts ('Hungarian and Romanian officials', 'X and Y')."""
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(
            t
            for t in head.conjuncts
            if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "PRON") and len(t.text) > 1  # not "SPLM/A"'s A
        )
    return out
