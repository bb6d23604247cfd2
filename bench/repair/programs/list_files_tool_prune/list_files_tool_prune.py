"""list_files tool for a coding agent: walk the workspace, skipping noise."""
import fnmatch
import os

SKIP_DIRS = frozenset({".git", "node_modules", "__pycache__", ".venv", ".mypy_cache"})


def _visible(name, include_hidden):
    return include_hidden or not name.startswith(".")


def list_files(root, pattern="*", limit=200, include_hidden=False, skip_dirs=SKIP_DIRS):
    """Return the workspace files matching `pattern` as sorted relative paths.

    `pattern` is matched against the relative path and against the bare
    file name, so both "*.py" and "src/*.py" work.  Directories named in
    `skip_dirs` are never entered; hidden entries are left out unless
    `include_hidden` is set.
    """
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames = [d for d in dirnames if d not in skip_dirs and _visible(d, include_hidden)]
        rel_dir = os.path.relpath(dirpath, root)
        for name in filenames:
            if not _visible(name, include_hidden):
                continue
            rel = name if rel_dir == "." else os.path.join(rel_dir, name)
            rel = rel.replace(os.sep, "/")
            if fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(name, pattern):
                found.append(rel)
    found.sort()
    return {"files": found[:limit], "total": len(found), "truncated": len(found) > limit}


def render(result):
    """Text the agent sees as the tool's output."""
    lines = list(result["files"])
    if result["truncated"]:
        lines.append(f"... {result['total'] - len(result['files'])} more files not shown")
    return "\n".join(lines) if lines else "(no matching files)"
