"""The list_directory tool: one page of a directory's entries, filtered and sorted."""

from fnmatch import fnmatchcase
from typing import Any


def _children(paths: list[str], directory: str) -> tuple[set[str], set[str]]:
    """Names of the subdirectories and files directly inside directory."""
    prefix = directory.strip("/") + "/" if directory.strip("/") else ""
    subdirs: set[str] = set()
    files: set[str] = set()
    for path in paths:
        if not path.startswith(prefix):
            continue
        head, slash, _ = path[len(prefix):].partition("/")
        (subdirs if slash else files).add(head)
    if prefix and not subdirs and not files:
        raise FileNotFoundError(f"no such directory: {directory}")
    return subdirs, files


def _keep(entry: str, pattern: str, show_hidden: bool) -> bool:
    """Dot-names are hidden unless asked for; the pattern applies to files only."""
    name = entry.rstrip("/")
    if name.startswith(".") and not show_hidden:
        return False
    return entry.endswith("/") or fnmatchcase(name, pattern)


def list_directory(paths: list[str], directory: str = "", pattern: str = "*",
                   show_hidden: bool = False, offset: int = 0,
                   limit: int = 50) -> dict[str, Any]:
    """List what is directly inside directory.

    paths are all the files of the workspace, "/"-separated and relative to its root.
    Subdirectories come first, as "name/", then files; each group sorted by name.
    Returns {"entries": [...], "total": entries after filtering, "next_offset": int | None}.
    """
    if offset < 0 or limit < 1:
        raise ValueError("offset must be >= 0 and limit >= 1")
    subdirs, files = _children(paths, directory)
    entries = [name + "/" for name in sorted(subdirs)] + sorted(files)
    page = entries[offset:offset + limit]
    entries = [entry for entry in entries if _keep(entry, pattern, show_hidden)]
    end = offset + len(page)
    return {
        "entries": page,
        "total": len(entries),
        "next_offset": end if end < len(entries) else None,
    }
