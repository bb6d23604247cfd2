"""Resolve file paths in tool requests against the agent's workspace and working directory."""

import posixpath
from typing import Any

PATH_ARGUMENTS = ("path", "source", "destination")


class PathOutsideWorkspace(ValueError):
    """A tool asked for a file outside the workspace."""


class WorkspacePaths:
    def __init__(self, root: str) -> None:
        if not root.startswith("/"):
            raise ValueError("workspace root must be absolute")
        self.root = posixpath.normpath(root)
        self.cwd = self.root

    def _contains(self, path: str) -> bool:
        return path == self.root or path.startswith(self.root.rstrip("/") + "/")

    def resolve(self, raw: str) -> str:
        """Absolute normalised path; relative paths start at the current directory and
        "~/" at the workspace root."""
        if not raw.strip():
            raise ValueError("empty path")
        if raw == "~" or raw.startswith("~/"):
            raw = self.root + raw[1:]
        full = posixpath.join(self.cwd, raw)
        if not self._contains(full):
            raise PathOutsideWorkspace(f"{raw!r} is outside {self.root}")
        return full

    def change_directory(self, raw: str) -> str:
        self.cwd = self.resolve(raw)
        return self.cwd

    def display(self, raw: str) -> str:
        """Workspace-relative form of a path, for transcripts and approval prompts."""
        return posixpath.relpath(self.resolve(raw), self.cwd)

    def resolve_request(self, arguments: dict[str, Any]) -> dict[str, Any]:
        """Copy of a tool call's arguments with every path argument made absolute."""
        resolved = dict(arguments)
        for key in PATH_ARGUMENTS:
            value = arguments.get(key)
            if isinstance(value, str):
                resolved[key] = self.resolve(value)
        return resolved
