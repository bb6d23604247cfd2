"""Which tools an agent may call: deny patterns win over allow patterns."""

from dataclasses import dataclass, field
from fnmatch import fnmatchcase


@dataclass
class ToolPolicy:
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)


def is_permitted(policy: ToolPolicy, tool_name: str) -> bool:
    if any(fnmatchcase(pattern, tool_name) for pattern in policy.deny):
        return False
    return any(fnmatchcase(tool_name, pattern) for pattern in policy.allow)


def permitted_tools(policy: ToolPolicy, tool_names: list[str]) -> list[str]:
    return [name for name in tool_names if is_permitted(policy, name)]
