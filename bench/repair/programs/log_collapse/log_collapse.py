"""Collapse runs of repeated log lines before they go into an agent's context window."""

import re
from collections.abc import Iterable, Iterator

TIMESTAMP = re.compile(r"^\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?Z?\]?\s*")


def message_key(line: str) -> str:
    """The part of a line that must repeat for it to count as a repeat: no timestamp."""
    return TIMESTAMP.sub("", line.rstrip("\r\n"))


def _render(line: str, count: int) -> str:
    line = line.rstrip("\r\n")
    return line if count == 1 else f"{line} [x{count}]"


def collapse(lines: Iterable[str], max_run: int | None = None) -> Iterator[str]:
    """Yield the first line of each run of repeats, tagged with the run length.

    With max_run, a longer run is cut into pieces of at most max_run lines, so a live tail
    still shows progress while a line keeps repeating.
    """
    previous_key: str | None = None
    first_line = ""
    count = 0
    for line in lines:
        key = message_key(line)
        if key == previous_key and (max_run is None or count < max_run):
            count += 1
            continue
        if count:
            yield _render(first_line, count)
        first_line = line
        count = 1
    if count:
        yield _render(first_line, count)


def collapse_text(text: str, max_run: int | None = None) -> str:
    return "\n".join(collapse(text.splitlines(), max_run))
