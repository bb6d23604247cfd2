"""Runs the tool calls of one assistant message and builds the tool-result messages.

A failing call must not abort the turn: the model gets an error result for that call
and can correct itself on the next turn.
"""

import json
from collections.abc import Callable
from typing import Any

Tool = Callable[..., str]
Message = dict[str, Any]


class ToolError(Exception):
    """Raised by a tool for a failure the model should see (bad input, missing file, ...)."""


class ToolBatch:
    def __init__(self, tools: dict[str, Tool], max_output: int = 4000) -> None:
        self.tools = tools
        self.max_output = max_output
        self.errors = 0

    def run(self, assistant_message: Message) -> list[Message]:
        """One tool message per call, in the order the calls were made."""
        return [self._run_one(call) for call in assistant_message.get("tool_calls") or []]

    def _run_one(self, call: Message) -> Message:
        name = call["function"]["name"]
        tool = self.tools.get(name)
        if tool is None:
            return self._error(call, f"unknown tool {name!r}")
        try:
            arguments = json.loads(call["function"].get("arguments") or "{}")
            output = tool(**arguments)
        except ToolError as exc:
            return self._error(call, str(exc))
        if len(output) > self.max_output:
            output = output[: self.max_output] + "\n[output truncated]"
        return {"role": "tool", "tool_call_id": call["id"], "content": output}

    def _error(self, call: Message, reason: str) -> Message:
        self.errors += 1
        return {
            "role": "tool",
            "tool_call_id": call["id"],
            "content": f"Error: {reason}",
            "is_error": True,
        }
