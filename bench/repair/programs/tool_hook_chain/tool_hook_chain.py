"""Pre- and post-call hooks around an agent's tool calls, run in priority order."""

from collections.abc import Callable
from typing import Any

Args = dict[str, Any]
PreHook = Callable[[str, Args], Args]
PostHook = Callable[[str, Args, Any], Any]


class HookChain:
    def __init__(self) -> None:
        self._pre: list[tuple[int, PreHook]] = []
        self._post: list[tuple[int, PostHook]] = []

    def before(self, priority: int = 0) -> Callable[[PreHook], PreHook]:
        """Decorator: the hook gets (tool name, args) and returns the args to use."""
        def register(hook: PreHook) -> PreHook:
            self._pre.append((priority, hook))
            return hook
        return register

    def after(self, priority: int = 0) -> Callable[[PostHook], PostHook]:
        """Decorator: the hook gets (tool name, args, result) and returns the result to keep."""
        def register(hook: PostHook) -> PostHook:
            self._post.append((priority, hook))
            return hook
        return register

    def pre_order(self) -> list[PreHook]:
        """Highest priority first; hooks of equal priority in registration order."""
        ranked = sorted(self._pre, key=lambda entry: entry[0])
        return [hook for _, hook in ranked]

    def post_order(self) -> list[PostHook]:
        """Lowest priority first, so the most important hook has the last word."""
        ranked = sorted(self._post, key=lambda entry: entry[0])
        return [hook for _, hook in ranked]

    def call(self, name: str, args: Args, tool: Callable[..., Any]) -> Any:
        for pre_hook in self.pre_order():
            args = pre_hook(name, args)
        result = tool(**args)
        for post_hook in self.post_order():
            result = post_hook(name, args, result)
        return result
