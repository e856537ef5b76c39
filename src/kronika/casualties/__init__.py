"""Killed and injured counts for one event, from its sentence and the rest of its story.

An attack takes its toll from every sentence of the article that tells its incident (up to a sentence that
opens another one) and from the article's headline; people said only to have been shot are injured unless
counted among the dead. A negated report ("no one was hurt") counts as 0. What one sentence says is read
by `kronika.casualties.findings` (the parse), `kronika.casualties.words` (which words report casualties)
and `kronika.casualties.patterns` (the wording), numbers by `kronika.casualties.numbers`; which sentences
tell the incident is found by `kronika.casualties.stories`; a sentence's tally is taken by
`kronika.casualties.sentence_tally`, the story's toll added up from them by
`kronika.casualties.reconcile`, and the counts an event may take chosen by
`kronika.casualties.grievances`. Events ACLED codes without a toll of their own (a peaceful rally, an
arrest) take none: the deaths they mention belong to the attack they are about, but for the injured a
protest broken up by force tells in its own sentence ('15 were hurt when police dispersed the rally'); nor
do words, deals and concessions (a prisoner freed, a truce agreed after a clash), nor does a tally of many
incidents ("750 killed so far this year"), which also lends the story nothing. A gunman who kills himself
besides others is counted among the dead, as the archive does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kronika.casualties.coded import coded_toll, split_parts, summary_toll
from kronika.casualties.grievances import NON_LETHAL, event_findings
from kronika.casualties.harmless import harmless_toll
from kronika.casualties.headline_hits import within_hits
from kronika.casualties.headline_tolls import headline_toll, lone_victim_hurt
from kronika.casualties.later import as_hit, later_dead
from kronika.casualties.note_counts import is_note, with_also_killed
from kronika.casualties.numbers import parse_count
from kronika.casualties.recalled import beside_earlier, earlier_elsewhere, long_ago
from kronika.casualties.reconcile import one_by_one, reconcile, within_headline, within_headline_hits
from kronika.casualties.roundup_turns import roundup_turn
from kronika.casualties.same_victim import hurt_then_dead
from kronika.casualties.seized import seized_dead
from kronika.casualties.self_shot import one_self_shooter
from kronika.casualties.selves import murder_suicide
from kronika.casualties.sentence_tally import Tally, sentence_tally, title_tally
from kronika.casualties.side_clauses import beside_the_harm
from kronika.casualties.stories import (
    STORY_BREAK,
    incident_sentences,
    month_recalled,
    recalled_story,
    separate_story,
    story_link,
    story_sentences,
)
from kronika.casualties.tallies import AGGREGATE, STATISTIC, without_background, without_own_frame
from kronika.casualties.unshot import hurt_not_shot, road_toll
from kronika.casualties.words import OBJECTS, casualty_kind
from kronika.events.taxonomy import VIOLENT_ACLED_TYPES
from kronika.model import Casualties, Detection
from kronika.nlp import sentences, span_text

__all__ = ["count_casualties", "headline_casualties", "incident_sentences", "parse_count", "story_sentences"]


def _is_violent(doc: Doc, detection: Detection) -> bool:
    """An attack itself (not the arrest or trial after it), whose toll the whole story may state."""
    if detection.type.plover == "ASSAULT" or detection.type.acled_event_type in VIOLENT_ACLED_TYPES:
        return True
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    return trigger is not None and casualty_kind(trigger.root) is not None


# the non-lethal sub-types whose own sentence's injured are theirs: force used on a crowd hurts people
HURT_BY_FORCE = frozenset({"Protest with intervention"})
# PLOVER types of words, meetings, deals and concessions: what they tell harms no one of itself (not REQUEST:
# a call police answered about a gunshot wound is how a local story may tell its shooting; nor MOBILIZE: a
# coder's note coding a man 'armed with a knife' as its event codes the note's dead with it)
TOLL_FREE = frozenset(
    {"AGREE", "AID", "CONCEDE", "CONSULT", "COOPERATE", "REJECT", "RETREAT", "SUPPORT", "THREATEN"}
)
# Readings (PLOVER type, mode) that answer a harm and do none: a condemnation ('condemned the killings'), and
# coercion by decree (a curfew, martial law, a ban, censorship). The dead are the harm's, whose own reading
# carries them; an allegation or an inquiry may be how a story tells its incident ('charged in the shooting
# death of', 'police investigate a fatal shooting') and keeps its toll
ANSWERING = frozenset(
    {("ACCUSE", "condemn"), ("ACCUSE", "disapprove")}
    | {("COERCE", mode) for mode in ("curfew", "martial-law", "ban", "censor")}
)
CLAUSE_JOINS = frozenset({"advcl", "conj", "xcomp", "ccomp", "oprd", "pcomp"})
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


# a pure function of the sentence's text, asked again of every sentence of a story for each of its events
@lru_cache(maxsize=4096)
def _tells_other_toll(text: str, year: int | None = None, note: bool = False) -> bool:
    """A sentence of the story whose counts are not its incident's: a tally, a link to another story, or an
    earlier incident the story's is set beside ('The shooting came a day after a boy died in Benton'), or
    one of years back, or people killed on the road ('a clerk died in a car wreck Friday'), or, in a news
    story (`year` given), another shooting set before it ('another nearby shooting last month'). In a
    coder's note (`note`), a clause of its own telling since when ('46 militants were killed, including a
    commander, responsible for attacks since 2023') is someone's background, no tally."""
    return (
        STATISTIC.search(without_own_frame(without_background(text) if note else text)) is not None
        or road_toll(text)
        or STORY_BREAK.match(text) is not None
        or beside_earlier(text)
        or roundup_turn(text)
        or long_ago(text, year)
        or (year is not None and (earlier_elsewhere(text) or month_recalled(text)))
    )


@dataclass(frozen=True)
class _Told:
    """The sentences that tell an event's incident: those of its paragraph, and those its toll is read from
    (the whole story's for an attack); whether it is an attack's story, and the headline's lead story."""

    incident: tuple[Span, ...]
    scope: tuple[Span, ...]
    story: bool
    lead: bool


def count_casualties(
    doc: Doc,
    detection: Detection,
    title: str | None = None,
    published: date | None = None,
    apart: frozenset[int] | None = None,
) -> Casualties:
    """Killed and injured in this event, as its sentence and the rest of its incident's telling state them
    (an attack's whole story, and the article's headline, which often alone gives the toll: 'Four shot
    at party'); `published`: the report's day, before which a year the story names may be long past;
    `apart`: the starts of sentences telling only an incident dated well before this one's."""
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    sub = detection.type.acled_sub_event_type
    if (
        sentence is None
        or (sub in NON_LETHAL and sub not in HURT_BY_FORCE)
        or _says_or_settles(doc, detection)
    ):
        return Casualties()
    # once per event: spaCy rebuilds the document's text on each read of `doc.text`
    note = is_note(doc, title)
    if _tells_others(doc, sentence, note):
        return Casualties()
    if sub in HURT_BY_FORCE:
        return _hurt_by_force(doc, detection, sentence)
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if trigger is not None and beside_the_harm(sentence, trigger.root):
        return Casualties()  # 'strikes killed 12, as militants fired rockets': the strikes' toll
    told = _told(doc, detection, sentence, note, published, apart or frozenset())
    harmless = harmless_toll(doc, sentence, list(told.incident), detection)
    if harmless is not None:
        return harmless
    toll = _coded_note_toll(doc, told, note, _story_toll(doc, detection, told, title, note))
    return _behind_headline(toll, doc, list(told.scope), title)


def _says_or_settles(doc: Doc, detection: Detection) -> bool:
    """A reading of words, a deal, a concession, a threat, or one answering a harm (`ANSWERING`), which harms
    no one of itself: the toll of a clash its story tells is the clash's, not the release, resignation or
    appeal told beside it, nor the condemnation or the curfew that answered it."""
    answering = (detection.type.plover, detection.type.mode) in ANSWERING
    if not (answering or detection.type.plover in TOLL_FREE) or _is_violent(doc, detection):
        return False
    # an answer's object is the harm it answers ('condemned the killings'), not a harm received
    return answering or not _harm_received(doc, detection)


def _harm_received(doc: Doc, detection: Detection) -> bool:
    """'One female received a superficial gunshot wound': the trigger's object tells a harm (the one reading
    of 'received' the lexicon keeps besides a visit), whose toll the mention carries."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if trigger is None:
        return False
    objects = (c for c in trigger.root.children if c.dep_ in OBJECTS)
    return any(casualty_kind(c) is not None for c in objects)


def _hurt_by_force(doc: Doc, detection: Detection, sentence: Span) -> Casualties:
    """The injured a protest broken up by force tells in its own sentence ('15 were hurt when police
    dispersed the rally'); ACLED codes it no dead (a death makes it excessive force), and the hurt of
    other sentences may be another incident's, or the grievance the protest is about."""
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    if trigger is None:
        return Casualties()
    # only a hurt told as the dispersal's doing: a clause joined to the trigger's ('were hurt when police
    # dispersed', 'and 23 were injured', 'injuring 30'), not a noun's ('mourners of the 12 hurt in a blast');
    # a count read from the wording alone (no token) cannot show its clause
    top = _clause_top(trigger.root)
    findings = [
        f
        for f in event_findings(doc, sentence, detection)
        if f.token >= 0 and _clause_top(doc[f.token]) == top
    ]
    toll = reconcile([sentence_tally(doc, findings, span_text(sentence))], one_by_one(doc, [findings]))
    return Casualties(injured=toll.injured) if toll.injured else Casualties()


def _clause_top(token: Token) -> Token:
    """The head of the clauses the token's clause is joined to by adverbial, coordinate or complement
    links: one word for the whole of 'were hurt when police dispersed the rally, injuring 30'."""
    while token.dep_ in CLAUSE_JOINS and token.head.i != token.i:
        token = token.head
    return token


def _tells_others(doc: Doc, sentence: Span, note: bool) -> bool:
    """Whether the event's sentence tells other incidents' tolls rather than its own."""
    text = span_text(sentence)
    # a tally of many incidents ("93 residents were slain so far this year") is no event's toll, and
    # lends the story nothing
    # nor is a toll told of years back ("killing 5 at a nightclub four years ago"): an earlier incident's
    # nor one setting the story's incident among others ("The death follows a streak that includes a double
    # homicide"): the tolls it tells are the others', many incidents' at once
    # nor a link to another story ('RELATED ARTICLE - 2 killed in 6 shootings'): the toll it tells is that
    # story's, and a page's link read as an event of its own would outweigh the story's toll
    # nor one setting the story's incident after an earlier one ('The shooting came a week after an attack
    # at a club left 49 dead'): the toll it tells is the earlier incident's, told in passing, which read as
    # an event of its own would outweigh the story's (GVA study: 2 articles so picking the earlier toll)
    return (
        AGGREGATE.search(without_own_frame(text)) is not None
        or beside_earlier(text)
        or long_ago(text)
        or roundup_turn(text)
        or story_link(doc, sentence)
        or (not note and (earlier_elsewhere(text) or month_recalled(text)))
    )


def _told(
    doc: Doc, detection: Detection, sentence: Span, note: bool, published: date | None, apart: frozenset[int]
) -> _Told:
    """The sentences telling the event's incident, and those of them its toll is read from."""
    incident = incident_sentences(doc, sentence)
    story = _is_violent(doc, detection) or _names_attack(sentence)
    scope = story_sentences(doc, sentence) if story else incident
    # the headline tells the article's lead story, not one a later sentence opens ("In a separate shooting";
    # a story opening on a date may be the lead's own, told from its start)
    lead = not (scope and (separate_story(span_text(scope[0])) or recalled_story(doc, scope[0])))
    # a link to another story ('PREVIOUS STORY: a cook was stabbed') tells none of this one's toll, nor does
    # a sentence set in a year long before the report ('memories of February 2005, when her husband was
    # murdered'; GVA study: 1 story so counting a death years before its own injured-only shooting); a
    # coder's note tells its own event's background so ('active since 2012'), read by its own rules
    year = published.year if published is not None and not note else None
    scope = [
        s
        for s in scope
        if s.start == sentence.start
        or not (
            _tells_other_toll(span_text(s), year, note)
            or story_link(doc, s)
            # 'the Dec. 2, 2015, attack that left 14 dead' told in a story of 2017: that attack's toll
            or s.start_char in apart
        )
    ]
    return _Told(tuple(incident), tuple(scope), story, lead)


def _story_toll(doc: Doc, detection: Detection, told: _Told, title: str | None, note: bool) -> Casualties:
    """The toll the incident's sentences and the headline tell, reconciled, before a coder's note codes it."""
    scope = list(told.scope)
    findings = hurt_then_dead(
        doc, [one_self_shooter(doc, murder_suicide(doc, event_findings(doc, s, detection))) for s in scope]
    )
    # deaths after the attack of people the story counted as hurt: its counts of injured took them in
    later = later_dead(findings)
    if later:
        findings = [as_hit(f, span_text(s), later) for s, f in zip(scope, findings, strict=True)]
    tallies = [sentence_tally(doc, f, span_text(s)) for s, f in zip(scope, findings, strict=True)]
    heading = title_tally(title, later) if told.story and title and told.lead else None
    if heading is not None:
        tallies.append(heading)
    toll = reconcile(tallies, one_by_one(doc, findings))
    # an event whose sentence names no attack ('Neither victim has been named') but whose paragraph tells
    # the lead story's toll keeps to the headline too: it had kept the hurt one who died later twice, and
    # the article's deadliest event is the one with most counted (GVA study: 1 article)
    if title and told.lead:
        killer = any(t.himself or t.lone_suicide or t.slain_attacker for t in tallies)
        toll = _within_title(toll, title, heading, later=later > 0, killer=killer)
    texts = [span_text(s) for s in scope]
    also = with_also_killed(texts, [t.killed for t in tallies[: len(scope)]], note=note)
    killed, injured = toll.fatalities if also is None else also, toll.injured
    # a note's dead told only by a pointer back to the people it told taken ('abducted 9 soldiers. They later
    # killed them') are those people
    seized = seized_dead(texts) if note else None
    if seized is not None and seized > (killed or 0):
        killed = seized
    # "six people were hurt" ... "a girl was injured after falling": the archive counts the gun's hurt only
    if injured:
        article = [span_text(s) for s in doc.sents] if told.lead else None
        injured = max(injured - hurt_not_shot(texts, article), 0)
    return Casualties(fatalities=killed, injured=injured)


def _coded_note_toll(doc: Doc, told: _Told, note: bool, toll: Casualties) -> Casualties:
    """The toll with the dead a coder's note says it coded, or sums up, in place of those read."""
    # a coder's note codes one event: the toll it says it coded ('Fatalities coded as 10', 'Total fatalities
    # coded as 21') is the whole note's, though told after a 'Meanwhile' that opens another incident (training
    # notes coding a toll: 1550, 40 of them so missed); a bare summary ('2 fatalities.') may sum the note's
    # incidents ('In another event, ...'), so only the incident's own is read (May study: 1 so summed)
    incident = list(told.incident)
    coding = list(sentences(doc)) if note else incident
    coded = coded_toll(coding)
    summary = summary_toll(incident) if coded is None else coded.killed
    killed = toll.fatalities if summary is None else summary
    parts = None if coded is not None and coded.own_share else split_parts(coding)
    if killed and parts:
        killed //= parts  # each of the events the note's toll is shared between gets its part
    return replace(toll, fatalities=killed)


def _within_title(
    toll: Casualties, title: str, heading: Tally | None, *, later: bool, killer: bool
) -> Casualties:
    """The lead story's toll no larger than its headline states ('2 dead, 4 wounded'; 'Four shot at party'
    where it tells no death). A story telling a death after the attack keeps no more hurt than the
    headline's whole count of people hit leaves beside its dead ('4 shot, 2 fatally' over 'Three other men
    were also shot' ... 'where he later died'). `killer`: the story tells the attacker dead too, whom the
    archive counts and a headline on his victims may not ('4 dead, 1 hurt')."""
    if later:
        return toll if killer else within_headline_hits(toll, headline_toll(title))
    toll = within_headline(toll, headline_toll(title), killer)
    return toll if killer or heading is None else within_hits(toll, reconcile([heading]), title)


def _behind_headline(toll: Casualties, doc: Doc, scope: list[Span], title: str | None) -> Casualties:
    """A story the article recalls on a calendar date ('On May 3, two were killed and 14 hurt at a fair')
    keeps no toll above the one the headline states in full ('3 killed, 2 wounded in shooting'): the
    headline tells the article's own incident, which the recalled one's toll would outweigh; a recalled
    story the headline tells (its toll no more than the headline's) keeps its own."""
    if not (title and scope and recalled_story(doc, scope[0])):
        return toll
    told = headline_toll(title)
    # a headline telling its incident's dead ('5-year-old boy shot, killed') states its toll as well; one
    # counting only people shot ('3 teen girls, 1 man shot') may count fewer than the article's recalled
    # story does ('four people have been shot'), its own incident's toll told in passing
    if told is not None:
        stated = told.killed + told.injured
    else:
        heading = headline_casualties(title)
        # nor one naming a single victim hurt and no one else ('Boy, 4, shot in Englewood'): a recalled story
        # counting more is another incident's, set beside the headline's one victim
        stated = heading.total if heading.fatalities or lone_victim_hurt(title) else 0
    return toll if not stated or toll.total <= stated else Casualties()


def headline_casualties(title: str) -> Casualties:
    """The toll a headline states by itself ('Benton 17-year-old killed in officer involved shooting' is one
    dead), none where it tells a tally of many incidents or another incident."""
    return reconcile([title_tally(title)])
