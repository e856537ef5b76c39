"""Specs for the event stage's shortcuts: each must find exactly what the long way round finds."""

from __future__ import annotations

import itertools
import re
import zlib

import numpy as np
import pytest
from spacy.language import Language

from kronika.events import acled_rules, crowd_rules, load_detector
from kronika.events.acled_rules import _CONTROL_TAKEN, _CONTROL_WORDS
from kronika.events.classifier import DIM, WORD_DIM, AcledClassifier, featurize, normalize, word_hashes
from kronika.events.clause_triggers import sentence_entry, trigger_lemmas
from kronika.events.detector import _leads_paragraph
from kronika.events.lexicon import Lexicon
from kronika.events.rules import adjust
from kronika.events.spans import sentences
from kronika.model import Article


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """The shipped trigger lexicon."""
    return load_detector().lexicon


@pytest.mark.parametrize(
    "text",
    [
        "Rioters targeted three pharmacies and a bakery in Velmora before dawn on Tuesday.",
        "The assembly elected a new speaker after the old one resigned over the budget row.",
        "Volunteers handed over forty sacks of flour and blankets to families in Drenovac camp.",
        "A spokesman declined to say how many fighters had been captured near the ridge.",
        "He is serving a ten-year term for his role in the bombing of a Tarsk courthouse.",
        "Gunmen ambushed a convoy, killing two guards, and then set fire to the lorries.",
        "Hundreds of teachers marched to the ministry demanding unpaid wages on Monday.",
        "The coach was fired on Monday after the team lost its fifth match in a row.",
    ],
)
def test_words_outside_the_trigger_lemmas_have_no_entry(nlp: Language, lexicon: Lexicon, text: str) -> None:
    """The detector reads only words whose lemma a trigger can have: every other word gets no entry from
    the lexicon, the clause rules or the parse's adjustments (a rule that makes entries for new words must
    add them to `trigger_lemmas`)."""
    lemmas = trigger_lemmas(lexicon)
    for token in nlp(text):
        if token.lemma_.lower() not in lemmas:
            assert adjust(token, sentence_entry(token, lexicon), lexicon) is None, token.text


@pytest.mark.parametrize("lemma", ["target", "elect", "hand", "deliver", "attack", "protest", "kill"])
def test_trigger_lemmas_hold_the_lexicon_heads_and_the_clause_verbs(lexicon: Lexicon, lemma: str) -> None:
    """The lexicon's heads and the verbs whose objects make them triggers are all trigger lemmas."""
    assert lemma in trigger_lemmas(lexicon)


def _slow_sentences(text: str, nlp: Language) -> list[tuple[int, int]]:
    """spaCy's sentences cut at line breaks, token by token (the spec `spans.sentences` keeps)."""
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    out.append((start, token.i))
                start = token.i + 1
        if sent.end > start:
            out.append((start, sent.end))
    return [(a, b) for a, b in out if any(not t.is_space for t in doc[a:b])]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Orvik\nTwo soldiers died when rebels shelled the post. A third was hurt.",
        "Protest in Lumen\n\n  \nStudents blocked the bridge.\n\nPolice later cleared it.",
        "No line break here at all. Just two short sentences.",
        "\n\nA heading after blank lines\n   \n",
    ],
)
def test_sentences_are_cut_at_line_breaks(nlp: Language, text: str) -> None:
    """A heading or caption on its own line is a sentence of its own, and blank stretches are none."""
    assert [(s.start, s.end) for s in sentences(nlp(text))] == _slow_sentences(text, nlp)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Troops entered Korsa.", 0, True),
        ("Troops entered Korsa. Residents fled.", 22, False),
        ("Troops entered Korsa.\nResidents fled.", 22, True),
        ("Troops entered Korsa.\n\n   Residents fled.", 26, True),
        ("Troops entered Korsa.   Residents fled.", 24, False),
        ("   Residents fled.", 3, True),
    ],
)
def test_a_sentence_leads_its_paragraph_after_a_line_break(text: str, start: int, expected: bool) -> None:
    """A sentence opens a paragraph when only whitespace holding a line break (or nothing) comes before it."""

    class _Sent:
        start_char = start

    assert _leads_paragraph(Article(id="t", text=text), _Sent()) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["militants stormed the depot", "militants stormed the depot and militants fled", "a b a b a"]
)
def test_word_buckets_are_crc32_of_each_gram(text: str) -> None:
    """Each word gram's bucket is its crc32, however often the gram recurs (the cache changes nothing)."""
    words = text.split()
    grams = [f"w {w}" for w in words] + [f"b {a} {b}" for a, b in itertools.pairwise(words)]
    expected = [zlib.crc32(g.encode("utf-8")) % WORD_DIM for g in grams]
    assert word_hashes(text) == expected
    assert word_hashes(text) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["Rebels shelled the garrison at Orvik overnight.", "Two traders were abducted on the Lumen road."],
        ["Students marched peacefully through Velmora.", "", "Students marched peacefully through Velmora."],
    ],
)
def test_linear_scores_sum_each_texts_weighted_rows(texts: list[str]) -> None:
    """A text's score is the bias plus its features' weight rows times their values, summed in order."""
    model = AcledClassifier.load()
    batch = featurize(texts, model._idf)
    expected = np.tile(model._bias, (len(texts), 1))
    for doc in range(len(texts)):
        rows = batch.doc == doc
        if rows.any():
            contrib = model._weights[batch.index[rows]].astype(np.float32) * batch.value[rows][:, None]
            expected[doc] += np.add.reduceat(contrib, [0], axis=0)[0]
    assert np.array_equal(model.decision_scores(texts), expected)


def test_weights_are_held_at_their_stored_precision() -> None:
    """The model holds its weights widened to float32 for speed but at the float16 precision it stores:
    one given float32 weights scores exactly as one given those weights rounded to float16."""
    rng = np.random.default_rng(7)
    model = AcledClassifier.load()
    labels = model.labels
    weights = rng.normal(0, 0.3, (DIM, len(labels))).astype(np.float32)
    bias = np.zeros(len(labels), np.float32)
    idf = np.ones(DIM, np.float32)
    fine = AcledClassifier(weights, bias, idf, labels, 1.0)
    stored = AcledClassifier(weights.astype(np.float16), bias, idf, labels, 1.0)
    texts = ["Militia fighters looted the granary at Pelosk.", "Nurses held a sit-in at the Dravik clinic."]
    assert np.array_equal(fine.decision_scores(texts), stored.decision_scores(texts))


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Rebels took control of Vrasno after a day of fighting.", True),
        ("The army regained full control over the Kesh valley on Friday.", True),
        ("Insurgents SEIZED CONTROL OF the district capital.", True),
        ("Troops recovered some territory east of Malvik.", True),
        ("Government forces retook the territories lost last year.", True),
        ("Police seized control of the Orlen bus station.", False),
        ("The fire brigade brought the blaze under control.", False),
        ("Militants were driven from the town by the army.", False),
    ],
)
def test_control_taken_needs_a_control_word(text: str, taken: bool) -> None:
    """Every sentence a change of control's pattern matches holds a word the cheap pre-check finds, so
    the pre-check skips only sentences the pattern could not match."""
    assert (_CONTROL_TAKEN.search(text) is not None) == taken
    if taken:
        assert _CONTROL_WORDS.search(text) is not None


# each costly pattern and the cheap pre-check searched before it
_PRE_CHECKED: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "rioters": (crowd_rules._AT_RIOTERS, crowd_rules._RIOT_WORD),
    "control": (acled_rules._CONTROL_TAKEN, acled_rules._CONTROL_WORDS),
}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("rioters", "Guards fired tear gas at rioting inmates."),
        ("rioters", "Police moved to disperse the rioters."),
        ("rioters", "Soldiers shot at RIOTING miners."),
        ("control", "Rebels took control of Vrasno."),
        ("control", "Troops recovered some territory east of Malvik."),
    ],
)
def test_costly_patterns_match_only_where_their_words_are(kind: str, text: str) -> None:
    """A costly pattern is searched only where its cheap pre-check finds a word: each sentence it matches
    holds one (upper case too), so the pre-check skips only sentences it could not match."""
    pattern, words = _PRE_CHECKED[kind]
    for told in (text, text.upper()):
        assert pattern.search(told) is not None
        assert words.search(told) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Rebels\tKILLED 12\n\npeople ", "rebels killed 00 people"),
        ("a\u00a0b\u2003c\u3000d\x1ce\x85f", "a b c d e f"),
        ("\n\t ", ""),
        ("Strike on 3\u00a0May", "strike on 0 may"),
    ],
)
def test_normalize_collapses_every_whitespace_run(text: str, expected: str) -> None:
    """Lower case, digits to 0, every run of whitespace (the characters \\s matches, Unicode's too)
    one space, none at the ends."""
    assert normalize(text) == expected
    assert normalize(text) == re.sub(r"\s+", " ", re.sub(r"\d", "0", text.lower())).strip()
