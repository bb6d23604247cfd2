"""Per-model token usage and cost accounting for a session."""

from dataclasses import dataclass

# USD per million tokens: (input, output)
PRICES: dict[str, tuple[float, float]] = {
    "small-1": (0.15, 0.60),
    "large-2": (3.00, 15.00),
}


@dataclass
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cost: float = 0.0


class UsageMeter:
    def __init__(self) -> None:
        self.by_model: dict[str, Usage] = {}

    def record(self, model: str, input_tokens: int, output_tokens: int) -> None:
        input_price, output_price = PRICES[model]
        usage = self.by_model.setdefault(model, Usage())
        usage.input_tokens += input_tokens
        usage.output_tokens += output_tokens
        usage.cost += (input_tokens * input_price + output_tokens * input_price) / 1_000_000

    def total_cost(self) -> float:
        return sum(u.cost for u in self.by_model.values())

    def total_tokens(self) -> int:
        return sum(u.input_tokens + u.output_tokens for u in self.by_model.values())
