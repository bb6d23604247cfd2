"""Lexical POSIX path normalisation and joining (no filesystem access)."""


def normpath(path):
    """Collapse '.', '..' and repeated slashes, like posixpath.normpath.

    An absolute path cannot climb above the root; a relative path keeps
    the leading '..' segments it has nothing left to cancel against.
    """
    if not path:
        return "."
    absolute = path.startswith("/")
    stack = []
    for seg in path.split("/"):
        if seg in ("", "."):
            continue
        if seg == "..":
            if stack:
                stack.pop()
            elif not absolute:
                stack.append("..")
            continue
        stack.append(seg)
    result = "/".join(stack)
    if absolute:
        return "/" + result
    return result or "."


def join(base, *parts):
    """Join path pieces and normalise; an absolute piece restarts the path."""
    path = base
    for part in parts:
        if part.startswith("/"):
            path = part
        elif not path or path.endswith("/"):
            path += part
        else:
            path += "/" + part
    return normpath(path)


def split_parts(path):
    """Return the normalised path's segments, e.g. '/a/b' -> ['/', 'a', 'b']."""
    norm = normpath(path)
    if norm == "/":
        return ["/"]
    head = ["/"] if norm.startswith("/") else []
    rest = norm.lstrip("/")
    return head + ([] if rest == "." else rest.split("/"))
