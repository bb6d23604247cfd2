"""Reassembles tool calls from streamed deltas.

Each delta looks like {"index": 0, "id": "call_1"?, "name": "search"?, "arguments": '{"q'?}:
the id and name arrive once, the JSON arguments arrive in pieces.
"""

import json
from typing import Any


class ToolCallAccumulator:
    def __init__(self) -> None:
        self._calls: dict[int, dict[str, Any]] = {}

    def feed(self, delta: dict[str, Any]) -> None:
        call = self._calls.setdefault(delta["index"], {"id": None, "name": None, "arguments": ""})
        if delta.get("id"):
            call["id"] = delta["id"]
        if delta.get("name"):
            call["name"] = delta["name"]
        call["arguments"] = delta.get("arguments", "")

    def finish(self) -> list[dict[str, Any]]:
        calls = []
        for index in sorted(self._calls):
            call = self._calls[index]
            arguments = json.loads(call["arguments"]) if call["arguments"] else {}
            calls.append({"id": call["id"], "name": call["name"], "arguments": arguments})
        return calls
