"""Choosing which time expression in a sentence dates the event's trigger, from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from kronika.dates.expressions import TimeExpression
from kronika.dates.incident_words import INCIDENT_LEMMAS
from kronika.nlp import weekday_as_subject

CLAUSE_EDGES = {"relcl", "acl"}  # a relative clause dates its own noun, not the main event
# 'the truck she was in on Birch Lane late Sunday': a clause telling only where someone was has no act of
# its own to date; the parse hangs the sentence's closing day on it, which dates the act around it
STATE_LEMMAS = frozenset({"be"})
# "Sunday's elections" dates the elections, not the verb above them
NOUN_MODIFIER_EDGES = {"poss", "compound", "nmod", "amod", "nummod"}
SUBJECT_EDGES = {"nsubj", "nsubjpass"}  # "Sunday's attack killed three" does date the killing
OBJECT_NOUN_RANK = 4
# outside the trigger's subtree: on a clause that governs it, or reached through another clause
LOOKED_BACK_RANKS = frozenset({2, 3})
DEFINITE = frozenset({"the", "that", "this"})
OCCURRENCE_LEMMAS = frozenset({"occur", "happen"})  # verbs only an event is the subject of
PHRASE_MODIFIER_EDGES = frozenset({"amod", "compound"})  # 'the shooting death': 'shooting' on 'death'
EXCLUDED = 99
FRONT_WORDS = {"ADP", "ADV", "PUNCT"}  # "On", "Around", "Early on" before a fronted date
# the words that open a noun phrase a date may stand inside of as its modifier: 'the May 7 shooting'
ARTICLES = frozenset({"the", "a", "an"})
REFERENCE_DAY = date(2000, 6, 15)  # any day: only the precision of what an expression resolves to is read
# 'struck 16 targets in response to rocket fire last week': the noun a cause phrase names is the earlier
# act it answers, and a time told right after that noun dates the act, wherever the parse hangs it
CAUSE_NOUNS = frozenset({"response", "retaliation", "reprisal", "revenge", "reaction"})


# the words that rank an act among others of its stretch ('the last shooting of the weekend')
RANKS = frozenset({"first", "last", "latest", "final", "second", "third", "fourth", "fifth", "next"})


# participles a count of the harmed takes ('about 50 injured'): the act's toll, not a clause of its own
TOLL_PARTICIPLES = frozenset({"injure", "wound", "hurt", "kill"})
# a count of an event's dead, and the verbs it grows by: the day told on those dates the count
TOLL_NOUNS = frozenset({"toll", "tally", "count", "number"})
TOLL_VERBS = frozenset(
    {"rise", "climb", "increase", "reach", "jump", "grow", "mount", "hit", "soar", "stand"}
)

# verbs that ask for, order or threaten an act another day may be set for ('urged them to march on Friday')
ASKING_LEMMAS = frozenset(
    {
        "urge", "call", "ask", "appeal", "demand", "request", "encourage", "invite", "instruct", "threaten",
        "vow",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Attachment:
    """How closely a time expression is tied to the trigger: lower is closer; EXCLUDED never dates it."""

    rank: int
    distance: int


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering article characters [start, end), or None outside the doc."""
    return doc.char_span(start, end, alignment_mode="expand")


def _own_clause(token: Token) -> bool:
    """A relative or participle clause with an act of its own to date, not a bare state of being."""
    bare_state = token.pos_ == "AUX" and token.lemma_.lower() in STATE_LEMMAS
    return token.dep_ in CLAUSE_EDGES and not bare_state


def _is_clause_head(token: Token) -> bool:
    """A verb or auxiliary-carrying predicate that heads a clause of its own."""
    return token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}


def _path_up(token: Token) -> list[Token]:
    """The token and its heads, up to the sentence root."""
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _dates_other_noun(root: Token, trigger: Token) -> bool:
    """True when the expression modifies a noun that is not the trigger ("Sunday's poll" under "demand")."""
    head = root.head
    return root.dep_ in NOUN_MODIFIER_EDGES and head.pos_ in {"NOUN", "PROPN"} and head.i != trigger.i


def _describes_event_noun(clauses: list[Token], trigger: Token) -> bool:
    """A clause on the event noun itself dates it: 'a shooting that injured three Saturday night'."""
    return len(clauses) == 1 and clauses[0].head.i == trigger.i and trigger.pos_ == "NOUN"


def _rank_below(path: list[Token], trigger: Token, root: Token) -> int:
    """Rank of an expression inside the trigger's subtree: 0 direct, 1 through another verb or noun; none
    inside the act a request or a threat asks for (`_in_asked_act`)."""
    between = path[1 : path.index(trigger)]
    if _in_asked_act(between, trigger):
        return EXCLUDED
    clauses = [t for t in [path[0], *between] if _own_clause(t)]
    if clauses and not (_describes_event_noun(clauses, trigger) or _tells_occurrence(clauses, trigger)):
        return EXCLUDED
    if _dates_other_noun(root, trigger) and root.head.dep_ not in SUBJECT_EDGES:
        # "cancel the results of Sunday's elections": Sunday dates the elections, so any other time
        # expression in the sentence is preferred; "won 2016's election" has none and keeps 2016
        return OBJECT_NOUN_RANK
    if _dates_other_noun(root, trigger) or any(_is_clause_head(t) for t in between):
        return 1
    return 0


def _in_asked_act(between: list[Token], trigger: Token) -> bool:
    """Whether the path from an expression up to the trigger passes through the clause a verb of asking,
    urging or threatening asks for ('urged its members to join a rally on Saturday'): the day is the
    rally's, and neither the urging nor an act above it ('called the verdict unjust and urged ...') was
    on it."""
    if any(t.dep_ in ("xcomp", "ccomp") and t.head.lemma_.lower() in ASKING_LEMMAS for t in between):
        return True
    # 'called a general strike for Tuesday': the day the asked act is set for
    set_for = bool(between) and between[0].lower_ == "for" and between[0].dep_ == "prep"
    return set_for and trigger.lemma_.lower() in ASKING_LEMMAS


def _rank_elsewhere(path: list[Token], trigger: Token) -> int:
    """Rank of an expression outside the trigger's subtree: 2 on a clause that governs the trigger, else 3;
    1 in a clause telling when the incident noun the trigger modifies happened (`_tells_occurrence`), or on
    the act whose bare participle clause the trigger is (`_participle_result`)."""
    trigger_path = _path_up(trigger)
    common = next(t for t in path if t in trigger_path)
    between = path[1 : path.index(common)]
    clauses = [t for t in [path[0], *between] if _own_clause(t)]
    if _tells_occurrence(clauses, trigger) or _toll_participle(clauses, common):
        return 1
    if clauses:
        return EXCLUDED
    if any(_is_clause_head(t) for t in between):
        return 3
    return 1 if _participle_result(trigger, common) else 2


def _toll_participle(clauses: list[Token], verb: Token) -> bool:
    """'Clashes left one man dead and about 50 injured in Feni on Sunday': a participle of harm on a count
    the act's verb left or caused is the act's toll, told with the act's day, not a clause of its own."""
    if len(clauses) != 1:
        return False
    clause = clauses[0]
    counted = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.lemma_.lower() in TOLL_PARTICIPLES
        and (counted.like_num or counted.pos_ == "NOUN")
        and verb in counted.ancestors
    )


def _participle_result(trigger: Token, verb: Token) -> bool:
    """Whether the trigger is a bare participle clause on the verb the expression dates, telling what that
    act did as it was done ('stormed a village on Sunday, killing 23'): the same day dates both."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or trigger.head.i != verb.i:
        return False
    return not any(c.dep_ in ("mark", *SUBJECT_EDGES) for c in trigger.children)


def _incident_looked_back_on(path: list[Token], trigger: Token) -> bool:
    """The trigger is an incident named as one already told ('the shooting') inside a clause of its own
    beside the expression's, the two meeting only above that clause ('a brawl started Wednesday and the owner
    suspects it was connected to the shooting'): the day dates the other clause's act, not the incident."""
    named = trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)
    if not named or trigger.lemma_.lower() not in INCIDENT_LEMMAS:
        return False
    trigger_path = _path_up(trigger)
    common = next(t for t in path if t in trigger_path)
    below = trigger_path[1 : trigger_path.index(common)]
    return any(_is_clause_head(t) and any(c.dep_ in SUBJECT_EDGES for c in t.children) for t in below)


def _tells_occurrence(clauses: list[Token], trigger: Token) -> bool:
    """'the shooting death of a boy that occurred on Sunday night': a relative clause saying when something
    happened tells of an event, not of the person the parse hangs it on, so on a noun inside the incident's
    own phrase it dates the incident (the trigger, or the incident noun the trigger modifies)."""
    if len(clauses) != 1 or clauses[0].lemma_.lower() not in OCCURRENCE_LEMMAS:
        return False
    noun = trigger.head if trigger.dep_ in PHRASE_MODIFIER_EDGES else trigger
    if noun.pos_ != "NOUN" or (noun.i != trigger.i and noun.lemma_.lower() not in INCIDENT_LEMMAS):
        return False
    head = clauses[0].head
    return head.i == noun.i or noun in head.ancestors


def _incident_told_earlier(path: list[Token], trigger: Token) -> bool:
    """Whether the trigger is an incident told as what came before the act the expression dates: in a
    clause or phrase of 'after' ('imposed a curfew on Tuesday after clashes killed six', 'after clashes that
    killed six') that the expression lies outside of. The day is the later act's (a curfew, an arrest), the
    incident's may be days before; an act of other kinds after which another came ('resigned Tuesday after
    unrest pushed them to annul the vote') is as often of that day."""
    if trigger.lemma_.lower() not in INCIDENT_LEMMAS:
        return False
    trigger_path = _path_up(trigger)
    common = next(t for t in path if t in trigger_path)
    below = trigger_path[: trigger_path.index(common)]
    return any(_after_clause(t) or (t.dep_ == "pobj" and _after_word(t.head)) for t in below)


def _after_clause(token: Token) -> bool:
    """A clause opened by 'after' ('after clashes killed six')."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and _after_word(c) for c in token.children)


def _after_word(token: Token) -> bool:
    """'after' or 'following' as a preposition or a clause's opener."""
    return token.lower_ in ("after", "following") and token.dep_ in ("prep", "mark")


def _toll_updated(trigger: Token) -> Token | None:
    """The verb a toll of the trigger's event rose by ('the death toll from the market strike rose to 16 on
    Wednesday': 'rose'), whose day is the count's, not the event's; None where the trigger is no toll's."""
    prep = trigger.head if trigger.dep_ == "pobj" else None
    toll = prep.head if prep is not None and prep.lower_ in ("from", "of", "in") else None
    if toll is None or toll.lemma_.lower() not in TOLL_NOUNS:
        return None
    verb = toll.head
    return verb if toll.dep_ in SUBJECT_EDGES and verb.lemma_.lower() in TOLL_VERBS else None


def attach(doc: Doc, expression: TimeExpression, trigger: Token) -> Attachment:
    """How the expression relates to the trigger in the parse."""
    span = token_span(doc, expression.start, expression.end)
    if span is None:
        return Attachment(EXCLUDED, 0)
    root = span.root
    distance = min(abs(t.i - trigger.i) for t in span)
    if trigger in span or _premodifies(span, trigger):
        return Attachment(0, 0)
    if closes_cause_phrase(span, trigger.i + 1) or other_events_year(span, trigger):
        return Attachment(EXCLUDED, distance)
    if _ranked_within(root):
        return Attachment(OBJECT_NOUN_RANK, distance)
    path = _path_up(root)
    if trigger in path and _day_taken_for_subject(root, trigger):
        return Attachment(1, distance)
    if trigger not in path and (_toll_updated(trigger) in path or _incident_told_earlier(path, trigger)):
        return Attachment(EXCLUDED, distance)
    rank = _rank_below(path, trigger, root) if trigger in path else _rank_elsewhere(path, trigger)
    fronted = rank < EXCLUDED and _fronted_day(span, expression)
    if rank in LOOKED_BACK_RANKS and not fronted and _incident_looked_back_on(path, trigger):
        return Attachment(EXCLUDED, distance)
    if fronted and (rank == 0 or expression.anchor == "absolute"):
        # a written-out day framing the whole sentence is as close to a trigger the parse hangs beside it
        # ('On 7 May, students from X protested', parsed as a clause on 'students') as a date reached through
        # another verb, and beats one on another noun ('nurses of 2016'); a day on the trigger itself still
        # wins. A news story's 'On Saturday, police said ...' keeps its rank: it dates the saying.
        return Attachment(min(rank, 1), 0)
    return Attachment(rank, distance)


def _ranked_within(root: Token) -> bool:
    """The expression is the stretch a ranked act is counted within ('the last shooting of the weekend',
    'the weekend's first homicide', 'the deadliest attack of the week'): a round-up's frame, which another
    time in the sentence ('happened just after 2 a.m. Monday') dates more closely, for the act and for the
    verb it is the subject of."""
    if root.dep_ == "poss":  # 'the weekend's first homicide'
        ranked = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        ranked = root.head.head
    else:
        return False
    return ranked.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKS) for c in ranked.children
    )


def _day_taken_for_subject(root: Token, trigger: Token) -> bool:
    """A weekday the parse took for the subject of a verb after the trigger's clause: in 'A man who was shot
    during a robbery attempt Saturday has died' it reads 'Saturday has died', though the day closes the
    shooting's clause (a day cannot die); the day dates the trigger then."""
    return weekday_as_subject(root) and trigger.i < root.i


def names_event_year(span: Span) -> bool:
    """A bare year set before the event noun it names ('a 2021 coup', 'the 2015 shooting')."""
    root = span.root
    return len(span) == 1 and root.like_num and root.dep_ in NOUN_MODIFIER_EDGES and root.head.pos_ == "NOUN"


def other_events_year(span: Span, trigger: Token) -> bool:
    """The year names an event other than the trigger's ('jailed for his part in the 2015 shooting'), not
    the one the trigger's act was done in ('seized power in a 2021 coup')."""
    if not names_event_year(span):
        return False
    noun = span.root.head
    done_in = noun.dep_ == "pobj" and noun.head.lower_ in {"in", "during"} and noun.head.head.i == trigger.i
    return noun.i != trigger.i and not done_in


def closes_cause_phrase(span: Span, after: int) -> bool:
    """The expression closes a cause phrase told after token `after` ('in response to rocket fire last week',
    'in retaliation for the killing of a commander on Monday'), no comma between: it dates the act answered,
    not the act answering it."""
    doc = span.doc
    for token in doc[max(after, span.sent.start) : span.start]:
        is_cause = token.lemma_.lower() in CAUSE_NOUNS and token.head.pos_ == "ADP"
        if is_cause and _runs_up_to(doc, token, span):
            return True
    return False


def _runs_up_to(doc: Doc, cause: Token, span: Span) -> bool:
    """The cause phrase names its act ('to rocket fire') and nothing but that act's words, no comma, lies
    between it and the expression, however the parse splits them."""
    between = doc[cause.i + 1 : span.start]
    names_act = any(t.pos_ in {"NOUN", "PROPN", "VERB"} for t in between)
    return names_act and not any(t.text in {",", ";", "and"} or t.dep_ == "cc" for t in between)


def _premodifies(span: Span, trigger: Token) -> bool:
    """'was sentenced over her part in the June 3, 2011, shooting': a date set between an article and the
    event noun it names, a comma at most after it, dates that noun, however the parse splits the phrase."""
    doc = span.doc
    # the tagger may read the noun as a verb's -ing form ('shooting'), never as another form of a verb
    noun = trigger.pos_ == "NOUN" or trigger.tag_ == "VBG"
    if not noun or span.start == 0 or doc[span.start - 1].lower_ not in ARTICLES:
        return False
    between = doc[span.end : trigger.i]
    return trigger.i >= span.end and len(between) <= 1 and all(t.text == "," for t in between)


def _fronted_day(span: Span, expression: TimeExpression) -> bool:
    """'On 5 May 2020, ...', 'Around 18 June 2020 (month of), ...': a day set before the sentence's clause
    and closed off by a comma frames the whole sentence, so it is as close to its verb as a date can be."""
    resolved = expression.resolver(REFERENCE_DAY)
    if resolved is None or resolved.precision != "day":
        return False
    doc, sentence = span.doc, span.sent
    if any(t.pos_ not in FRONT_WORDS for t in doc[sentence.start : span.start]):
        return False
    after = span.end
    if after < sentence.end and doc[after].text == "(":  # a bracketed gloss: '(month of)'
        after = next((t.i + 1 for t in doc[after : sentence.end] if t.text == ")"), sentence.end)
    return after < sentence.end and doc[after].text == ","


def in_relative_clause(
    doc: Doc, expression: TimeExpression, trigger: Token, *, before_only: bool = False
) -> bool:
    """The expression hangs in a relative clause ('men who were arrested on Monday') on the way up to where
    its path meets the trigger's: it dates that clause's own act. With `before_only`, only a clause opening
    before the trigger counts: one told after it ('seized farmers who had left their camp on Monday') is
    where the parse hangs a closing day that as often dates the sentence's act."""
    span = token_span(doc, expression.start, expression.end)
    if span is None:
        return True
    trigger_path = _path_up(trigger)
    path = _path_up(span.root)
    below = path[: next((i for i, t in enumerate(path) if t in trigger_path), len(path))]
    held = [t for t in below if t.dep_ == "relcl" and _own_clause(t)]
    return any(t.left_edge.i < trigger.i or not before_only for t in held)
