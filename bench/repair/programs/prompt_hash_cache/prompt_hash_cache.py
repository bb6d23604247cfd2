"""Cache model responses under a hash of everything that determines the reply."""

import copy
import hashlib
import json
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

Message = dict[str, str]


def request_key(
    model: str,
    messages: Sequence[Message],
    *,
    temperature: float = 0.0,
    tools: Sequence[str] = (),
) -> str:
    """Hex digest naming a request; requests that must get the same reply share a key."""
    payload = {
        "model": model.strip().lower(),
        "messages": [{"role": m["role"], "content": m["content"].strip()} for m in messages],
        "temperature": round(temperature, 3),
        "tools": tools,
    }
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    """LRU cache of responses; only deterministic (temperature 0) requests are cached."""

    def __init__(self, max_entries: int = 256) -> None:
        self.max_entries = max_entries
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def get(self, model: str, messages: Sequence[Message], **options: Any) -> dict[str, Any] | None:
        key = request_key(model, messages, **options)
        if key not in self._entries:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        return copy.deepcopy(self._entries[key])

    def put(
        self, model: str, messages: Sequence[Message], response: dict[str, Any], **options: Any
    ) -> bool:
        if options.get("temperature", 0.0) > 0:
            return False
        key = request_key(model, messages, **options)
        self._entries[key] = copy.deepcopy(response)
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        return True

    def __len__(self) -> int:
        return len(self._entries)
