"""Plugin hook registry: plugins attach callbacks to named events; lower priority runs first."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Payload = dict[str, Any]
HookFn = Callable[[Payload], Payload | None]


@dataclass(order=True)
class Hook:
    priority: int
    plugin: str = field(compare=False)
    fn: HookFn = field(compare=False)


class HookRegistry:
    def __init__(self) -> None:
        self._hooks: dict[str, list[Hook]] = {}

    def register(self, event: str, plugin: str, fn: HookFn, priority: int = 100) -> None:
        """Hooks with equal priority run in the order they were registered."""
        hooks = self._hooks.setdefault(event, [])
        hooks.sort()
        hooks.append(Hook(priority, plugin, fn))

    def unregister_plugin(self, plugin: str) -> int:
        """Remove every hook of a plugin; returns how many were removed."""
        removed = 0
        for event, hooks in self._hooks.items():
            kept = [hook for hook in hooks if hook.plugin != plugin]
            removed += len(hooks) - len(kept)
            self._hooks[event] = kept
        return removed

    def plugins_for(self, event: str) -> list[str]:
        return [hook.plugin for hook in self._hooks.get(event, [])]

    def emit(self, event: str, payload: Payload) -> Payload | None:
        """Pass the payload through each hook; a hook returning None vetoes the event."""
        for hook in self._hooks.get(event, []):
            result = hook.fn(dict(payload))
            if result is None:
                return None
            payload = result
        return payload
