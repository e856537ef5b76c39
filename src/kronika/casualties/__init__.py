"""Killed and injured counts for one event, from its sentence and the rest of its story.

An attack takes its toll from every sentence of the article that tells its incident (up to a sentence
that opens another one); people said only to have been shot are injured unless counted among the dead.
A negated report ("no one was hurt") counts as 0. Numbers are read by `kronika.casualties.numbers`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from kronika.casualties.numbers import MULTIPLIERS, UNITS, VAGUE, parse_count
from kronika.model import Casualties, Detection
from kronika.nlp import doc_text
from kronika.nlp import sentences as doc_sentences

__all__ = ["count_casualties", "incident_sentences", "parse_count", "story_sentences"]

Kind = Literal["killed", "injured", "shot"]  # "shot" victims are injured unless said to be killed

ANIMALS = {"livestock", "cattle", "cow", "goat", "sheep", "camel", "animal", "donkey", "horse", "dog",
           "chicken", "pig", "ox", "buffalo", "poultry"}  # fmt: skip
KILLED_WORDS = {"kill", "killed", "dead", "die", "died", "death", "deaths", "fatality", "fatalities",
                "slay", "slain", "murder", "murdered", "fatally", "dying", "killing", "lifeless",
                "assassinate", "assassinated", "behead", "beheaded", "lynch", "lynched",
                "deceased"}  # fmt: skip
BODY_WORDS = {"body", "bodies", "corpse", "corpses"}  # "the body of a man", "two bodies": one dead each
INJURED_WORDS = {"injure", "injured", "injury", "injuries", "hurt", "wound", "wounded", "wounding",
                 "injuring", "hospitalize", "hospitalized", "hospitalised"}  # fmt: skip


@dataclass(frozen=True)
class Finding:
    """One stated count of killed or injured people, with the token it was read from."""

    kind: Kind
    count: int
    token: int  # index of the casualty word in the doc
    victim: int = -1  # index of the head of the victims' noun phrase, -1 where unknown


@dataclass(frozen=True)
class Tally:
    """What one sentence (or a whole story) says: killed, explicitly injured, and shot."""

    killed: int | None
    injured: int | None
    shot: int | None


def _phrase_count(token: Token) -> int | None:
    """The count stated by the noun phrase a token heads, summing its conjuncts."""
    if token.lower_ in {"he", "she", "him", "her", "himself", "herself"}:
        return 1
    if token.lemma_.lower() in ANIMALS:
        return None  # "killed 15 livestock": casualties are people
    appositive = _child(token, {"appos"})
    if appositive is not None and not any(_is_number_word(c) for c in token.children):
        return _phrase_count(appositive)  # "the victims, two guards and a cook,": the apposition counts them
    nummods = [c for c in token.children if c.dep_ in {"nummod", "quantmod"} or c.like_num]
    parts = [token, *[c for c in token.children if c.dep_ == "conj"]]
    if len(parts) > 1 and all(p.pos_ in {"NOUN", "NUM", "PROPN"} for p in parts):
        counts = [_single_phrase_count(p) for p in parts]
        if all(c is not None for c in counts):
            return sum(c for c in counts if c is not None)
    return _single_phrase_count(token) if nummods or token.pos_ in {"NUM", "NOUN", "PRON", "PROPN"} else None


def _is_number_word(token: Token) -> bool:
    """Digits, number words and vague quantities ('dozen', 'hundreds', 'several')."""
    word = token.lower_
    return token.like_num or word in VAGUE or word in UNITS or word in MULTIPLIERS


def _single_phrase_count(token: Token) -> int | None:
    """The count of one noun phrase: its modifiers and the noun, without its clauses and conjuncts."""
    skip = {"conj", "cc", "relcl", "acl", "prep", "appos", "punct"}
    # "shot dead two clerks": the casualty word modifying the victims is not part of their count
    before = [c for c in token.children if c.dep_ not in skip and c.i < token.i and _kind(c) is None]
    words = [token, *[t for c in before for t in c.subtree]]
    phrase = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    if (
        token.pos_ in {"NOUN", "PROPN"}
        and token.tag_ in {"NNS", "NNPS"}
        and not any(_is_number_word(c) for c in token.subtree)
    ):
        return None  # "protesters were killed": a plural with no number is not a count
    if token.tag_ == "NN" and not any(_is_number_word(c) for c in token.subtree):
        return 1  # "the cyclist died": a singular victim is one person
    if token.tag_ == "NNP" and not any(_is_number_word(t) for t in words):
        return 1  # "Sam Cole, 19, died": a named victim is one person (the age is an apposition)
    return parse_count(phrase)


STRUCK = {"strike", "hit", "graze"}
BULLETS = {"gunfire", "bullet", "round", "gunshot", "shot", "pellet", "shotgun"}
LIFE_TAKERS = {"claim", "take", "end"}  # "claimed a woman's life", "took the lives of three people"
SUBJECTS = {"nsubj", "nsubjpass"}
COMPLEMENTS = {"acomp", "oprd", "xcomp", "ccomp"}
INTRANSITIVE = {"die", "dead", "hurt", "injure", "injured", "wounded"}
OBJECTS = {"dobj", "obj"}
RELATIVE = {"who", "that", "which", "whom"}
_NUMBER = (
    r"(?:almost |nearly |about |around |at least |more than |over |some |up to )?"
    r"(?:\d{1,3}(?:,\d{3})+|\d+|a dozen|dozens|hundreds|several|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|forty|fifty|(?:twenty|thirty|forty|fifty)-\w+)"
)
# "left almost 700 hurt and one dead", "two dead and four injured": the count stands right before the word
STATED = re.compile(
    rf"(?<![\w-])(?P<n>{_NUMBER})(?:\s+(?:people|persons|others|more|civilians|protesters))?"
    r"\s+(?P<word>dead|killed|hurt|injured|wounded)(?![\w-])",
    re.IGNORECASE,
)
TOLL = re.compile(
    rf"death toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|reached|hit)\s+(?P<n>{_NUMBER})", re.IGNORECASE
)


def _kind(token: Token) -> Kind | None:
    """Whether a word reports deaths or injuries."""
    word, lemma = token.lower_, token.lemma_.lower()
    if word in KILLED_WORDS or lemma in KILLED_WORDS:
        return "killed"
    if word in INJURED_WORDS or lemma in INJURED_WORDS:
        return "injured"
    if word == "shot" and token.pos_ == "VERB":
        return "shot"
    if lemma in STRUCK and token.pos_ == "VERB" and _by_gunfire(token):
        return "shot"
    return None


def _by_gunfire(token: Token) -> bool:
    """'struck by gunfire', 'hit by a stray bullet': the agent is a bullet, so the victim was shot."""
    agents = [c for c in token.children if c.dep_ == "agent" or c.lower_ == "by"]
    return any(g.lemma_.lower() in BULLETS for a in agents for g in a.children if g.dep_ == "pobj")


def _child(token: Token, deps: set[str]) -> Token | None:
    """The first child of the token with one of these dependency labels."""
    return next((c for c in token.children if c.dep_ in deps), None)


def _victim_phrase(token: Token) -> Token | None:
    """The noun phrase naming who was killed or hurt, from the casualty word's place in the parse."""
    # "was pronounced dead", "left 9 hurt": the victims are the head verb's object or subject
    is_complement = token.dep_ in {"acomp", "oprd"} or (token.pos_ == "ADJ" and token.dep_ in COMPLEMENTS)
    if is_complement and token.head.pos_ in {"VERB", "AUX"}:
        holder = _child(token.head, OBJECTS) or _child(token.head, SUBJECTS)
        return _antecedent(holder) if holder is not None else None
    if token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "PROPN", "NUM"}:  # "two people killed"
        return token.head
    found = _child(token, OBJECTS) or _child(token, {"nsubjpass"})
    if found is None and token.lemma_.lower() in INTRANSITIVE:
        found = _child(token, {"nsubj"})
    if found is None and token.tag_ == "VBN" and not _child(token, {"aux", "auxpass"}):
        found = _child(token, {"nsubj"})  # "found five people shot": a passive without its 'were'
    if found is None and token.dep_ in {"conj", "xcomp"}:
        # "shot and killed a man", "was found shot": the victims hang on the verb above
        found = _child(token.head, OBJECTS) or _child(token.head, {"nsubjpass"})
    if found is None and token.dep_ in {"pcomp", "advcl"} and _child(token, {"auxpass"}):
        found = _clause_subject(token)  # "the victim ran for help after being shot"
    return _antecedent(found) if found is not None else None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest verb above the token: who a subjectless 'after being shot' is about."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return _child(verb, SUBJECTS) if verb is not None else None


def _antecedent(token: Token) -> Token:
    """'who' in 'a man who was killed' stands for 'a man'."""
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _is_negated(token: Token, victim: Token | None) -> bool:
    """'were not hurt', 'no one was injured', 'no deaths were reported'."""
    if any(c.dep_ == "neg" for c in [*token.children, *token.head.children] if c.head.i in {token.i}):
        return True
    if any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return True
    return victim is not None and victim.lower_ in {"nobody", "none", "one"} and _starts_with_no(victim)


def _starts_with_no(token: Token) -> bool:
    """'no one' and 'nobody' as a subject."""
    return token.lower_ in {"nobody", "none"} or any(c.lower_ == "no" for c in token.children)


def _count_for(token: Token, kind: Kind) -> int | None:
    """The number of people the casualty word reports, or None where the parse names no countable victims."""
    victim = _victim_phrase(token)
    if _is_negated(token, victim):
        return 0
    if token.pos_ == "NOUN":  # "3 deaths", "no injuries", "sustained injuries" (count the subject)
        own = [c for c in token.children if c.dep_ == "nummod"]
        if own:
            return parse_count(own[0].text)
        return _sufferers(token)
    return _phrase_count(victim) if victim is not None else None


def _sufferers(token: Token) -> int | None:
    """'He sustained injuries', 'five were treated for wounds': the verb's subject bears the injuries."""
    if not token.lower_.startswith(("injur", "wound")):
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in {"for", "with"}:
        verb = verb.head
    elif token.dep_ not in OBJECTS:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return _phrase_count(_antecedent(subject)) if subject is not None else None


def _bodies(token: Token) -> int | None:
    """'two bodies were found', 'the body of a man': the dead, counted from the noun or its 'of' phrase."""
    own = [c for c in token.children if c.dep_ == "nummod"]
    if own:
        return parse_count(own[0].text)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    person = _child(of, {"pobj"}) if of is not None else None
    return _phrase_count(person) if person is not None and person.pos_ in {"NOUN", "PROPN"} else None


def _to_death(token: Token) -> Token | None:
    """The verb of 'stabbed to death', 'beaten to death', from the word 'death'."""
    prep = token.head
    if token.lower_ == "death" and token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _special_findings(token: Token) -> Finding | None:
    """Counts phrased without a casualty verb on the victims: 'stabbed to death', 'the body of a man'."""
    verb = _to_death(token)
    if verb is not None:
        victim = _victim_phrase(verb)
        count = _phrase_count(victim) if victim is not None else None
        return Finding("killed", count, token.i) if count is not None else None
    if token.lower_ in BODY_WORDS and token.pos_ == "NOUN":
        count = _bodies(token)
        return Finding("killed", count, token.i) if count is not None else None
    if token.lemma_.lower() == "life" and token.dep_ in OBJECTS and token.head.lemma_.lower() in LIFE_TAKERS:
        count = _lives(token)
        return Finding("killed", count, token.i) if count is not None else None
    return None


def _lives(token: Token) -> int | None:
    """'claimed a woman's life', 'took two lives', 'took the lives of three men': the dead, from 'life'."""
    owner = _child(token, {"poss"})
    if owner is not None and owner.pos_ in {"NOUN", "PROPN"}:
        return 1 if owner.tag_ in {"NN", "NNP"} else _phrase_count(owner)
    return _bodies(token)  # a number on 'lives' or an 'of' phrase counts the same way as 'bodies'


def _parse_findings(sentence: Span) -> Iterator[Finding]:
    """Counts read from the dependency parse: who was killed or hurt, numbers on nouns."""
    for token in sentence:
        special = _special_findings(token)
        if special is not None:
            yield special
            continue
        kind = _kind(token)
        if token.lower_ == "fatally":
            kind, token = "killed", token.head  # "fatally shot": the victims of the shooting died
        if kind is None or (kind != "killed" and any(c.lower_ == "fatally" for c in token.children)):
            continue  # "fatally wounded" is one death, read from 'fatally', not an injury too
        count = _count_for(token, kind)
        if count is not None:
            victim = _victim_phrase(token)
            yield Finding(kind, count, token.i, victim.i if victim is not None else -1)


def _text_findings(sentence: Span) -> Iterator[Finding]:
    """Counts read from phrase patterns the parse often gets wrong: 'left 700 hurt and one dead', tolls."""
    for m in STATED.finditer(sentence.text):
        count = parse_count(m["n"])
        if count is not None:
            yield Finding("killed" if m["word"].lower() in {"dead", "killed"} else "injured", count, -1)
    for m in TOLL.finditer(sentence.text):
        count = parse_count(m["n"])
        if count is not None:
            yield Finding("killed", count, -1)
    if re.search(r"\bnon-?fatal\b", sentence.text, re.IGNORECASE):
        yield Finding("killed", 0, -1)


def _total(findings: list[Finding], kind: Kind) -> int | None:
    """The largest count stated for a kind: a sentence restating a toll must not count it twice."""
    counts = [f.count for f in findings if f.kind == kind]
    return max(counts) if counts else None


# a sentence opening like this reports another incident, so its toll is not this event's
BOUNDARY = re.compile(
    r"^\W*(?:in\s+(?:an)?other\s+(?:event|incident|attack|case)|in\s+a\s+separate|separately|meanwhile"
    r"|elsewhere|earlier|previously|last\s+(?:year|month|week)|the\s+same\s+day|on\s+the\s+same\s+day)\b",
    re.IGNORECASE,
)
# a coder's summary of the toll: "2 fatalities.", "Fatalities coded as 10", "No fatalities reported"
SUMMARY = re.compile(
    rf"^\W*(?P<n>{_NUMBER}|no)\s+(?:\w+\s+)?fatalit(?:y|ies)\b"
    r"|fatalit(?:y|ies)\s+(?:(?!split|spread)\w+\s+){0,2}?coded\s+as\s+(?P<coded>\d+)",
    re.IGNORECASE,
)
STORY_BREAK = re.compile(r"^\W*(?:previous\s+story|related\s*:|in\s+other\s+news)", re.IGNORECASE)
SEPARATE = re.compile(
    r"\b(?:a|an)\s+(?:separate|unrelated|different|earlier|later)\s+(?:\w+\s+)?"
    r"(?:incident|attack|shooting|raid|case|event|stabbing|clash|bombing)\b",
    re.IGNORECASE,
)
VIOLENT_ACLED = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
SPLIT = re.compile(
    r"(?:split|spread|distributed|divided)\s+(?:up\s+)?(?:between|across|among|over|into)\s+"
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?"
    r"(?:events|locations|days|incidents|villages|areas)",
    re.IGNORECASE,
)


def _paragraph(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences of the paragraph (text between line breaks) holding the sentence."""
    text = doc_text(doc)
    begin = text.rfind("\n", 0, sentence.start_char) + 1
    stop = text.find("\n", sentence.end_char)
    end = len(text) if stop < 0 else stop
    return [s for s in doc_sentences(doc) if begin <= s.start_char and s.end_char <= end and s.text.strip()]


def incident_sentences(doc: Doc, sentence: Span) -> list[Span]:
    """The sentence and its neighbours in the paragraph that tell the same incident (up to another one)."""
    paragraph = _paragraph(doc, sentence)
    before = [s for s in paragraph if s.end_char <= sentence.start_char]
    after = [s for s in paragraph if s.start_char >= sentence.end_char]
    starts = [i for i, s in enumerate(before) if BOUNDARY.match(s.text)]
    before = [] if BOUNDARY.match(sentence.text) else before[max(starts, default=0) :]
    stop = next((i for i, s in enumerate(after) if BOUNDARY.match(s.text)), len(after))
    return [*before, sentence, *after[:stop]]


def _summary_toll(sentences: list[Span]) -> int | None:
    """The fatalities a coder's summary sentence states for the incident ('2 fatalities.', 'coded as 10')."""
    for sentence in sentences:
        m = SUMMARY.search(sentence.text)
        if m is not None:
            return parse_count(m["coded"] or m["n"]) if (m["coded"] or m["n"].lower() != "no") else 0
    return None


def _split_parts(sentences: list[Span]) -> int | None:
    """Into how many events a note shares its toll out: 'Fatalities split between 2 events'."""
    for sentence in sentences:
        m = SPLIT.search(sentence.text)
        if m is not None and "fatalit" in sentence.text.lower():
            return parse_count(m["n"])
    return None


def _in_relative_clause(token: Token) -> bool:
    """Whether the word sits in a clause describing a noun ('a man who died')."""
    return any(t.dep_ in {"relcl", "acl"} for t in [token, *token.ancestors])


def story_sentences(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences of the whole article that tell the sentence's incident, across paragraphs."""
    sentences = [s for s in doc_sentences(doc) if s.text.strip()]
    here = next((i for i, s in enumerate(sentences) if s.end_char > sentence.start_char), len(sentences))
    starts = [i for i, s in enumerate(sentences[: here + 1]) if _opens_other_story(s)]
    first = max(starts, default=0)
    later = (i for i, s in enumerate(sentences) if i > here and _opens_other_story(s))
    return sentences[first : next(later, len(sentences))]


def _opens_other_story(sentence: Span) -> bool:
    """A sentence that starts telling another incident ('In a separate shooting', 'PREVIOUS STORY:')."""
    text = sentence.text
    return bool(BOUNDARY.match(text) or STORY_BREAK.match(text) or SEPARATE.search(text))


def _is_violent(doc: Doc, detection: Detection) -> bool:
    """An attack itself (not the arrest or trial after it), whose toll the whole story may state."""
    if detection.type.plover == "ASSAULT" or detection.type.acled_event_type in VIOLENT_ACLED:
        return True
    trigger = doc.char_span(detection.trigger.start, detection.trigger.end, alignment_mode="expand")
    return trigger is not None and _kind(trigger.root) is not None


def _sentence_tally(findings: list[Finding]) -> Tally:
    """One sentence's largest killed and injured counts, and everyone it says was shot."""
    # "a boy was shot in the arm and a man was shot in the leg": each victim of 'shot' counts once
    shots = {f.victim if f.victim >= 0 else -1 - f.token: f.count for f in findings if f.kind == "shot"}
    return Tally(
        _total(findings, "killed"), _total(findings, "injured"), sum(shots.values()) if shots else None
    )


def _reconcile(tallies: list[Tally]) -> Casualties:
    """The story's toll: the largest count of each kind any sentence states; people said only to have
    been shot are injured unless counted among the dead ('A man was shot.' ... 'He died in hospital.')."""
    killed = _highest(t.killed for t in tallies)
    injured = _highest(t.injured for t in tallies)
    shot = _highest(t.shot for t in tallies)
    if injured is None and shot is not None and shot > (killed or 0):
        injured = shot - (killed or 0)
    return Casualties(killed, injured)


def _highest(values: Iterator[int | None]) -> int | None:
    """The largest stated count, None when none is stated."""
    stated = [v for v in values if v is not None]
    return max(stated) if stated else None


def count_casualties(doc: Doc, detection: Detection) -> Casualties:
    """Killed and injured in this event, as its sentence and the rest of its incident's telling state them."""
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    if sentence is None:
        return Casualties()
    incident = incident_sentences(doc, sentence)
    scope = story_sentences(doc, sentence) if _is_violent(doc, detection) else incident
    tallies = [_sentence_tally(_findings(doc, s, detection)) for s in scope]
    toll = _reconcile(tallies)
    killed, injured = toll.fatalities, toll.injured
    summary = _summary_toll(incident)
    killed = killed if summary is None else summary
    parts = _split_parts(incident)
    if killed and parts:
        killed //= parts  # each of the events the note's toll is shared between gets its part
    return Casualties(fatalities=killed, injured=injured)


_FINDINGS_KEY = "kronika.casualty_findings"


def _stated_counts(doc: Doc, sentence: Span) -> list[Finding]:
    """Every count a sentence states, read once per doc: an article's mentions share its sentences."""
    cache: dict[int, list[Finding]] = doc.user_data.setdefault(_FINDINGS_KEY, {})
    if sentence.start not in cache:
        cache[sentence.start] = [*_parse_findings(sentence), *_text_findings(sentence)]
    return cache[sentence.start]


def _findings(doc: Doc, sentence: Span, detection: Detection) -> list[Finding]:
    """Every count the sentence states, less the deaths a protest names as its grievance."""
    findings = _stated_counts(doc, sentence)
    if detection.type.plover == "PROTEST":
        # "relatives of a man who died in a crash rallied": the death is the grievance, not the protest's toll
        findings = [f for f in findings if f.token < 0 or not _in_relative_clause(doc[f.token])]
    return findings
