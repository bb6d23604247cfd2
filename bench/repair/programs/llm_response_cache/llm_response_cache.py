"""Caches deterministic LLM completions so that eval reruns and retried turns cost nothing.

Only complete answers are kept: a completion cut off by max_tokens or by a content filter
must be generated again next time.
"""

import hashlib
import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str = "stop"
    output_tokens: int = 0


def cache_key(model: str, messages: list[dict[str, Any]], **params: Any) -> str:
    payload = {"model": model, "messages": messages, "params": params}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


class ResponseCache:
    def __init__(
        self, max_entries: int = 512, ttl: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_entries = max_entries
        self.ttl = ttl
        self.clock = clock
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, tuple[float, Completion]] = OrderedDict()

    def get(self, key: str) -> Completion | None:
        entry = self._entries.get(key)
        if entry is None or self.clock() - entry[0] > self.ttl:
            self._entries.pop(key, None)
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry[1]

    def put(self, key: str, completion: Completion) -> None:
        self._evict_overflow()
        self._entries[key] = (self.clock(), completion)
        self._entries.move_to_end(key)

    def _evict_overflow(self) -> None:
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)

    def hit_rate(self) -> float:
        lookups = self.hits + self.misses
        return self.hits / lookups if lookups else 0.0

    def get_or_call(self, key: str, call: Callable[[], Completion]) -> Completion:
        cached = self.get(key)
        if cached is None:
            cached = call()
            self.put(key, cached)
        return cached
