"""Per-model token accounting for an agent run, with cost estimates."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

_SNAPSHOT_SUFFIX = re.compile(r"-(\d{8}|\d{4}-\d{2}-\d{2})$")


def canonical_model(name: str) -> str:
    """Dated snapshots ('gpt-4o-2024-08-06') are billed and reported as their base model."""
    return _SNAPSHOT_SUFFIX.sub("", name.strip().lower())


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    output: float
    cached_input: float


@dataclass
class Usage:
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0  # part of input_tokens served from the provider's prompt cache


class TokenLedger:
    def __init__(self, prices: Mapping[str, Price]) -> None:
        self._prices = {canonical_model(name): price for name, price in prices.items()}
        self._usage: dict[str, Usage] = {}

    def record(self, model: str, usage: Mapping[str, int]) -> None:
        entry = self._usage.setdefault(model, Usage())
        entry.calls += 1
        entry.input_tokens += usage.get("input_tokens", 0)
        entry.output_tokens += usage.get("output_tokens", 0)
        entry.cached_tokens += usage.get("cached_tokens", 0)

    def usage(self, model: str) -> Usage:
        return self._usage.get(canonical_model(model), Usage())

    def cost(self, model: str) -> float:
        price = self._prices[canonical_model(model)]
        used = self.usage(model)
        fresh_input = used.input_tokens - used.cached_tokens
        dollars = (fresh_input * price.input + used.cached_tokens * price.cached_input
                   + used.output_tokens * price.output)
        return dollars / 1_000_000

    def total_cost(self) -> float:
        return sum(self.cost(model) for model in self._usage)

    def models(self) -> list[str]:
        """Models used, most calls first."""
        return sorted(self._usage, key=lambda model: -self._usage[model].calls)
