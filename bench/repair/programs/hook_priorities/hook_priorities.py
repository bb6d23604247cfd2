"""Lifecycle hooks for an agent loop, run by priority (highest first, then registration order)."""

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Payload = dict[str, Any]
HookFn = Callable[[Payload], Payload | None]


@dataclass(order=True)
class _Hook:
    sort_key: tuple[int, int]
    name: str = field(compare=False)
    fn: HookFn = field(compare=False)


class HookRegistry:
    def __init__(self) -> None:
        self._hooks: dict[str, list[_Hook]] = {}
        self._sequence = itertools.count()

    def register(self, event: str, name: str, fn: HookFn, priority: int = 0) -> None:
        hooks = self._hooks.setdefault(event, [])
        if any(hook.name == name for hook in hooks):
            raise ValueError(f"hook {name!r} is already registered for {event!r}")
        hooks.sort()
        hooks.append(_Hook((-priority, next(self._sequence)), name, fn))

    def unregister(self, event: str, name: str) -> bool:
        hooks = self._hooks.get(event, [])
        for index, hook in enumerate(hooks):
            if hook.name == name:
                del hooks[index]
                return True
        return False

    def names(self, event: str) -> list[str]:
        return [hook.name for hook in self._hooks.get(event, [])]

    def run(self, event: str, payload: Payload) -> Payload:
        """Each hook may return a replacement payload (None keeps the current one).

        A payload with a true "stop" entry ends the chain.
        """
        for hook in self._hooks.get(event, []):
            result = hook.fn(payload)
            if result is not None:
                payload = result
            if payload.get("stop"):
                break
        return payload
