"""Decide whether an agent may call a tool, from allow and deny patterns.

Patterns use shell-style wildcards (``fs.*``, ``shell.run``, ``*``).  A deny
pattern always wins over an allow pattern; a tool matched by neither list is
refused unless the gate was built with ``default_allow=True``.
"""
from fnmatch import fnmatchcase


class ToolGate:
    def __init__(self, allow=(), deny=(), default_allow=False):
        self.allow = list(allow)
        self.deny = list(deny)
        self.default_allow = default_allow

    def _matches(self, patterns, tool):
        return any(fnmatchcase(tool, pattern) for pattern in patterns)

    def decide(self, tool):
        """Return ``(verdict, reason)`` where verdict is "allow" or "deny"."""
        tool = tool.strip()
        if not tool:
            return "deny", "empty tool name"
        if self._matches(self.allow, tool):
            return "allow", "allowlisted"
        if self._matches(self.deny, tool):
            return "deny", "denylisted"
        if self.default_allow:
            return "allow", "default"
        return "deny", "not allowlisted"

    def permitted(self, tools):
        """Filter tool names down to the ones the gate allows, keeping order."""
        return [tool for tool in tools if self.decide(tool)[0] == "allow"]

    def explain(self, tool):
        verdict, reason = self.decide(tool)
        return f"{tool.strip()}: {verdict} ({reason})"
