"""A tiny tool registry for an agent loop."""

from toolhub.registry import ToolRegistry, UnknownTool

__all__ = ["ToolRegistry", "UnknownTool"]
