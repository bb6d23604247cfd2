"""Renders tool results for the model and shrinks them to fit a turn's token budget."""

import json
from collections.abc import Callable

CHARS_PER_TOKEN = 4
TRUNCATED = "\n[truncated]"


def estimate_tokens(text: str) -> int:
    return -(-len(text) // CHARS_PER_TOKEN)


def _render_text(payload: object) -> str:
    return str(payload)


def _render_json(payload: object) -> str:
    return json.dumps(payload, indent=1, ensure_ascii=False)


def _render_lines(payload: object) -> str:
    if not isinstance(payload, (list, tuple)):
        raise TypeError("a 'lines' result must be a list")
    return "\n".join(str(line) for line in payload)


RENDERERS: dict[str, Callable[[object], str]] = {
    "text": _render_text,
    "json": _render_json,
    "lines": _render_lines,
}


def shrink(text: str, max_tokens: int) -> str:
    limit = max_tokens * CHARS_PER_TOKEN
    if len(text) <= limit:
        return text
    return text[: max(limit - len(TRUNCATED), 0)] + TRUNCATED


def fit_results(results: list[tuple[str, object]], budget: int) -> list[str]:
    """Renders (kind, payload) pairs; each gets an equal share of what is left of the budget."""
    rendered = [RENDERERS[kind](payload) for kind, payload in results]
    fitted = []
    remaining = budget
    for position, text in enumerate(rendered):
        share = remaining // (len(rendered) - position)
        piece = shrink(text, share)
        remaining -= estimate_tokens(piece)
        fitted.append(piece)
    return fitted
