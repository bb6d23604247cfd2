"""Apply JSON-patch style edits, proposed by the model, to the agent's working state."""

import copy


class PatchError(Exception):
    """An operation cannot be applied; the message is shown to the model."""


def _split(path):
    if not path.startswith("/"):
        raise PatchError(f"path must start with '/': {path!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in path[1:].split("/")]


def _key(node, token):
    if isinstance(node, list):
        if not token.isdigit():
            raise ValueError(f"bad list index {token!r}")
        return int(token)
    return token


def _apply_one(doc, op):
    kind = op.get("op")
    tokens = _split(op.get("path", ""))
    try:
        parent = doc
        for token in tokens[:-1]:
            parent = parent[_key(parent, token)]
        last = tokens[-1]
        if kind == "add":
            if isinstance(parent, list):
                index = len(parent) if last == "-" else _key(parent, last)
                if index > len(parent):
                    raise IndexError(f"index {index} past the end")
                parent.insert(index, op["value"])
            else:
                parent[last] = op["value"]
        elif kind == "replace":
            key = _key(parent, last)
            parent[key]  # the target must already exist
            parent[key] = op["value"]
        elif kind == "remove":
            del parent[_key(parent, last)]
        else:
            raise PatchError(f"unknown op {kind!r}")
    except (KeyError, IndexError, TypeError) as exc:
        raise PatchError(f"{kind} {op.get('path')!r} failed: {exc}") from None


def apply_patch(state, ops):
    """Return a patched copy of ``state``; ``state`` itself is never modified."""
    doc = copy.deepcopy(state)
    for op in ops:
        _apply_one(doc, op)
    return doc


def try_apply(state, ops):
    """Return ``(new_state, None)``, or ``(state, error)`` if any op fails."""
    try:
        return apply_patch(state, ops), None
    except PatchError as exc:
        return state, str(exc)
