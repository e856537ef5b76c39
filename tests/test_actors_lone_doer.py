"""Specs for how one person as the doer changes ACLED's coding: one person's violence is no mob's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from builders import made_up_detection
from spacy.language import Language

from kronika.actors import ActorLexicon, ArticleActors
from kronika.actors.coding import coded_by_doers
from kronika.model import Article, ArticleContext, Span


@pytest.mark.parametrize(
    ("text", "doer", "trigger", "expected"),
    [
        # one person told by a common noun: ACLED codes one person's violence as an attack
        ("A man threw bricks at a bus driver in Bogra on Friday.", "A man", "threw", "Attack"),
        ("An unknown assailant stabbed a baker.", "An unknown assailant", "stabbed", "Attack"),
        ("The drunk youth beat a tea seller with a bamboo pole.", "The drunk youth", "beat", "Attack"),
        # a crowd, a group, people in numbers, a party: mob violence stands
        ("A mob beat a suspected thief to death in Rajshahi.", "A mob", "beat", "Mob violence"),
        ("A group of youths beat a tea seller.", "A group of youths", "beat", "Mob violence"),
        ("Three men beat a tea seller with bamboo poles.", "Three men", "beat", "Mob violence"),
        ("Villagers beat a suspected cattle thief in the market.", "Villagers", "beat", "Mob violence"),
        ("Jubo League activists beat a baker.", "Jubo League activists", "beat", "Mob violence"),
    ],
)
def test_one_person_is_no_mob(
    nlp: Language, lexicon: ActorLexicon, text: str, doer: str, trigger: str, expected: str
) -> None:
    """A violent act read as mob violence whose one doer is one man, woman, youth or assailant is an attack:
    ACLED codes mob violence to rioters, a crowd."""
    start = text.index(doer)
    read = made_up_detection(text, trigger, "ASSAULT", "Mob violence")
    detection = replace(read, actor_spans=(Span(start, start + len(doer), doer),))
    actors = ArticleActors(nlp(text), ArticleContext(Article("t", text)), lexicon)
    assert coded_by_doers(actors, detection).type.acled_sub_event_type == expected
