"""Routes tool calls to backends by glob patterns on the tool name (first matching rule wins)."""

from dataclasses import dataclass
from fnmatch import fnmatchcase


@dataclass(frozen=True)
class Rule:
    pattern: str
    backend: str
    exclude: tuple[str, ...] = ()

    def excludes(self, tool: str) -> bool:
        return any(fnmatchcase(tool, pattern) for pattern in self.exclude)


class ToolRouter:
    def __init__(self, fallback: str | None = None) -> None:
        self.rules: list[Rule] = []
        self.fallback = fallback

    def add(self, pattern: str, backend: str, *, exclude: tuple[str, ...] = ()) -> None:
        self.rules.append(Rule(pattern, backend, exclude))

    def route(self, tool: str) -> str:
        for rule in self.rules:
            if fnmatchcase(tool, rule.pattern):
                return rule.backend
        if self.fallback is None:
            raise LookupError(f"no backend for tool {tool!r}")
        return self.fallback

    def plan(self, tools: list[str]) -> dict[str, list[str]]:
        """Tools grouped by the backend that will run them; unroutable tools are skipped."""
        groups: dict[str, list[str]] = {}
        for tool in tools:
            try:
                groups.setdefault(self.route(tool), []).append(tool)
            except LookupError:
                continue
        return groups

    def explain(self, tool: str) -> list[str]:
        """One line per rule saying why it did or did not take the tool (for debugging)."""
        lines = []
        for rule in self.rules:
            if not fnmatchcase(tool, rule.pattern):
                lines.append(f"{rule.pattern}: no match")
            elif rule.excludes(tool):
                lines.append(f"{rule.pattern}: excluded")
            else:
                lines.append(f"{rule.pattern}: -> {rule.backend}")
                break
        return lines
