"""Skips repeated read-only tool calls: models often ask for the same file or search twice."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: dict[str, Any]


@dataclass
class _Entry:
    turn: int
    result: str


class ToolCallDeduplicator:
    """Runs each distinct read-only call once and hands its result to identical calls made in
    the same turn or up to ``max_age`` turns later. Other tools always run."""

    def __init__(self, read_only: set[str], max_age: int = 2) -> None:
        self.read_only = read_only
        self.max_age = max_age
        self.turn = 0
        self.executed = 0
        self._entries: dict[str, _Entry] = {}

    @staticmethod
    def key(call: ToolCall) -> str:
        return f"{call.name}:{json.dumps(call.arguments, sort_keys=True)}"

    def _reusable(self, call: ToolCall) -> str | None:
        entry = self._entries.get(self.key(call))
        if entry is not None:
            return entry.result
        return None

    def run_turn(
        self, calls: list[ToolCall], execute: Callable[[ToolCall], str]
    ) -> dict[str, str]:
        """Results by call id for one assistant turn's tool calls."""
        self.turn += 1
        results: dict[str, str] = {}
        for call in calls:
            reused = self._reusable(call)
            if reused is not None:
                results[call.id] = reused
                continue
            results[call.id] = execute(call)
            self.executed += 1
            if call.name in self.read_only:
                self._entries[self.key(call)] = _Entry(self.turn, results[call.id])
        return results

    def forget(self) -> None:
        """Drop every stored result, e.g. after the workspace changed under the agent."""
        self._entries.clear()
