"""scripts/fold_minilm_mask.py: which computed reshape target entries a constant may say, read from the
probes' values alone (no onnx needed)."""

from __future__ import annotations

import numpy as np
import pytest
from builders import script_module

fold_script = script_module("fold_minilm_mask")


@pytest.mark.parametrize(
    ("seen", "expected"),
    [
        # batch and length varied with the data's own sizes: copied (0); -1 and the head size stay
        ([([1, 3, -1, 2], [1, 3, 4]), ([2, 5, -1, 2], [2, 5, 4])], [0, 0, -1, 2]),
        # a fixed size that happens to be the data's own: kept as written
        ([([1, 3, 4], [1, 3, 4]), ([2, 5, 4], [2, 5, 4])], [0, 0, 4]),
        # an entry that varied but is not the data's size there (batch times length): left computed
        ([([3, 4], [1, 3, 4]), ([10, 4], [2, 5, 4])], None),
    ],
)
def test_a_target_is_constant_only_where_every_probe_agrees(
    seen: list[tuple[list[int], list[int]]], expected: list[int] | None
) -> None:
    got = fold_script.constant_target([(np.array(t), np.array(s)) for t, s in seen])
    assert (None if got is None else got.tolist()) == expected
