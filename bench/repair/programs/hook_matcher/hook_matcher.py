"""Runs user-configured hooks on agent events (PreToolUse, PostToolUse, Stop, ...)."""

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ToolCall:
    name: str
    arguments: dict[str, object] = field(default_factory=dict)


@dataclass
class Event:
    name: str
    session_id: str
    tool: ToolCall | None = None


# A hook returns a reason to block the action, or None to let it through.
Hook = Callable[[Event], str | None]


@dataclass
class HookSpec:
    event: str
    matcher: str  # glob on the tool name; ignored for events without a tool
    run: Hook


@dataclass
class Decision:
    blocked: bool = False
    reason: str = ""
    ran: list[str] = field(default_factory=list)


class HookRunner:
    def __init__(self) -> None:
        self.specs: list[HookSpec] = []

    def register(self, event: str, matcher: str, run: Hook) -> None:
        self.specs.append(HookSpec(event, matcher, run))

    def matching(self, event: Event) -> list[HookSpec]:
        found = []
        for spec in self.specs:
            if spec.event != event.name:
                continue
            if event.tool is not None and not fnmatch.fnmatchcase(event.name, spec.matcher):
                continue
            found.append(spec)
        return found

    def dispatch(self, event: Event) -> Decision:
        """Run matching hooks in registration order; the first one that blocks wins."""
        decision = Decision()
        for spec in self.matching(event):
            decision.ran.append(f"{spec.event}:{spec.matcher}")
            reason = spec.run(event)
            if reason:
                decision.blocked = True
                decision.reason = reason
                break
        return decision
