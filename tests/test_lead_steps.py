"""Spec: the lead-retyping steps run in their table's order, each seeing what the one before made."""

from __future__ import annotations

import pytest

from kronika.events.lead_steps import LeadScope, run_steps
from kronika.model import Detection


def _scope() -> LeadScope:
    """A scope no step below reads."""
    return LeadScope(doc=None, text="", first=0, lead_end=0, prediction=None, peaceful=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a", "b"], ["a", "b"]),
        (["b", "a"], ["b", "a"]),
        ([], []),
    ],
)
def test_each_step_sees_the_one_before(names: list[str], expected: list[str]) -> None:
    seen: list[str] = []

    def step(name: str):  # type: ignore[no-untyped-def]
        def run(found: list[Detection], scope: LeadScope) -> list[Detection]:
            seen.append(name)
            return found

        return run

    assert run_steps([step(n) for n in names], [], _scope()) == []
    assert seen == expected
