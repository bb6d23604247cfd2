"""A scratchpad the agent rewrites while it works, with undo and redo.

Every change makes a new version. Only the newest `max_versions` versions are kept; older
ones are forgotten, and undo cannot go back past the oldest version kept. Writing after an
undo discards the versions that could have been redone.
"""


class Scratchpad:
    def __init__(self, text: str = "", max_versions: int = 20):
        if max_versions < 1:
            raise ValueError("max_versions must be at least 1")
        self.max_versions = max_versions
        self._versions = [text]
        self._redo: list[str] = []

    @property
    def text(self) -> str:
        return self._versions[-1]

    @property
    def can_undo(self) -> bool:
        return len(self._versions) > 1

    def write(self, text: str) -> bool:
        if text == self.text:
            return False
        self._versions.append(text)
        self._versions = self._versions[:self.max_versions]
        self._redo.clear()
        return True

    def append_line(self, line: str) -> bool:
        return self.write(f"{self.text}\n{line}" if self.text else line)

    def replace(self, old: str, new: str) -> bool:
        if old not in self.text:
            raise KeyError(old)
        return self.write(self.text.replace(old, new, 1))

    def undo(self) -> bool:
        if len(self._versions) < 1:
            return False
        self._redo.append(self._versions.pop())
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._versions.append(self._redo.pop())
        return True

    def history(self) -> list[str]:
        return list(self._versions)
