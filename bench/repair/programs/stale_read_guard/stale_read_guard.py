"""File tools for an agent that refuse to overwrite a file the agent has not seen as it is now.

The agent must read a file before editing it, and read it again if someone else changed it
since; its own edits count as seen, so it can edit the same file several times in a row.
"""

import hashlib
from pathlib import Path


class StaleReadError(Exception):
    pass


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FileEditGuard:
    def __init__(self) -> None:
        self._seen: dict[Path, str] = {}

    def read(self, path: Path) -> str:
        data = path.read_bytes()
        self._seen[path.resolve()] = _digest(data)
        return data.decode("utf-8")

    def _check_fresh(self, path: Path) -> None:
        seen = self._seen.get(path.resolve())
        if seen is None:
            raise StaleReadError(f"{path}: read the file before editing it")
        if seen != _digest(path.read_bytes()):
            raise StaleReadError(f"{path}: modified since it was last read; read it again")

    def write(self, path: Path, content: str) -> None:
        """Create a new file, or overwrite one whose current content the agent has read."""
        if path.exists():
            self._check_fresh(path)
        data = content.encode("utf-8")
        path.write_bytes(data)
        self._seen[path.resolve()] = _digest(data)

    def replace(self, path: Path, old: str, new: str) -> int:
        """Replace the one occurrence of old with new; returns the new size in bytes."""
        self._check_fresh(path)
        text = path.read_bytes().decode("utf-8")
        found = text.count(old)
        if found != 1:
            raise ValueError(f"{path}: old text must occur exactly once, found {found}")
        data = text.replace(old, new).encode("utf-8")
        path.write_bytes(data)
        return len(data)

    def forget(self, path: Path) -> None:
        self._seen.pop(path.resolve(), None)
