"""Smoothed per-metric readings for an agent's status line (latency, tokens/s, cost).

The first few samples of a metric are averaged plainly (an EWMA seeded from a
single sample is noisy); after the warm-up the value is exponentially smoothed.
"""


class MetricSmoother:
    def __init__(self, alpha=0.3, warmup=3):
        if not 0 < alpha <= 1:
            raise ValueError("alpha must be in (0, 1]")
        if warmup < 1:
            raise ValueError("warmup must be at least 1")
        self.alpha = alpha
        self.warmup = warmup
        self._values = {}
        self._counts = {}

    def observe(self, name, sample):
        n = self._counts.get(name, 0) + 1
        self._counts[name] = n
        prev = self._values.get(name)
        if prev is None:
            value = float(sample)
        elif n <= self.warmup:
            value = prev + (sample - prev) / n
        else:
            value = prev + self.alpha * (sample - prev)
        self._values[name] = value
        return value

    def get(self, name, default=None):
        return self._values.get(name, default)

    def samples(self, name):
        return self._counts.get(name, 0)

    def warmed_up(self, name):
        return self.samples(name) >= self.warmup

    def reset(self, name=None):
        """Forget one metric, or all of them."""
        if name is None:
            self._values.clear()
            self._counts.clear()
            return
        self._values.pop(name, None)

    def snapshot(self, digits=3):
        return {name: round(value, digits) for name, value in sorted(self._values.items())}
