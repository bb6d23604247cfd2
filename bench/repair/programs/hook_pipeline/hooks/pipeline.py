"""Runs pre-hooks over tool arguments and post-hooks over tool results."""

from collections.abc import Callable
from typing import Any

PreHook = Callable[[dict[str, Any]], dict[str, Any]]
PostHook = Callable[[Any], Any]

SECRET_KEYS = frozenset({"api_key", "password", "token"})


class HookPipeline:
    def __init__(self) -> None:
        self.pre_hooks: list[PreHook] = []
        self.post_hooks: list[PostHook] = []
        self.audit: list[dict[str, Any]] = []

    def call(self, tool: Callable[..., Any], args: dict[str, Any]) -> Any:
        result = tool(**args)
        for hook in self.pre_hooks:
            args = hook(dict(args))
        self.audit.append({"tool": tool.__name__, "args": self._redacted(args)})
        for hook in self.post_hooks:
            result = hook(result)
        return result

    @staticmethod
    def _redacted(args: dict[str, Any]) -> dict[str, Any]:
        return {k: ("***" if k in SECRET_KEYS else v) for k, v in args.items()}
