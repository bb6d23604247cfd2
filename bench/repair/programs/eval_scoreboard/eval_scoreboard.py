"""Per-model scoreboard from the eval harness's CSV export."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass

TRUE_WORDS = frozenset({"1", "true", "yes", "pass"})


@dataclass(frozen=True)
class ModelScore:
    model: str
    runs: int
    pass_rate: float
    mean_score: float
    median_latency_ms: float


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def scoreboard(csv_text: str) -> list[ModelScore]:
    """Columns model,task,passed,score,latency_ms; best pass rate first, then best mean score."""
    passes: dict[str, int] = defaultdict(int)
    scores: dict[str, list[float]] = defaultdict(list)
    latencies: dict[str, list[float]] = defaultdict(list)
    for row in csv.DictReader(io.StringIO(csv_text)):
        model = row["model"].strip()
        passes[model] += row["passed"].strip().lower() in TRUE_WORDS
        scores[model].append(float(row["score"]))
        latencies[model].append(row["latency_ms"])
    board = [
        ModelScore(
            model=model,
            runs=len(scores[model]),
            pass_rate=passes[model] / len(scores[model]),
            mean_score=sum(scores[model]) / len(scores[model]),
            median_latency_ms=median(latencies[model]),
        )
        for model in scores
    ]
    return sorted(board, key=lambda entry: (-entry.pass_rate, -entry.mean_score, entry.model))
