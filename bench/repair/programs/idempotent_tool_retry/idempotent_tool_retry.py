"""Tool client for an agent: retries transient failures, but only for idempotent tools.

Tools are HTTP-backed; a tool is idempotent when its HTTP method is (GET, PUT, DELETE, ...),
so a POST that timed out is never sent twice.
"""

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

Handler = Callable[[dict[str, Any]], Any]


class TransientToolError(Exception):
    """Timeouts, 502/503/504, connection resets: worth another try."""


@dataclass(frozen=True)
class Tool:
    name: str
    method: str
    handler: Handler

    @property
    def idempotent(self) -> bool:
        return self.method in IDEMPOTENT_METHODS


class ToolClient:
    def __init__(
        self,
        max_attempts: int = 3,
        base_delay: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.sleep = sleep
        self.tools: dict[str, Tool] = {}

    def register(self, name: str, method: str, handler: Handler) -> None:
        self.tools[name] = Tool(name, method, handler)

    def register_operations(self, paths: Mapping[str, Mapping[str, Handler]]) -> None:
        """Register every operation of an OpenAPI-style paths table ({path: {method: fn}})."""
        for path, operations in paths.items():
            for method, handler in operations.items():
                self.register(f"{method} {path}", method, handler)

    def call(self, name: str, args: dict[str, Any]) -> Any:
        tool = self.tools[name]
        attempts = self.max_attempts if tool.idempotent else 1
        for attempt in range(1, attempts + 1):
            try:
                return tool.handler(dict(args))
            except TransientToolError:
                if attempt == attempts:
                    raise
                self.sleep(self.base_delay * 2 ** (attempt - 1))
        raise AssertionError("unreachable")
