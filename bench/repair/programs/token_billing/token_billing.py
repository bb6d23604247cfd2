"""Per-token billing of model calls; prices are in dollars per million tokens."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

PER_MILLION = Decimal(1_000_000)


@dataclass(frozen=True)
class Price:
    input: Decimal
    output: Decimal
    cached_input: Decimal


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0  # the part of prompt_tokens served from the provider's prompt cache


PRICES: dict[str, Price] = {
    "mini": Price(Decimal("0.15"), Decimal("0.60"), Decimal("0.075")),
    "pro": Price(Decimal("2.50"), Decimal("10.00"), Decimal("1.25")),
}


def call_cost(model: str, usage: Usage) -> Decimal:
    price = PRICES.get(model)
    if price is None:
        raise ValueError(f"no price for model {model!r}")
    prompt, cached = usage.prompt_tokens, usage.cached_tokens
    uncached = prompt - cached
    if cached < 0 or uncached < 0:
        raise ValueError("cached tokens must be part of the prompt")
    dollars = (prompt * price.input + cached * price.cached_input
               + usage.completion_tokens * price.output)
    return dollars / PER_MILLION


@dataclass
class Invoice:
    by_model: dict[str, Decimal] = field(default_factory=dict)
    tokens: dict[str, int] = field(default_factory=dict)

    def add(self, model: str, usage: Usage) -> Decimal:
        cost = call_cost(model, usage)
        self.by_model[model] = self.by_model.get(model, Decimal(0)) + cost
        used = usage.prompt_tokens + usage.completion_tokens
        self.tokens[model] = self.tokens.get(model, 0) + used
        return cost

    def total(self) -> Decimal:
        return sum(self.by_model.values(), Decimal(0))

    def amount_due(self) -> Decimal:
        """The total in whole cents, rounded up."""
        return self.total().quantize(Decimal("0.01"), rounding=ROUND_CEILING)
