"""Plug-in registry with dependencies and enable/disable.

A plug-in may require other plug-ins, which must be registered first (so the
dependency graph has no cycles). Enabling a plug-in enables what it requires
first; disabling one disables every enabled plug-in that depends on it first.
Both return the plug-ins whose state actually changed, in the order changed.
"""
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Plugin:
    name: str
    requires: tuple[str, ...] = ()
    hooks: dict[str, Callable[[Any], Any]] = field(default_factory=dict)


class PluginRegistry:
    def __init__(self) -> None:
        self._plugins: dict[str, Plugin] = {}
        self._enabled: set[str] = set()

    def register(self, name: str, requires=(), hooks=None) -> Plugin:
        if name in self._plugins:
            raise ValueError(f"plugin {name!r} already registered")
        missing = [dep for dep in requires if dep not in self._plugins]
        if missing:
            raise LookupError(f"plugin {name!r} requires unknown {missing}")
        plugin = Plugin(name, tuple(requires), dict(hooks or {}))
        self._plugins[name] = plugin
        return plugin

    def is_enabled(self, name: str) -> bool:
        return name in self._enabled

    def enable(self, name: str) -> list[str]:
        if name not in self._plugins:
            raise KeyError(name)
        if name in self._enabled:
            return []
        changed = []
        for dep in self._plugins[name].requires:
            changed += self.enable(dep)
        self._enabled.add(name)
        changed.append(name)
        return changed

    def disable(self, name: str) -> list[str]:
        if name not in self._enabled:
            return []
        changed = []
        for other in sorted(self._enabled):
            if other in self._plugins[name].requires:
                changed += self.disable(other)
        self._enabled.discard(name)
        changed.append(name)
        return changed

    def run_hook(self, hook: str, value: Any) -> Any:
        """Thread value through the hook of every enabled plug-in, in registration order."""
        for plugin in self._plugins.values():
            if hook in plugin.hooks:
                value = plugin.hooks[hook](value)
        return value
