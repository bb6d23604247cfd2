"""Keep the working directory of agent-run commands inside the workspace.

The model may pass `cwd` as a path relative to the workspace root or as an
absolute path.  Symlinks and `..` are resolved before the check, so a link
pointing out of the workspace cannot be used to escape it.
"""

import os


class OutsideWorkspace(ValueError):
    """The requested directory is not inside the workspace root."""


def is_within(root, path):
    """True when *path* is *root* itself or somewhere below it (both resolved)."""
    return path == root or path.startswith(root)


def resolve_cwd(root, requested=None):
    """Return the absolute, resolved directory a command should run in."""
    root = os.path.realpath(root)
    if not requested:
        return root
    target = os.path.realpath(os.path.join(root, os.path.expanduser(requested)))
    if not is_within(root, target):
        raise OutsideWorkspace(f"{requested!r} is outside the workspace {root}")
    if not os.path.isdir(target):
        raise NotADirectoryError(target)
    return target


def display_path(root, path):
    """Path relative to the workspace for messages ('.' for the root)."""
    root = os.path.realpath(root)
    path = os.path.realpath(path)
    if not is_within(root, path):
        return path
    return os.path.relpath(path, root)
