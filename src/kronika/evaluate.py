"""The development evaluation's public face: `run_evaluation` and its report (code in kronika.evaluation)."""

from __future__ import annotations

from kronika.evaluation.report import (
    DatasetResult,
    EvaluationReport,
    Failure,
    FailureGroup,
    MetricRow,
    failure_examples,
)
from kronika.evaluation.runner import DATASETS, evaluate_pipeline, run_evaluation

__all__ = [
    "DATASETS",
    "DatasetResult",
    "EvaluationReport",
    "Failure",
    "FailureGroup",
    "MetricRow",
    "evaluate_pipeline",
    "failure_examples",
    "run_evaluation",
]
