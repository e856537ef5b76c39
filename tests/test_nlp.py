"""nlp.py: the per-doc caches give the same strings and sentences spaCy itself would."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.nlp import doc_text, entities, entities_in, noun_chunks_in, sentences, span_text


@pytest.mark.parametrize(
    "text",
    [
        "Police said two men were shot on Friday. One died in hospital.",
        "GROVEPORT, Ohio —  A woman was hurt.\n\nTwo  others fled  the scene.  ",
        "Protesters gathered at 8 p.m. Sunday outside the hall.\tThey left by midnight.",
        "",
    ],
)
def test_span_text_is_the_spans_own_text(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert doc_text(doc) == doc.text
    assert [span_text(s) for s in sentences(doc)] == [s.text for s in sentences(doc)]
    assert all(span_text(doc[i : i + 3]) == doc[i : i + 3].text for i in range(len(doc)))


@pytest.mark.slow
def test_entities_in_a_span_are_the_spans_own(nlp: Language) -> None:
    doc = nlp("Police in Memphis said John Smith of Dallas met Mary Jones in New York City. Paris was calm.")
    for span in [*doc.sents, doc[2:9], doc[5:20], doc[0:0]]:
        assert entities_in(span) == list(span.ents)
    assert entities(doc) == tuple(doc.ents)


@pytest.mark.slow
def test_noun_chunks_in_a_span_are_the_spans_own(nlp: Language) -> None:
    doc = nlp("Armed men from the village attacked a police post. Soldiers and local militia fought back.")
    for span in [*doc.sents, doc[1:6], doc[3:14], doc[0:0]]:
        assert noun_chunks_in(span) == list(span.noun_chunks)
    assert noun_chunks_in(doc) == list(doc.noun_chunks)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "On 9 June 2023, troops clashed with rebels near Kiwanja (Rutshuru, Nord-Kivu). 12 Mai-Mai "
            "fighters were killed in the fighting.",
            [
                "On 9 June 2023, troops clashed with rebels near Kiwanja (Rutshuru, Nord-Kivu).",
                "12 Mai-Mai fighters were killed in the fighting.",
            ],
        ),
        (
            "Herders raided a village near Torit on Sept. 4. 6 killed.",
            ["Herders raided a village near Torit on Sept. 4.", "6 killed."],
        ),
        (
            "Youths blocked the road at Ward No. 14 in Sylhet.",
            ["Youths blocked the road at Ward No. 14 in Sylhet."],
        ),
    ],
)
def test_a_sentence_opening_on_a_count_keeps_its_count(nlp: Language, text: str, told: list[str]) -> None:
    assert [s.text for s in sentences(nlp(text))] == told


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("They’ll close the road.", "’ll", "will"),
        ("They’d close the road.", "’d", "would"),
        ("They don’t close the road.", "n’t", "not"),
        ("They'll close the road.", "'ll", "will"),
    ],
)
def test_a_typographic_contraction_has_the_straight_ones_lemma(
    nlp: Language, text: str, word: str, lemma: str
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("DHAKA — Rival party workers clashed in Feni on Sunday.", "Rival party workers clashed"),
        ("LUSAKA, Zambia (Reuters) - Students blocked a road in Kitwe.", "Students blocked a road"),
        ("Sports desk\n\nHARARE — Riot police fired tear gas at vendors.", "Riot police fired tear gas"),
        # a wire service's filing day after the place
        ("MAPUTO, Mozambique, June 3 (Reuters) - Insurgents raided Mocimboa.", "Insurgents raided Mocimboa"),
        ("QUITO, Oct. 9 (AP) — Farmers blocked roads near Latacunga.", "Farmers blocked roads"),
    ],
)
def test_a_dateline_opens_no_sentence_of_the_story(nlp: Language, text: str, story: str) -> None:
    """The story after a dateline is a sentence of its own, its subject parsed as the verb's; the dateline
    is no sentence of the story, so the story's lead is its first sentence."""
    doc = nlp(text)
    opening = next(s for s in sentences(doc) if story in s.text)
    assert opening.text.startswith(story)
    assert opening.root.pos_ == "VERB"
    assert all(s.text.strip() != text[: text.index(story)].split("\n")[-1].strip() for s in sentences(doc))


@pytest.mark.parametrize(
    "text",
    [
        # no space parts the capitals from what follows: a name, not a dateline
        "SPLM-N forces attacked army positions in Kurmuk.",
        # a colon closes a mark or a label, not a dateline
        "UPDATE: Police arrested two men in Kurmuk on Friday.",
    ],
)
def test_capitals_opening_a_note_are_not_always_a_dateline(nlp: Language, text: str) -> None:
    """The opening capitals stay in the story's one sentence."""
    assert [s.text for s in sentences(nlp(text))] == [text]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        # read as a noun, or as a present tense the lemmatizer keeps as written: the verb it is
        ("The army retook Rasheed on Sunday.", "retook", "retake"),
        ("Government soldiers retook the hill town of Ovara from the rebels on Monday.", "retook", "retake"),
    ],
)
def test_a_past_tense_the_tagger_misreads_is_its_verb(
    nlp: Language, text: str, form: str, lemma: str
) -> None:
    token = next(t for t in nlp(text) if t.lower_ == form)
    assert (token.pos_, token.tag_, token.lemma_) == ("VERB", "VBD", lemma)
