"""Charge a single LLM call from its usage block and a per-model price table.

Prices are USD per million tokens. Providers report cached prompt tokens as a
subset of the prompt tokens; the cached part is billed at a discounted rate.
"""
from dataclasses import dataclass

PRICES = {
    "gpt-4o": {"input": 2.50, "cached_input": 1.25, "output": 10.00},
    "gpt-4o-mini": {"input": 0.15, "cached_input": 0.075, "output": 0.60},
    "o3-mini": {"input": 1.10, "cached_input": 0.55, "output": 4.40},
}


@dataclass
class Charge:
    model: str
    input_usd: float
    cached_usd: float
    output_usd: float

    @property
    def total_usd(self):
        return round(self.input_usd + self.cached_usd + self.output_usd, 8)


def _cost(tokens, rate_per_million):
    return round(tokens * rate_per_million / 1_000_000, 8)


def charge_call(model, usage, prices=PRICES):
    """Return the Charge for one call given an OpenAI-style usage dict."""
    if model not in prices:
        raise KeyError(f"no price for model {model!r}")
    rates = prices[model]
    prompt = usage.get("prompt_tokens", 0)
    details = usage.get("prompt_tokens_details") or {}
    cached = details.get("cached_tokens", 0)
    completion = usage.get("completion_tokens", 0)
    if cached > prompt:
        raise ValueError("cached tokens exceed prompt tokens")
    fresh = prompt
    return Charge(
        model=model,
        input_usd=_cost(fresh, rates["input"]),
        cached_usd=_cost(cached, rates.get("cached_input", rates["input"])),
        output_usd=_cost(completion, rates["output"]),
    )


def charge_many(calls, prices=PRICES):
    """Sum the charges of (model, usage) pairs per model, in USD."""
    totals = {}
    for model, usage in calls:
        charge = charge_call(model, usage, prices)
        totals[model] = round(totals.get(model, 0.0) + charge.total_usd, 8)
    return totals
