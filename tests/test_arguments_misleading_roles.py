"""Specs for who acts and who is acted on where the parse's roles mislead: a verb of feeling in the passive,
a participle on a place passed through, a ruling on someone's legal standing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.arguments import arguments
from kronika.events.lexicon import TriggerEntry


def _roles(nlp: Language, text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The actor and target head words of the first token written `trigger`."""
    token = next(t for t in nlp(text) if t.text == trigger)
    entry = TriggerEntry("V", token.lemma_, (), "ACCUSE", "disapprove", None, 1.0)
    actors, targets = arguments(token, entry)
    return [a.text for a in actors], [t.text for t in targets]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            'The spokesman said the ministry was "deeply concerned" over the clashes.',
            "concerned",
            ["ministry"],
        ),
        ("The agency was concerned over the fighting, its director said.", "concerned", ["agency"]),
    ],
)
def test_who_is_concerned_voices_the_concern(
    nlp: Language, text: str, trigger: str, actors: list[str]
) -> None:
    """'X was concerned over Y': X feels and voices the concern; X is no target of it."""
    found_actors, targets = _roles(nlp, text, trigger)
    assert found_actors == actors
    assert not set(actors) & set(targets)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Witnesses saw crowds roaming the streets targeting shops.", "targeting", "crowds"),
        ("Police chased gangs roaming the avenues attacking kiosks.", "attacking", "gangs"),
    ],
)
def test_a_participle_on_the_streets_is_the_movers_act(
    nlp: Language, text: str, trigger: str, actor: str
) -> None:
    """'Crowds roaming the streets targeting shops': the parser hangs 'targeting' on the streets; the crowds
    roaming them did it."""
    assert _roles(nlp, text, trigger)[0] == [actor]


def _targets(nlp: Language, text: str, trigger: str, extras: tuple[str, ...]) -> list[str]:
    """The target head words of the first token written `trigger`, read as a phrase with `extras`."""
    token = next(t for t in nlp(text) if t.text == trigger)
    entry = TriggerEntry("V", token.lemma_, extras, "CONCEDE", "policy", None, 1.0)
    return [t.text for t in arguments(token, entry)[1]]


@pytest.mark.parametrize(
    ("text", "trigger", "extras", "holder"),
    [
        (
            "The supreme court overturned Ivanova's conviction on Friday.",
            "overturned",
            ("conviction",),
            "Ivanova",
        ),
        ("The ministry lifted the Green Party's ban after a year.", "lifted", ("ban",), "Party"),
        ("Prosecutors dropped the activist's charges.", "dropped", (), "activist"),
    ],
)
def test_a_ruling_on_a_legal_standing_acts_on_its_holder(
    nlp: Language, text: str, trigger: str, extras: tuple[str, ...], holder: str
) -> None:
    """'Overturned Ivanova's conviction': the ruling concerns Ivanova, who held the conviction."""
    targets = _targets(nlp, text, trigger, extras)
    assert holder in targets
    assert not {"conviction", "ban", "charges"} & set(targets)
