"""How likely a reading is a particular event that took place, not a general remark, a state, a habit, a plan
or a word in another sense: a logistic model on the grammar around the trigger, trained on judged readings.

Long articles of analysis tell far more than they report: 'governments use sanctions', 'the country is at
war', 'police routinely beat suspects', 'talks could resume'. The trigger lexicon reads an event in each, and
the detector's own rules catch many such sentences (`modality`, `habitual`, `standing_words`), yet about half
of what it read from the Guardian sample was still judged noise. The signals are in the clause: tense and
aspect ('has seized', 'seized' vs 'seizes'), modals and verbs of wanting above the trigger ('wants to ban'), a
bare plural subject ('Governments impose ...'), a bare or generic noun ('sanctions are a tool'), a condition,
a question, whether the sentence names its when and where (a date, a place, a person), and the trigger word
itself where the judged readings hold it often enough. The model is
trained by `scripts/train_realis.py` from our verdicts (`data/judged_mentions.tsv`) and shipped as
`data/realis_model.json`. Each mention and record carries its probability as `realis`, beside the type's
`confidence`, which it does not weigh. The pipeline drops an article's readings scored under a low floor,
but for its main one and those whose toll no other reading counts (`reconcile/unlikely.py`: a clause's
grammar alone cannot tell 'Business associations called on parties to ...', a real appeal, from a general
one, so the floor is low); users filter stored events further with `kronika events --min-realis`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kronika.events.lexicon import ACTOR_ENTITIES
from kronika.model import Span
from kronika.nlp import clause_verb

MODEL: Final = "data/realis_model.json"

MODALS = frozenset(
    {"will", "would", "could", "should", "may", "might", "can", "must", "shall", "'ll", "wo", "ca"}
)
# adverbs of a habit or a general truth: 'police routinely beat suspects'
HABIT = frozenset(
    {
        "often", "routinely", "always", "usually", "frequently", "regularly", "repeatedly", "increasingly",
        "sometimes", "typically", "generally", "constantly", "continually", "habitually", "never", "ever",
        "traditionally", "commonly",
    }
)  # fmt: skip
# verbs whose complement is wanted, planned or asked for, not done: 'plans to ban', 'urged them to withdraw'
WANTING = frozenset(
    {
        "want", "plan", "seek", "threaten", "try", "aim", "hope", "intend", "vow", "promise", "pledge",
        "expect", "prepare", "need", "propose", "call", "urge", "ask", "demand", "refuse", "fail", "decide",
        "agree", "consider", "able", "likely", "set", "due", "going", "about", "poise", "ready", "prepared",
        "willing",
    }
)  # fmt: skip
# the clause links by which a trigger's verb hangs below a verb of wanting
COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl", "acl", "pobj", "dobj", "prep", "pcomp"})
GENERIC_SUBJECTS = frozenset({"we", "you", "they", "it", "one", "this", "that"})
NAMED = ("PERSON", "GPE", "NORP", "ORG", "DATE", "TIME", "CARDINAL")
TAGS = ("VBD", "VBN", "VBZ", "VBP", "VB", "VBG", "NNS")
CLAUSES = {"ROOT": "root", "relcl": "relcl", "acl": "relcl", "advcl": "advcl", "ccomp": "ccomp"}
# prepositions whose object a trigger noun may be: 'since the war began', 'amid fighting', 'the fight against'
PREPOSITIONS = frozenset(
    {
        "since", "during", "amid", "despite", "after", "before", "against", "of", "in", "for", "from", "with",
        "to", "by", "over",
    }
)  # fmt: skip
# the marks of a plan or a wish, which tell a threat rather than cast doubt on it
PLAN_MARKS = frozenset({"modal", "to_inf", "under_want"})
# what the trigger's own clause names: a day, a count, a place ('on Monday', 'killed 12', 'in Afrin')
CLAUSE_NAMES = {"date": {"DATE", "TIME"}, "num": {"CARDINAL"}, "gpe": {"GPE", "LOC", "FAC"}}


@dataclass(frozen=True)
class RealisModel:
    """A logistic model over named features: weights and an intercept."""

    weights: dict[str, float]
    intercept: float

    @classmethod
    def load(cls, path: Path | None = None) -> RealisModel:
        """The shipped model, or the one at `path`."""
        if path is None:
            text = resources.files("kronika").joinpath(MODEL).read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        raw = json.loads(text)
        return cls(dict(raw["weights"]), float(raw["intercept"]))

    def probability(self, doc: Doc, trigger: Span, confidence: float, plover: str) -> float:
        """How likely the reading with this trigger (and the type confidence and PLOVER type it was read
        with) is real."""
        return self.probability_of(realis_features(doc, trigger, confidence, plover))

    def probability_of(self, features: dict[str, float]) -> float:
        """The probability for a reading's named features (`realis_features`)."""
        score = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-score))


def realis_features(doc: Doc, trigger: Span, confidence: float, plover: str) -> dict[str, float]:
    """The named features of one reading (those absent are 0): its type, the trigger's word class and tense,
    its clause's auxiliaries, subject, place in the sentence and names, and what the sentence names."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    # a supporting or cooperating reading tells a standing tie far more often than an attack tells a war
    features: dict[str, float] = {"conf": confidence, f"type={plover}": 1.0}
    if span is None:
        return features
    word = span.root
    verb = clause_verb(word)
    sentence = word.sent
    marks = {
        **_word_marks(word),
        **_auxiliary_marks(verb),
        **_subject_marks(verb),
        **(_noun_marks(word) if word.pos_ == "NOUN" else {}),
        **_sentence_marks(sentence),
        "under_want": _under_wanting(verb),
        # 'did not attack', 'no attack': a negation on the trigger or on its clause's verb
        "neg": any(c.dep_ == "neg" for c in [*word.children, *verb.children]),
    }
    if word.dep_ == "pobj" and word.head.lower_ in PREPOSITIONS:
        marks[f"pobj_of={word.head.lower_}"] = True  # 'since the war began', 'the fight against Isis'
    names = {t.ent_type_ for t in verb.subtree}
    marks.update({f"clause_{kind}": bool(names & labels) for kind, labels in CLAUSE_NAMES.items()})
    clause = CLAUSES.get(verb.dep_)
    if clause is not None:
        marks[f"clause_{clause}"] = True
    # the words themselves: some are mostly read in another sense or of a state ('strike', 'warned',
    # 'backing'); a trigger of several words is its own ('chemical attack', 'call for', 'held on suspicion')
    marks[f"lemma={' '.join(token.lemma_.lower() for token in span)}"] = True
    if plover == "THREATEN":
        # a threat is told as what the speaker will or wants to do ('we will burn you', 'vowed to strike'):
        # its saying is the event, so the marks of a plan or a wish do not count against it
        marks = {name: on for name, on in marks.items() if name not in PLAN_MARKS}
    features.update({name: 1.0 for name, on in marks.items() if on})
    return features


def _word_marks(word: Token) -> dict[str, bool]:
    """The trigger's word class and tag."""
    marks = {"pos_verb": word.pos_ == "VERB", "pos_noun": word.pos_ == "NOUN", "pos_adj": word.pos_ == "ADJ"}
    marks.update({f"tag={tag}": word.tag_ == tag for tag in TAGS})
    return marks


def _auxiliary_marks(verb: Token) -> dict[str, bool]:
    """Tense, aspect and mood of the trigger's clause: 'would ban', 'has seized', 'had fled', 'to go'."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return {
        "modal": any(a.lower_ in MODALS for a in auxiliaries),
        "perfect": any(a.lemma_ == "have" for a in auxiliaries),
        "had": any(a.lower_ == "had" for a in auxiliaries),
        "to_inf": any(a.lower_ == "to" for a in auxiliaries) or verb.dep_ == "xcomp",
        "v_present": verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxiliaries),
        "v_past": verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries),
        "progressive": verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries),
    }


def _subject_marks(verb: Token) -> dict[str, bool]:
    """Who the clause is about: a bare plural ('Governments ...'), a name, a vague pronoun, or no one."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return {"subj_none": True}
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children)
    return {
        "subj_bare_plural": subject.tag_ == "NNS" and bare,
        "subj_propn": subject.pos_ == "PROPN" or subject.ent_type_ in ACTOR_ENTITIES,
        "subj_pron_generic": subject.lower_ in GENERIC_SUBJECTS,
    }


def _noun_marks(noun: Token) -> dict[str, bool]:
    """A trigger noun's determiner, number and role: 'an attack', 'the strikes', 'sanctions are ...'."""
    determiners = [c for c in noun.children if c.dep_ in {"det", "poss"}]
    return {
        "n_det_a": any(d.lower_ in {"a", "an"} for d in determiners),
        "n_det_the": any(d.lower_ in {"the", "this", "that", "these", "those"} for d in determiners),
        "n_poss": any(d.dep_ == "poss" for d in determiners),
        "n_bare": not determiners,
        "n_plural": noun.tag_ == "NNS",
        "n_subject": noun.dep_ in {"nsubj", "nsubjpass"},
        "n_object": noun.dep_ in {"dobj", "pobj"},
        "n_compound": noun.dep_ in {"compound", "amod"},
    }


def _sentence_marks(sentence: SpacySpan) -> dict[str, bool]:
    """What the whole sentence shows: a condition, a habit, a question, a quotation, and the kinds of names
    it gives (a date, a place, a person ...)."""
    words = {w.lower_ for w in sentence}
    text = sentence.text
    labels = {e.label_ for e in sentence.ents}
    marks = {
        "cond": bool(words & {"if", "unless", "whether"}),
        "habit_adv": bool(words & HABIT),
        "question": text.strip().endswith("?"),
        "quote": any(mark in text for mark in '“”"'),
    }
    marks.update({f"ent={label}": label in labels for label in NAMED})
    return marks


def _under_wanting(verb: Token) -> bool:
    """Whether the clause hangs below a verb or word of wanting, planning or asking (up to three steps)."""
    clause = verb
    for _ in range(3):
        if clause.head.i == clause.i:
            return False
        if clause.dep_ in COMPLEMENTS and clause.head.lemma_.lower() in WANTING:
            return True
        clause = clause.head
    return False
