"""Dotted-path access into a nested agent configuration made of dicts and lists.

Paths look like "model.params.temperature" or "tools.0.name" (list items by index).
"""

_MISSING = object()


def _parts(path):
    return path.split(".") if path else []


def get_path(config, path, default=None):
    """Value at path, or default when any step of the path does not exist."""
    node = config
    for part in _parts(path):
        try:
            if isinstance(node, list):
                node = node[int(part)]
            else:
                node = node[part]
        except (KeyError, IndexError, ValueError):
            return default
    return node


def has_path(config, path):
    return get_path(config, path, _MISSING) is not _MISSING


def set_path(config, path, value):
    """Set the value at path, creating missing dict levels on the way."""
    parts = _parts(path)
    if not parts:
        raise ValueError("empty path")
    node = config
    for part in parts[:-1]:
        if isinstance(node, list):
            node = node[int(part)]
        else:
            node = node.setdefault(part, {})
    if isinstance(node, list):
        node[int(parts[-1])] = value
    else:
        node[parts[-1]] = value


def require(config, *paths):
    """Raise KeyError naming every path that is missing from config."""
    missing = [p for p in paths if not has_path(config, p)]
    if missing:
        raise KeyError("missing config keys: " + ", ".join(missing))
