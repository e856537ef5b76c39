"""A threat named as a danger, not made: 'the threat posed by Isis', 'the Iranian threat', 'under threat from
Turkey'; a threat someone makes is told with what it threatens ('a Russian threat to attack the base') or
whose it is ('Trump's threats against Iran', 'received death threats')."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.lexicon import TriggerEntry

# Verbs by which a danger is what something is or does ('posed a threat', 'the threat emanating from').
_POSING: Final = frozenset({"pose", "emanate", "represent", "constitute", "remain"})
# Words that grade or place a danger ('the biggest threat', 'a security threat'); a 'death threat' is made.
_DANGER_WORDS: Final = frozenset(
    {
        "terrorist", "terror", "security", "jihadist", "extremist", "residual", "serious", "biggest", "worst",
        "greatest", "main", "viable", "potential", "growing", "existential", "real", "twin", "major",
    }
)  # fmt: skip
# Labels of the words naming a people or a land a danger comes from ('the Iranian threat').
_WHOSE: Final = frozenset({"NORP", "GPE"})


def danger_threat(token: Token, entry: TriggerEntry) -> bool:
    """Whether a threat noun names a danger (judged Guardian readings, study: 16 of the 20 readings of
    'threat' were dangers, none of these rules' matches a threat made): posed by something, faced 'under'
    it, coming 'from' something, or graded and placed by its words; one with what it threatens
    ('a threat to attack') is a threat made."""
    if entry.plover != "THREATEN" or entry.pos != "N" or token.lemma_.lower() != "threat":
        return False
    children = list(token.children)
    if any(c.dep_ == "acl" and any(g.tag_ == "TO" for g in c.children) for c in children):
        return False  # 'a Russian threat to attack the base'
    if any(c.lower_ == "death" for c in children if c.dep_ == "compound"):
        return False  # 'a death threat from a former commander'
    if _posed(token, children):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        return True  # 'the town is under increasing threat'
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
        return True  # 'a serious threat from within', 'the threat from Islamist militants'
    return any(_grades(c) for c in children if c.dep_ in ("amod", "compound"))


def _posed(noun: Token, children: list[Token]) -> bool:
    """'Posed the biggest threat', 'the threat posed by Isis', 'the threat Daesh continues to pose'."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _POSING:
        return True
    clauses = (c for c in children if c.dep_ in ("acl", "relcl"))
    return any(t.lemma_.lower() in _POSING for c in clauses for t in c.subtree if t.pos_ == "VERB")


def _grades(word: Token) -> bool:
    """'The Iranian threat', 'a security threat', 'the worst terrorist threat': a word that grades the danger
    or names whose land or people it comes from."""
    return word.lemma_.lower() in _DANGER_WORDS or word.lower_ in _DANGER_WORDS or word.ent_type_ in _WHOSE
