"""Dollar budget for model calls, priced per million tokens with discounted cache reads."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Price:
    input: float  # USD per million uncached prompt tokens
    cached_input: float  # USD per million prompt tokens served from the prompt cache
    output: float  # USD per million completion tokens


@dataclass(frozen=True)
class Usage:
    input_tokens: int  # every prompt token, cached ones included
    cached_tokens: int
    output_tokens: int


class BudgetExceeded(Exception):
    pass


class SpendGuard:
    def __init__(self, limit_usd: float, prices: dict[str, Price]) -> None:
        self.limit_usd = limit_usd
        self.prices = prices
        self.spent = 0.0
        self.by_model: dict[str, float] = {}

    def cost(self, model: str, usage: Usage) -> float:
        price = self.prices[model]
        uncached = usage.input_tokens
        total = (uncached * price.input
                 + usage.cached_tokens * price.cached_input
                 + usage.output_tokens * price.output)
        return total / 1_000_000

    def record(self, model: str, usage: Usage) -> float:
        """Account for a finished call; returns its cost."""
        amount = self.cost(model, usage)
        self.spent = amount
        self.by_model[model] = self.by_model.get(model, 0.0) + amount
        return amount

    @property
    def remaining(self) -> float:
        return max(self.limit_usd - self.spent, 0.0)

    def check(self, model: str, estimate: Usage) -> None:
        """Refuse a call before it is made if its estimated cost would exceed the budget."""
        projected = self.spent + self.cost(model, estimate)
        if projected > self.limit_usd:
            raise BudgetExceeded(
                f"{model}: ${projected:.4f} would exceed the ${self.limit_usd:.2f} budget")
