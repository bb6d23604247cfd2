"""Budget-aware model cascade: ask the cheapest model first and move to pricier ones until an
answer is confident enough, without ever spending more than the budget."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# (model, prompt) -> (answer, confidence in [0, 1])
ModelCall = Callable[[str, str], tuple[str, float]]


@dataclass(frozen=True)
class Tier:
    model: str
    usd_per_1k_tokens: float
    accept_at: float


@dataclass
class CascadeResult:
    answer: str | None
    model: str | None
    spent: float
    tried: list[str] = field(default_factory=list)


def estimate_tokens(prompt: str) -> int:
    return max(1, len(prompt) // 4)


def call_cost(tier: Tier, prompt: str) -> float:
    return estimate_tokens(prompt) / 1000 * tier.usd_per_1k_tokens


def run_cascade(tiers: Sequence[Tier], prompt: str, call: ModelCall, budget: float) -> CascadeResult:
    """Stop at the first non-blank answer that reaches its tier's accept_at; if none does,
    return the most confident non-blank answer seen (None when there is none)."""
    spent = 0.0
    tried: list[str] = []
    best_answer: str | None = None
    best_model: str | None = None
    best_confidence = -1.0
    for tier in sorted(tiers, key=lambda t: t.usd_per_1k_tokens):
        cost = call_cost(tier, prompt)
        if spent + cost > budget:
            break
        answer, confidence = call(tier.model, prompt)
        spent += cost
        tried.append(tier.model)
        if not answer:
            continue
        if confidence >= tier.accept_at:
            return CascadeResult(answer, tier.model, spent, tried)
        if confidence > best_confidence:
            best_answer, best_model, best_confidence = answer, tier.model, confidence
    return CascadeResult(best_answer, tier.model, spent, tried)
