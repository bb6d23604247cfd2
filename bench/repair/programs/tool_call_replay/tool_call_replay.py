"""Replay recorded tool calls in order, so an agent run can be re-executed offline."""

import json
from dataclasses import dataclass, field
from typing import Any


class ReplayMismatch(Exception):
    """The agent asked for something other than the call recorded at this position."""


class RecordedToolError(Exception):
    """The recorded call failed; replay raises the same failure."""


@dataclass
class RecordedCall:
    tool: str
    arguments: dict[str, Any] = field(default_factory=dict)
    result: Any = None
    error: str | None = None


def parse_recording(text: str) -> list[RecordedCall]:
    """One JSON object per line, as written by the recorder."""
    calls = []
    for number, line in enumerate(text.split("\n"), start=1):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"line {number}: not JSON ({exc.msg})") from None
        calls.append(RecordedCall(entry["tool"], entry.get("arguments") or {},
                                  entry.get("result"), entry.get("error")))
    return calls


class ToolReplayer:
    def __init__(self, calls: list[RecordedCall]) -> None:
        self._calls = calls
        self._position = 0

    @classmethod
    def from_jsonl(cls, text: str) -> "ToolReplayer":
        return cls(parse_recording(text))

    @property
    def remaining(self) -> int:
        return len(self._calls) - self._position

    def call(self, tool: str, arguments: dict[str, Any]) -> Any:
        if not self.remaining:
            raise ReplayMismatch(f"no recorded call left for {tool}")
        expected = self._calls[self._position]
        if (expected.tool, expected.arguments) != (tool, arguments):
            raise ReplayMismatch(
                f"call {self._position}: recorded {expected.tool}({expected.arguments}),"
                f" got {tool}({arguments})"
            )
        self._position += 1
        if expected.error is not None:
            raise RecordedToolError(expected.error)
        return expected.result

    def finish(self) -> None:
        """Fail if the run ended before making every recorded call."""
        if self.remaining:
            raise ReplayMismatch(f"{self.remaining} recorded call(s) never made")
