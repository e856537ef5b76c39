"""The subject of a verb the parser hung elsewhere: one fronted past a setting ("On 2 May, in Lima, around
100 traders protested"), or a gerund clause misread as the subject ("driving instructors held a protest")."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kronika.events.spans import subject_stretch

_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "auxpass"})
# Verbs nobody undergoes: read as a participle on a noun, the parser misread a finite verb
# ("around 100 people protested"), so the noun protested; it was not "protested".
DOER_VERBS: Final = frozenset(
    {"protest", "demonstrate", "rally", "march", "riot", "strike", "gather", "clash", "picket", "assemble"}
)


def fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser hung on a fronted setting: "On 2 May, in Lima, around 100 traders protested".

    Used only for a verb without any subject of its own that is not a passive participle (unless
    nobody could undergo it); the words between the setting and the verb must be one noun phrase.
    """
    gerund = [
        d
        for c in verb.children
        if c.dep_ == "csubj" and c.tag_ == "VBG"
        for d in c.children
        if d.dep_ == "dobj"
    ]
    if gerund:  # "driving instructors held a protest", read as a gerund clause
        return gerund[:1]
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or verb.dep_ not in ("ROOT", "acl"):
        return []
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "have agreed"
    if is_passive_participle(verb) and not perfect and verb.lemma_.lower() not in DOER_VERBS:
        return []
    stretch = subject_stretch(verb)
    inside = {t.i for t in stretch}
    if verb.dep_ == "acl" and verb.head.i not in inside:
        return []  # a participle on an earlier noun, not a misread finite verb
    opener = stretch[0].i if stretch and stretch[0].pos_ == "ADP" else -1  # "between 100 and 150 X"
    for token in stretch:
        outside = token.head.i not in inside or token.head.i in (token.i, opener)
        if token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and outside:
            return [token] if token.ent_type_ not in ("DATE", "TIME") else []
    return []


def is_passive_participle(verb: Token) -> bool:
    """A past participle used adjectivally ('mines seized by marauders')."""
    return verb.tag_ == "VBN"
