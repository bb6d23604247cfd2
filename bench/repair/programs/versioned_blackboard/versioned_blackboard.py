"""A shared blackboard that agents read and write with version checks.

Every successful write stamps the entry with the next value of a global
version counter, so readers can ask for everything that changed since the
last version they saw.  A writer may pass ``expected``: the write only
succeeds if the key's current version equals it.  Version 0 stands for a
key that has never been written, so ``expected=0`` means "create only".
"""

from dataclasses import dataclass


class Conflict(Exception):
    def __init__(self, key, expected, actual):
        super().__init__(f"{key}: expected version {expected}, found {actual}")
        self.key = key
        self.expected = expected
        self.actual = actual


@dataclass
class Entry:
    value: object
    version: int
    author: str


class Blackboard:
    def __init__(self):
        self._entries = {}
        self.version = 0

    def version_of(self, key):
        entry = self._entries.get(key)
        return entry.version if entry is not None else None

    def read(self, key, default=None):
        entry = self._entries.get(key)
        return entry.value if entry is not None else default

    def write(self, key, value, author, expected=None):
        current = self.version_of(key)
        if expected is not None and current != expected:
            raise Conflict(key, expected, current)
        self.version += 1
        self._entries[key] = Entry(value, self.version, author)
        return self.version

    def changes_since(self, since):
        """[(key, value, author)] written after version ``since``, oldest first."""
        fresh = [(e.version, k, e) for k, e in self._entries.items() if e.version > since]
        return [(k, e.value, e.author) for _, k, e in sorted(fresh, key=lambda t: t[0])]
