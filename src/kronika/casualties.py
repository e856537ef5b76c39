"""Killed and injured counts for one event, read from its sentence, and the number parser they rest on.

Vague quantities follow ACLED's coding conventions, which take the lowest figure a report supports:
"dozens" is 12, "hundreds" 100, "thousands" 1000, "several"/"many"/"a few" 3 (news uses "several" for
small groups, and 3 is the smallest plural that is more than "a couple"), "scores" 20 (one score).
"more than 20", "at least 5", "almost 700" and "up to 10" all give the stated figure.
A negated report ("no one was hurt", "our staff were not hurt") counts as 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Span, Token

from kronika.model import Casualties, Detection

Kind = Literal["killed", "injured", "shot"]  # "shot" victims are injured unless said to be killed

UNITS = {
    "zero": 0, "no": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "dozen": 12, "couple": 2, "pair": 2,
}  # fmt: skip
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "several": 3, "many": 3, "few": 3,
    "numerous": 3, "multiple": 3,
}  # fmt: skip
PERSON_NOUNS = {
    "man", "woman", "person", "boy", "girl", "child", "teen", "teenager", "toddler", "baby", "infant",
    "officer", "soldier", "civilian", "protester", "demonstrator", "policeman", "student", "worker",
    "victim", "driver", "passenger", "resident", "member", "journalist", "guard", "suspect", "gunman",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "bystander",
    "employee", "farmer", "villager", "militant", "fighter", "rebel", "youth", "individual", "cop",
    "trooper", "deputy", "agent", "pedestrian", "customer", "shooter", "he", "she", "him", "her",
}  # fmt: skip
ANIMALS = {"livestock", "cattle", "cow", "goat", "sheep", "camel", "animal", "donkey", "horse", "dog",
           "chicken", "pig", "ox", "buffalo", "poultry"}  # fmt: skip
NOBODY = {"no one", "nobody", "none", "no-one"}
KILLED_WORDS = {"kill", "killed", "dead", "die", "died", "death", "deaths", "fatality", "fatalities",
                "slay", "slain", "murder", "murdered", "fatally", "dying", "killing", "lifeless",
                "assassinate", "assassinated", "behead", "beheaded", "lynch", "lynched"}  # fmt: skip
BODY_WORDS = {"body", "bodies", "corpse", "corpses"}  # "the body of a man", "two bodies": one dead each
INJURED_WORDS = {"injure", "injured", "injury", "injuries", "hurt", "wound", "wounded", "wounding",
                 "injuring", "hospitalize", "hospitalized", "hospitalised"}  # fmt: skip
NOT_A_COUNT = re.compile(
    r"\d+(?:\.\d+)?-(?:year|month|week|day|hour)|\d{1,2}:\d{2}|\d{3}-\d{3,4}|\bp\.?m\b|\ba\.?m\b"
)
QUALIFIERS = re.compile(
    r"^(?:almost|nearly|about|around|approximately|roughly|some|over|more than|at least|up to|as many as|"
    r"an estimated|fewer than|less than|under|just|only|another|a total of|total of|a further)\s+"
)


@dataclass(frozen=True)
class Finding:
    """One stated count of killed or injured people, with the token it was read from."""

    kind: Kind
    count: int
    token: int  # index of the casualty word in the doc


def _number_word_value(words: list[str]) -> int | None:
    """The value of a run of number words: 'twenty-three', 'two hundred', 'a dozen'."""
    total, current, seen = 0, 0, False
    for word in words:
        if word in UNITS:
            current += UNITS[word] if word not in {"dozen"} else (current or 1) * 12 - current
            seen = True
        elif word in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total, current = total + current, 0
            seen = True
        elif word != "and":
            break
    return total + current if seen else None


def parse_count(text: str) -> int | None:
    """The number of people a phrase states ('almost 700', 'a dozen', 'two people', 'a man'), or None."""
    phrase = text.lower().strip()
    if re.match(r"(?:a|an|the)\s+\d+-year-old(?!s)", phrase):
        return 1  # "the 64-year-old" is one person, though 64 is not a count
    if not phrase or NOT_A_COUNT.search(phrase):
        return None
    if any(phrase.startswith(n) for n in NOBODY):
        return 0
    phrase = QUALIFIERS.sub("", QUALIFIERS.sub("", phrase))
    digits = re.match(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(million|thousand)?", phrase)
    if digits:
        return _digit_value(digits)
    words = re.findall(r"[a-z]+", phrase)
    if not words:
        return None
    if words[0] in VAGUE or (words[0] == "a" and len(words) > 1 and words[1] in VAGUE):
        return VAGUE[words[0] if words[0] in VAGUE else words[1]]
    if words[0] in {"a", "an", "the", "his", "her", "their", "its"} and len(words) > 1:
        return _article_count(words)
    return _number_word_value([w for w in re.split(r"[\s-]+", phrase) if w])


def _digit_value(m: re.Match[str]) -> int | None:
    """A count written in digits, with an optional 'million'/'thousand'."""
    whole = int(m.group(1).replace(",", ""))
    if m.group(3):
        fraction = float(f"0.{m.group(2)}") if m.group(2) else 0.0
        return int((whole + fraction) * MULTIPLIERS[m.group(3)])
    if m.group(2):
        return None  # "11.5" is a length or a rate, not a number of people
    return whole


def _article_count(words: list[str]) -> int | None:
    """'a man', 'the victim', 'his wife' are one person; 'a dozen', 'a hundred' are numbers."""
    value = _number_word_value(words)
    if value is not None and (words[1] in UNITS or words[1] in MULTIPLIERS):
        return value
    if words[0] in {"a", "an"} or any(w in PERSON_NOUNS for w in words[1:3]):
        return 1 if words[-1] in PERSON_NOUNS or words[0] in {"a", "an"} else None
    return None


def _phrase_count(token: Token) -> int | None:
    """The count stated by the noun phrase a token heads, summing its conjuncts."""
    if token.lower_ in {"he", "she", "him", "her"}:
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
    return parse_count(phrase)


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
    return None


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
    if found is None and token.dep_ in {"conj", "xcomp"}:
        # "shot and killed a man", "was found shot": the victims hang on the verb above
        found = _child(token.head, OBJECTS) or _child(token.head, {"nsubjpass"})
    return _antecedent(found) if found is not None else None


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
    return None


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
        if kind is None:
            continue
        count = _count_for(token, kind)
        if count is not None:
            yield Finding(kind, count, token.i)


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
SPLIT = re.compile(
    r"(?:split|spread|distributed|divided)\s+(?:up\s+)?(?:between|across|among|over|into)\s+"
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?"
    r"(?:events|locations|days|incidents|villages|areas)",
    re.IGNORECASE,
)


def _paragraph(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences of the paragraph (text between line breaks) holding the sentence."""
    text = doc.text
    begin = text.rfind("\n", 0, sentence.start_char) + 1
    stop = text.find("\n", sentence.end_char)
    end = len(text) if stop < 0 else stop
    return [s for s in doc.sents if begin <= s.start_char and s.end_char <= end and s.text.strip()]


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


def count_casualties(doc: Doc, detection: Detection) -> Casualties:
    """Killed and injured in this event, as its sentence and the rest of its incident's telling state them."""
    sentence = doc.char_span(detection.sentence.start, detection.sentence.end, alignment_mode="expand")
    if sentence is None:
        return Casualties()
    incident = incident_sentences(doc, sentence)
    findings = [f for s in incident for f in (*_parse_findings(s), *_text_findings(s))]
    if detection.type.plover == "PROTEST":
        # "relatives of a man who died in a crash rallied": the death is the grievance, not the protest's toll
        findings = [f for f in findings if f.token < 0 or not _in_relative_clause(doc[f.token])]
    killed, injured, shot = (_total(findings, kind) for kind in ("killed", "injured", "shot"))
    if injured is None and shot is not None and shot > (killed or 0):
        injured = shot - (killed or 0)  # "four were shot, one fatally": the other three were wounded
    summary = _summary_toll(incident)
    killed = killed if summary is None else summary
    parts = _split_parts(incident)
    if killed and parts:
        killed //= parts  # each of the events the note's toll is shared between gets its part
    return Casualties(fatalities=killed, injured=injured)
