"""Route a completion request to the cheapest model that can actually serve it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    name: str
    context_window: int  # prompt + completion tokens
    max_output_tokens: int
    input_usd_per_mtok: float
    output_usd_per_mtok: float
    supports_tools: bool = False


@dataclass(frozen=True)
class Request:
    prompt_tokens: int
    max_output_tokens: int
    needs_tools: bool = False


class NoModelFits(Exception):
    pass


def estimated_cost(model: ModelSpec, request: Request) -> float:
    """Worst-case cost in USD: the whole prompt plus a completion of max_output_tokens."""
    return (
        request.prompt_tokens * model.input_usd_per_mtok
        + request.max_output_tokens * model.output_usd_per_mtok
    ) / 1_000_000


def can_serve(model: ModelSpec, request: Request) -> bool:
    needed = request.prompt_tokens + request.max_output_tokens
    if needed > model.context_window:
        return False
    return model.supports_tools or not request.needs_tools


def choose_model(
    models: Iterable[ModelSpec], request: Request, max_cost_usd: float | None = None
) -> ModelSpec:
    """Cheapest model able to serve the request; ties go to the larger context window."""
    best: ModelSpec | None = None
    best_cost = 0.0
    for model in models:
        if not can_serve(model, request):
            continue
        cost = estimated_cost(model, request)
        if max_cost_usd is not None and cost > max_cost_usd:
            continue
        if best is None or (cost, -model.context_window) < (best_cost, -best.context_window):
            best, best_cost = model, cost
    if best is None:
        raise NoModelFits(
            f"no model serves {request.prompt_tokens}+{request.max_output_tokens} tokens"
        )
    return best
