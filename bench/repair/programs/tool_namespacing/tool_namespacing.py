"""One tool list for the model, built from several tool servers; calls are routed back by name.

Exposed names are "<server>__<tool>", cleaned to the characters providers accept and cut
to their 64-character limit.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

MAX_NAME = 64


@dataclass(frozen=True)
class Route:
    server: str
    tool: str
    arguments: dict[str, Any]


def exposed_name(server: str, tool: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_-]", "_", f"{server}__{tool}")
    if len(name) > MAX_NAME:
        digest = hashlib.sha256(name.encode()).hexdigest()[:8]
        name = f"{name[:MAX_NAME - 9]}_{digest}"
    return name


class ToolNamespace:
    def __init__(self) -> None:
        self._routes: dict[str, tuple[str, str]] = {}
        self._schemas: list[dict[str, Any]] = []

    def register(self, server: str, tools: list[dict[str, Any]]) -> None:
        for tool in tools:
            name = exposed_name(server, tool["name"])
            if name in self._routes:
                raise ValueError(f"two tools would both be called {name}")
            self._routes[name] = (server, tool["name"])
            description = f"[{server}] {tool.get('description', '')}".rstrip()
            self._schemas.append({**tool, "name": name, "description": description})

    def tools(self) -> list[dict[str, Any]]:
        return [dict(schema) for schema in self._schemas]

    def route(self, call: dict[str, Any]) -> Route:
        """call is the model's tool call: {"id": ..., "name": ..., "arguments": ...}."""
        target = self._routes.get(call["name"])
        if target is None:
            raise KeyError(f"no tool named {call['name']!r}")
        arguments = call.get("arguments") or {}
        if not isinstance(arguments, dict):
            raise TypeError(f"{call['name']}: arguments must be an object")
        return Route(target[0], target[1], arguments)

    def result_message(self, call: dict[str, Any], result: Any) -> dict[str, str]:
        """The tool message to append to the conversation after running the call."""
        content = result if isinstance(result, str) else json.dumps(result, sort_keys=True)
        return {"role": "tool", "tool_call_id": call["id"], "content": content}
