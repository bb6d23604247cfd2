"""Capture a command's output as it streams, keeping only a head and a tail.

Chunks arrive with arbitrary boundaries.  Memory stays bounded by the head
and tail sizes no matter how much the command prints.
"""

from collections import deque


class HeadTailCapture:
    def __init__(self, head=50, tail=50):
        if head < 0 or tail < 0:
            raise ValueError("head and tail must be non-negative")
        self.head = head
        self.head_lines = []
        self.tail_lines = deque(maxlen=tail)
        self.total = 0
        self._partial = ""

    def feed(self, chunk):
        """Add a chunk of text; complete lines are stored, the rest waits."""
        pieces = (self._partial + chunk).split("\n")
        self._partial = pieces.pop()
        for line in pieces:
            self._add(line)

    def close(self):
        """Flush a final line that had no trailing newline."""
        if self._partial:
            self._add(self._partial)
            self._partial = ""

    def _add(self, line):
        self.total += 1
        if len(self.head_lines) <= self.head:
            self.head_lines.append(line)
        elif self.tail_lines.maxlen:
            self.tail_lines.append(line)

    @property
    def omitted(self):
        return self.total - len(self.head_lines) - len(self.tail_lines)

    def render(self):
        """The kept lines, with a marker where lines were dropped."""
        lines = list(self.head_lines)
        if self.omitted:
            lines.append(f"[... {self.omitted} lines omitted ...]")
        lines.extend(self.tail_lines)
        return "\n".join(lines)
