"""'Warn' as a threat only where the warning tells what someone will do or what the warned must not do;
a warning of a hazard ('warned that the camps could overflow', 'warned of famine') threatens no one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry, names_a_party

_WARNING_WORDS: Final = frozenset({"warn", "warning"})
# What a warning threatens the warned with: a response, a price, force ('warned of retaliation', 'warned
# that Damascus risked a confrontation with the army', 'would make the bases legitimate targets').
_CONSEQUENCES: Final = frozenset(
    {
        "consequence", "repercussion", "retaliation", "reprisal", "retribution", "revenge", "vengeance",
        "response", "price", "punishment", "sanction", "countermeasure", "measure", "action", "crackdown",
        "confrontation", "target", "operation", "offensive", "force",
    }
)  # fmt: skip
# Modals that tell an act to come in the warning's clause ('warned that they would respond').
_COMING: Final = frozenset({"will", "would", "shall", "could", "might", "may", "'ll", "’ll", "wo"})
# Verbs that tell an act to come by what they govern ('warned that the troops intended to advance').
_MEANING_TO: Final = frozenset({"intend", "plan", "prepare", "mean", "vow", "threaten", "aim"})
# Words a warning gives no threat by: it came ahead of a thing, or early ('advance warning of the attack').
_AHEAD: Final = frozenset({"advance", "early"})
# Armed bodies a warner may send, named by their unit ('his brigades would advance').
_UNITS: Final = frozenset(
    {"brigade", "battalion", "regiment", "division", "unit", "corps", "squadron", "navy", "fleet", "warplane"}
)
_CLAUSES: Final = frozenset({"ccomp", "acl", "parataxis"})


def hazard_warning(token: Token, entry: TriggerEntry) -> bool:
    """Whether a bare 'warn' or 'warning' warns of a hazard, not of what someone will do: the warning's
    clause tells no act to come by a party ('warned the repatriation would be difficult', 'warn that
    children face grave conditions'), or it warns of a thing that is no response ('warned of a humanitarian
    catastrophe'), or it came in advance ('advance warning of the attack'). A warning to the warned ('warned
    Damascus not to attack'), against something ('warned against an assault'), or with no clause of its
    own keeps its reading."""
    if entry.plover != "THREATEN" or entry.extras or token.lemma_.lower() not in _WARNING_WORDS:
        return False
    children = list(token.children)
    if any(c.dep_ == "xcomp" or c.lower_ == "against" or _infinitive(c) for c in children):
        return False  # 'warned them not to interfere', 'warned against an assault', 'a warning to leave'
    if any(c.dep_ == "conj" and _will_do(c) for c in children):
        return False  # 'warned it considers them traitors, and will deal with them'
    if any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in children):
        return True
    clauses = [c for c in children if _content_clause(c)]
    warned_of = [g for c in children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not clauses and not warned_of:
        return False  # a bare 'warned': what it warned of is told elsewhere
    if any(_consequence(g) for g in warned_of):
        return False
    return not any(_threat_clause(c) for c in clauses)


def _content_clause(child: Token) -> bool:
    """Whether a child is the clause that tells what was warned: a complement, or a 'that' clause the parse
    hung on the noun as a relative one although it has a subject of its own ('a warning that the dam could
    collapse')."""
    if child.pos_ not in ("VERB", "AUX"):
        return False
    grandchildren = list(child.children)
    if child.dep_ == "acl" and not any(g.dep_ == "nsubj" for g in grandchildren):
        return False  # 'the warning issued by the chief of staff' tells who warned, not what
    if child.dep_ in _CLAUSES:
        return True
    opened = any(g.lower_ == "that" and g.i < child.i and g.dep_ != "nsubj" for g in grandchildren)
    return child.dep_ == "relcl" and opened and any(g.dep_ == "nsubj" for g in grandchildren)


def _consequence(noun: Token) -> bool:
    """Whether a noun names what a threat holds out: a response, a price, force."""
    return noun.lemma_.lower() in _CONSEQUENCES


def _threat_clause(clause: Token) -> bool:
    """Whether a warning's clause tells an act to come by a party ('that the US would respond', 'that it
    considers them traitors and will deal with them', 'that troops intended to advance') or names a
    response ('that the regime risked a confrontation')."""
    if any(_consequence(t) for t in clause.subtree if t.pos_ == "NOUN"):
        return True
    return any(_act_to_come(verb) for verb in _conjuncts(clause))


def _conjuncts(verb: Token) -> Iterator[Token]:
    """The clause's verb and the verbs conjoined to it."""
    yield verb
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            yield from _conjuncts(child)


def _act_to_come(verb: Token) -> bool:
    """Whether a verb tells an act a party will or may do: a modal of the future or of chance with a verb
    of doing and a subject who can act, or a verb of meaning to ('intended to advance')."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or not all(_can_act(s) for s in subjects):
        return False
    if verb.lemma_.lower() in _MEANING_TO and any(c.dep_ == "xcomp" for c in children):
        return True
    if verb.lemma_.lower() == "be" and not any(c.dep_ == "xcomp" for c in children):
        return False  # 'would be difficult', 'could be the catalyst': a state; 'would be to free them' an act
    return any(c.dep_ == "aux" and c.lower_ in _COMING for c in children)


def _infinitive(child: Token) -> bool:
    """Whether a child is an infinitive clause hung on the warning ('a warning to cleanse the region')."""
    return child.dep_ in ("acl", "advcl") and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in child.children
    )


def _will_do(verb: Token) -> bool:
    """Whether a verb conjoined to the warning, sharing its subject, tells what the warner will do ('warned
    ..., and will deal with them')."""
    children = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _COMING for c in children)


def _can_act(subject: Token) -> bool:
    """Whether a subject names someone who can act: a party (`names_a_party`) or an armed unit."""
    return names_a_party(subject) or subject.lemma_.lower() in _UNITS
