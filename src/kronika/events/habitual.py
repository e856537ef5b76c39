"""Habits and general truths: a present-tense clause that tells what usually happens reports no one event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from spacy.tokens import Token

from kronika.events.tallied_acts import OUTBREAK_VERBS, TALLIED_RUNS, TALLY_ORIGINS, counts_many, is_year
from kronika.textnorm import MONTH_NAMES, WEEKDAY_NAMES

# Adverbs that make a present-tense clause a habit ("police routinely arrest ..."). "Repeatedly" and "again"
# count acts that happened ("has repeatedly warned"), so they are not among them.
HABITUAL_ADVERBS: Final = frozenset(
    {
        "often", "usually", "routinely", "regularly", "frequently", "typically", "generally", "always",
        "commonly", "sometimes", "normally", "habitually", "customarily", "seldom", "rarely", "occasionally",
        "invariably", "traditionally",
    }
)  # fmt: skip
# Adverbs that make even a simple past clause a habit ("women were always shot", "police routinely beat
# detainees"); "often" and "sometimes" are left out, as a report counts a campaign's several real acts so
# ("protesters often clashed with police during the march").
_PAST_HABIT_ADVERBS: Final = frozenset(
    {
        "always", "usually", "routinely", "regularly", "frequently", "typically", "habitually",
        "customarily", "invariably", "normally",
    }
)  # fmt: skip
# "every year", "each week", "every Friday": a period the act recurs in.
_PERIODS: Final = frozenset(
    {"year", "month", "week", "day", "night", "summer", "winter", "time"} | WEEKDAY_NAMES
)
_EVERY: Final = frozenset({"every", "each"})
# Predicates that call a kind of event usual ("such protests are common").
_USUAL: Final = frozenset(
    {
        "common", "commonplace", "routine", "frequent", "widespread", "rare", "typical", "usual", "endemic",
        "systemic", "systematic", "rampant", "rife", "pervasive", "chronic",
    }
)  # fmt: skip
# Modifiers that make a plural event noun a run of acts over time, no one event ('repeated attacks', 'past
# crackdowns', 'countless raids'); 'sporadic' and 'frequent clashes' and 'earlier attacks' are left out:
# reports tell one day's clashes so, and a follow-up points to its own lead's event by 'earlier'.
_RUNS: Final = frozenset(
    {
        "repeated", "numerous", "countless", "past", "previous", "recurrent", "recurring", "periodic",
        "weekly", "daily", "nightly", "monthly",  # 'have held weekly protests along the fence since March'
    }
)  # fmt: skip
# Marks of a clause that states the case the habit holds in ("if you go out, they beat you").
# Nouns that sort acts into kinds: 'myriad forms of violence', 'all kinds of attacks' name acts in general.
_KINDS: Final = frozenset({"form", "kind", "type", "sort", "category"})
_CASE_MARKS: Final = frozenset({"if", "whenever", "unless"})
# ... or tell its time as an adverb, in a present-tense rule ("when the looting starts, the shooting starts")
_WHEN_MARKS: Final = frozenset({"when", "whenever"})
_QUOTES: Final = frozenset({'"', "“", "”"})
# Words that count what an act was done to ('dozens of mayors').
_COUNTS: Final = frozenset({"dozens", "hundreds", "thousands", "scores", "millions", "tens"})
# Measures whose content a present-tense clause spells out ('the measures freeze assets and ban travel').
_MEASURES: Final = frozenset(
    {"measure", "sanction", "restriction", "law", "decree", "order", "rule", "regulation", "bill",
     "resolution"}
)  # fmt: skip
# Words of a stretch of days, not years ('since last week', 'for two days')
_RECENT_WORDS: Final = frozenset(
    {"today", "yesterday", "tonight", "week", "weekend", "night", "morning", "hours", "days", "day"}
)
# Verbs of waging a war, and the standing foes it is waged on ('has been battling an insurgency')
_LONG_UNITS: Final = frozenset({"month", "year", "decade"})  # what a war waged 'for months' runs on
_WAGING: Final = frozenset({"battle", "fight", "combat", "wage", "confront", "face"})
_STANDING_FOES: Final = frozenset(
    {
        "insurgency", "rebellion", "war", "militancy", "terrorism", "extremism", "insurgent", "militant",
        "separatist", "jihadist", "uprising", "guerrilla", "cartel", "gang", "insurrection",
    }
)  # fmt: skip
# Verbs that link a kind of event to a word calling it usual ('are common', 'have become routine').
_LINKING: Final = frozenset({"be", "become", "remain", "grow"})
_PRESENT: Final = frozenset({"VBZ", "VBP"})
# Auxiliaries that keep the clause out of the present simple: "has often warned" counts past acts.
_TENSE_AUX: Final = frozenset({"have", "has", "had", "'ve", "’ve", "did", "was", "were", "will", "would"})


def is_habitual(verb: Token, children: Sequence[Token]) -> bool:
    """Whether `verb` (with its `children`, read once by the caller) heads a present-tense clause that
    tells a habit or a general truth: a habitual adverb ('militias often attack villages'), a recurring
    period ('kills thousands every year'), a tendency ('such attacks tend to happen at night'), a usual
    kind ('such protests are common') or a case it holds in ('if you speak, they beat you'). A past or
    perfect clause counts acts that happened, so it is none, unless a strict habit adverb makes the past a
    habit too ('women were always shot') or 'long' a standing state ('has long been accused'). A clause
    done to a run of things gone by ('who has blocked previous sanctions packages', 'vetoed past
    resolutions') tells a record of acts, whatever its tense."""
    if _done_to_runs(children) or _called_usual(verb, children) or _measure_content(verb, children):
        return True
    if not _present_simple(verb, children):
        if _simple_past(verb, children) and any(
            c.dep_ == "advmod" and c.lower_ in _PAST_HABIT_ADVERBS for c in children
        ):
            return True
        if _long_standing(children):
            return True  # "the regime has long been accused of reprisals": a standing charge, no new act
        if _campaign(verb, children):
            return True  # "Egypt has been battling an insurgency in the Sinai": a war waged, no one fight
        if _since_year(children):
            return True  # "has jailed dozens of mayors since 2016": a tally of acts over years
        # "if you speak, they beat you": a verb whose past is its base form reads as present beside a
        # present case
        same = verb.tag_ == "VBD" and verb.lower_ == verb.lemma_
        return same and any(c.dep_ == "advcl" and _states_case(c) for c in children)
    if verb.lemma_ == "tend" and any(c.dep_ == "xcomp" for c in children):
        return True  # "such attacks tend to happen at night"
    if verb.dep_ == "advcl" and _states_case(verb) and _present_simple(verb.head, list(verb.head.children)):
        return True  # "when the looting starts, the shooting starts": the case a general truth holds in
    for child in children:
        dep, word = child.dep_, child.lower_
        if dep == "advmod" and word in HABITUAL_ADVERBS:
            return True
        if dep in ("npadvmod", "advmod") and _recurring(child):
            return True
        if dep == "advmod" and word == "where" and verb.dep_ == "relcl":
            return True  # "the north, where gangs raid villages": what a place is like, no one act
        if dep == "advcl" and _states_case(child):
            return True
    return False


def _measure_content(verb: Token, children: Sequence[Token]) -> bool:
    """Whether a clause in the present, no auxiliary, spells out what a measure the text named does ('the
    measures freeze the officials' assets and ban them from travelling'): no act of its own. The tagger
    may read such a verb as its base form."""
    if verb.tag_ not in ("VB", "VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # '... and ban them': the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(_measure_told(s) for s in subjects)


def _measure_told(subject: Token) -> bool:
    """Whether a subject is a measure the text has named ('the measures', 'these sanctions', 'the law'),
    whose content a present-tense clause spells out."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in subject.children)
    return definite and subject.lemma_.lower() in _MEASURES


def _campaign(verb: Token, children: Sequence[Token]) -> bool:
    """Whether a perfect progressive clause tells a war waged on a standing foe ('has been battling an
    insurgency', 'have been fighting militants in the north for years'), not one fight."""
    auxes = {c.lemma_.lower() for c in children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ != "VBG" or not {"have", "be"} <= auxes or verb.lemma_.lower() not in _WAGING:
        return False
    if any(_recent_day(c) for c in children):
        return False  # 'have been fighting militants since Friday': a fight under way is news
    if any(_months_running(c) for c in children):
        return True  # 'has been fighting federal forces since August': a war of months, whoever the foe
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _STANDING_FOES for c in children)


def _months_running(child: Token) -> bool:
    """Whether a verb's 'since' or 'for' phrase runs back months or years ('since August', 'since 2019',
    'for months')."""
    if child.dep_ != "prep" or child.lower_ not in ("since", "for"):
        return False
    words = list(child.subtree)[1:]
    return any(w.lower_ in MONTH_NAMES or is_year(w) or w.lemma_.lower() in _LONG_UNITS for w in words)


def _recent_day(child: Token) -> bool:
    """Whether a verb's child dates it to days, not years ('since Friday', 'on Sunday', not 'for a
    decade')."""
    words = [t for t in child.subtree if t.ent_type_ in ("DATE", "TIME")]
    return any(w.lower_ in WEEKDAY_NAMES or w.lower_ in _RECENT_WORDS for w in words)


def _called_usual(verb: Token, children: Sequence[Token]) -> bool:
    """Whether the clause calls a kind of event usual, in any tense ('such protests are common',
    'kidnappings have become common', 'raids were routine')."""
    linking = verb.lemma_ in _LINKING
    return linking and any(c.dep_ == "acomp" and c.lower_ in _USUAL for c in children)


def _done_to_runs(children: Sequence[Token]) -> bool:
    """Whether the clause's object is a plural named a run over time ('previous packages', 'past
    resolutions'): each was its own act, told as the doer's record, not as one new event."""
    return any(c.dep_ == "dobj" and c.tag_ == "NNS" and _run_marked(c) for c in children)


def _run_marked(noun: Token) -> bool:
    """Whether a noun bears a modifier of a run of acts over time ('previous', 'past', 'repeated')."""
    return any(c.dep_ == "amod" and c.lower_ in _RUNS for c in noun.children)


def _present_simple(verb: Token, children: Sequence[Token]) -> bool:
    """Whether the clause is in the present simple, active ('attack') or passive ('are denied')."""
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _TENSE_AUX or a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VBN" and any(a.tag_ in _PRESENT and a.dep_ == "auxpass" for a in auxes)


def _long_standing(children: Sequence[Token]) -> bool:
    """Whether a perfect clause says its act has gone on a long time ('has long been accused', 'have long
    demanded'): a state up to now, where 'has repeatedly shelled' counts acts."""
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in children)
    return perfect and any(c.dep_ == "advmod" and c.lower_ == "long" for c in children)


def _since_year(children: Sequence[Token]) -> bool:
    """Whether a perfect clause counts its acts since a year ('have jailed dozens of mayors since 2016',
    'has detained 300 people since 2019', 'half a million people have been killed since the war began in
    2011'): a tally over years, where 'since May' or 'since Friday' may
    still be the news of a campaign under way, and a stance kept since a year ('have backed his overthrow
    since 2011') is no count."""
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in children)
    since = [o for c in children if c.dep_ == "prep" and c.lower_ == "since" for o in c.children]
    # the count is the object, or the subject of a passive ('half a million people have been killed')
    counts = [c for c in children if c.dep_ in ("dobj", "nsubjpass") and _counted(c)]
    if not perfect or not counts:
        return False
    if any(o.dep_ == "pobj" and is_year(o) for o in since):
        return True
    if any(_over_a_run(c) for c in children) and any(counts_many(c) for c in counts):
        return True  # 'more than 200 have been killed during the protests': a run's toll, no one act
    # since a vote, a coup or a war's start: a tally where the count is of many ('13,000 detained since the
    # election'), not two held since the vote, which is news
    outbreak = any(o.dep_ == "pobj" and o.lemma_.lower() in TALLY_ORIGINS for o in since)
    return (outbreak or any(_since_outbreak(c) for c in children)) and any(counts_many(c) for c in counts)


def _over_a_run(child: Token) -> bool:
    """Whether a verb's 'during' phrase names a run of events or a war ('during the protests', 'during the
    conflict'): what is counted over it is a tally, not one act's toll."""
    if child.dep_ != "prep" or child.lower_ != "during":
        return False
    return any(o.dep_ == "pobj" and o.lower_ in TALLIED_RUNS for o in child.children)


def _since_outbreak(clause: Token) -> bool:
    """Whether a clause counts from a war's or a crisis's start ('since it began in 2011', 'since the
    conflict erupted')."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children):
        return False
    return clause.lemma_.lower() in OUTBREAK_VERBS or any(is_year(t) for t in clause.subtree)


def _counted(noun: Token) -> bool:
    """Whether a noun is a count of people or things ('dozens of mayors', '300 people')."""
    return noun.lower_ in _COUNTS or any(c.dep_ == "nummod" for c in noun.children)


def _simple_past(verb: Token, children: Sequence[Token]) -> bool:
    """Whether the clause is in the simple past, active ('beat') or passive ('were shot'), not the perfect
    ('has always denied' counts acts up to now)."""
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" or a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ == "VBD" and not auxes:
        return True
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)


def _recurring(token: Token) -> bool:
    """'every year', 'each week': a period with 'every' or 'each'."""
    if token.lower_.rstrip("s") not in _PERIODS and token.lemma_.lower() not in _PERIODS:
        return False
    return any(c.dep_ == "det" and c.lower_ in _EVERY for c in token.children)


def _states_case(clause: Token) -> bool:
    """Whether an adverbial clause is a present-tense case ('if you go outside', 'whenever they march')."""
    children = list(clause.children)
    marked = any(c.dep_ == "mark" and c.lower_ in _CASE_MARKS for c in children)
    # a 'when' tells a case only in words quoted ('"when the looting starts, the shooting starts"'): a
    # report's own present tells what happened ('Scores are injured when armed youths attack a meeting')
    when = any(c.dep_ == "advmod" and c.lower_ in _WHEN_MARKS for c in children) and _quoted(clause)
    return (marked or when) and _present_simple(clause, children)


def _quoted(token: Token) -> bool:
    """Whether a token stands inside quotation marks opened before it in its sentence."""
    before = token.doc[token.sent.start : token.i]
    return sum(1 for t in before if t.text in _QUOTES or t.tag_ == "``") % 2 == 1


def is_run_of_acts(noun: Token, children: Sequence[Token]) -> bool:
    """Whether a plural event noun (with its `children`) names acts repeated over time ('repeated terrorist
    attacks against Turkey', 'during past crackdowns') or a kind of act in a present clause ('such
    investigations get nowhere'), not one event."""
    if noun.tag_ != "NNS":
        return False
    kind = any(c.dep_ in ("det", "amod", "predet") and c.lower_ == "such" for c in children)
    if kind and _present_clause(noun):
        return True  # 'such investigations get nowhere', 'sees participation in such strikes as a duty'
    return _run_marked(noun)


def _present_clause(noun: Token) -> bool:
    """Whether the nearest verb above the noun is in the present, simple or progressive ('are rising'); the
    perfect ('have killed 40 since May') counts acts that happened."""
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" for a in auxes):
        return False
    return head.tag_ in _PRESENT or any(a.tag_ in _PRESENT for a in auxes)


def is_kind_of_act(noun: Token) -> bool:
    """Whether an event noun names the acts of kinds it is sorted into ('faces myriad forms of violence',
    'all kinds of attacks'), not one event; one kind ('staged a new form of protest') can be one."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    kinds = noun.head.head
    return kinds.tag_ == "NNS" and kinds.lemma_.lower() in _KINDS
