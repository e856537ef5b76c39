"""Counts of the dead told in a coder's terse wording, which the parse of a full sentence misses: '8 suspected
rebels shot dead by police', '45 reported killed.', 'One reported death.', 'Soldiers kill 62 people',
'slit the throats of three miners', 'villagers lynch a man'.

Older ACLED notes are often a headline's fragment: a count opening it, then who the dead were and a bare
participle, with no verb 'were' to hang the count on. A killing may also be told by a verb that names how
the victims died (their throats slit, executed, lynched) rather than by 'kill'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from kronika.casualties.numbers import PERSON_NOUNS, parse_count
from kronika.casualties.patterns import NOT_PEOPLE, NUMBER
from kronika.nlp import doc_text

# what the dead were, between the opening count and the participle: up to four words, none a number, a
# conjunction, a preposition or a verb of the sentence ("5 suspected Pokot herdsman killed", "8 suspected
# SLDF shot dead"); the participle takes no object ("6 members of the LRA killed a boy" counts the killers).
# A count with its verb ('were killed') is mostly read by the parse and `kronika.casualties.patterns`, but
# not where two groups' initials joined by a slash name the dead ('78 AB/IS fighters were killed': the
# parse reads 'IS' as a verb and loses the count), so the verb may stand here too.
WHO = r"(?:(?!(?:and|or|but|of|were|was|are|is|have|has|had|not|no)\b)[A-Za-z][\w/'-]*\s+){0,4}?"
OPENING_DEAD = re.compile(
    rf"^\W*(?P<n>{NUMBER})\s+(?:(?:reportedly|reported|confirmed)\s+)?(?P<who>{WHO})"
    r"(?:(?:were|was)\s+)?(?:(?:reportedly|reported)\s+)?(?:shot\s+(?:and\s+)?)?(?:killed|dead)\b"
    r"(?!\s+(?:a|an|the|his|her|their|its|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)
# two counts of the dead joined before one participle: "13 soldiers and 1 rebel dead", "3 police and 2
# civilians killed" (what each count names holds no word of harm: "5 injured and 2 killed" is two dead), at
# the sentence's opening or after a clause's, "..., four militants and one hunter were killed", "resulting in
# 25 rebels and 6 military fatalities" (training notes so written: 229, 6 more right, none lost); not the
# killers' counts before their victim ("3 gunmen and 2 accomplices killed a man")
KIND = r"(?:(?!(?:and|or|but|of|were|was|are|is|injured|wounded|hurt|killed|dead|shot|arrested|abducted)\b)"
JOINED_DEAD = re.compile(
    rf"(?:^\W*|[,;:(]\s*|\b(?:in|leaving|left)\s+)"
    rf"(?P<n>{NUMBER})\s+(?P<who>{KIND}[A-Za-z][\w/'-]*\s+){{1,3}}?)and\s+(?P<m>{NUMBER})\s+"
    rf"(?:{KIND}[A-Za-z][\w/'-]*\s+){{1,3}}?(?:(?:were|are)\s+)?(?:reportedly\s+)?(?:killed|dead)\b"
    r"(?!\s+(?:a|an|the|his|her|their|its|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    rf"|{KIND}[A-Za-z][\w/'-]*\s+){{0,2}}?fatalities\b)",
    re.IGNORECASE,
)
# the dead a note counts are people, never its livestock ("Five camels were killed")
ANIMALS = frozenset({"camels", "camel", "cattle", "cows", "goats", "sheep", "donkeys", "horses", "livestock",
                     "dogs", "animals", "heads", "herd"})  # fmt: skip
# a note's toll told as a noun alone: "One reported death.", "Two confirmed fatalities."
BARE_DEATHS = re.compile(
    rf"^\W*(?P<n>{NUMBER})\s+(?:(?:reported|confirmed|known)\s+)?(?:deaths?|fatalit(?:y|ies))\W*$",
    re.IGNORECASE,
)
VICTIM = rf"(?P<n>{NUMBER}|a|an)\s+(?:[\w-]+\s+){{0,3}}?"
# who the victims were: a person's noun, alone or plural ("an Awami League activist", "40 Nuer soldiers")
PERSON = sorted(
    {*PERSON_NOUNS, "activist", "leader", "supporter", "herder", "trader", "miner", "villager", "thief",
     "policeman", "commander", "official", "chief", "cadre"} - {"he", "she", "him", "her"}
)  # fmt: skip
PEOPLE = rf"(?:people|persons|men|women|children|policemen|police|{'|'.join(PERSON)})s?\b"
# a verb in a headline's present tense, or one that names how the victims died: "Soldiers kill at least 62
# people", "executing 40 soldiers", "residents lynch a man" ("tried to lynch" is no killing); "shot dead an
# activist", "killed yesterday two herders": the victim after the verb, where the parse loses it
KILLING_VERB = re.compile(
    rf"(?<!\bto\s)\b(?:kill|execut(?:e|es|ed|ing)|lynch(?:es|ed|ing)?|shot\s+dead"
    rf"|killed\s+(?:yesterday|today|last\s+night))\s+{VICTIM}{PEOPLE}",
    re.IGNORECASE,
)
# a headline's victim named by a bare singular noun, no article before it: "Residents lynch man accused of
# stealing", "Mob lynches woman" (a note's headline style: one dead)
BARE_VICTIM = re.compile(
    rf"(?<!\bto\s)\b(?:kills?|lynch(?:es)?|executes?|beheads?)\s+(?:{'|'.join(PERSON)})\b(?![-'])",
    re.IGNORECASE,
)
THROATS = re.compile(rf"\bslit(?:s|ting)?\s+the\s+throats?\s+of\s+{VICTIM}{PEOPLE}", re.IGNORECASE)


# the number is an age, not a count: "20 y/o killed", "25 year old man killed"
AGE = re.compile(r"(?:y\s*/\s*o|yo|yrs?|years?)\b", re.IGNORECASE)


def note_deaths(text: str) -> Iterator[int]:
    """Every count of the dead one sentence of a coder's note states in the wordings above."""
    for m in OPENING_DEAD.finditer(text):
        words = [w.lower() for w in m["who"].split()]
        if AGE.match(m["who"]):
            continue
        if not (words and (words[-1] in NOT_PEOPLE or words[-1] in ANIMALS)):
            yield from _counted(m["n"])
    for m in JOINED_DEAD.finditer(text):
        first, second = parse_count(m["n"]), parse_count(m["m"])
        things = m["who"].split()[-1].lower() in NOT_PEOPLE | ANIMALS
        if first is not None and second is not None and not AGE.search(m.group(0)) and not things:
            yield first + second
    for pattern in (BARE_DEATHS, KILLING_VERB, THROATS):
        for m in pattern.finditer(text):
            yield from _counted(m["n"])
    for _ in BARE_VICTIM.finditer(text):
        yield 1


def _counted(phrase: str) -> Iterator[int]:
    """The number a matched count states, where it is one."""
    count = 1 if phrase.lower() in {"a", "an"} else parse_count(phrase)
    if count is not None:
        yield count


# dead told besides those another sentence counts: "3 elderly people were also killed", "Officials said
# 4 gunmen were also killed", "A woman was also killed"
ALSO_KILLED = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER}|an?|another)\s+(?:[\w-]+\s+){{0,3}}?(?:were|was)\s+also\s+"
    r"(?:killed|shot\s+dead)\b",
    re.IGNORECASE,
)


# dead told after the others as more of them, who died later of the attack: "Another soldier later died",
# "2 more died at the hospital", "another two succumbed", "another was hurt and later died", "4 others later
# died of injuries" (no clause of their own between count and verb: 'another man who was killed' names a dead
# the others may count)
MORE_DIED = re.compile(
    rf"(?<![\w-])(?:(?P<n>{NUMBER})\s+(?:more|others?)|another(?:\s+(?P<m>{NUMBER}))?)\s+"
    r"(?:(?!(?:and|but|while|who|which|killed|dead|of)\b)[\w-]+,?\s+){0,6}?"
    r"(?:(?:injured|wounded|hurt)\s+and\s+)?(?:(?:later|subsequently|also|since|eventually)\s+)?"
    r"(?:died|succumbed|succumbs|dies|ha(?:s|ve)\s+died)\b",
    re.IGNORECASE,
)
# the dead a sentence counts before its 'another ... died': "1 died on the spot and another succumbed", "four
# workers died on the spot and another two succumbed" (the first count only, not the later one's)
DEAD_FIRST = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?(?:(?:were|was)\s+)?(?:died|killed|dead)\b",
    re.IGNORECASE,
)


def is_note(doc: Doc, title: str | None) -> bool:
    """Whether a text reads as a coder's note: one paragraph under no headline. A news story, with or without
    its headline (a plain-text report comes without one), runs to several paragraphs and retells its toll."""
    return not title and "\n" not in doc_text(doc).strip()


# the other side's answer to the attack a note told first: "Fifteen militants were killed when soldiers
# repulsed the assault", "forces attacked back and killed 3 militants", "2 rebels were killed by the militia
# in response" (not 'in retaliation', often an incident coded apart, nor 'responded', often the police's fire
# whose dead the note already told)
RESPONSE = re.compile(
    r"\b(?:repuls\w*|repell\w*|(?:fired|fought|attacked|hit|struck)\s+back|return(?:ed|ing)?\s+fire"
    r"|(?:in|as\s+a)\s+response|counter-?attack\w*)\b",
    re.IGNORECASE,
)


def with_also_killed(texts: list[str], killed: list[int | None], note: bool = False) -> int | None:
    """The story's dead where a sentence counts some 'also killed' (or 'another ... later died') besides the
    dead the others count: the largest count of the other sentences plus each such one; None where no
    sentence tells such dead, or no other sentence counts any. A count told after the first such sentence
    that is larger than the sum is a total that takes them in ('2 were killed. 2 others later died. Total 4
    fatalities.'). `note`: the text is a coder's note, which tells each death once and in order, so 'another
    ... later died' is one more; a news story retells its toll (a headline's, an update's: 'three were
    confirmed dead' ... 'two more have since died'), and its 'another ... died' is often one it counted."""
    also = [_also_count(text, note) for text in texts]
    # a note's later sentence telling the dead of the other side's answer to the attack counts them besides
    # the attack's (training notes telling such an answer: 323, 9 more right, none lost)
    also = [
        k if a is None and note and i > 0 and k and RESPONSE.search(text) else a
        for i, (text, a, k) in enumerate(zip(texts, also, killed, strict=True))
    ]
    # a note's sentence telling its own dead before the more who died counts those first dead with the rest
    own = [_dead_first(text) if note and a is not None else None for text, a in zip(texts, also, strict=True)]
    rest = [k for k, a in zip(killed, also, strict=True) if a is None and k is not None]
    rest += [o for o in own if o is not None]
    if all(a is None for a in also) or not rest:
        return None
    first = next(i for i, a in enumerate(also) if a is not None)
    before = [k for k in [*killed[:first], own[first]] if k is not None]
    added = sum(a for a in also if a is not None)
    if not before:
        return max(rest) + added
    after = [k for k, a in zip(killed[first:], also[first:], strict=True) if a is None and k is not None]
    return max([max(before) + added, *after])


def _dead_first(text: str) -> int | None:
    """The dead a sentence counts before its more who died later ('2 died on the spot and another ...')."""
    more = MORE_DIED.search(text)
    first = DEAD_FIRST.search(text, 0, more.start()) if more is not None else None
    return None if first is None else parse_count(first["n"])


def _also_count(text: str, note: bool) -> int | None:
    """The dead one sentence counts as 'also killed' (or, in a coder's note, as more who died), if it does."""
    m = ALSO_KILLED.search(text) if "also" in text.lower() else None
    if m is not None:
        return 1 if m["n"].lower() == "another" else parse_count(m["n"])
    more = MORE_DIED.search(text) if note else None
    if more is None:
        return None
    told = more["n"] or more["m"]
    return 1 if told is None else parse_count(told)
