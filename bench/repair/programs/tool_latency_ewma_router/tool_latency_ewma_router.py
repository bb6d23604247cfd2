"""Latency tracking for the tool router.

Each tool's latency is smoothed with an exponentially weighted moving average.
The router prefers the fastest tool, but a tool with fewer than ``warmup``
samples is "cold" and gets picked first so that it is measured at all.
"""


class LatencyTracker:
    def __init__(self, alpha=0.3, warmup=3):
        if not 0 < alpha <= 1:
            raise ValueError("alpha must be in (0, 1]")
        self.alpha = alpha
        self.warmup = warmup
        self._ewma = {}
        self._samples = {}

    def record(self, tool, latency_ms):
        """Fold one observed latency into the tool's average."""
        if latency_ms < 0:
            raise ValueError("latency cannot be negative")
        previous = self._ewma.get(tool)
        if previous is None:
            self._ewma[tool] = float(latency_ms)
        else:
            self._ewma[tool] = self.alpha * latency_ms + (1 - self.alpha) * previous
        self._samples[tool] = self._samples.get(tool, 0) + 1

    def estimate(self, tool):
        """Smoothed latency in ms, or None for a tool never measured."""
        return self._ewma.get(tool)

    def samples(self, tool):
        return self._samples.get(tool, 0)

    def is_warm(self, tool):
        return self.samples(tool) >= self.warmup

    def forget(self, tool):
        """Drop a tool's history, e.g. after it was redeployed."""
        self._ewma.pop(tool, None)

    def pick(self, tools):
        """The tool to call next: the first cold one, else the fastest warm one."""
        if not tools:
            return None
        for tool in tools:
            if not self.is_warm(tool):
                return tool
        return min(tools, key=lambda tool: self._ewma[tool])
