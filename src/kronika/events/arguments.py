"""Argument spans of an event trigger: the head tokens of who acted (actors) and who was acted on."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry
from kronika.events.rules import controlling_object, is_agent_like, witnesses

_TARGET_PREPS: Final = frozenset({"against", "on", "upon", "at", "with", "into", "onto"})
_PLACE_NOUNS: Final = frozenset({"street", "square", "road", "avenue", "capital", "city", "town", "streets"})
_PLACE_ENTS: Final = frozenset({"GPE", "LOC", "FAC"})


def arguments(token: Token, entry: TriggerEntry) -> tuple[list[Token], list[Token]]:
    """Head tokens of the trigger's actors (doers) and targets (done to)."""
    if token.pos_ == "NOUN":
        actors, targets = _noun_arguments(token)
    else:
        actors, targets = _verb_arguments(token, entry)
    actors = [_antecedent(a) for a in actors]
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
    passive = _is_passive_participle(verb) and any(c.dep_ == "agent" for c in verb.children)
    target_preps = _TARGET_PREPS | set(entry.extras)  # "call on X", "set fire to X", "break into X"
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive:
            actors.append(child)
        elif child.dep_ == "agent":
            actors.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("nsubjpass", "dobj", "nsubj"):
            targets.append(child)
        elif child.dep_ in ("prep", "prt", "dative") and child.lower_ in target_preps:
            targets.extend(g for g in child.children if g.dep_ == "pobj" and not _is_place(g))
    if actors:
        # "the army's shelling of the village killed five": the event noun's own doer did it
        actors = [d for a in actors for d in (_event_noun_doers(a) or [a])]
    else:  # borrowed doers are people already: "pushed the country's electoral body to cancel"
        actors = _inherited_actors(verb) or _conjunct_agents(verb)
    if verb.dep_ == "acl" and not targets and _is_passive_participle(verb) and verb.head.dep_ != "ROOT":
        targets = [verb.head]  # "mines seized by marauders": the modified noun is what was seized
    return actors, targets


def _event_noun_doers(subject: Token) -> list[Token]:
    """The possessor or 'by' agent of a subject that names an event rather than a doer."""
    if subject.pos_ != "NOUN" or is_agent_like(subject):
        return []
    return _noun_arguments(subject)[0]


def _conjunct_agents(verb: Token) -> list[Token]:
    """'the mine had been seized and the offices robbed by a gang': the agent serves both verbs."""
    return [
        g
        for conj in verb.conjuncts
        for child in conj.children
        if child.dep_ == "agent"
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _inherited_actors(verb: Token) -> list[Token]:
    """The subject a conjunct, a controlled clause or a participle shares with its head."""
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "conj":
        head = conjunct_head(verb)
    if verb.dep_ in ("conj", "xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        controller = controlling_object(verb)
        if controller is not None:
            return [controller]
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if verb.dep_ == "conj":
            return subjects or _inherited_actors(head)
        return subjects
    active = not _is_passive_participle(verb) or head.dep_ == "ROOT"  # a noun ROOT: the parse missed the verb
    if verb.dep_ in ("acl", "pcomp") and active:
        return [head] if head.pos_ in ("NOUN", "PROPN", "PRON") else []
    return []


def conjunct_head(verb: Token) -> Token:
    """The verb a conjunct is coordinated with, past a misparse.

    "X insisted the situation is calm, and accused Y": the parser hangs "accused" on the copula of
    the complement; an event verb coordinated with a stative "be" complement belongs to the verb above.
    """
    head = verb.head
    if head.lemma_ == "be" and head.dep_ == "ccomp" and verb.tag_ != head.tag_:
        return head.head
    return head


def _is_passive_participle(verb: Token) -> bool:
    """A past participle used adjectivally ('mines seized by marauders')."""
    return verb.tag_ == "VBN"


def _noun_arguments(noun: Token) -> tuple[list[Token], list[Token]]:
    """Possessor, 'by X' and a light verb's subject as actor; 'against/on/of/with X' as target."""
    actors = [c for c in noun.children if c.dep_ == "poss"]
    targets: list[Token] = []
    for child in noun.children:
        objects = [g for g in child.children if g.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "by":
            actors.extend(objects)
        elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"of"}:
            targets.extend(o for o in objects if not _is_place(o))
        elif child.dep_ == "compound" and child.pos_ == "PROPN":
            actors.append(child)
    if not actors and noun.dep_ == "dobj" and not witnesses(noun.head):
        actors = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return actors, targets


def of_objects(token: Token) -> list[Token]:
    """The objects of the token's 'of' phrases."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _is_place(token: Token) -> bool:
    """A place noun ('onto the streets', 'in Bishkek') is a location, not a target."""
    return token.ent_type_ in _PLACE_ENTS or token.lemma_.lower() in _PLACE_NOUNS


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """The heads plus their conjuncts ('Hungarian and Romanian officials', 'X and Y')."""
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(t for t in head.conjuncts if t.i > head.i and t.pos_ in ("NOUN", "PROPN", "PRON"))
    return out
