"""What one sentence (or a headline) states of its incident's toll: its `Tally` of killed, injured and shot,
and what its wording says of the killer (a gunman who killed himself besides others, a count that takes him
in, an attacker the police killed) and of people struck with a gun. `kronika.casualties.reconcile` adds a
story's tallies up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from kronika.casualties.age_patterns import AGED, age_for_one
from kronika.casualties.blows import pistol_whipped
from kronika.casualties.finding import Finding
from kronika.casualties.headline_acts import headline_acts, headline_victim
from kronika.casualties.headline_tolls import counted_dead, headline_tolls, shot_some_fatally
from kronika.casualties.later import as_hit
from kronika.casualties.partitives import without_parts
from kronika.casualties.patterns import MURDER_SUICIDE, Kind, text_counts
from kronika.casualties.same_victim import shot_and_dead_here
from kronika.casualties.selves import named_dead, self_killers, slays_another
from kronika.casualties.slain_attackers import tells_slain_attacker
from kronika.casualties.stories import SEPARATE
from kronika.casualties.suicide_titles import listed_with_killer
from kronika.casualties.tallies import ROUNDUP_HEADLINE, STATISTIC
from kronika.casualties.told_twice import without_repeats
from kronika.casualties.wounded_attackers import hurt_attacker, tells_wounded_attacker
from kronika.nlp import per_doc

__all__ = ["Tally", "highest", "sentence_tally", "title_tally"]

_TALLIES_KEY = "kronika.sentence_tallies"


@dataclass(frozen=True)
class Tally:
    """What one sentence (or a whole story) says: killed, explicitly injured, and shot."""

    killed: int | None
    injured: int | None
    shot: int | None
    himself: bool = False  # the killer killed himself: one of the dead who is not among those he shot
    # the sentence tells only the killer's death ("She then shot herself to death."): he is one of the dead
    # besides those another sentence counts, unless that count already takes him in
    lone_suicide: bool = False
    with_killer: bool = False  # its count takes the killer in ("in an apparent murder-suicide")
    struck: int = 0  # people hurt by a blow with a gun ("pistol-whipped"), besides those shot
    killers: frozenset[str] = frozenset()  # the nouns naming who killed himself ('a boy shot himself')
    dead: frozenset[str] = frozenset()  # the nouns naming the other dead ('the fatal shooting of a boy')
    slays: bool = False  # it tells someone besides a self-killer shot, or killed by someone's act
    slain_attacker: bool = False  # it tells the attacker killed by the police ('police shot him dead')
    murder_suicide: bool = False  # it names a murder-suicide: someone killed and the killer, two dead
    # its dead is the killer alone, beside others it tells only shot ('shot his wife and son before turning
    # the gun on himself'): he is one besides the dead another sentence counts
    own_death: bool = False
    wounded_attacker: bool = False  # it tells the attacker hurt ('the suspect was also shot'), no one dead
    # whom it counts hurt is an attacker ('a deputy shot a suspect'): no victim besides a hurt attacker
    attacker_hurt: bool = False


def _total(findings: list[Finding], kind: Kind) -> int | None:
    """The largest count stated for a kind: a sentence restating a toll must not count it twice."""
    counts = [f.count for f in findings if f.kind == kind]
    return max(counts) if counts else None


def _sentence_tally(
    findings: list[Finding],
    pronouns: frozenset[int] = frozenset(),
    nouns: frozenset[int] = frozenset(),
    slays: bool = True,
    named_dead: frozenset[int] = frozenset(),
    subjects: frozenset[int] = frozenset(),
) -> Tally:
    """One sentence's largest killed and injured counts, and everyone it says was shot. `pronouns`: the
    victims it names by a personal pronoun; `nouns`: those it names by a noun or a name; `slays`: it tells
    someone shot or killed by an act, besides whoever killed himself; `named_dead`: victims told shot whom
    the sentence names again among the dead ('accused of shooting a girl ... after the girl's death');
    `subjects`: victims named as the subject of the verb telling them shot or hurt ('a woman was grazed')."""
    # "a boy was shot in the arm and a man was shot in the leg": each victim of 'shot' counts once
    suicide = any(f.kind == "killed" and f.himself for f in findings)
    restated = _restated(findings, pronouns)
    # "a man, his wife and their sons were found shot to death": everyone the sentence says was shot died,
    # so none of them is one hit besides the dead (not even where the dead take a gunman in)
    killed_of = {f.victim: f.count for f in findings if f.kind == "killed" and f.victim >= 0}
    shots = {
        f.victim: f.count
        for f in findings
        if f.kind == "shot"
        and f.token >= 0
        and f not in restated
        and not (suicide and f.himself)
        and f.count > killed_of.get(f.victim, 0)
        and f.victim not in named_dead
    }
    # "a double shooting" restates the people the parse found shot: the larger reading counts
    worded = [f.count for f in findings if f.kind == "shot" and (f.token < 0 or f in restated)]
    shot = max(
        [sum(shots.values()) + _hurt_apart(findings, shots, nouns, subjects)] if shots else [],
        default=None,
    )
    shot = max([*([shot] if shot is not None else []), *worded], default=None)
    # "died of a gunshot wound", "was shot and died": an injury of someone who died is not an injury
    dead = {f.victim for f in findings if f.kind == "killed" and f.victim >= 0}
    hurt = [f for f in findings if not (f.kind == "injured" and f.victim in dead)]
    if shots and dead and not dead & set(shots) and dead | set(shots) <= nouns:
        # "a man was killed and a girl was shot": each is named apart, so the girl is one besides the dead
        hurt.append(Finding("injured", sum(shots.values()), -1))
    if any(f.among_hit for f in findings):
        # "four were wounded, two of them fatally": the wounded counted are everyone hit
        shot = highest(iter([shot, _total(hurt, "injured")]))
        hurt = []
    # a murder-suicide told in one sentence: the gunman's death is besides the people he shot
    # he shot others only where the parse names them: in "A youth, 15, fatally shot himself" the count
    # read from the wording alone is of the youth himself
    others = any(f.kind in {"shot", "killed"} and not f.himself and f.token >= 0 for f in findings)
    killed = _killed(findings, slays)
    slain = any(f.kind == "killed" and not f.himself and f.token >= 0 for f in findings)
    own = suicide and others and killed == 1 and not slain
    return Tally(
        killed, _total(hurt, "injured"), shot, suicide and others, suicide and not others, own_death=own
    )


def _hurt_apart(
    findings: list[Finding], shots: dict[int, int], nouns: frozenset[int], subjects: frozenset[int]
) -> int:
    """The people a sentence tells hurt besides those it tells shot, each named apart by a noun of its own
    ('a man was shot in the leg and a woman was grazed'): everyone it names hit, not one person told twice
    ('a man was shot and wounded' names him once). None where a shot victim is a count or a pronoun, whom
    the hurt may restate ('two men were shot; a man was wounded in the arm'), and where the shot or the hurt
    are not the subject of the verb telling it ('he shot his foot' names no one apart from him; 'taken to a
    trauma unit with injuries' names no one hurt)."""
    if not set(shots) <= nouns & subjects:
        return 0
    dead = {f.victim for f in findings if f.kind == "killed"}
    apart = {
        f.victim: f.count
        for f in findings
        if f.kind == "injured"
        and f.victim in nouns
        and f.victim in subjects
        and f.victim not in shots
        and f.victim not in dead
    }
    return sum(apart.values())


def _subject_victims(doc: Doc, findings: list[Finding]) -> frozenset[int]:
    """The victims told shot or hurt as the subject of the verb telling it ('a man was shot', 'his wife was
    grazed'), not the object of a shot ('shot his foot') nor a noun the parse hung a wound noun on."""
    return frozenset(
        f.victim
        for f in findings
        if f.kind in {"shot", "injured"}
        and f.victim >= 0
        and f.token >= 0
        and doc[f.token].pos_ == "VERB"
        and doc[f.victim].dep_ in {"nsubj", "nsubjpass"}
        and doc[f.victim].head.i == f.token
    )


def _restated(findings: list[Finding], pronouns: frozenset[int]) -> list[Finding]:
    """The people shot whom the sentence tells again, not besides its other victims: a wound no one is named
    to bear ('was taken to hospital with a gunshot wound'), and, where it names a victim, one it calls 'he'
    or 'she' ('a boy who was shot is in critical condition after he ...')."""
    named = any(f.victim >= 0 and f.victim not in pronouns for f in findings)
    return [f for f in findings if f.kind == "shot" and (f.victim < 0 or (named and f.victim in pronouns))]


def _pronoun_victims(doc: Doc, findings: list[Finding]) -> frozenset[int]:
    """The victims a sentence names by a personal pronoun."""
    return frozenset(f.victim for f in findings if f.victim >= 0 and doc[f.victim].lower_ in PRONOUNS)


PRONOUNS = frozenset({"he", "she", "him", "her"})


def _noun_victims(doc: Doc, findings: list[Finding]) -> frozenset[int]:
    """The single victims a sentence names by a noun or a name ('a man', 'Sam Cole') or by an age standing
    alone ('a 43-year-old', 'a 43 year old'), not by a number or a pronoun."""
    return frozenset(
        f.victim
        for f in findings
        if f.victim >= 0
        and f.count == 1
        and (doc[f.victim].tag_ in {"NN", "NNP"} or age_for_one(doc[f.victim]))
    )


def _killed(findings: list[Finding], slays: bool = True) -> int | None:
    """The sentence's dead; a gunman who killed himself besides the others he killed adds one
    ('killed three people before shooting himself'), as the archive counts him among the dead. One death
    told by no act beside a suicide ('it was thought he had died in an accident, but he took his own
    life') is the suicide's own, told twice."""
    himself = any(f.kind == "killed" and f.himself and f.count == 1 for f in findings)
    # "A youth, 15, fatally shot himself": a count read from the wording alone may be of the youth himself
    others = _total([f for f in findings if not f.himself and (f.token >= 0 or not himself)], "killed")
    if others is None:
        return 1 if himself else None
    besides = others > 1 or slays
    return others + 1 if himself and others > 0 and besides else others


# the count of the dead takes the killer in ("an apparent murder-suicide", "including the gunman"), or
# the story is of a suicide, whose other deaths are his own told again ("died of a self-inflicted wound")
WITH_KILLER = re.compile(
    r"\bsuicide\b|\bself-inflicted\b|\bincluding\s+the\s+(?:gunman|shooter|suspect|killer|attacker)\b"
    # "five deaths, including the alleged gunman", "three died, including shooter Sam Reed" (GVA study: 3
    # articles; ACLED notes: none)
    r"|\bincluding\s+(?:(?:the\s+)?(?:alleged|suspected|accused|lone)\s+|(?!the\b))"
    r"(?:gunman|shooter|suspect|killer|attacker)\b(?!['’])",
    re.IGNORECASE,
)


def title_tally(title: str, later: int = 0) -> Tally:
    """What the headline states of the toll, read from its wording (the parse misreads headlines); a
    headline on a tally of many incidents or on another one states nothing of this event. `later`: how many
    the story tells died after the attack, whom the injured the headline counts may take in."""
    if STATISTIC.search(title) or SEPARATE.search(title) or ROUNDUP_HEADLINE.search(title):
        return Tally(None, None, None)
    counts = [*text_counts(title), *headline_tolls(title)]
    # "Friend shoots friend", "Teen shoots and kills himself": an act's object, where no count wording reads
    # or the one victim of a shooting it names ('shooting of 6-year-old girl', 'accident claims life')
    stated = counts or headline_acts(title) or headline_victim(title)
    findings = [Finding(c.kind, c.count, -1) for c in stated]
    if FATAL_HEADLINE.search(title) or HEADLINE_DEATH.search(title):
        findings.append(Finding("killed", 1, -1))  # "Arrest in fatal shooting": someone died, however many
    if (dead := counted_dead(title)) is not None:
        findings.append(Finding("killed", dead, -1))  # "3 men fatally shot": the wordings above miss it
    if (some := shot_some_fatally(title)) is not None:
        findings.append(Finding("killed", some.killed, -1))  # "4 shot, 2 fatally": the 4 are read as shot
    tally = _with_text(_sentence_tally(as_hit(findings, title, later) if later else findings), title)
    return _with_self_killer(tally, title)


# a headline count of people the gunman killed before his own death ("7 slain by gunman who then killed
# himself", "Man kills 2, then himself"): the archives (GVA, ACLED's "shot dead his boss before turning
# the gun on himself", 2) count him besides them; the headline's parse never reads the reflexive (GVA
# study: 1 more right, none lost; check: 1 more right, none lost)
THEN_HIMSELF = re.compile(
    r"\bthen\s+(?:(?:killed|shot|kills|shoots)\s+)?(?:himself|herself)\b"
    r"|\bbefore\s+(?:killing|shooting|turning\s+the\s+gun\s+on)\s+(?:himself|herself)\b",
    re.IGNORECASE,
)


# the people a headline lists the killer shooting before himself ("mother shot husband, infant son, then
# herself"), one by one: a listed count or a plural ("wife, 2 kids", "his children") is read by the count
# wordings instead (GVA study: 1 more right, none lost)
LISTED = re.compile(
    r"\b(?:shot|shoots|killed|kills|murdered|murders)\s+(?P<listed>[^;:,]+(?:,\s*[^;:,]+)*?),?\s+"
    r"(?:and\s+)?then\s+(?:himself|herself)\b",
    re.IGNORECASE,
)
LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# a count or a group among the listed: not `patterns.NUMBER`, whose 'one' would catch the 'one-year-old' a
# list names as a single victim
LISTED_COUNT = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|both|all|family|kids|children)\b", re.I
)


def _with_self_killer(tally: Tally, title: str) -> Tally:
    """The headline's tally with the killer who then killed himself added to the dead it counts, where its
    count does not take him in already ('murder-suicide leaves 3 dead'), or, where it counts none, the dead
    it lists one by one with him."""
    dead = listed_with_killer(title)
    if dead is not None and dead > (tally.killed or 0):
        # "Man kills wife, son in murder-suicide": its count words ('murder-suicide' is two) leave out him or
        # one of those he killed (GVA study titles so listing: 4, 1 more right, none lost)
        return replace(tally, killed=dead, himself=True, with_killer=False)
    if tally.himself or THEN_HIMSELF.search(title) is None:
        return tally
    if tally.killed is not None:
        return tally if tally.with_killer else replace(tally, killed=tally.killed + 1, himself=True)
    listed = LISTED.search(title)
    if listed is None or LISTED_COUNT.search(listed["listed"]):
        return tally
    return replace(tally, killed=len(LIST_SPLIT.split(listed["listed"])) + 1, himself=True)


# the words of a headline on an arrest, a charge or a trial
_CHARGED = r"(?:charged|indicted|arrested|held|sentenced|convicted|jailed|arrests?|suspects?|trial)"


# who a headline's one death is ('teen death', 'death of a 4-year-old')
_ONE_DEAD = (
    r"(?:child|teen|teenager|toddler|infant|baby|boy|girl|man|woman|student|officer|deputy|father|mother"
    rf"|son|daughter|{AGED})"
)


# a headline on a deadly attack or on one victim's death: "Arrests made in fatal apartment shooting",
# "Teen charged in 17-year-old's shooting death", "Dispute led to accidental shooting death", "Co-workers
# playing when homicide victim shot", "Teen held in fatal Labor Day weekend shooting" (up to three words
# between: GVA study titles with three, 5: 1 more right, none lost)
FATAL_HEADLINE = re.compile(
    r"\b(?:fatal|deadly)\s+(?:[\w'’-]+\s+){0,3}?(?:shooting|stabbing|attack)\b"
    r"|['’]s\s+(?:shooting\s+)?(?:death|slaying|murder|killing)\b|\bshooting\s+death\b|\bhomicide\s+victim\b"
    # one victim the police name ('Victim in Elm Street shooting identified', '9-year-old identified as
    # shooting victim'): the dead are named, the hurt seldom (GVA study headlines: 9, each with one dead)
    r"|\bvictim\b(?!s)[^,;:]{0,60}?\bidentified\b|\bidentif(?:y|ies)\s+(?:[\w'’-]+\s+){0,3}?victim\b(?!s)"
    r"|\bidentified\s+as\s+(?:[\w'’.-]+\s+){0,4}?victim\b(?!s)"
    # an arrest or a charge in a killing ('2 teens charged in killing', '3 indicted in death of 8-year-old
    # girl'): someone died, though the headline counts no one (GVA study headlines: 2, each one dead, on
    # pages whose body tells nothing); a charge of manslaughter too ('charged with manslaughter for shooting
    # friend': GVA study headlines without other words of a death: 1, one dead); not an attempt ('charged in
    # attempted murder')
    rf"|\b{_CHARGED}\s+(?:in|for|with|of)\s+(?:the\s+)?(?:(?!attempted\b)[\w'’-]+\s+){{0,3}}?"
    r"(?:killing|slaying|murder|death|manslaughter)\b(?![-\s]suicide)"
    # one person's death named by who died ('Town mourns after teen death', 'Death of toddler investigated'):
    # someone died, though no count is told
    rf"|\b{_ONE_DEAD}\s+death\b|\bdeath\s+of\s+(?:an?\s+|the\s+|[\w'’-]+['’]s\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"{_ONE_DEAD}\b",
    re.IGNORECASE,
)


# a headline telling someone shot dead, however the parse reads its words ("Police: 7-year-old handling
# pistol shot and killed", "Suspect shot, killed by officer", "Deputy fatally struck by bullet from
# colleague's gun"): one dead at least; not a killer's own death ("teen who shot and killed himself", which
# the story counts apart), nor a death of another time ("child fatally shot last year")
HEADLINE_DEATH = re.compile(
    r"\b(?:shot(?:\s+(?:and|&)|,)\s+killed|shot\s+(?:dead|to\s+death)|(?:fatally|mortally)\s+(?:shot|struck|wounded))\b"
    r"(?![^,;:]*\b(?:himself|herself|themselves|last\s+year|years?\s+ago)\b)",
    re.IGNORECASE,
)


def _with_text(tally: Tally, text: str) -> Tally:
    """The tally with what the sentence's wording says of the killer (a count that takes him in, a
    murder-suicide, or an accident, 'accidentally shot and killed himself', where he killed no one else) and
    of people struck with a gun."""
    lone = tally.lone_suicide and ACCIDENT.search(text) is None
    with_killer = WITH_KILLER.search(text) is not None
    slain = tells_slain_attacker(text) and not with_killer
    return replace(
        tally,
        lone_suicide=lone,
        with_killer=with_killer,
        struck=pistol_whipped(text),
        slain_attacker=slain,
        murder_suicide=MURDER_SUICIDE.search(text) is not None,
        wounded_attacker=tells_wounded_attacker(text) and not with_killer,
    )


ACCIDENT = re.compile(r"\baccident(?:al|ally)?\b", re.IGNORECASE)


def highest(values: Iterator[int | None]) -> int | None:
    """The largest stated count, None when none is stated."""
    stated = [v for v in values if v is not None]
    return max(stated) if stated else None


def sentence_tally(doc: Doc, findings: list[Finding], text: str) -> Tally:
    """What one sentence of the story states of the toll, its counts read with whom it names (by a pronoun,
    a noun or a name, the dead named again) and what its wording says of the killer; worked out once per
    doc for the same findings and text, as every event of a story reads the story's sentences alike."""
    tallies: dict[tuple[tuple[Finding, ...], str], Tally] = per_doc(doc, _TALLIES_KEY, dict)
    key = (tuple(findings), text)
    if key not in tallies:
        tallies[key] = _read_tally(doc, findings, text)
    return tallies[key]


def _read_tally(doc: Doc, findings: list[Finding], text: str) -> Tally:
    """The tally `sentence_tally` gives, read afresh."""
    findings = without_repeats(doc, findings)  # a victim told twice by the same words is one
    findings = without_parts(doc, findings)  # "two of the four people shot": the two are among the four
    slays = slays_another(doc, findings)
    killers = self_killers(doc, findings)
    tally = _with_text(
        _sentence_tally(
            findings,
            _pronoun_victims(doc, findings),
            _noun_victims(doc, findings),
            slays,
            shot_and_dead_here(doc, findings),
            _subject_victims(doc, findings),
        ),
        text,
    )
    # "the gunman shot and killed himself": the one told shot is the killer, no other victim of his
    self_shot = any(
        f.kind == "shot" and f.victim >= 0 and doc[f.victim].lemma_.lower() in killers for f in findings
    )
    return replace(
        tally,
        killers=killers,
        dead=named_dead(doc, findings),
        slays=slays,
        own_death=tally.own_death and not self_shot,
        attacker_hurt=hurt_attacker(doc, findings),
    )
