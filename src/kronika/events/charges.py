"""What an accusation charges and whom: 'accused X of', 'X (was) accused of', 'an attack blamed on X'."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from spacy.tokens import Token

# Words that name no one: a relative or personal pronoun's antecedent lies outside the charge's clause.
_NO_NAME_TAGS: Final = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX"})
# Where a noun with an 'accused of' participle stands as the sentence's own doer ('JEM accused of killing
# civilians in Leer'), not as another act's victim ('mob lynched a man accused of killing his father').
_DOER_DEPS: Final = frozenset({"ROOT", "nsubj", "nsubjpass"})
_SUBJECTS: Final = frozenset({"nsubjpass", "nsubj"})


@dataclass(frozen=True)
class Charge:
    """An accusation's charge: the token indices that may name the charged act, the accused, and the 'of'
    prepositions that open the charge ('accused X of planting mines'; none for a 'blamed on')."""

    scope: frozenset[int]
    accused: tuple[Token, ...]
    # an 'accused ... of' weighs below the violence it charges; a 'blamed on' is only read for its doer
    weighs: bool
    of_phrases: tuple[Token, ...] = ()

    def holds(self, act: Token) -> bool:
        """Whether the act's trigger, or the subject it is told of, lies in the charge ('a blast blamed on
        X wounded four': the blast did the wounding)."""
        return act.i in self.scope or any(c.dep_ == "nsubj" and c.i in self.scope for c in act.children)


def charge(verb: Token) -> Charge | None:
    """The charge of an accusing or blaming verb, or None where it has none."""
    lemma = verb.lemma_.lower()
    if lemma == "accuse":
        return _accused_of(verb)
    if lemma == "blame":
        return _blamed_on(verb)
    return None


def _accused_of(verb: Token) -> Charge | None:
    """'accused X of <act>' (the parser may hang the phrase on X), 'X was accused of <act>', and the
    headline 'X accused of <act>': the 'of' phrase holds the act, X did it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    phrases = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not phrases:
        return None
    scope = frozenset(t.i for p in phrases for t in p.subtree)
    return Charge(scope, tuple(objects) or _accused_subject(verb), weighs=True, of_phrases=tuple(phrases))


def _accused_subject(verb: Token) -> tuple[Token, ...]:
    """Who an accusation without an object accuses: its passive subject ('rebels were accused of'), or
    the noun a headline hangs it on where that noun leads the sentence ('UPDF accused of bombing')."""
    if verb.dep_ == "acl":
        noun = verb.head
        return (noun,) if noun.dep_ in _DOER_DEPS and _names(noun) else ()
    if verb.dep_ != "ROOT":
        return ()
    # an active subject only where 'of' follows at once: 'X accused of' is a headline's passive, while
    # 'X accused Sudan's army of' with its object misread still names X the accuser
    deps = _SUBJECTS if verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "of" else {"nsubjpass"}
    return tuple(c for c in verb.children if c.dep_ in deps and _names(c))


def _blamed_on(verb: Token) -> Charge | None:
    """'blamed the raid on X', 'the raid was blamed on X', 'a raid on a bar blamed on X': the raid is
    the charged act, X did it."""
    accused = tuple(g for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children)
    accused = tuple(t for t in accused if t.dep_ == "pobj" and _names(t))
    if not accused:
        return None
    blamed = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    scope = {t.i for b in blamed for t in b.subtree}
    if verb.dep_ == "acl":
        scope |= {t.i for noun in _noun_chain(verb.head) for t in (noun, *noun.lefts)}
    return Charge(frozenset(scope), accused, weighs=False)


def _noun_chain(noun: Token) -> list[Token]:
    """The noun and those it hangs on through prepositions ('attack' for 'bar' in 'an attack on a bar'):
    the parser may hang a participle on the last noun of the phrase it qualifies."""
    chain = [noun]
    while chain[-1].dep_ == "pobj" and chain[-1].head.dep_ == "prep" and chain[-1].head.head.pos_ == "NOUN":
        chain.append(chain[-1].head.head)
    return chain


def _names(token: Token) -> bool:
    """Whether a token names someone itself rather than pointing at a name elsewhere."""
    return token.tag_ not in _NO_NAME_TAGS and token.pos_ in ("NOUN", "PROPN")
