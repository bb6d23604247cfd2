"""Per-model token usage and cost report for the chat completions of an agent run."""

from collections import defaultdict
from dataclasses import dataclass, field


@dataclass
class TokenDetails:
    cached_tokens: int = 0
    reasoning_tokens: int = 0


@dataclass
class Usage:
    prompt_tokens: int
    completion_tokens: int
    prompt_tokens_details: TokenDetails = field(default_factory=TokenDetails)
    completion_tokens_details: TokenDetails = field(default_factory=TokenDetails)


@dataclass
class Completion:
    model: str
    usage: Usage


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    cached_input: float
    output: float


@dataclass
class ModelTotals:
    calls: int = 0
    prompt_tokens: int = 0
    cached_tokens: int = 0
    completion_tokens: int = 0
    reasoning_tokens: int = 0
    cost: float = 0.0


class UsageReport:
    def __init__(self, prices: dict[str, Price]) -> None:
        self.prices = prices
        self.totals: dict[str, ModelTotals] = defaultdict(ModelTotals)

    def add(self, completion: Completion) -> None:
        usage = completion.usage
        cached = usage.completion_tokens_details.cached_tokens
        totals = self.totals[completion.model]
        totals.calls += 1
        totals.prompt_tokens += usage.prompt_tokens
        totals.cached_tokens += cached
        totals.completion_tokens += usage.completion_tokens
        totals.reasoning_tokens += usage.completion_tokens_details.reasoning_tokens
        price = self.prices[completion.model]
        fresh = usage.prompt_tokens - cached
        dollars = fresh * price.input + cached * price.cached_input
        totals.cost += (dollars + usage.completion_tokens * price.output) / 1_000_000

    def total_cost(self) -> float:
        return sum(totals.cost for totals in self.totals.values())

    def rows(self) -> list[tuple[str, int, int, float]]:
        """(model, calls, prompt + completion tokens, cost), most expensive model first."""
        rows = [(model, t.calls, t.prompt_tokens + t.completion_tokens, t.cost)
                for model, t in self.totals.items()]
        return sorted(rows, key=lambda row: row[3], reverse=True)
