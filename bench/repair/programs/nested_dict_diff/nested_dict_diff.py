"""Structural diff of two nested dictionaries.

Each difference is reported as a Change carrying the key path from the root,
so ``{"db": {"port": 1}}`` vs ``{"db": {"port": 2}}`` gives one "changed"
entry at path ``("db", "port")``.
"""

from typing import Any, NamedTuple


class Change(NamedTuple):
    op: str  # "added", "removed" or "changed"
    path: tuple
    old: Any = None
    new: Any = None


def diff(old: dict, new: dict, path: tuple = ()) -> list:
    """Return the list of changes turning ``old`` into ``new``, sorted by path."""
    changes = []
    for key in old.keys() - new.keys():
        changes.append(Change("removed", path + (key,), old=new[key]))
    for key in new.keys() - old.keys():
        changes.append(Change("added", path + (key,), new=new[key]))
    for key in old.keys() & new.keys():
        before, after = old[key], new[key]
        if isinstance(before, dict) or isinstance(after, dict):
            changes.extend(diff(before, after, path + (key,)))
        elif before != after or type(before) is not type(after):
            changes.append(Change("changed", path + (key,), before, after))
    changes.sort(key=lambda c: [str(part) for part in c.path])
    return changes


def format_changes(changes: list) -> list:
    """Render changes as human-readable lines like ``~ db.port: 1 -> 2``."""
    lines = []
    for change in changes:
        dotted = ".".join(str(part) for part in change.path)
        if change.op == "added":
            lines.append(f"+ {dotted}: {change.new!r}")
        elif change.op == "removed":
            lines.append(f"- {dotted}: {change.old!r}")
        else:
            lines.append(f"~ {dotted}: {change.old!r} -> {change.new!r}")
    return lines
