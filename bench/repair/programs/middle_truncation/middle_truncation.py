"""Shortens long tool output before it goes into the model's context.

The head (the command's first lines) and the tail (where errors and summaries usually are)
are kept and the middle is replaced by a marker. Cuts fall on line boundaries where possible.
"""

MARKER = "\n[... {omitted} characters omitted ...]\n"


def _head_end(text: str, budget: int) -> int:
    """End of the last whole line that fits in budget; mid-line if the first line is longer."""
    newline = text.rfind("\n", 0, budget)
    if newline == -1:
        return 0
    return newline + 1


def _tail_start(text: str, budget: int) -> int:
    """Start of the first whole line within the last budget characters; mid-line if none."""
    earliest = len(text) - budget
    newline = text.find("\n", earliest - 1, len(text) - 1)
    if newline == -1:
        return earliest
    return newline + 1


def truncate_middle(output: str, limit: int = 4000, tail_share: float = 0.5) -> str:
    """Keep at most limit characters of output (plus the marker), split between head and tail."""
    if len(output) <= limit:
        return output
    tail_budget = int(limit * tail_share)
    head_end = _head_end(output, limit - tail_budget)
    tail_start = _tail_start(output, tail_budget)
    omitted = tail_start - head_end
    return output[:head_end] + MARKER.format(omitted=omitted) + output[tail_start:]


def truncate_results(results: dict[str, str], limit: int = 4000) -> dict[str, str]:
    """Truncate every tool result of one turn, each to its own limit."""
    return {call_id: truncate_middle(text, limit) for call_id, text in results.items()}
