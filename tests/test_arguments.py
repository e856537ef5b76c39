"""Specs for the argument spans of a trigger: who acted and who was acted on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kronika.events.arguments import arguments
from kronika.events.lexicon import TriggerEntry


def _entry(head: str, pos: str = "V") -> TriggerEntry:
    """A bare trigger entry for `head`."""
    return TriggerEntry(pos, head, (), "ASSAULT", None, None, 1.0)  # type: ignore[arg-type]


def _roles(nlp: Language, text: str, trigger: str) -> tuple[list[str], list[str]]:
    """The actor and target head words of the first token written `trigger`."""
    token = next(t for t in nlp(text) if t.text == trigger)
    actors, targets = arguments(token, _entry(token.lemma_, "N" if token.pos_ == "NOUN" else "V"))
    return [a.text for a in actors], [t.text for t in targets]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # an onlooker saw the fire; nobody it names fired
        ("The monitors observed forty explosions near the village.", "observed", [], ["explosions"]),
        ("Residents heard gunfire overnight.", "heard", [], ["gunfire"]),
        # whoever suffers an injury had it done to them
        ("The driver suffered serious injuries.", "suffered", [], ["driver", "injuries"]),
        # a raising or control verb's passive subject did what its complement says
        ("The rebels were reported to have attacked the convoy.", "attacked", ["rebels"], ["convoy"]),
        ("The soldiers fired on the crowd.", "fired", ["soldiers"], ["crowd"]),
        # a qualifier before the subject misread as the main verb: its conjunct still has that subject
        (
            "On 5 May, suspected ISGS militants attacked the village of Tera (Tera, Tillabery), "
            "and killed two herders.",
            "killed",
            ["militants"],
            ["herders"],
        ),
        # an all-caps "IS" closing the subject is the Islamic State, not "is": the clause is active
        ("On 21 May 2020, Boko Haram/IS attacked Monguno.", "attacked", ["Haram"], ["Monguno"]),
        ("The bridge is attacked by rebels every week.", "attacked", ["rebels"], ["bridge"]),
        # a participle set off by a comma after an object tells what the subject did, however it is parsed
        (
            'Two parties said they had created a "joint council" to restore order, criticizing the cabinet.',
            "criticizing",
            ["they"],
            [],
        ),
        # a participle of harm after an object tells what the subject did, even with no comma before it
        (
            "On 3 June 2022, army jets bombed a market in Dila (Dila town, Gedeo) killing 12 traders.",
            "killing",
            ["jets"],
            ["traders"],
        ),
        ("Gunmen raided two shops in Kano injuring a guard.", "injuring", ["Gunmen"], ["guard"]),
    ],
)
def test_verb_arguments(
    nlp: Language, text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    """Subjects act unless they only watched or underwent the event."""
    found_actors, found_targets = _roles(nlp, text, trigger)
    assert found_actors == actors
    assert set(targets) <= set(found_targets)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Three soldiers died in an IED attack near the base.", []),
        ("Three soldiers died in a Taliban attack near the base.", ["Taliban"]),
    ],
)
def test_a_device_before_an_attack_is_its_weapon(nlp: Language, text: str, actors: list[str]) -> None:
    """ "An IED attack" names the weapon; "a Taliban attack" names who attacked."""
    assert _roles(nlp, text, "attack")[0] == actors
