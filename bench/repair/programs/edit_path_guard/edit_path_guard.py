"""Decides which paths the file-editing tool may touch inside the agent's workspace."""

from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath


class SandboxViolation(Exception):
    """A path that names nothing inside any workspace."""


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    path: str
    reason: str


class PathGuard:
    def __init__(self, root: Path, allow: Iterable[str], deny: Iterable[str] = ()) -> None:
        self.root = root.resolve()
        self.allow = list(allow)
        self.deny = list(deny)

    def relative(self, raw: str) -> str:
        """The workspace-relative form of raw, following symlinks."""
        if not raw.strip() or "\x00" in raw:
            raise SandboxViolation("empty path or NUL byte")
        if PurePosixPath(raw).is_absolute():
            raise SandboxViolation("absolute paths are not allowed")
        resolved = (self.root / raw).resolve()
        return resolved.relative_to(self.root).as_posix()

    def check(self, raw: str) -> Verdict:
        try:
            path = self.relative(raw)
        except SandboxViolation as exc:
            return Verdict(False, raw, str(exc))
        for pattern in self.deny:
            if fnmatchcase(path, pattern):
                return Verdict(False, path, f"denied by {pattern!r}")
        for pattern in self.allow:
            if fnmatchcase(path, pattern):
                return Verdict(True, path, f"allowed by {pattern!r}")
        return Verdict(False, path, "not on the allowlist")

    def editable(self, paths: Iterable[str]) -> list[str]:
        """The workspace-relative paths among paths that may be edited."""
        return [verdict.path for verdict in map(self.check, paths) if verdict.allowed]
