"""Caches results of side-effect-free tools for a short time."""

import json
import time
from collections.abc import Callable
from typing import Any


class ToolResultCache:
    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self._clock = clock
        self._entries: dict[str, tuple[float, Any]] = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(tool_name: str, arguments: dict[str, Any]) -> str:
        return tool_name + ":" + json.dumps(arguments, default=str)

    def get_or_call(self, tool_name: str, arguments: dict[str, Any], fn: Callable[..., Any]) -> Any:
        key = self.key(tool_name, arguments)
        now = self._clock()
        entry = self._entries.get(key)
        if entry is not None and now - entry[0] < self.ttl:
            self.hits += 1
            return entry[1]
        self.misses += 1
        value = fn(**arguments)
        self._entries[key] = (now, value)
        return value

    def invalidate(self, tool_name: str) -> None:
        for key in [k for k in self._entries if k.startswith(tool_name + ":")]:
            del self._entries[key]
