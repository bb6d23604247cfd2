"""Pre- and post-hooks around an agent's tool calls.

Pre-hooks run by descending priority (ties: the one added first runs first).
Each receives ``(tool, args)`` and returns ``None`` or a dict of argument
overrides, or raises ``Denied`` to block the call. Post-hooks wrap the call
like layers of an onion: they run in exactly the reverse of that order and
receive ``(tool, args, result)``, returning the (possibly new) result.
A hook may be limited to some tools; by default it sees every tool.
"""
from dataclasses import dataclass
from typing import Any, Callable


class Denied(Exception):
    pass


@dataclass
class Hook:
    name: str
    fn: Callable
    priority: int
    seq: int
    tools: frozenset | None


@dataclass
class Outcome:
    ok: bool
    result: Any
    args: dict
    ran: list
    reason: str | None = None


class HookedTools:
    def __init__(self, tools: dict[str, Callable]):
        self.tools = tools
        self._hooks: dict[str, list[Hook]] = {"pre": [], "post": []}

    def add(self, stage: str, fn: Callable, priority: int = 0, tools=None) -> None:
        scope = frozenset(tools) if tools is not None else None
        seq = len(self._hooks["pre"]) + len(self._hooks["post"])
        self._hooks[stage].append(Hook(fn.__name__, fn, priority, seq, scope))

    def _ordered(self, stage: str, tool: str, reverse: bool = False) -> list[Hook]:
        hooks = [h for h in self._hooks[stage] if h.tools is None or tool in h.tools]
        hooks.sort(key=lambda h: (-h.priority, h.seq))
        return hooks[::-1] if reverse else hooks

    def call(self, tool: str, args: dict) -> Outcome:
        args = dict(args)
        ran = []
        for hook in self._ordered("pre", tool):
            try:
                overrides = hook.fn(tool, args)
            except Denied as exc:
                return Outcome(False, None, args, ran, f"{hook.name}: {exc}")
            ran.append(hook.name)
            if overrides:
                args = {**args, **overrides}
        result = self.tools[tool](**args)
        for hook in self._ordered("post", tool):
            result = hook.fn(tool, args, result)
            ran.append(hook.name)
        return Outcome(True, result, args, ran)
