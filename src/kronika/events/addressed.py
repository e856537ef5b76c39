"""Clauses that ask or bid rather than tell: a yes/no question ('Did Russia attack the base?') or a command
('Click here to visit', 'Think before you destroy your lives') reports no event."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

# Auxiliaries that open a yes/no question before its subject ('Did ...', 'Has ...', 'Will ...').
_QUESTION_AUX: Final = frozenset({"do", "be", "have"})
_SUBJECTS: Final = frozenset({"nsubj", "nsubjpass", "expl"})


def asked_or_bidden(verb: Token) -> bool:
    """Whether the verb heads its sentence as a yes/no question or as a command, or is a bare gerund a
    question weighs: what is asked about or bidden is not told as having happened."""
    if verb.dep_ != "ROOT":
        return _gerund_asked_about(verb)
    return _yes_no_question(verb) or _command(verb)


def _gerund_asked_about(verb: Token) -> bool:
    """'What is a greater terror than killing civilians?', 'Is shelling a town ever lawful?': a kind of act
    a question weighs, named by a bare gerund, not an act told."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return False
    return any(t.text == "?" for t in verb.sent if t.i > verb.i)


def _opening(verb: Token) -> Token | None:
    """The sentence's first word, past opening quotes and brackets."""
    return next((t for t in verb.sent if not t.is_punct), None)


def _yes_no_question(verb: Token) -> bool:
    """'Did Russia attack the base?', 'Has the army shelled the town?': an auxiliary opens the sentence
    before the subject and a question mark closes it. A question with a wh-word ('Who attacked the
    base?') takes the act as given, so it is none."""
    if not any(t.text == "?" for t in verb.sent if t.i > verb.i):
        return False
    first = _opening(verb)
    if first is None or first.head.i != verb.i or first.dep_ not in ("aux", "auxpass"):
        return False
    if first.lemma_.lower() not in _QUESTION_AUX and first.tag_ != "MD":
        return False
    subjects = [c.i for c in verb.children if c.dep_ in _SUBJECTS]
    return bool(subjects) and first.i < min(subjects)


def _command(verb: Token) -> bool:
    """'Click here to visit the page', 'Think about that before you act!': a bare verb opens the sentence
    with no subject or auxiliary of its own."""
    first = _opening(verb)
    if verb.tag_ != "VB" or first is None or first.i != verb.i:
        return False
    return not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)
