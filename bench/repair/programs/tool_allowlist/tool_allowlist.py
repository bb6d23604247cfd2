"""Glob-pattern allowlist deciding whether an agent may run a tool call."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

DECISIONS = ("allow", "ask", "deny")


@dataclass(frozen=True)
class Rule:
    tool: str  # glob on the tool name, e.g. "fs.*"
    decision: str = "allow"
    path: str | None = None  # glob on the call's "path" argument, when set

    def matches(self, tool: str, arguments: Mapping[str, Any]) -> bool:
        if not fnmatchcase(tool, self.tool):
            return False
        if self.path is None:
            return True
        target = arguments.get("path")
        return isinstance(target, str) and fnmatchcase(target, self.path)


class Allowlist:
    """First matching rule wins; a call no rule matches gets the default decision."""

    def __init__(self, rules: list[Rule], default: str = "deny") -> None:
        self.rules = rules
        self.default = default

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Allowlist:
        rules = []
        for entry in config.get("rules", []):
            decision = entry.get("decision", "allow")
            if decision not in DECISIONS:
                raise ValueError(f"rule for {entry['tool']!r}: unknown decision {decision!r}")
            rules.append(Rule(entry["tool"], decision, entry.get("paths")))
        return cls(rules, config.get("default", "deny"))

    def decide(self, tool: str, arguments: Mapping[str, Any] | None = None) -> str:
        for rule in self.rules:
            if rule.matches(tool, arguments or {}):
                return rule.decision
        return self.default

    def allowed(self, tool: str, arguments: Mapping[str, Any] | None = None) -> bool:
        return self.decide(tool, arguments) == "allow"
