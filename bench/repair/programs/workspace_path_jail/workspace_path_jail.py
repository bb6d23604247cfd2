"""Keep a coding agent's file tools inside its workspace directory.

Paths are handled as POSIX strings (nothing touches the disk), so the checks
are deterministic and work for remote workspaces too.
"""

import posixpath


class PathEscapeError(ValueError):
    """The requested path would leave the workspace."""


def resolve(root, requested):
    """Return the absolute, normalized path for `requested` inside `root`.

    Relative paths are taken from the workspace root; absolute paths are
    allowed only when they already point inside it. Backslashes are read as
    separators, since models often write Windows-style paths.
    """
    if not requested or "\x00" in requested:
        raise PathEscapeError(f"invalid path: {requested!r}")
    root = posixpath.normpath(root)
    requested = requested.replace("\\", "/")
    if requested.startswith("~"):
        raise PathEscapeError("home-relative paths are not allowed")
    candidate = posixpath.normpath(posixpath.join(root, requested))
    if candidate != root and not candidate.startswith(root.rstrip("/")):
        raise PathEscapeError(f"{requested!r} is outside the workspace")
    return candidate


def display(root, path):
    """Workspace-relative form of a resolved path, for tool output."""
    rel = posixpath.relpath(resolve(root, path), posixpath.normpath(root))
    return "." if rel == "." else "./" + rel


def resolve_many(root, paths):
    """Resolve several paths, reporting the rejected ones instead of raising."""
    ok, rejected = [], []
    for path in paths:
        try:
            ok.append(resolve(root, path))
        except PathEscapeError:
            rejected.append(path)
    return ok, rejected
