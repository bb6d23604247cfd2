"""Runs the tool calls of one model turn concurrently, each under its own timeout."""

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

Tool = Callable[..., Awaitable[str]]


class ToolError(Exception):
    """An expected failure the model should be told about (bad input, missing file, ...)."""


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # JSON object text, exactly as the model produced it


@dataclass(frozen=True)
class ToolResult:
    call_id: str
    content: str
    is_error: bool = False


class ToolRunner:
    def __init__(self, tools: dict[str, Tool], timeout: float = 30.0) -> None:
        self.tools = tools
        self.timeout = timeout

    async def run_one(self, call: ToolCall) -> ToolResult:
        tool = self.tools.get(call.name)
        if tool is None:
            return ToolResult(call.id, f"error: no tool named {call.name!r}", is_error=True)
        try:
            arguments = json.loads(call.arguments or "{}")
            content = await asyncio.wait_for(tool(**arguments), self.timeout)
        except TimeoutError:
            return ToolResult(call.id, f"error: {call.name} timed out after {self.timeout:g}s",
                              is_error=True)
        except ToolError as exc:
            return ToolResult(call.id, f"error: {exc}", is_error=True)
        return ToolResult(call.id, content)

    async def run_all(self, calls: list[ToolCall]) -> list[ToolResult]:
        """One result per call, in the order of the calls."""
        return list(await asyncio.gather(*(self.run_one(call) for call in calls)))
