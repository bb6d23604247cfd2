"""Apply one unified-diff hunk, as an agent's patch tool receives it, to a file's text."""

import re

HEADER = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class HunkError(ValueError):
    """The hunk is malformed or its old lines are not in the file."""


def _count(group: str | None) -> int:
    """Line count of a range in the header: "@@ -3,2 +3,4 @@" has 2 and 4."""
    return int(group) if group is not None else 0


def parse_hunk(hunk: str) -> tuple[int, list[str], list[str]]:
    """(0-based index where the old lines start, old lines, new lines)."""
    header, *body = hunk.splitlines()
    match = HEADER.match(header)
    if match is None:
        raise HunkError(f"bad hunk header: {header!r}")
    old_start, old_count = int(match.group(1)), _count(match.group(2))
    new_count = _count(match.group(4))
    old: list[str] = []
    new: list[str] = []
    for line in body:
        tag, content = line[:1], line[1:]
        if tag in (" ", ""):
            old.append(content)
            new.append(content)
        elif tag == "-":
            old.append(content)
        elif tag == "+":
            new.append(content)
        elif tag != "\\":  # "\ No newline at end of file"
            raise HunkError(f"bad hunk line: {line!r}")
    if (len(old), len(new)) != (old_count, new_count):
        raise HunkError("hunk body does not match the line counts in its header")
    # An empty old range names the line after which the new lines go.
    start = old_start - 1 if old_count else old_start
    return start, old, new


def apply_hunk(text: str, hunk: str, max_offset: int = 3) -> tuple[str, int]:
    """The patched text and the offset at which the hunk applied.

    If the old lines are not at the position the header gives, positions up to
    max_offset lines away are tried, nearest first (earlier before later on a tie).
    """
    start, old, new = parse_hunk(hunk)
    lines = text.splitlines()
    for distance in range(max_offset + 1):
        for offset in sorted({-distance, distance}):
            at = start + offset
            if 0 <= at <= len(lines) - len(old) and lines[at:at + len(old)] == old:
                lines[at:at + len(old)] = new
                if not lines:
                    return "", offset
                ending = "\n" if text.endswith("\n") or not text else ""
                return "\n".join(lines) + ending, offset
    raise HunkError("hunk does not apply: its old lines were not found near the given line")
