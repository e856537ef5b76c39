"""Deaths that came after the attack, of people the story first counted as hurt ('has died', 'later died',
'succumbed to his injuries', 'a man wounded in the shooting died', 'one of the five people hospitalized').

A story that tells such a death has counted the dead among its injured ('Five people were injured.' ... 'One
of them has died.'), so its plain counts of injured people are counts of everyone hit, some of whom died:
`as_hit` reads them so, and the reconciling of the story's toll takes the dead out of them. A count of injured
people said to be besides the others ('two other men were wounded', 'a woman was also hurt') stays a count of
survivors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kronika.casualties.special_words import victim_ordinal
from kronika.casualties.words import of_noun

if TYPE_CHECKING:  # findings reads `died_later` from here
    from kronika.casualties.finding import Finding

HURT_WORDS = {"injure", "wound", "hospitalize", "hospitalise", "hurt"}
# "died days later", "has since died", "was later pronounced dead"
AFTERWARDS = {"later", "since", "eventually", "subsequently"}
AILMENTS = {"injury", "injuries", "wound", "wounds"}
# the clauses by which a noun is told which one is meant ('the victim who was fatally shot'), and the words
# telling a death as the attack's act, not as a dying
CLAUSES = {"relcl", "acl"}
ACTS = {"kill", "murder", "slay", "slain", "shoot", "shot", "execute"}


def died_later(word: Token, victim: Token | None) -> bool:
    """Whether the death told by `word` came after the attack to someone hurt in it: 'has died', 'later
    died', 'succumbed', 'died of his injuries', or a victim called hurt ('a man wounded in the shooting')."""
    lemma = word.lemma_.lower()
    if lemma == "succumb":
        return True
    # "a fifth victim was confirmed dead Sunday": news of one more death, the ordinal counting the dead
    # (GVA study: a spree's toll read as one dead and four hurt)
    # (the verb above the word: the parse may hang 'dead' on the day after it, 'confirmed dead Sunday')
    verb = next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    confirmed = lemma == "dead" and verb is not None and verb.lemma_.lower() == "confirm"
    if confirmed and victim is not None and victim_ordinal(victim) is not None:
        return True
    # "was later pronounced dead" tells a later death; "was later found dead" a later discovery of someone
    # who may have died at once (a gunman found dead of his own shot), not one first counted as hurt
    # ('one of them was later found dead' is still one of the hurt, and 'a fourth man was later found dead'
    # news of one more death: the partitive or the ordinal names them)
    found = word.head.lemma_.lower() == "find" and not (
        victim is not None and (_one_of(victim) or victim_ordinal(victim) is not None)
    )
    verbs = [word, word.head] if word.dep_ in {"acomp", "oprd", "xcomp"} and not found else [word]
    if any(c.lower_ in AFTERWARDS and c.dep_ == "advmod" for v in verbs for c in v.children):
        return True
    if lemma == "die" and (word.tag_ == "VBZ" or _perfect(word) or _of_injuries(word)):
        return True  # "the boy dies", "has died", "died of her injuries"
    # "one of them died Sunday", "one of the men who were hit died at a hospital": the dying of one of a group
    # the story has counted, who was counted among the hit before he died (GVA check: 1 article more right;
    # study: 1 count of injured moved in an article whose dead were wrong already)
    if lemma == "die" and victim is not None and _one_of(victim):
        return True
    # "one of the victims who was fatally shot has been named": the attack's act told in a clause naming which
    # victim is meant is no news of a death; "one of the victims was killed", "one of the wounded, who died
    # in hospital" are
    named_by = word.dep_ in CLAUSES and lemma in ACTS
    return victim is not None and not named_by and _called_hurt(victim)


def one_of_them_died(doc: Doc) -> bool:
    """Whether the article tells a death of one of a group ('where one of them died', 'one of the two later
    died'): someone it may first have counted among the survivors."""
    return any(
        t.lemma_.lower() == "die" and any(c.dep_ == "nsubj" and _one_of(c) for c in t.children) for t in doc
    )


def _one_of(victim: Token) -> bool:
    """'one of them', 'one of the victims': a victim told as one of a group the story has counted; 'dozens
    of people' counts people, no group told before."""
    groups = (g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return any(g.dep_ == "pobj" and _told_before(g) for g in groups)


def _told_before(group: Token) -> bool:
    """Whether a group is one the story has told: a pronoun ('them', 'those') or a definite noun phrase
    ('the victims', 'his passengers')."""
    if group.pos_ == "PRON" or group.tag_ in ("PRP", "DT"):
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some") for c in group.children)


def _perfect(verb: Token) -> bool:
    """'has died', 'have died', 'learned the suspect had died': news of a death since the attack ('a woman
    who had died' names one by her state at some moment of the story)."""
    told_as_state = verb.dep_ in CLAUSES
    auxes = (c for c in verb.children if c.dep_ == "aux" and c.lemma_.lower() == "have")
    return any(not (told_as_state and c.tag_ == "VBD") for c in auxes)


def _of_injuries(verb: Token) -> bool:
    """'died of his injuries', 'died from her wounds', 'died as a result of his injuries': injuries owned by
    the dead, which he had lived with for a while (a bare 'died of a gunshot wound' may be at once)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "from", "as"}):
        for noun in prep.subtree:
            if noun.lower_ in AILMENTS and any(c.dep_ == "poss" for c in noun.children):
                return True
    return False


def _called_hurt(victim: Token) -> bool:
    """'a man injured in the shooting', 'the toddler who was critically wounded', 'one of the five people
    hospitalized': the dead was first told as one of the hurt."""
    clauses = [c for c in victim.children if c.dep_ in {"acl", "relcl", "amod"}]
    if any(t.lemma_.lower() in HURT_WORDS for c in clauses for t in c.subtree if t.pos_ in {"VERB", "ADJ"}):
        return True
    group = of_noun(victim)
    return group is not None and (
        group.lemma_.lower() in {"victim", "injured", "wounded"} or _called_hurt(group)
    )


# a sentence that counts its injured besides others ("two other men were wounded", "she was also hurt")
BESIDES = re.compile(r"\b(?:other|others|another|also|additional|more|surviving)\b", re.IGNORECASE)
# a sentence that tells its hurt as sent home alive ("He was treated and released", "was released from the
# hospital Saturday"): whoever died later is not among them
RELEASED = re.compile(
    r"\btreated\s+and\s+(?:later\s+)?released\b|\b(?:released|discharged)\s+from\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:hospital|medical\s+cent(?:er|re))",
    re.IGNORECASE,
)


def as_hit(findings: Sequence[Finding], text: str, dead: int) -> list[Finding]:
    """A sentence's counts of injured people less the `dead` the story tells died later, for a story that
    tells such deaths ('A boy was killed at the scene.' ... 'his sister and father were wounded.' ... 'The
    father has died': one hurt lived, not none): unless the sentence counts them besides others, counts its
    own dead beside them ('one killed and two hurt': those two lived), or tells them sent home from hospital
    ('was treated and released'): none of them is one who died."""
    lived = BESIDES.search(text) or RELEASED.search(text)
    if lived or any(f.kind == "killed" and not f.later for f in findings):
        return list(findings)
    if any(f.among_hit for f in findings):  # "four injured, one of whom died": the sentence takes them out
        return [replace(f, kind="shot") if f.kind == "injured" else f for f in findings]
    return [_survivors(f, dead) if f.kind == "injured" else f for f in findings]


def _survivors(finding: Finding, dead: int) -> Finding:
    """An injured count less the dead among them; one they all may be among read as a count of everyone
    hit ('A 3-year-old was critically injured.' ... 'The child has died'), for the dead to be taken out."""
    if finding.count > dead:
        return replace(finding, count=finding.count - dead)
    return replace(finding, kind="shot")


def later_dead(findings: Sequence[Sequence[Finding]]) -> int:
    """How many the story tells died after the attack: the largest count any finding tells so, one where an
    ordinal tells it ('a fourth man has died': the fourth dead, one more)."""
    counts = (max(f.count, 1) if f.token >= 0 else 1 for found in findings for f in found if f.later)
    return max(counts, default=0)
