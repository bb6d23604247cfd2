"""Runs all tool calls of one assistant turn concurrently."""

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from agentloop.messages import tool_result

AsyncTool = Callable[..., Awaitable[Any]]


async def _invoke(tools: dict[str, AsyncTool], call: dict[str, Any]) -> Any:
    tool = tools.get(call["name"])
    if tool is None:
        raise LookupError(f"unknown tool {call['name']!r}")
    return await tool(**call.get("arguments", {}))


async def run_tool_calls(
    tools: dict[str, AsyncTool], calls: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One tool-result message per call, in call order; a failing call does not sink the others."""
    outcomes = await asyncio.gather(*(_invoke(tools, c) for c in calls))
    return [tool_result(call["id"], outcome) for call, outcome in zip(calls, outcomes)]
