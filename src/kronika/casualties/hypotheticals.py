"""What a sentence says might have happened, not what did: 'didn't rise to a level where someone was killed'.

A casualty word whose victim is no one in particular ('someone', 'anyone') tells a death or a wound only
where it is reported outright ('Police said someone was shot'); under a denial, a condition or a question
('it never got to where someone was hurt', 'before anyone was killed', 'whether anybody was hurt') it tells
of no one. Nor does a death set against its opposite ('whether he was dead or alive').
`kronika.casualties.findings` asks this of each casualty word; `kronika.casualties.patterns`
keeps its wording rule for one death from reading such a clause.
"""

from __future__ import annotations

from spacy.tokens import Token

ANYONE = {"someone", "somebody", "anyone", "anybody"}
# the words that open a clause of what might have been: 'where someone was killed' under a denial, 'before
# anyone was hurt', 'if somebody got shot'
# ('rather than someone got killed': what the speaker is glad did not happen)
OPENERS = {"where", "if", "whether", "until", "before", "unless", "lest", "than"}
# the wording counterpart, for the text rules: an indefinite victim right after such an opener
UNREAL_SUBJECT = (
    r"\b(?:where|if|whether|until|before|unless|lest|than)\s+(?:someone|somebody|anyone|anybody)\s*$"
)


def no_one_in_particular(verb: Token, victim: Token | None) -> bool:
    """Whether a casualty word tells of an indefinite victim in a clause of what did not or might not happen:
    one opened by 'where', 'if', 'before' and the like, or told of a point a denied verb never reached
    ('did not escalate to a point where anyone was shot'); 'anyone' is never a victim reported outright."""
    if victim is None or victim.lower_ not in ANYONE:
        return False
    if victim.lower_ in {"anyone", "anybody"}:
        return True
    clause = verb if verb.pos_ in {"VERB", "AUX"} else verb.head
    # a clause joined to the one the opener opens ('if the fight got worse and someone got hurt') is under it
    opened = [clause, clause.head] if clause.dep_ == "conj" else [clause]
    if any(c.lower_ in OPENERS and c.dep_ in {"advmod", "mark"} for v in opened for c in v.children):
        return True
    # the clause tells of a degree or a point the denied verb never reached ('a level where'), so it hangs
    # on a noun; 'did not realize someone had been shot' reports a victim
    through_noun = False
    for above in clause.ancestors:
        through_noun = through_noun or above.pos_ == "NOUN"
        if any(c.dep_ == "neg" for c in above.children):
            return through_noun
    return False


# the words for staying alive a death word may be set against ('whether he was dead or alive')
ALIVE = {"alive", "live", "living", "survive"}


def dead_or_alive(token: Token) -> bool:
    """Whether a death word is set against its opposite by 'or' ('not sure whether the boy was dead or
    alive', 'to find out if she lived or died'): the speaker does not know, so it tells no death."""
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    return any(
        j.lemma_.lower() in ALIVE
        and any(c.dep_ == "cc" and c.lower_ == "or" for word in (token, j) for c in word.children)
        for j in joined
    )
