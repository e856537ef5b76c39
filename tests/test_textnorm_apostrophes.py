"""textnorm.with_typographic: a form with a straight apostrophe also matches its typographic spelling."""

from __future__ import annotations

import pytest

from kronika.textnorm import with_typographic


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        ({"'ll", "will"}, {"'ll", "’ll", "will"}),
        ({"people's", "-"}, {"people's", "people’s", "-"}),
        (set(), set()),
    ],
)
def test_each_form_gains_its_typographic_spelling(forms: set[str], expected: set[str]) -> None:
    assert with_typographic(forms) == frozenset(expected)
