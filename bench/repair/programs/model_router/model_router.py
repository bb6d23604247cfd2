"""Picks the cheapest model that can serve a request, and the order of fallbacks."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Model:
    name: str
    context_window: int
    cost_per_1k: float
    features: frozenset[str] = frozenset()


@dataclass
class Request:
    prompt_tokens: int
    max_output_tokens: int
    needs: set[str] = field(default_factory=set)


def can_serve(model: Model, request: Request) -> bool:
    if request.prompt_tokens + request.max_output_tokens > model.context_window:
        return False
    return request.needs <= model.features


def route(models: list[Model], request: Request, exclude: set[str] = frozenset()) -> Model | None:
    """The cheapest capable model (ties: larger context window first); None if there is none."""
    candidates = [m for m in models if m.name not in exclude and can_serve(m, request)]
    return min(candidates, key=lambda m: (m.cost_per_1k, -m.context_window))


def fallback_order(models: list[Model], request: Request, failed: list[str]) -> list[Model]:
    """Every capable model not in `failed`, in the order route() would pick them."""
    order: list[Model] = []
    excluded = set(failed)
    while (model := route(models, request, excluded)) is not None:
        order.append(model)
        excluded.add(model.name)
    return order
