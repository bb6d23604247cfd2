"""Convert nested settings to flat dotted keys and back (for env files, CLI overrides)."""


def flatten(tree, sep="."):
    """{"a": {"b": 1}} -> {"a.b": 1}.

    Empty dicts are kept as leaf values so that unflatten(flatten(x)) == x.
    """
    flat = {}

    def walk(node, path):
        for key, value in node.items():
            key = str(key)
            if sep in key:
                raise ValueError(f"key {key!r} contains the separator {sep!r}")
            if isinstance(value, dict):
                walk(value, path + [key])
            else:
                flat[sep.join(path + [key])] = value

    walk(tree, [])
    return flat


def unflatten(flat, sep="."):
    """{"a.b": 1} -> {"a": {"b": 1}}; a key that is both a value and a section is an error."""
    tree = {}
    # A prefix sorts before its extensions, so parents are always placed first.
    for dotted in sorted(flat):
        value = flat[dotted]
        *parents, leaf = dotted.split(sep)
        node = tree
        for depth, part in enumerate(parents):
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                where = sep.join(parents[:depth + 1])
                raise ValueError(f"{dotted!r} conflicts with the value at {where!r}")
        if isinstance(value, dict) and not value:
            value = {}
        node[leaf] = value
    return tree


def override(tree, assignments, sep="."):
    """Apply "a.b=value" strings to a copy of tree (values stay strings)."""
    flat = flatten(tree, sep)
    for item in assignments:
        key, eq, value = item.partition("=")
        if not eq:
            raise ValueError(f"expected key=value, got {item!r}")
        flat = {k: v for k, v in flat.items() if not k.startswith(key.strip() + sep)}
        flat[key.strip()] = value
    return unflatten(flat, sep)
