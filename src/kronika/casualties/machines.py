"""Machines told dead ('an old SUV which died on the ramp', 'the family's RV died'): no one's death.

'Die' is said of an engine or a battery that stops, so a death word whose subject names a vehicle or a
device tells of no person's death, as a death told of an animal does not (`kronika.casualties.animals`).
A common noun ('the car died') names no one the count reads anyway; the parser tags an abbreviation
('SUV', 'RV') a proper noun, which would read as a person's name.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

__all__ = ["is_machine"]

# the vehicles and devices English says 'die' of when they stop working
MACHINES: Final = frozenset(
    {
        "car", "suv", "rv", "atv", "utv", "truck", "van", "vehicle", "cruiser", "motorcycle", "bus", "engine",
        "motor", "battery", "phone", "cellphone", "radio", "generator", "computer", "laptop", "camera",
        "flashlight", "taser",
    }
)  # fmt: skip


def is_machine(verb: Token, victim: Token | None) -> bool:
    """Whether a death word ('died', 'dead') tells of a machine that stopped: its subject, or the noun a
    relative 'that' or 'which' stands for ('an old SUV which died'), names a vehicle or a device."""
    if victim is None or verb.lemma_.lower() not in {"die", "dead"}:
        return False
    if victim.lower_ in {"that", "which"} and verb.dep_ == "relcl":
        victim = verb.head  # the relative pronoun stands for the noun its clause hangs on
    return victim.pos_ in {"NOUN", "PROPN"} and (
        victim.lemma_.lower() in MACHINES or victim.lower_ in MACHINES
    )
