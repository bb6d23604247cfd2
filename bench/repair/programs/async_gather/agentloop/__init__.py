"""Concurrent execution of the tool calls in one model turn."""

from agentloop.messages import tool_result
from agentloop.runner import run_tool_calls

__all__ = ["run_tool_calls", "tool_result"]
