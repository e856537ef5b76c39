"""One victim told twice in one sentence: a headline run into the lead ('Man held in shooting of 12-year-old
girl A teen was jailed after a 12-year-old girl was shot'), a photo caption repeated ('A man died after being
shot ... Image 4 of 11 A man died after being shot'), a doer who shot himself told so twice ('shot himself in
the leg and then shot himself in the chest'). The same words naming one person hit are him again."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kronika.casualties.finding import Finding

__all__ = ["without_repeats"]

# articles that only introduce or point back ('a 13-year-old boy', 'the 13-year-old boy'): 'another boy', 'a
# second boy' keep their word, so they name someone else
PLAIN = frozenset({"a", "an", "the"})


def _naming(victim: Token) -> str:
    """The words naming a victim, from his head noun back to the first break (a line break, a colon: a
    caption's credit run into the phrase is none of it) or to his own article, without it: 'a 13-year-old
    boy' and '13-year-old boy' both read '13-year-old boy', and a credit the parse hung before the article
    ('Photo: 14 Lens Studio A man died') is none of the phrase either."""
    doc, start = victim.doc, victim.i
    article = _article(victim)
    first = victim.left_edge.i if article is None else article.i
    while start > first and not doc[start - 1].is_space and doc[start - 1].text not in BREAKS:
        start -= 1
    words = doc[start : victim.i + 1]
    return " ".join(t.lower_ for t in words if not (t.dep_ == "det" and t.lower_ in PLAIN))


# what ends the words naming a victim, reading back from his noun
REFLEXIVES = frozenset({"himself", "herself"})  # a single doer's self: 'themselves' may be many
BREAKS = frozenset({":", ";", ".", ",", "(", ")", "|", "\u2014", "\u2013"})


def _plain_person(victim: Token) -> bool:
    """A victim named by a noun or a name without a count: 'one man was shot in the leg and one man in the
    arm' counts two people, each by the same words. A number before the noun's own article is no count of
    it: a caption's credit the parse hung on the phrase ('Photo: 14 Lens Studio A man died')."""
    article = _article(victim)
    counted = any(c.dep_ == "nummod" and (article is None or c.i > article.i) for c in victim.children)
    return victim.pos_ in {"NOUN", "PROPN"} and not counted


def _article(victim: Token) -> Token | None:
    """The plain article opening the victim's phrase ('a', 'the'), where he has one."""
    return next(
        (c for c in victim.children if c.dep_ == "det" and c.lower_ in PLAIN and c.i < victim.i), None
    )


def without_repeats(doc: Doc, findings: list[Finding]) -> list[Finding]:
    """The sentence's findings less a single victim told shot again by the very words of one it told before
    ('... shooting of 13-year-old boy ... a 13-year-old boy was shot'), or by the words of one it tells dead
    (a caption repeated: 'A man died after being shot ... A man died after being shot'): one person, counted
    once. A count, a personal pronoun or a victim told besides ('another boy') is never such a repeat; a
    reflexive ('himself') told twice is the one doer."""
    # the dead, wherever the sentence tells them (a caption may run its copy of the story before the story),
    # each by the word naming him: the same word told 'shot to death' is the one mention, no repeat
    dead = {
        f.victim: _naming(doc[f.victim])
        for f in findings
        if f.kind == "killed" and f.count == 1 and f.victim >= 0 and not f.himself
        if _plain_person(doc[f.victim]) and doc[f.victim].lower_ not in REFLEXIVES
    }
    seen: set[str] = set()
    kept: list[Finding] = []
    for f in findings:
        if f.kind != "shot" or f.count != 1 or f.victim < 0:
            kept.append(f)
            continue
        # "shot himself in the stomach ... and shot himself in the foot": one doer's self, told twice
        reflexive = doc[f.victim].lower_ in REFLEXIVES
        if not (reflexive or _plain_person(doc[f.victim])):
            kept.append(f)
            continue
        key = doc[f.victim].lower_ if reflexive else _naming(doc[f.victim])
        if key in seen or any(key == named and i != f.victim for i, named in dead.items()):
            continue
        seen.add(key)
        kept.append(f)
    return kept
