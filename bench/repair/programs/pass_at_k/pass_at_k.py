"""Aggregating sampled eval runs: unbiased pass@k per task and the suite mean."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from math import comb


@dataclass(frozen=True)
class Sample:
    task_id: str
    passed: bool


@dataclass
class TaskStats:
    task_id: str
    samples: int = 0
    correct: int = 0

    def pass_at(self, k: int) -> float:
        """Unbiased estimator 1 - C(n - c, k) / C(n, k) from Chen et al. (2021)."""
        if not 1 <= k <= self.samples:
            raise ValueError(f"k={k} needs 1 <= k <= {self.samples} samples")
        failures = self.samples - self.correct
        if failures < k:
            return 0.0
        return 1.0 - comb(failures, k) / comb(self.samples, k)


@dataclass
class EvalReport:
    tasks: dict[str, TaskStats] = field(default_factory=dict)

    @classmethod
    def from_samples(cls, samples: Iterable[Sample]) -> EvalReport:
        report = cls()
        for sample in samples:
            report.add(sample)
        return report

    def add(self, sample: Sample) -> None:
        stats = self.tasks.setdefault(sample.task_id, TaskStats(sample.task_id))
        stats.samples += 1
        stats.correct += int(sample.passed)

    def per_task(self, k: int = 1) -> dict[str, float]:
        """pass@k of every task that has at least k samples, by task id."""
        return {
            task_id: stats.pass_at(k)
            for task_id, stats in sorted(self.tasks.items())
            if stats.samples >= k
        }

    def mean_pass_at(self, k: int = 1) -> float:
        scores = self.per_task(k)
        if not scores:
            return 0.0
        return sum(scores.values()) / len(scores)
