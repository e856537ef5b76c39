"""Which counts a sentence states for an event: events ACLED codes without a toll of their own (a peaceful
rally, an arrest), and deaths a protest or riot names as its grievance ('rallied to condemn the killing
of'), a vigil as its occasion or a riot as its cause, which are none of its toll."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kronika.casualties.causes import told_as_cause
from kronika.casualties.finding import Finding
from kronika.casualties.findings import parse_findings, text_findings
from kronika.casualties.occasions import without_occasions
from kronika.casualties.recalled import without_earlier
from kronika.model import Detection
from kronika.nlp import per_doc

__all__ = ["NON_LETHAL", "event_findings"]

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


# the words telling a death as come after the event: 'threw stones at a man who later died in hospital'
SINCE = frozenset({"later", "subsequently", "eventually"})


def _died_since(finding: Finding, word: Token) -> bool:
    """'a mob beat a trader who later died', 'a student who subsequently succumbed': a death the clause tells
    as come after the event is its toll, not a grievance that came before it."""
    return finding.later and any(c.dep_ == "advmod" and c.lower_ in SINCE for c in word.children)


def _grievance(finding: Finding, word: Token) -> bool:
    """Whether a finding's casualty word tells what a protest is about, not a death come after it."""
    return _is_grievance(word) and not _died_since(finding, word)


_FINDINGS_KEY = "kronika.casualty_findings"


def _stated_counts(doc: Doc, sentence: Span) -> list[Finding]:
    """Every count a sentence states, read once per doc: an article's mentions share its sentences. Keyed by
    both ends: a headline run into the body's first line is read as a longer span from the same start, and
    what one reading finds there must not stand for another's."""
    cache: dict[tuple[int, int], list[Finding]] = per_doc(doc, _FINDINGS_KEY, dict)
    key = (sentence.start, sentence.end)
    if key not in cache:
        cache[key] = without_earlier(doc, [*parse_findings(sentence), *text_findings(sentence)])
    return cache[key]


def event_findings(doc: Doc, sentence: Span, detection: Detection) -> list[Finding]:
    """Every count the sentence states, less the deaths a protest names as its grievance."""
    # "shot during a vigil for a boy killed that morning": the death the vigil was for is not the attack's
    stated = without_occasions(doc, _stated_counts(doc, sentence))
    findings = [f for f in stated if f.token < 0 or not told_as_cause(doc[f.token], detection)]
    if detection.type.plover == "PROTEST":
        # "relatives of a man who died in a crash rallied", "rallied to condemn the killing of a mayor":
        # the death is the grievance, not the protest's toll ('who later died' is its own toll)
        kept = [f for f in findings if f.token < 0 or not _grievance(f, doc[f.token])]
    elif detection.type.acled_event_type in ("Riots", "Protests"):
        # a riot's, or force used on a protest ('seven were shot during a protest over the killing of'): the
        # death the crowd rose over is no toll of theirs
        kept = [f for f in findings if f.token < 0 or not _is_riot_grievance(doc[f.token])]
    else:
        return findings
    return _without_grievance_wording(stated, kept)


def _without_grievance_wording(findings: list[Finding], kept: list[Finding]) -> list[Finding]:
    """The kept findings less a count the wording states ('a colleague was killed') that is the very count
    of a grievance the parse dropped, where the parse keeps no count like it: the two tell one death."""
    dropped = {(f.kind, f.count) for f in findings if f not in kept}
    anchored = {(f.kind, f.count) for f in kept if f.token >= 0}
    return [f for f in kept if f.token >= 0 or (f.kind, f.count) not in dropped - anchored]
