"""Token usage per conversation turn, from OpenAI-style chat completion `usage` blocks."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class TurnUsage:
    turn: int
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached_tokens: int = 0

    @property
    def total(self) -> int:
        return self.input_tokens + self.output_tokens

    @property
    def uncached_input(self) -> int:
        return self.input_tokens - self.cached_tokens


@dataclass
class UsageTracker:
    turns: list[TurnUsage] = field(default_factory=list)

    def start_turn(self) -> TurnUsage:
        turn = TurnUsage(turn=len(self.turns) + 1)
        self.turns.append(turn)
        return turn

    def record(self, usage: Mapping[str, Any]) -> TurnUsage:
        """Add one model call's usage to the current turn (a turn may hold several calls)."""
        turn = self.turns[-1] if self.turns else self.start_turn()
        turn.calls += 1
        turn.input_tokens += usage.get("prompt_tokens", 0)
        turn.output_tokens += usage.get("output_tokens", 0)
        details = usage.get("prompt_tokens_details") or {}
        turn.cached_tokens += details.get("cached_tokens", 0)
        return turn

    def totals(self) -> TurnUsage:
        summary = TurnUsage(turn=0)
        for turn in self.turns:
            summary.calls += turn.calls
            summary.input_tokens += turn.input_tokens
            summary.output_tokens += turn.output_tokens
            summary.cached_tokens += turn.cached_tokens
        return summary

    def heaviest(self) -> TurnUsage | None:
        return max(self.turns, key=lambda turn: turn.total, default=None)
