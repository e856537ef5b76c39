"""Fold the constant attention mask and the run-time reshape targets out of the shipped int8 MiniLM graph.

The pipeline runs the transformer on one sentence at a time, unpadded (events/transformer.py), so its
attention mask is all ones and its token types all zero. The exported graph still builds an additive
attention bias from the mask for every layer (Where, Add), guards each softmax against fully masked rows
(IsNaN, Where), weights the mean pooling by the mask and derives token type ids from a zero buffer. With an
all-ones mask each of those steps is an exact identity (adding 0.0, multiplying by 1.0, summing t ones),
so this script removes them, takes the pooling's divisor from the sentence's length, reads token type 0
directly, drops the `attention_mask` input and prunes what no longer feeds the logits. The logits are
bit-identical (the script checks that on sentences of every length up to the model's limit, against the
graph it started from); onnxruntime then runs about 60 fewer operators a sentence.

Each attention layer also computed its four reshape targets at run time (Shape, Gather, Unsqueeze,
Concat: the batch and length read off an activation). Where such an entry equals the reshaped tensor's
own size at that place, Reshape's 0 ("copy this dimension") says the same, so the script writes the
targets as constants ([0, 0, -1, 32], [0, 0, -1]) and reads any remaining single dimension with one
Shape(start, end) in place of Shape, Gather and Unsqueeze (or Slice): about 40 fewer operators a run,
integer bookkeeping only, so the logits stay bit-identical (checked as above).

Needs the `train-transformer` extra (for `onnx`). Run it on a freshly exported model; on a folded one it
changes nothing (it leaves the file as it was):

    python scripts/fold_minilm_mask.py src/kronika/data/acled_minilm.int8.onnx
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

# onnx (the train-transformer extra) is imported where a graph is built, checked or saved, as onnxruntime
# is where one is run: the arithmetic on sizes (constant_target) needs neither, so its specs run without
if TYPE_CHECKING:
    import onnx

MASK = "attention_mask"
IDS = "input_ids"
LENGTH = "folded_sentence_length"  # the pooling divisor: the sentence's token count as a float
TOKEN_TYPE = "folded_token_type_ids"  # the only token type an unpadded single sentence has


@dataclass(frozen=True)
class FoldReport:
    """What one fold removed: attention-bias adds, softmax guards, pooling weights and mask sums."""

    bias_adds: int
    nan_guards: int
    pooling_weights: int
    mask_sums: int
    token_types: int
    nodes_before: int
    nodes_after: int


def mask_derived(graph: onnx.GraphProto) -> set[str]:
    """The tensors computed from the attention mask without the token ids' values (sizes taken from the
    ids may join in): the mask's own subgraph, up to where it meets the model's activations."""
    content = {IDS}
    derived = {MASK}
    for node in graph.node:  # an exported graph lists its nodes in topological order
        inputs = [name for name in node.input if name]
        if node.op_type == "Shape":
            continue  # a size, not the values
        if any(name in content for name in inputs):
            content.update(node.output)
        elif any(name in derived for name in inputs):
            derived.update(node.output)
    return derived


def shapes_from_ids(graph: onnx.GraphProto) -> int:
    """Make each Shape of the mask (or of a Cast of it) read input_ids, which has the same shape: the
    export sizes its mask arithmetic from the mask, and the sizes must outlive it."""
    same_shape = {MASK}
    count = 0
    for node in graph.node:
        if node.op_type == "Cast" and node.input[0] in same_shape:
            same_shape.add(node.output[0])
        elif node.op_type == "Shape" and node.input[0] in same_shape:
            node.input[0] = IDS
            count += 1
    return count


def producers(graph: onnx.GraphProto) -> dict[str, onnx.NodeProto]:
    """Each tensor's producing node."""
    return {out: node for node in graph.node for out in node.output}


def rename_uses(graph: onnx.GraphProto, old: str, new: str) -> None:
    """Make every consumer of `old` (nodes and graph outputs) read `new` instead."""
    for node in graph.node:
        for i, name in enumerate(node.input):
            if name == old:
                node.input[i] = new
    for out in graph.output:
        if out.name == old:
            raise ValueError(f"{old} is a graph output; it cannot be bypassed")


def fold_boundary(graph: onnx.GraphProto, derived: set[str]) -> tuple[int, int, int]:
    """Rewrite each node where the mask's subgraph meets the model, as an all-ones mask makes it: an Add of
    the attention bias before a softmax adds 0.0, a Mul by the mask in the pooling multiplies by 1.0 (both
    bypassed), and the pooling's Div by the clipped mask sum divides by t, the sentence's length.
    Counts of each; any other use of the mask is refused."""
    made_by = producers(graph)
    adds = weights = sums = 0
    for node in list(graph.node):
        if node.output[0] in derived or not any(name in derived for name in node.input):
            continue  # inside the mask's subgraph, or outside it
        kept = [name for name in node.input if name not in derived]
        if node.op_type == "Add" and len(kept) == 1 and users_of(graph, node.output[0]) == {"Softmax"}:
            rename_uses(graph, node.output[0], kept[0])
            adds += 1
        elif node.op_type == "Mul" and len(kept) == 1:
            rename_uses(graph, node.output[0], kept[0])
            weights += 1
        elif (
            node.op_type == "Div" and node.input[0] not in derived and is_clipped_sum(made_by, node.input[1])
        ):
            node.input[1] = LENGTH
            sums += 1
        else:
            raise ValueError(f"{node.name}: an unexpected use of the attention mask ({node.op_type})")
    if sums:
        add_length(graph)
    return adds, weights, sums


def users_of(graph: onnx.GraphProto, tensor: str) -> set[str]:
    """The operator types that read `tensor`."""
    return {node.op_type for node in graph.node if tensor in node.input}


def is_clipped_sum(made_by: dict[str, onnx.NodeProto], tensor: str) -> bool:
    """Whether `tensor` is Clip(ReduceSum(x), 1e-9 or 1): the count of real tokens."""
    clip = made_by.get(tensor)
    if clip is None or clip.op_type != "Clip":
        return False
    total = made_by.get(clip.input[0])
    return total is not None and total.op_type == "ReduceSum"


def bypass_nan_guards(graph: onnx.GraphProto) -> int:
    """Bypass Where(IsNaN(p), 0, p) after a softmax: with no row fully masked, p is never NaN."""
    made_by = producers(graph)
    guards = 0
    for node in list(graph.node):
        if node.op_type != "Where" or len(node.input) != 3:
            continue
        cond, source = made_by.get(node.input[0]), made_by.get(node.input[2])
        if (
            cond is not None
            and cond.op_type == "IsNaN"
            and cond.input[0] == node.input[2]
            and source is not None
            and source.op_type == "Softmax"
        ):
            rename_uses(graph, node.output[0], node.input[2])
            guards += 1
    return guards


def add_length(graph: onnx.GraphProto) -> None:
    """Nodes computing LENGTH: Cast(Shape(input_ids)[1:2]) to float, shape (1,), broadcasting like the
    (batch, 1) clipped sum it replaces (t >= 1 ones sum to exactly t, which the clip keeps)."""
    import onnx
    from onnx import helper, numpy_helper

    graph.initializer.extend(
        [
            numpy_helper.from_array(np.array([1], np.int64), "folded_length_start"),
            numpy_helper.from_array(np.array([2], np.int64), "folded_length_end"),
        ]
    )
    graph.node.extend(
        [
            helper.make_node("Shape", [IDS], ["folded_ids_shape"], name="/fold/Shape"),
            helper.make_node(
                "Slice",
                ["folded_ids_shape", "folded_length_start", "folded_length_end"],
                ["folded_length_int"],
                name="/fold/Slice",
            ),
            helper.make_node(
                "Cast", ["folded_length_int"], [LENGTH], to=onnx.TensorProto.FLOAT, name="/fold/Cast"
            ),
        ]
    )


def read_token_type_zero(graph: onnx.GraphProto) -> int:
    """Gather the token type embedding of type 0 by a constant index: the ids the export derives from its
    zero buffer are all 0, and a (1, 1) index broadcasts in the add that follows."""
    from onnx import numpy_helper

    count = 0
    for node in graph.node:
        if (
            node.op_type == "Gather"
            and "token_type_embeddings" in node.input[0]
            and node.input[1] != TOKEN_TYPE
        ):
            node.input[1] = TOKEN_TYPE
            count += 1
    if count:
        graph.initializer.append(numpy_helper.from_array(np.zeros((1, 1), np.int64), TOKEN_TYPE))
    return count


def prune(graph: onnx.GraphProto) -> None:
    """Drop the nodes, initializers and inputs that no graph output depends on any more."""
    ready = {i.name for i in graph.input} | {i.name for i in graph.initializer}
    needed = {out.name for out in graph.output}
    kept: list[onnx.NodeProto] = []
    for node in reversed(topological(graph.node, ready)):
        if any(out in needed for out in node.output):
            kept.append(node)
            needed.update(name for name in node.input if name)
    del graph.node[:]
    graph.node.extend(reversed(kept))
    unused = [init for init in graph.initializer if init.name not in needed]
    for init in unused:
        graph.initializer.remove(init)
    for graph_input in [i for i in graph.input if i.name not in needed]:
        graph.input.remove(graph_input)


def topological(nodes: Iterable[onnx.NodeProto], ready: set[str]) -> list[onnx.NodeProto]:
    """The nodes ordered so that each comes after the producers of its inputs (the added length nodes
    were appended at the end)."""
    pending = list(nodes)
    ordered: list[onnx.NodeProto] = []
    available = set(ready)
    while pending:
        progress = [n for n in pending if all(not name or name in available for name in n.input)]
        if not progress:
            raise ValueError("the graph has a cycle or an input nothing produces")
        for node in progress:
            ordered.append(node)
            available.update(node.output)
        pending = [n for n in pending if n not in progress]
    return ordered


def fold(model: onnx.ModelProto) -> FoldReport:
    """Fold the all-ones attention mask out of `model`, in place."""
    import onnx

    graph = model.graph
    before = len(graph.node)
    if MASK not in {i.name for i in graph.input}:
        return FoldReport(0, 0, 0, 0, 0, before, before)
    shapes_from_ids(graph)
    derived = mask_derived(graph)
    adds, weights, sums = fold_boundary(graph, derived)
    guards = bypass_nan_guards(graph)
    types = read_token_type_zero(graph)
    prune(graph)
    if MASK in {i.name for i in graph.input}:
        raise ValueError("the attention mask still feeds the logits: this graph is not the expected export")
    onnx.checker.check_model(model)
    return FoldReport(adds, guards, weights, sums, types, before, len(graph.node))


SHAPE_PROBES = ((1, 3), (1, 7), (2, 5))  # (batch, tokens) fed to read the targets: sizes all distinct


@dataclass(frozen=True)
class ShapeReport:
    """What one shape fold did: reshape targets made constant, single dimensions read by one Shape."""

    targets: int
    narrowed: int
    nodes_before: int
    nodes_after: int


def computed_targets(graph: onnx.GraphProto) -> list[onnx.NodeProto]:
    """The Reshapes whose target a Concat computes at run time and whose 0 means "copy this dimension"
    (allowzero unset): a constant target has nothing left to fold."""
    made_by = producers(graph)
    found = []
    for node in graph.node:
        source = made_by.get(node.input[1]) if node.op_type == "Reshape" else None
        allowzero = next((a.i for a in node.attribute if a.name == "allowzero"), 0)
        if source is not None and source.op_type == "Concat" and not allowzero:
            found.append(node)
    return found


def probe_targets(
    model: onnx.ModelProto, reshapes: list[onnx.NodeProto]
) -> list[list[tuple[np.ndarray, np.ndarray]]]:
    """For each reshape, on each of SHAPE_PROBES: its target's value and its data's shape, read from a
    copy of the graph that also outputs them (every input fed ones of the probe's size)."""
    import onnx
    import onnxruntime
    from onnx import helper

    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    pairs = []
    for i, node in enumerate(reshapes):
        shape = f"folded_probe_shape_{i}"
        probe.graph.node.append(helper.make_node("Shape", [node.input[0]], [shape]))
        pairs.append((node.input[1], shape))
    wanted = sorted({name for pair in pairs for name in pair})
    probe.graph.output.extend(
        helper.make_tensor_value_info(name, onnx.TensorProto.INT64, None) for name in wanted
    )
    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    session = onnxruntime.InferenceSession(
        probe.SerializeToString(), options, providers=["CPUExecutionProvider"]
    )
    runs = []
    for batch, tokens in SHAPE_PROBES:
        feed = {i.name: np.ones((batch, tokens), np.int64) for i in session.get_inputs()}
        runs.append(dict(zip(wanted, session.run(wanted, feed), strict=True)))
    return [[(run[target], run[shape]) for run in runs] for target, shape in pairs]


def constant_target(seen: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray | None:
    """A constant target that says what the computed one said on every probe: an entry that varied
    becomes 0 where it was always the data's own size at that place; None if one varied otherwise."""
    targets = np.stack([target for target, _ in seen])
    constant = targets[0].astype(np.int64)
    for place in range(targets.shape[1]):
        if (targets[:, place] == targets[0, place]).all():
            continue  # the same on every probe: a fixed size, or -1
        if not all(place < len(shape) and shape[place] == target[place] for target, shape in seen):
            return None
        constant[place] = 0
    return constant


def constant_values(graph: onnx.GraphProto) -> dict[str, np.ndarray]:
    """The values of the graph's initializers and Constant nodes, by name."""
    from onnx import numpy_helper

    values = {init.name: numpy_helper.to_array(init) for init in graph.initializer}
    for node in graph.node:
        if node.op_type == "Constant" and node.attribute[0].name == "value":
            values[node.output[0]] = numpy_helper.to_array(node.attribute[0].t)
    return values


def single_dimension(
    node: onnx.NodeProto, made_by: dict[str, onnx.NodeProto], values: dict[str, np.ndarray]
) -> tuple[str, int] | None:
    """(x, k) when `node` yields [x.shape[k]] as Unsqueeze(Gather(Shape(x), k), [0]) or as
    Slice(Shape(x), [k], [k + 1]); None for anything else."""
    if node.op_type == "Unsqueeze" and len(node.input) == 2:
        gather = made_by.get(node.input[0])
        axes = values.get(node.input[1])
        if gather is None or gather.op_type != "Gather" or axes is None or axes.tolist() != [0]:
            return None
        if any(a.name == "axis" and a.i != 0 for a in gather.attribute):
            return None
        index, shape_input = values.get(gather.input[1]), gather.input[0]
        if index is None or index.ndim != 0:
            return None
        k = int(index)
    elif node.op_type == "Slice" and len(node.input) == 3:
        starts, ends, shape_input = values.get(node.input[1]), values.get(node.input[2]), node.input[0]
        if starts is None or ends is None or starts.shape != (1,) or ends.tolist() != [int(starts[0]) + 1]:
            return None
        k = int(starts[0])
    else:
        return None
    shape = made_by.get(shape_input)
    if k < 0 or shape is None or shape.op_type != "Shape" or len(shape.attribute):
        return None
    return shape.input[0], k


def narrow_shape_reads(graph: onnx.GraphProto) -> int:
    """Read each single dimension by one Shape(x, start=k, end=k + 1) in place of Shape and Gather and
    Unsqueeze (or Slice): the same one-element int64 tensor (opset 15 and up)."""
    from onnx import helper

    made_by = producers(graph)
    values = constant_values(graph)
    count = 0
    for i, node in enumerate(graph.node):
        found = single_dimension(node, made_by, values)
        if found is None:
            continue
        source, k = found
        narrowed = helper.make_node("Shape", [source], [node.output[0]], name=f"{node.output[0]}/narrowed")
        narrowed.attribute.extend([helper.make_attribute("start", k), helper.make_attribute("end", k + 1)])
        graph.node[i].CopyFrom(narrowed)
        count += 1
    return count


def fold_shapes(model: onnx.ModelProto) -> ShapeReport:
    """Make `model`'s computed reshape targets constant where its probes show them to be, and read the
    remaining single dimensions directly, in place."""
    import onnx
    from onnx import numpy_helper

    graph = model.graph
    before = len(graph.node)
    reshapes = computed_targets(graph)
    targets = 0
    if reshapes:
        for node, seen in zip(reshapes, probe_targets(model, reshapes), strict=True):
            constant = constant_target(seen)
            if constant is None:
                continue  # an entry neither fixed nor the data's own size: leave this target computed
            name = f"{node.output[0]}_folded_target"
            graph.initializer.append(numpy_helper.from_array(constant, name))
            node.input[1] = name
            targets += 1
        prune(graph)
    narrowed = narrow_shape_reads(graph)
    if narrowed:
        prune(graph)
    onnx.checker.check_model(model)
    return ShapeReport(targets, narrowed, before, len(graph.node))


def logits(path: Path, lengths: Iterable[int], vocab: int) -> np.ndarray:
    """The logits of one random sentence of each length (seeded), each run alone, mask fed where the graph
    takes one."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    takes_mask = MASK in {i.name for i in session.get_inputs()}
    rng = np.random.default_rng(0)
    rows = []
    for length in lengths:
        ids = np.concatenate([[101], rng.integers(1000, vocab, length - 2), [102]]).astype(np.int64)[None, :]
        feed = {IDS: ids, MASK: np.ones_like(ids)} if takes_mask else {IDS: ids}
        rows.append(session.run(["logits"], feed)[0])
    return np.vstack(rows)


def fold_file(path: Path, max_tokens: int) -> str:
    """Fold the model file in place, once the folded graph's logits are checked to be the original's on a
    sentence of every length up to `max_tokens`; what was done, in a line."""
    import onnx

    model = onnx.load(str(path))
    report = fold(model)
    shapes = fold_shapes(model)
    if report.nodes_before == report.nodes_after and shapes.nodes_before == shapes.nodes_after:
        return f"{path}: no attention mask input and no computed reshape target, nothing to fold"
    folded = path.with_suffix(".folded.onnx")
    onnx.save(model, str(folded))
    lengths = range(2, max_tokens + 1)
    vocab = next(
        i.dims[0] for i in model.graph.initializer if "word_embeddings" in i.name and len(i.dims) == 2
    )
    if not np.array_equal(logits(path, lengths, vocab), logits(folded, lengths, vocab)):
        folded.unlink()
        raise SystemExit("the folded graph's logits differ from the original's: left the model as it was")
    folded.replace(path)
    return f"{path}: {report}; {shapes}; logits bit-identical on lengths 2..{max_tokens}"


def main() -> None:
    """Fold the model file named on the command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("model", type=Path, help="the int8 ONNX file, rewritten in place")
    parser.add_argument("--max-tokens", type=int, default=128, help="the longest sentence checked")
    args = parser.parse_args()
    print(fold_file(args.model, args.max_tokens))


if __name__ == "__main__":
    main()
