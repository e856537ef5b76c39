"""The doer a hedge around it hid from the parser: "presumed X killed ...", "gunmen believed to belong to
X shot ..."."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

# Words that hedge a doer ("presumed JNIM militants killed ...") and that the parser, with no subject
# before them, reads as the sentence's main verb and the doer as its object.
HEDGES: Final = frozenset({"presume", "suspect"})
# Hedges after a doer ("gunmen believed to belong to IS shot ..."), which the parser may make the main
# verb with the doer its subject and the deed a clause below it.
AFTER_HEDGES: Final = frozenset({"believe", "suspect", "think"})
# What the hedge after a doer says of it: "to be X", "to belong to X".
BEING: Final = frozenset({"be", "belong"})


def hedged_doer(sentence: DocSpan) -> Token | None:
    """The head of the doer a hedge hid: the object of a subjectless main verb "presumed" or
    "suspected", or the subject of a main verb "believed" that says what it is ("gunmen believed to
    belong to X") over a clause of its own deed; None where the sentence has no such hedge."""
    root = sentence.root
    lemma = root.lemma_.lower()
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma in HEDGES and not subjects:
        objects = [c for c in root.children if c.dep_ == "dobj"]
        return objects[0] if objects else None
    if lemma not in AFTER_HEDGES or not subjects or root.i + 1 >= len(root.doc):
        return None
    being = [c for c in root.children if c.dep_ == "xcomp" and c.lemma_.lower() in BEING]
    deeds = [c for c in root.children if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB"]
    if root.doc[root.i + 1].lower_ != "to" or not being or not deeds:
        return None  # "police believe the gunmen were robbers": the believer is no doer
    return subjects[0]
