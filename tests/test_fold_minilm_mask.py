"""scripts/fold_minilm_mask.py: the all-ones attention mask folded out of a graph without moving a logit."""

from __future__ import annotations

import numpy as np
import pytest
from builders import script_module

# building and checking a graph needs the train-transformer extra; the arithmetic on sizes that needs
# neither is specified in test_fold_minilm_targets.py, which runs without it
onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
from onnx import TensorProto, helper, numpy_helper  # noqa: E402

WIDTH = 4
VOCAB = 50
fold_script = script_module("fold_minilm_mask")


def _const(name: str, value: np.ndarray) -> onnx.NodeProto:
    """A Constant node, as the exporter writes them."""
    return helper.make_node("Constant", [], [name], value=numpy_helper.from_array(value))


def _toy_bert(extra_mask_use: bool = False) -> onnx.ModelProto:
    """A one-layer graph with the export's mask patterns: an additive attention bias from the mask, a NaN
    guard after the softmax, token types from a zero buffer, and mask-weighted mean pooling."""
    rng = np.random.default_rng(7)
    inits = [
        numpy_helper.from_array(rng.standard_normal((VOCAB, WIDTH)).astype(np.float32), "word_embeddings"),
        numpy_helper.from_array(rng.standard_normal((2, WIDTH)).astype(np.float32), "token_type_embeddings"),
    ]
    nodes = [
        _const("one_axis", np.array([1], np.int64)),
        _const("last_axis", np.array([-1], np.int64)),
        _const("zero_f", np.array(0.0, np.float32)),
        _const("neg_inf", np.array(-np.inf, np.float32)),
        _const("tiny", np.array(1e-9, np.float32)),
        helper.make_node("Gather", ["word_embeddings", "input_ids"], ["words"]),
        helper.make_node("Shape", ["input_ids"], ["ids_shape"]),
        helper.make_node(
            "ConstantOfShape", ["ids_shape"], ["types"], value=helper.make_tensor("z", 7, [1], [0])
        ),
        helper.make_node("Gather", ["token_type_embeddings", "types"], ["typed"]),
        helper.make_node("Add", ["words", "typed"], ["x"]),
        helper.make_node("Transpose", ["x"], ["xt"], perm=[0, 2, 1]),
        helper.make_node("MatMul", ["x", "xt"], ["scores"]),
        helper.make_node("Cast", ["attention_mask"], ["mask_bool"], to=TensorProto.BOOL),
        helper.make_node("Unsqueeze", ["mask_bool", "one_axis"], ["mask_row"]),
        helper.make_node("Where", ["mask_row", "zero_f", "neg_inf"], ["bias"]),
        helper.make_node("Add", ["scores", "bias"], ["biased"]),
        helper.make_node("Softmax", ["biased"], ["probs"], axis=-1),
        helper.make_node("IsNaN", ["probs"], ["nan"]),
        helper.make_node("Where", ["nan", "zero_f", "probs"], ["guarded"]),
        helper.make_node("MatMul", ["guarded", "x"], ["hidden"]),
        helper.make_node("Unsqueeze", ["attention_mask", "last_axis"], ["mask_col"]),
        helper.make_node("Cast", ["mask_col"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["hidden", "mask_f"], ["weighted"]),
        helper.make_node("ReduceSum", ["weighted", "one_axis"], ["total"], keepdims=0),
        helper.make_node("ReduceSum", ["mask_f", "one_axis"], ["count"], keepdims=0),
        helper.make_node("Clip", ["count", "tiny"], ["clipped"]),
        helper.make_node("Div", ["total", "clipped"], ["pooled" if extra_mask_use else "logits"]),
    ]
    if extra_mask_use:  # the mask's count read as a feature: not an identity, so not foldable
        nodes.append(helper.make_node("Sub", ["pooled", "clipped"], ["logits"]))
    graph = helper.make_graph(
        nodes,
        "toy",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["b", "t"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["b", "t"]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["b", WIDTH])],
        inits,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _logits(model: onnx.ModelProto, ids: np.ndarray) -> np.ndarray:
    """The graph's logits for one unpadded sentence, mask fed where the graph takes one."""
    session = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])
    names = {i.name for i in session.get_inputs()}
    feed = (
        {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "attention_mask" in names
        else {"input_ids": ids}
    )
    return session.run(["logits"], feed)[0]


def test_each_mask_step_is_folded_and_the_mask_input_dropped() -> None:
    model = _toy_bert()
    report = fold_script.fold(model)
    assert (report.bias_adds, report.nan_guards, report.pooling_weights, report.mask_sums) == (1, 1, 1, 1)
    assert report.token_types == 1
    assert report.nodes_after < report.nodes_before
    assert [i.name for i in model.graph.input] == ["input_ids"]
    assert not {"Where", "IsNaN", "Mul"} & {n.op_type for n in model.graph.node}


@pytest.mark.parametrize("length", [1, 2, 5, 17])
def test_folded_logits_are_bit_identical_for_an_unpadded_sentence(length: int) -> None:
    ids = np.random.default_rng(length).integers(0, VOCAB, (1, length)).astype(np.int64)
    folded = _toy_bert()
    fold_script.fold(folded)
    assert np.array_equal(_logits(_toy_bert(), ids), _logits(folded, ids))


def test_a_folded_graph_folds_to_itself() -> None:
    model = _toy_bert()
    fold_script.fold(model)
    again = fold_script.fold(model)
    assert again.nodes_before == again.nodes_after == len(model.graph.node)


def test_a_mask_read_as_a_value_is_refused() -> None:
    with pytest.raises(ValueError, match="unexpected use of the attention mask"):
        fold_script.fold(_toy_bert(extra_mask_use=True))


HEADS = 2
HEAD = WIDTH // HEADS


def _toy_attention(narrow_length: bool = True) -> onnx.ModelProto:
    """A one-layer graph with the export's run-time reshape targets: the batch and length read off the
    activations (Shape, Gather, Unsqueeze, Concat) to split WIDTH into HEADS heads and join them back,
    and the length read as Shape then Slice (the folded mask's pooling divisor)."""
    rng = np.random.default_rng(11)
    inits = [
        numpy_helper.from_array(rng.standard_normal((VOCAB, WIDTH)).astype(np.float32), "word_embeddings"),
        numpy_helper.from_array(np.array([1], np.int64), "start"),
        numpy_helper.from_array(np.array([2], np.int64), "end"),
    ]
    nodes = [
        _const("zero", np.array(0, np.int64)),
        _const("one", np.array(1, np.int64)),
        _const("axis0", np.array([0], np.int64)),
        _const("rest", np.array([-1], np.int64)),
        _const("head", np.array([HEAD], np.int64)),
        _const("sum_axis", np.array([1], np.int64)),
        helper.make_node("Gather", ["word_embeddings", "input_ids"], ["x"]),
        helper.make_node("Shape", ["x"], ["x_shape"]),
        helper.make_node("Gather", ["x_shape", "zero"], ["batch"], axis=0),
        helper.make_node("Gather", ["x_shape", "one"], ["tokens"], axis=0),
        helper.make_node("Unsqueeze", ["batch", "axis0"], ["batch_1"]),
        helper.make_node("Unsqueeze", ["tokens", "axis0"], ["tokens_1"]),
        helper.make_node("Concat", ["batch_1", "tokens_1", "rest", "head"], ["split_to"], axis=0),
        helper.make_node("Reshape", ["x", "split_to"], ["heads"]),
        helper.make_node("Transpose", ["heads"], ["per_head"], perm=[0, 2, 1, 3]),
        helper.make_node("Transpose", ["heads"], ["per_head_t"], perm=[0, 2, 3, 1]),
        helper.make_node("MatMul", ["per_head", "per_head_t"], ["scores"]),
        helper.make_node("Softmax", ["scores"], ["probs"], axis=-1),
        helper.make_node("MatMul", ["probs", "per_head"], ["mixed"]),
        helper.make_node("Transpose", ["mixed"], ["back"], perm=[0, 2, 1, 3]),
        helper.make_node("Concat", ["batch_1", "tokens_1", "rest"], ["join_to"], axis=0),
        helper.make_node("Reshape", ["back", "join_to"], ["joined"]),
        helper.make_node("ReduceSum", ["joined", "sum_axis"], ["total"], keepdims=0),
        helper.make_node("Shape", ["input_ids"], ["ids_shape"]),
        helper.make_node("Slice", ["ids_shape", "start", "end"], ["length_int"]),
        helper.make_node("Cast", ["length_int"], ["length"], to=TensorProto.FLOAT),
        helper.make_node("Div", ["total", "length"], ["logits"]),
    ]
    if not narrow_length:  # the length as a Slice with steps: not the pattern read as one Shape
        inits.append(numpy_helper.from_array(np.array([0], np.int64), "slice_axes"))
        nodes[-3] = helper.make_node("Slice", ["ids_shape", "start", "end", "slice_axes"], ["length_int"])
    graph = helper.make_graph(
        nodes,
        "toy_attention",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["b", "t"])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["b", WIDTH])],
        inits,
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])


def _targets(model: onnx.ModelProto) -> list[list[int]]:
    """The constant reshape targets, in graph order."""
    values = fold_script.constant_values(model.graph)
    return [values[n.input[1]].tolist() for n in model.graph.node if n.op_type == "Reshape"]


def test_computed_reshape_targets_become_constants_that_copy_batch_and_length() -> None:
    model = _toy_attention()
    report = fold_script.fold_shapes(model)
    assert (report.targets, report.narrowed) == (2, 1)
    assert _targets(model) == [[0, 0, -1, HEAD], [0, 0, -1]]
    ops = [n.op_type for n in model.graph.node]
    assert not {"Concat", "Unsqueeze", "Slice"} & set(ops)
    assert ops.count("Gather") == 1  # the embedding's, not a size's


@pytest.mark.parametrize(("batch", "length"), [(1, 1), (1, 2), (1, 9), (3, 4)])
def test_shape_folded_logits_are_bit_identical(batch: int, length: int) -> None:
    ids = np.random.default_rng(length).integers(0, VOCAB, (batch, length)).astype(np.int64)
    folded = _toy_attention()
    fold_script.fold_shapes(folded)
    assert np.array_equal(_logits(_toy_attention(), ids), _logits(folded, ids))


def test_a_shape_folded_graph_folds_to_itself() -> None:
    model = _toy_attention()
    fold_script.fold_shapes(model)
    again = fold_script.fold_shapes(model)
    assert (again.targets, again.narrowed) == (0, 0)
    assert again.nodes_before == again.nodes_after


def test_a_slice_with_axes_is_not_read_as_one_dimension() -> None:
    model = _toy_attention(narrow_length=False)
    report = fold_script.fold_shapes(model)
    assert (report.targets, report.narrowed) == (2, 0)
    assert "Slice" in {n.op_type for n in model.graph.node}
