"""Specs for a main verb the parser gave no subject: the words before it name its doer ("a sniper shot")."""

from __future__ import annotations

import pytest
from builders import made_up_detection, unnamed_doer_sectors
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.doers import EventDoers
from kronika.model import Article, ArticleContext, Span


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the state's word before the verb: its forces, however the parser joined the words
        ("On 4 March 2021, a regime sniper shot and killed a shepherd near Saraqib.", "killed", ["MIL"]),
        ("Army kill at least 14 herders in Mayom.", "kill", ["MIL"]),
        # a bare report of a harm names nobody: the unidentified group it implies
        ("On 4 March 2021, a shepherd was shot and killed near Saraqib.", "killed", ["UAF"]),
    ],
)
def test_unparsed_subject(
    nlp: Language, lexicon: ActorLexicon, text: str, trigger: str, expected: list[str]
) -> None:
    """An attack whose verb the parser gave no subject is done by the forces the words before it name."""
    assert unnamed_doer_sectors(nlp, lexicon, text, trigger) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a regime sniper", "MIL"),
        ("an Israeli sniper", "MIL"),
        ("army snipers", "MIL"),
        # a named group's sniper is the group's; an unqualified one an armed man
        ("a Taliban sniper", "REB"),
        ("a sniper", "UAF"),
    ],
)
def test_a_states_sniper_is_its_military(
    nlp: Language, lexicon: ActorLexicon, phrase: str, expected: str
) -> None:
    """A sniper a state's word qualifies is that state's military."""
    text = f"On 4 March 2021, {phrase} wounded a farmer."
    start = text.index(phrase)
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    found = actors.resolve([Span(start, start + len(phrase), phrase)])
    assert [a.sector for a in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every side of the clause the label heads
        ("Agreement: The Umma Party and SPLM-N rebels signed a pact in Kauda.", ["PTY", "REB"]),
        # its main clause's subject, not a relative clause's
        ("Agreement: Soldiers who backed the mutiny surrendered to the governor of Kassala.", ["MIL"]),
    ],
)
def test_a_labels_clause_names_the_doers(
    nlp: Language, lexicon: ActorLexicon, text: str, expected: list[str]
) -> None:
    """A coder's label the parser made the root leaves the clause it heads to name who agreed."""
    detection = made_up_detection(text, "Agreement", "AGREE", "Agreement")
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    assert [a.sector for a in EventDoers(actors).unnamed(detection)] == expected
