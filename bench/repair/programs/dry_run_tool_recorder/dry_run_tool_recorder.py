"""Dry-run wrapper for an agent's tool calls.

In dry-run mode, tools that change the world are not executed: the call is
recorded so a human can review what the agent *would* have done, and the
agent gets a placeholder result back. Read-only tools always run, so the
agent can still look around while planning.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable

READ_ONLY_TOOLS = frozenset({"read_file", "list_dir", "grep"})


@dataclass
class RecordedCall:
    step: int
    tool: str
    args: dict[str, Any]


@dataclass
class DryRunExecutor:
    tools: dict[str, Callable[..., Any]]
    dry_run: bool = True
    recorded: list[RecordedCall] = field(default_factory=list)
    steps: int = 0

    def execute(self, tool: str, args: dict[str, Any]) -> Any:
        if tool not in self.tools:
            raise KeyError(f"unknown tool: {tool}")
        self.steps += 1
        if self.dry_run or tool not in READ_ONLY_TOOLS:
            self.recorded.append(RecordedCall(self.steps, tool, copy.deepcopy(args)))
            return {"dry_run": True, "tool": tool, "step": self.steps}
        return self.tools[tool](**args)

    def plan(self) -> list[str]:
        """Human-readable list of the calls that were held back."""
        lines = []
        for call in self.recorded:
            shown = ", ".join(f"{key}={value!r}" for key, value in sorted(call.args.items()))
            lines.append(f"{call.step}. {call.tool}({shown})")
        return lines

    def replay(self) -> list[Any]:
        """Run the held-back calls for real, in order, once a human approved them."""
        results = [self.tools[call.tool](**call.args) for call in self.recorded]
        self.recorded.clear()
        return results
