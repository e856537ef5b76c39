"""Two people an article names with one surname are two actors: the one whose given names a mention
writes, else the one last named in full before it. Spellings of one given name stay one person."""

from __future__ import annotations

import pytest
from builders import phrase_actors
from spacy.language import Language

from kronika.actors import ActorLexicon

pytestmark = pytest.mark.slow

REPORT = (
    "Gunmen killed 11 herders near Djibo on Friday, Governor Amadou Sawadogo said.\n\n"
    "President Issa Sawadogo condemned the attack on Saturday.\n\n"
    "Sawadogo also ordered troops to the area.\n\n"
    "Governor Sawadogo said the herders were buried in Djibo.\n\n"
    "Opposition leader Mamadou Zongo blamed the government. Zongo called for a protest.\n\n"
    "Mr. Zongo later met the ambassador, and Mamadou Zongo's party said it would march."
)


@pytest.mark.parametrize(
    ("phrase", "nth", "name"),
    [
        ("Governor Amadou Sawadogo", 0, "Amadou Sawadogo"),
        ("President Issa Sawadogo", 0, "Issa Sawadogo"),
        # a bare surname is the namesake last named in full before it
        ("Sawadogo", 2, "Issa Sawadogo"),
        # one person named in full and then by surname, or as "Mr.", stays one
        ("Zongo", 1, "Mamadou Zongo"),
        ("Mr. Zongo", 0, "Mamadou Zongo"),
    ],
)
def test_namesakes_are_told_apart(
    nlp: Language, lexicon: ActorLexicon, phrase: str, nth: int, name: str
) -> None:
    assert [a.name for a in phrase_actors(nlp, lexicon, REPORT, phrase, "BFA", nth)] == [name]
