"""Killed and injured counts for one event, from its sentence and the rest of its story.

An attack takes its toll from every sentence of the article that tells its incident (up to a sentence that
opens another one) and from the article's headline; people said only to have been shot are injured unless
counted among the dead. A negated report ("no one was hurt") counts as 0. What one sentence says is read
by `kronika.casualties.findings` (the parse), `kronika.casualties.words` (which words report casualties)
and `kronika.casualties.patterns` (the wording), numbers by `kronika.casualties.numbers`; which sentences
tell the incident is found by `kronika.casualties.stories`. Events ACLED codes without a toll of their own
(a peaceful rally, an arrest) take none: the deaths they mention belong to the attack they are about; nor
does a tally of many incidents ("750 killed so far this year"), which also lends the story nothing. A
gunman who kills himself besides others is counted among the dead, as the archive does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kronika.casualties.blows import pistol_whipped
from kronika.casualties.causes import told_as_cause
from kronika.casualties.coded import coded_toll, split_parts, summary_toll
from kronika.casualties.finding import Finding
from kronika.casualties.findings import parse_findings, text_findings
from kronika.casualties.headline_hits import within_hits
from kronika.casualties.headline_tolls import HeadlineToll, headline_toll, headline_tolls
from kronika.casualties.later import as_hit
from kronika.casualties.note_counts import with_also_killed
from kronika.casualties.numbers import parse_count
from kronika.casualties.occasions import without_occasions
from kronika.casualties.patterns import Kind, text_counts
from kronika.casualties.phrases import conjuncts, introduced_victim
from kronika.casualties.recalled import beside_earlier
from kronika.casualties.same_victim import hurt_then_dead, shot_and_dead_here
from kronika.casualties.selves import murder_suicide, named_dead, self_killers, slays_another
from kronika.casualties.slain_attackers import DeadTold, tells_slain_attacker, with_slain_attacker
from kronika.casualties.stories import (
    SEPARATE,
    STORY_BREAK,
    incident_sentences,
    recalled_story,
    separate_story,
    story_sentences,
)
from kronika.casualties.tallies import AGGREGATE, STATISTIC
from kronika.casualties.words import casualty_kind
from kronika.events.taxonomy import VIOLENT_ACLED_TYPES
from kronika.model import Casualties, Detection
from kronika.nlp import per_doc, span_text

__all__ = ["count_casualties", "incident_sentences", "parse_count", "story_sentences"]


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


def _total(findings: list[Finding], kind: Kind) -> int | None:
    """The largest count stated for a kind: a sentence restating a toll must not count it twice."""
    counts = [f.count for f in findings if f.kind == kind]
    return max(counts) if counts else None


# ACLED sub-types that never carry a toll of their own: deaths a peaceful rally or an arrest report
# belong to the attack it is about ("protested the killing of", "arrested over the shooting that killed")
NON_LETHAL = {
    "Peaceful protest", "Protest with intervention", "Arrests", "Change to group/activity",
    "Looting/property destruction", "Abduction/forced disappearance", "Agreement",
    "Headquarters or base established", "Non-violent transfer of territory",
}  # fmt: skip
GRIEVANCE_HEADS = {
    "condemn",
    "denounce",
    "decry",
    "protest",
    "demand",
    "mourn",
    "commemorate",
    "against",
    "over",
    # a death before the protest, told as a noun: "after the death of", "following the murder of",
    # "in the wake of the killing of", "angered by the murder of"
    "after",
    "following",
    "follow",  # "following" parsed as a verb
    "wake",
    "anger",
}


def _is_grievance(token: Token) -> bool:
    """Whether the word sits in a clause describing a noun ('a man who died') or in what a protest is
    about ('to condemn the killing of', 'after a leak killed 11', 'over the death of')."""
    path = [token, *token.ancestors]
    return any(t.dep_ in {"relcl", "acl"} for t in path) or any(
        t.lemma_.lower() in GRIEVANCE_HEADS for t in path[1:]
    )


# What a riot is about, where its cause is said with a preposition or verb of grievance ("clashed with police
# over the death of 12 workers"). Narrower than GRIEVANCE_HEADS: a riot's own dead may hang on 'protest'
# ("a protest in which two were killed") or on a clause ("a riot that left two dead").
RIOT_GRIEVANCE_HEADS = GRIEVANCE_HEADS - {"protest"}


def _is_riot_grievance(token: Token) -> bool:
    """Whether the word tells what a riot was over ('over the death of', 'to condemn the killing of')."""
    return any(t.lemma_.lower() in RIOT_GRIEVANCE_HEADS for t in token.ancestors)


def _is_violent(doc: Doc, detection: Detection) -> bool:
    """An attack itself (not the arrest or trial after it), whose toll the whole story may state."""
    if detection.type.plover == "ASSAULT" or detection.type.acled_event_type in VIOLENT_ACLED_TYPES:
        return True
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    return trigger is not None and casualty_kind(trigger.root) is not None


FATAL = {"fatal", "deadly", "shooting"}
ATTACK_NOUNS = {
    "shooting",
    "stabbing",
    "homicide",
    "murder",
    "killing",
    "slaying",
    "attack",
    "gunfire",
    "gunshot",
    "bombing",
}


def _names_attack(sentence: Span) -> bool:
    """'Police are investigating a double shooting', 'deputies responded to a report of a gunshot wound': an
    arrest, inquiry or call told with the attack it is about shares the attack's toll, so every event of the
    story states the same one."""
    return any(
        t.pos_ == "NOUN"
        and (
            t.lemma_.lower() in ATTACK_NOUNS
            # "a fatal incident", "the deadly accident": the attack named by how it ended
            or (t.lemma_.lower() in {"incident", "accident"} and any(c.lower_ in FATAL for c in t.children))
        )
        for t in sentence
    )


def _sentence_tally(
    findings: list[Finding],
    pronouns: frozenset[int] = frozenset(),
    nouns: frozenset[int] = frozenset(),
    slays: bool = True,
    named_dead: frozenset[int] = frozenset(),
) -> Tally:
    """One sentence's largest killed and injured counts, and everyone it says was shot. `pronouns`: the
    victims it names by a personal pronoun; `nouns`: those it names by a noun or a name; `slays`: it tells
    someone shot or killed by an act, besides whoever killed himself; `named_dead`: victims told shot whom
    the sentence names again among the dead ('accused of shooting a girl ... after the girl's death')."""
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
    shot = max([sum(shots.values())] if shots else [], default=None)
    shot = max([*([shot] if shot is not None else []), *worded], default=None)
    # "died of a gunshot wound", "was shot and died": an injury of someone who died is not an injury
    dead = {f.victim for f in findings if f.kind == "killed" and f.victim >= 0}
    hurt = [f for f in findings if not (f.kind == "injured" and f.victim in dead)]
    if shots and dead and not dead & set(shots) and dead | set(shots) <= nouns:
        # "a man was killed and a girl was shot": each is named apart, so the girl is one besides the dead
        hurt.append(Finding("injured", sum(shots.values()), -1))
    if any(f.among_hit for f in findings):
        # "four were wounded, two of them fatally": the wounded counted are everyone hit
        shot = _highest(iter([shot, _total(hurt, "injured")]))
        hurt = []
    # a murder-suicide told in one sentence: the gunman's death is besides the people he shot
    # he shot others only where the parse names them: in "A 9-year-old boy fatally shot himself" the count
    # read from the wording alone is of the boy himself
    others = any(f.kind in {"shot", "killed"} and not f.himself and f.token >= 0 for f in findings)
    return Tally(
        _killed(findings, slays), _total(hurt, "injured"), shot, suicide and others, suicide and not others
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
    """The single victims a sentence names by a noun or a name ('a man', 'Sam Cole'), not by a number or a
    pronoun."""
    return frozenset(
        f.victim for f in findings if f.victim >= 0 and f.count == 1 and doc[f.victim].tag_ in {"NN", "NNP"}
    )


def _killed(findings: list[Finding], slays: bool = True) -> int | None:
    """The sentence's dead; a gunman who killed himself besides the others he killed adds one
    ('killed three people before shooting himself'), as the archive counts him among the dead. One death
    told by no act beside a suicide ('it was thought he had died in an accident, but he took his own
    life') is the suicide's own, told twice."""
    himself = any(f.kind == "killed" and f.himself and f.count == 1 for f in findings)
    # "A 9-year-old boy fatally shot himself": a count read from the wording alone may be of the boy himself
    others = _total([f for f in findings if not f.himself and (f.token >= 0 or not himself)], "killed")
    if others is None:
        return 1 if himself else None
    besides = others > 1 or slays
    return others + 1 if himself and others > 0 and besides else others


def _one_by_one(doc: Doc, findings: list[list[Finding]]) -> int:
    """How many distinct single victims the story introduces as shot or hurt ('A 32-year-old woman was shot
    in the arm.' ... 'A 20-year-old man was also shot in the chest.', the second read as hurt besides the
    dead): each sentence alone names only one."""
    named = (
        introduced_victim(person)
        for found in findings
        for f in found
        if f.kind in {"shot", "injured"} and f.victim >= 0 and f.token >= 0
        for person in _people(doc[f.victim], f.count)
    )
    keys = {k for k in named if k is not None}
    # "a 6-year-old was shot" told beside "a 6-year-old child was shot": the bare age names the same child
    return sum(1 for k in keys if not any(o.startswith(f"{k} ") for o in keys))


def _people(victim: Token, count: int) -> list[Token]:
    """The people a victim phrase names one by one: 'a 25-year-old man and a 1-year-old boy' is two."""
    parts = [victim, *conjuncts(victim)]
    return parts if len(parts) == count else []


def _reconcile(tallies: list[Tally], one_by_one: int = 0) -> Casualties:
    """The story's toll: the largest count of each kind any sentence states; people said to have been
    shot are injured unless counted among the dead ('Three men were shot.' ... 'One died in hospital.')."""
    told = _with_lone_suicide(tallies, _highest(t.killed for t in tallies))
    killed = with_slain_attacker(
        [DeadTold(t.killed, t.dead, t.slain_attacker, t.with_killer) for t in tallies], told
    )
    injured = _highest(t.injured for t in tallies)
    shot = _highest(iter([*(t.shot for t in tallies), one_by_one or None]))
    # "shot his wife and son, wounding both, before killing himself": the gunman was not among the shot
    # a gunman who killed himself, or one the police killed besides his victims, is no one his attack hit
    besides = any(t.himself for t in tallies) or (killed or 0) > (told or 0)
    dead_shot = (killed or 0) - (1 if killed and besides else 0)
    if shot is not None and shot > dead_shot:
        injured = max(injured or 0, shot - dead_shot)
    # "five men were shot and a woman was pistol-whipped": hurt with the gun, though none of those shot
    struck = max(t.struck for t in tallies) if tallies else 0
    return Casualties(killed, (injured or 0) + struck if struck else injured)


def _with_lone_suicide(tallies: list[Tally], killed: int | None) -> int | None:
    """The story's dead with the killer counted once: a suicide's count of two or more takes him in; a
    killer whose own death a sentence tells apart ('He killed his wife.' ... 'He then took his own life.')
    is one besides the others, as the archive counts him."""
    # "two found dead in an apparent murder-suicide": a count told as a suicide's takes the killer in
    counted = _highest(
        t.killed
        for t in tallies
        if t.with_killer and (t.killed or 0) >= 2 and not (t.himself or t.lone_suicide)
    )
    if counted is not None:  # the largest count that adds no killer to it
        return _highest(iter([counted, *(t.killed for t in tallies if not (t.himself or t.lone_suicide))]))
    if not any(t.lone_suicide for t in tallies) or any(t.himself or t.with_killer for t in tallies):
        return killed
    others = _highest(t.killed for t in tallies if not t.lone_suicide)
    # "A boy fatally shot himself." ... "the fatal shooting of a boy": the one who died is the boy himself
    killers = {k for t in tallies if t.lone_suicide for k in t.killers}
    # "A boy shot himself." ... "He was found dead": a death no sentence tells as an act is his own
    slain = any(t.slays for t in tallies if not t.lone_suicide)
    return others + 1 if others and slain and not killers & {d for t in tallies for d in t.dead} else killed


# the count of the dead takes the killer in ("an apparent murder-suicide", "including the gunman"), or
# the story is of a suicide, whose other deaths are his own told again ("died of a self-inflicted wound")
WITH_KILLER = re.compile(
    r"\bsuicide\b|\bself-inflicted\b|\bincluding\s+the\s+(?:gunman|shooter|suspect|killer|attacker)\b",
    re.IGNORECASE,
)


def _title_tally(title: str, later: bool = False) -> Tally:
    """What the headline states of the toll, read from its wording (the parse misreads headlines); a
    headline on a tally of many incidents or on another one states nothing of this event. `later`: the
    story tells a death after the attack, so the injured the headline counts are everyone hit."""
    if STATISTIC.search(title) or SEPARATE.search(title):
        return Tally(None, None, None)
    findings = [Finding(kind, n, -1) for kind, n in [*text_counts(title), *headline_tolls(title)]]
    if FATAL_HEADLINE.search(title):
        findings.append(Finding("killed", 1, -1))  # "Arrest in fatal shooting": someone died, however many
    return _with_text(_sentence_tally(as_hit(findings, title) if later else findings), title)


# a headline on a deadly attack or on one victim's death: "Arrests made in fatal apartment shooting",
# "Teen charged in 17-year-old's shooting death", "Dispute led to accidental shooting death", "Co-workers
# playing when homicide victim shot"
FATAL_HEADLINE = re.compile(
    r"\b(?:fatal|deadly)\s+(?:[\w'’-]+\s+){0,2}?(?:shooting|stabbing|attack)\b"
    r"|['’]s\s+(?:shooting\s+)?(?:death|slaying|murder|killing)\b|\bshooting\s+death\b|\bhomicide\s+victim\b",
    re.IGNORECASE,
)


def _with_text(tally: Tally, text: str) -> Tally:
    """The tally with what the sentence's wording says of the killer (a count that takes him in, or an
    accident, 'accidentally shot and killed himself', where he killed no one else) and of people struck
    with a gun."""
    lone = tally.lone_suicide and ACCIDENT.search(text) is None
    with_killer = WITH_KILLER.search(text) is not None
    slain = tells_slain_attacker(text) and not with_killer
    return replace(
        tally, lone_suicide=lone, with_killer=with_killer, struck=pistol_whipped(text), slain_attacker=slain
    )


ACCIDENT = re.compile(r"\baccident(?:al|ally)?\b", re.IGNORECASE)


def _tells_other_toll(text: str) -> bool:
    """A sentence of the story whose counts are not its incident's: a tally, a link to another story, or an
    earlier incident the story's is set beside ('The shooting came a day after a boy died in Benton')."""
    return STATISTIC.search(text) is not None or STORY_BREAK.match(text) is not None or beside_earlier(text)


def _within_headline(toll: Casualties, headline: HeadlineToll | None, killer: bool = False) -> Casualties:
    """The story's toll no larger than its headline's whole one ('2 dead, 4 wounded in shooting'): a body
    that counts more has counted someone twice, or another incident's victims. `killer`: the story tells the
    attacker dead too, whom the archive counts and a headline on his victims may not ('4 dead, 1 hurt')."""
    if headline is None:
        return toll
    killed, injured = toll.fatalities, toll.injured
    return Casualties(
        killed if killed is None or killer else min(killed, headline.killed),
        None if injured is None else min(injured, headline.injured),
    )


def _highest(values: Iterator[int | None]) -> int | None:
    """The largest stated count, None when none is stated."""
    stated = [v for v in values if v is not None]
    return max(stated) if stated else None


def count_casualties(doc: Doc, detection: Detection, title: str | None = None) -> Casualties:
    """Killed and injured in this event, as its sentence and the rest of its incident's telling state them
    (an attack's whole story, and the article's headline, which often alone gives the toll: 'Four shot
    at party')."""
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    if sentence is None or detection.type.acled_sub_event_type in NON_LETHAL:
        return Casualties()
    incident = incident_sentences(doc, sentence)
    story = _is_violent(doc, detection) or _names_attack(sentence)
    scope = story_sentences(doc, sentence) if story else incident
    earlier = beside_earlier(span_text(sentence))  # its toll is the earlier incident's, told there alone
    scope = [sentence] if earlier else scope
    # a tally of many incidents ("750 people have been killed so far this year") is no event's toll, and
    # lends the story nothing
    if AGGREGATE.search(span_text(sentence)) is not None:
        return Casualties()
    # the headline tells the article's lead story, not one a later sentence opens ("In a separate shooting";
    # a story opening on a date may be the lead's own, told from its start)
    lead = not (earlier or (scope and (separate_story(span_text(scope[0])) or recalled_story(doc, scope[0]))))
    # a link to another story ('PREVIOUS STORY: a cook was stabbed') tells none of this one's toll
    scope = [s for s in scope if s.start == sentence.start or not _tells_other_toll(span_text(s))]
    findings = hurt_then_dead(doc, [murder_suicide(doc, _findings(doc, s, detection)) for s in scope])
    # a death after the attack of someone the story counted as hurt: its counts of injured are of all hit
    later = any(f.later for found in findings for f in found)
    if later:
        findings = [as_hit(f, span_text(s)) for s, f in zip(scope, findings, strict=True)]
    tallies = [
        replace(
            _with_text(
                _sentence_tally(
                    f,
                    _pronoun_victims(doc, f),
                    _noun_victims(doc, f),
                    slays_another(doc, f),
                    shot_and_dead_here(doc, f),
                ),
                span_text(s),
            ),
            killers=self_killers(doc, f),
            dead=named_dead(doc, f),
            slays=slays_another(doc, f),
        )
        for s, f in zip(scope, findings, strict=True)
    ]
    if story and title and lead:
        tallies.append(_title_tally(title, later))
    toll = _reconcile(tallies, _one_by_one(doc, findings))
    if story and title and lead and not later:
        killer = any(t.himself or t.lone_suicide or t.slain_attacker for t in tallies)
        toll = _within_headline(toll, headline_toll(title), killer)
        toll = toll if killer else within_hits(toll, _reconcile([_title_tally(title)]), title)
    also = with_also_killed([span_text(s) for s in scope], [t.killed for t in tallies[: len(scope)]])
    killed, injured = toll.fatalities if also is None else also, toll.injured
    coded = coded_toll(incident)
    summary = summary_toll(incident) if coded is None else coded.killed
    killed = killed if summary is None else summary
    parts = None if coded is not None and coded.own_share else split_parts(incident)
    if killed and parts:
        killed //= parts  # each of the events the note's toll is shared between gets its part
    return Casualties(fatalities=killed, injured=injured)


_FINDINGS_KEY = "kronika.casualty_findings"


def _stated_counts(doc: Doc, sentence: Span) -> list[Finding]:
    """Every count a sentence states, read once per doc: an article's mentions share its sentences."""
    cache: dict[int, list[Finding]] = per_doc(doc, _FINDINGS_KEY, dict)
    if sentence.start not in cache:
        cache[sentence.start] = [*parse_findings(sentence), *text_findings(sentence)]
    return cache[sentence.start]


def _findings(doc: Doc, sentence: Span, detection: Detection) -> list[Finding]:
    """Every count the sentence states, less the deaths a protest names as its grievance."""
    # "shot during a vigil for a boy killed that morning": the death the vigil was for is not the attack's
    findings = [
        f
        for f in without_occasions(doc, _stated_counts(doc, sentence))
        if f.token < 0 or not told_as_cause(doc[f.token], detection)
    ]
    if detection.type.plover == "PROTEST":
        # "relatives of a man who died in a crash rallied", "rallied to condemn the killing of a mayor":
        # the death is the grievance, not the protest's toll
        findings = [f for f in findings if f.token < 0 or not _is_grievance(doc[f.token])]
    elif detection.type.acled_event_type == "Riots":
        findings = [f for f in findings if f.token < 0 or not _is_riot_grievance(doc[f.token])]
    return findings
