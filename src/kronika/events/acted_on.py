"""What a verb acts on in the parse: its object, its passive subject, or the noun its clause describes."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

# Relative pronouns: in 'the towns that the militia holds', 'the men who were held' they stand for the noun.
RELATIVES: Final = frozenset({"who", "whom", "that", "which"})


def acted_on(verb: Token) -> list[Token]:
    """The verb's object and passive subject (a relative pronoun read as the noun its clause describes), the
    noun a past participle describes ('the towns held by the group', 'a summit held in Sochi'), and the noun
    an object relative clause without an object of its own describes ('the land they once held')."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    relative = verb.dep_ == "relcl"
    if relative and any(t.lower_ in RELATIVES for t in found):
        found = [t for t in found if t.lower_ not in RELATIVES] + [verb.head]
    participle = verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head is not verb
    if participle or (relative and not found and not _relative_subject(verb)):
        found.append(verb.head)
    return found


def _relative_subject(verb: Token) -> bool:
    """Whether the relative clause's subject is its relative pronoun ('the calm which had held')."""
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children)
