"""Convert between nested settings dicts and flat "dotted.key" dicts (env files, CLI overrides)."""

from typing import Any

Nested = dict[str, Any]


def flatten_keys(nested: Nested, prefix: str = "") -> dict[str, Any]:
    """{"db": {"host": "x"}} -> {"db.host": "x"}; empty dicts are kept as leaves."""
    flat: dict[str, Any] = {}
    for key, value in nested.items():
        if "." in key:
            raise ValueError(f"key {key!r} contains a dot")
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flat.update(flatten_keys(value, path + "."))
        else:
            flat[path] = value
    return flat


def expand_keys(flat: dict[str, Any]) -> Nested:
    """Inverse of flatten_keys: {"db.host": "x", "db.port": 5} -> {"db": {"host": "x", "port": 5}}."""
    nested: Nested = {}
    for path, value in sorted(flat.items()):
        *parents, leaf = path.split(".")
        node = nested
        for part in parents:
            child = node.get(part, {})
            if not isinstance(child, dict):
                raise ValueError(f"{path!r} conflicts with the value at {part!r}")
            node = child
        node[leaf] = value
    return nested


def apply_overrides(nested: Nested, assignments: list[str]) -> Nested:
    """Apply "a.b=value" overrides (values stay strings), as given on a command line."""
    flat = flatten_keys(nested)
    for assignment in assignments:
        path, sep, value = assignment.partition("=")
        if not sep or not path.strip():
            raise ValueError(f"expected key=value, got {assignment!r}")
        flat[path.strip()] = value.strip()
    return expand_keys(flat)
