"""Pick the model to call from recent latency measurements, preferring the caller's order."""

import math
import statistics
from collections import deque
from collections.abc import Callable


def nearest_rank(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


STATISTICS: dict[str, Callable[[list[float]], float]] = {
    "p50": lambda s: nearest_rank(s, 50),
    "p90": lambda s: nearest_rank(s, 90),
    "p99": lambda s: nearest_rank(s, 99),
    "mean": statistics.fmean,
    "max": max,
}


class LatencyPicker:
    def __init__(self, statistic: str = "p90", window: int = 50, min_samples: int = 5) -> None:
        if statistic not in STATISTICS:
            raise ValueError(f"unknown statistic {statistic!r}; choose from {sorted(STATISTICS)}")
        self._statistic = STATISTICS[statistic]
        self._window = window
        self._min_samples = min_samples
        self._samples: dict[str, deque[float]] = {}

    def record(self, model: str, seconds: float) -> None:
        self._samples.setdefault(model, deque(maxlen=self._window)).append(seconds)

    def estimate(self, model: str) -> float:
        """Latency estimate for a model from its recent samples."""
        samples = self._samples.get(model, ())
        if len(samples) < self._min_samples:
            return 0.0
        return self._statistic(list(samples))

    def pick(self, preferred: list[str], budget: float) -> str:
        """The first preferred model whose estimate fits the budget, else the fastest one."""
        if not preferred:
            raise ValueError("no candidate models")
        for model in preferred:
            if self.estimate(model) <= budget:
                return model
        return min(preferred, key=self.estimate)
