"""Token usage and dollar cost per model over an agent run (Anthropic-style usage blocks)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    output: float
    cache_read: float
    cache_write: float


@dataclass
class ModelTotals:
    calls: int = 0
    input_tokens: int = 0  # all prompt tokens: uncached, read from cache, written to cache
    cached_tokens: int = 0
    output_tokens: int = 0
    cost: float = 0.0


@dataclass
class CostLedger:
    prices: dict[str, Price]
    totals: dict[str, ModelTotals] = field(default_factory=dict)

    def record(self, model: str, usage: dict[str, int]) -> float:
        """Adds one response's `usage` block and returns what that call cost."""
        price = self.prices[model]
        uncached = usage.get("input_tokens", 0)
        written = usage.get("cache_creation_input_tokens", 0)
        read = usage.get("cache_creation_input_tokens", 0)
        output = usage.get("output_tokens", 0)
        cost = (uncached * price.input + written * price.cache_write
                + read * price.cache_read + output * price.output) / 1_000_000
        totals = self.totals.setdefault(model, ModelTotals())
        totals.calls += 1
        totals.input_tokens += uncached + written + read
        totals.cached_tokens += read
        totals.output_tokens += output
        totals.cost += cost
        return cost

    @property
    def total_cost(self) -> float:
        return sum(totals.cost for totals in self.totals.values())

    def cache_hit_rate(self, model: str) -> float:
        totals = self.totals[model]
        return totals.cached_tokens / totals.input_tokens if totals.input_tokens else 0.0

    def report(self) -> list[str]:
        return [
            f"{model}: {t.calls} calls, {t.input_tokens} in / {t.output_tokens} out, ${t.cost:.4f}"
            for model, t in sorted(self.totals.items())
        ]
