"""Picks the cheapest model from a provider catalog that can serve a request."""

from collections.abc import Iterable
from typing import Any

ModelEntry = dict[str, Any]  # one entry of the provider's /models listing


class NoModelFits(LookupError):
    pass


def estimated_cost(entry: ModelEntry, prompt_tokens: int, max_output: int) -> float:
    """Worst-case dollars for one call; prices are per million tokens."""
    pricing = entry["pricing"]
    return (prompt_tokens * pricing["input"] + max_output * pricing["output"]) / 1_000_000


def can_serve(entry: ModelEntry, prompt_tokens: int, max_output: int,
              needs: Iterable[str]) -> bool:
    if entry.get("deprecated", False):
        return False
    if prompt_tokens + max_output > entry["context_window"]:
        return False
    if max_output > entry.get("max_output_tokens", entry["context_window"]):
        return False
    return set(needs) <= set(entry.get("features", ()))


def select_model(catalog: list[ModelEntry], prompt_tokens: int, max_output: int = 1024,
                 needs: Iterable[str] = ()) -> str:
    """Id of the cheapest model able to take the prompt, the output and the needed features."""
    needs = tuple(needs)
    candidates = [(estimated_cost(entry, prompt_tokens, max_output), entry["id"])
                  for entry in catalog if can_serve(entry, prompt_tokens, max_output, needs)]
    if not candidates:
        wanted = ", ".join(needs) or "no special features"
        raise NoModelFits(f"no model takes {prompt_tokens}+{max_output} tokens with {wanted}")
    return min(candidates)[1]
