"""Choose the cheapest model that can serve a request (context, capabilities, lifecycle)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    name: str
    context_window: int
    input_per_mtok: float
    output_per_mtok: float
    capabilities: frozenset = frozenset()
    deprecated: bool = False


@dataclass(frozen=True)
class Request:
    prompt_tokens: int
    max_output_tokens: int
    needs: frozenset = frozenset()


def estimated_cost(model, request):
    """Worst-case dollars: the full prompt plus every output token it may produce."""
    return (
        request.prompt_tokens * model.input_per_mtok
        + request.max_output_tokens * model.output_per_mtok
    ) / 1_000_000


def fits(model, request):
    return request.prompt_tokens + request.max_output_tokens < model.context_window


def eligible(models, request, allow_deprecated=False):
    return [
        m
        for m in models
        if fits(m, request)
        and request.needs <= m.capabilities
        and (allow_deprecated or not m.deprecated)
    ]


def _price_key(request):
    return lambda m: (estimated_cost(m, request), m.name)


def pick_model(models, request, allow_deprecated=False):
    """The cheapest eligible model (name breaks ties), or None if nothing qualifies."""
    return min(eligible(models, request, allow_deprecated), key=_price_key(request))


def ranked(models, request, allow_deprecated=False):
    return sorted(eligible(models, request, allow_deprecated), key=_price_key(request))
