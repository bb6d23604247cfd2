"""Token usage per conversation turn, from an Anthropic-style message transcript.

A turn starts with each user message that is not just tool results; every assistant message
after it (tool-use round trips included) counts towards that turn.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass
class TurnUsage:
    turn: int
    first_index: int
    calls: int = 0
    input_tokens: int = 0
    cache_read_tokens: int = 0
    output_tokens: int = 0
    models: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return self.input_tokens + self.cache_read_tokens + self.output_tokens


def _starts_turn(message: dict[str, Any]) -> bool:
    if message["role"] != "user":
        return False
    content = message["content"]
    if isinstance(content, str):
        return True
    return any(block.get("type") != "tool_result" for block in content)


def summarize(transcript: list[dict[str, Any]]) -> list[TurnUsage]:
    """One entry per turn (numbered from 1) that made at least one model call."""
    turns: dict[int, TurnUsage] = {}
    number = 0
    for index, message in enumerate(transcript):
        if _starts_turn(message):
            number += 1
            continue
        usage = message.get("usage")
        if message["role"] != "assistant" or not usage:
            continue
        turn = turns.get(number)
        if turn is None:
            turn = turns[number] = TurnUsage(turn=index, first_index=index)
        turn.calls += 1
        turn.input_tokens += usage.get("input_tokens", 0)
        turn.cache_read_tokens += usage.get("cache_read_input_tokens", 0)
        turn.output_tokens += usage.get("output_tokens", 0)
        turn.models.add(message.get("model", "unknown"))
    return list(turns.values())


def session_totals(turns: list[TurnUsage]) -> TurnUsage:
    totals = TurnUsage(turn=0, first_index=turns[0].first_index if turns else 0)
    for turn in turns:
        totals.calls += turn.calls
        totals.input_tokens += turn.input_tokens
        totals.cache_read_tokens += turn.cache_read_tokens
        totals.output_tokens += turn.output_tokens
        totals.models |= turn.models
    return totals


def heaviest_turn(turns: list[TurnUsage]) -> int | None:
    """Number of the turn with the most tokens; the earliest one on ties."""
    best = max(turns, key=lambda turn: turn.total, default=None)
    return None if best is None else best.turn
