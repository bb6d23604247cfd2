"""Checks the scopes granted to an agent session against the scopes a tool declares."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Scope:
    resource: str
    action: str = "*"

    @classmethod
    def parse(cls, text: str) -> Scope:
        resource, _, action = text.strip().partition(":")
        if not resource:
            raise ValueError(f"bad scope {text!r}")
        return cls(resource, action or "*")

    def covers(self, needed: Scope) -> bool:
        return self.resource in ("*", needed.resource) and self.action in ("*", needed.action)

    def __str__(self) -> str:
        return f"{self.resource}:{self.action}"


@dataclass
class ToolSpec:
    name: str
    scopes: list[str] = field(default_factory=list)


@dataclass
class Decision:
    tool: str
    allowed: bool
    missing: list[str] = field(default_factory=list)


def parse_grants(header: str | None) -> list[Scope]:
    """Grants arrive in the X-Agent-Scopes header, e.g. "fs:read web shell:exec"."""
    return [Scope.parse(part) for part in header.replace(",", " ").split()]


class ScopeChecker:
    def __init__(self, tools: list[ToolSpec]) -> None:
        self.tools = {tool.name: tool for tool in tools}

    def check(self, tool_name: str, grants_header: str | None) -> Decision:
        tool = self.tools.get(tool_name)
        if tool is None:
            return Decision(tool_name, False, ["<unknown tool>"])
        granted = parse_grants(grants_header)
        missing = [
            str(needed)
            for needed in map(Scope.parse, tool.scopes)
            if not any(grant.covers(needed) for grant in granted)
        ]
        return Decision(tool_name, not missing, missing)

    def usable_tools(self, grants_header: str | None) -> list[str]:
        return sorted(name for name in self.tools if self.check(name, grants_header).allowed)
