"""Registry mapping tool names to Python callables."""

import json
from collections.abc import Callable
from typing import Any

from toolhub.formatting import result_message


class UnknownTool(LookupError):
    pass


class ToolRegistry:
    def __init__(self) -> None:
        self._tools: dict[str, Callable[..., Any]] = {}

    def register(self, fn: Callable[..., Any], name: str | None = None) -> Callable[..., Any]:
        self._tools[name or fn.__name__] = fn
        return fn

    def names(self) -> list[str]:
        return sorted(self._tools)

    def dispatch(self, call: dict[str, Any]) -> dict[str, str]:
        """Run one tool call as produced by the model adapter: {"id", "name", "arguments"}."""
        name = call["name"]
        raw = call.get("arguments", {})
        if name not in self._tools:
            raise UnknownTool(name)
        arguments = raw
        value = self._tools[name](**arguments)
        return result_message(call["id"], value)
