"""Caches tool results for a time to live, keyed by tool name and arguments."""

import copy
import json
import time
from collections.abc import Callable
from typing import Any

Clock = Callable[[], float]


class ToolResultCache:
    def __init__(self, ttl: float, clock: Clock = time.monotonic, max_entries: int = 128) -> None:
        self.ttl = ttl
        self.clock = clock
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0
        self._entries: dict[str, tuple[float, Any]] = {}

    @staticmethod
    def key(tool: str, args: dict[str, Any]) -> str:
        return f"{tool}:{json.dumps(args, sort_keys=True)}"

    def get(self, tool: str, args: dict[str, Any]) -> Any | None:
        entry = self._entries.get(self.key(tool, args))
        if entry is None or self.clock() >= entry[0]:
            self.misses += 1
            return None
        self.hits += 1
        return entry[1]

    def put(self, tool: str, args: dict[str, Any], result: Any) -> None:
        if len(self._entries) >= self.max_entries:
            self.evict_expired()
        if len(self._entries) >= self.max_entries:
            oldest = min(self._entries, key=lambda k: self._entries[k][0])
            del self._entries[oldest]
        expires = self.clock() + self.ttl
        self._entries[self.key(tool, args)] = (expires, copy.deepcopy(result))

    def evict_expired(self) -> int:
        now = self.clock()
        expired = [k for k, (expires, _) in self._entries.items() if now >= expires]
        for k in expired:
            del self._entries[k]
        return len(expired)

    def call(self, tool: str, args: dict[str, Any], run: Callable[..., Any]) -> Any:
        """The cached result of tool(args), running it on a miss."""
        cached = self.get(tool, args)
        if cached is not None:
            return cached
        result = run(**args)
        self.put(tool, args, result)
        return result

    def __len__(self) -> int:
        return len(self._entries)
