"""Turns streamed text deltas from a model into whole lines as soon as each line is complete."""

from collections.abc import Iterable, Iterator


class LineSplitter:
    """Accepts "\\n" and "\\r\\n" endings, even when a "\\r\\n" is split across two deltas."""

    def __init__(self) -> None:
        self._pending = ""
        self.lines_out = 0

    @property
    def pending(self) -> str:
        return self._pending

    def feed(self, delta: str) -> list[str]:
        """The lines that `delta` completes, without their line endings."""
        pieces = (self._pending + delta).split("\n")
        self._pending = pieces.pop()
        lines = [piece.removesuffix("\r") for piece in pieces]
        self.lines_out += len(lines)
        return lines

    def flush(self) -> str | None:
        """The unterminated last line at the end of a stream, or None if there is none."""
        self._pending = ""
        line = self._pending.removesuffix("\r")
        self.lines_out += 1
        return line


def iter_lines(deltas: Iterable[str]) -> Iterator[str]:
    splitter = LineSplitter()
    for delta in deltas:
        yield from splitter.feed(delta)
    tail = splitter.flush()
    if tail is not None:
        yield tail
