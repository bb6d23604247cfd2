"""Output of the agent's read_file tool: numbered lines, an offset/limit window, size caps."""

MAX_LINE_CHARS = 200
DEFAULT_LIMIT = 100
MAX_OUTPUT_CHARS = 8000


def _clip(line: str) -> str:
    if len(line) <= MAX_LINE_CHARS:
        return line
    return f"{line[:MAX_LINE_CHARS]}... [{len(line) - MAX_LINE_CHARS} more chars]"


def render(text: str, offset: int = 1, limit: int = DEFAULT_LIMIT,
           max_chars: int = MAX_OUTPUT_CHARS) -> str:
    """Lines offset .. offset+limit-1 (1-based), each as '<number>\\t<line>'.

    Numbers are right-aligned to one width. Rows stop before the output would pass
    max_chars (at least one row is always shown); if lines remain after the last row
    shown, a final note tells the model which offset to ask for next.
    """
    lines = text.splitlines()
    if not lines:
        return "[empty file]"
    if offset < 1 or offset > len(lines):
        return f"[offset {offset} is outside the file, which has {len(lines)} lines]"
    window = lines[offset - 1:limit]
    width = len(str(offset + len(window) - 1))
    rows: list[str] = []
    used = 0
    for number, line in enumerate(window, start=offset):
        row = f"{number:>{width}}\t{_clip(line)}"
        if rows and used + len(row) + 1 > max_chars:
            break
        rows.append(row)
        used += len(row) + 1
    next_offset = offset + len(rows)
    if next_offset <= len(lines):
        remaining = len(lines) - next_offset + 1
        rows.append(f"[{remaining} more lines; call read_file with offset={next_offset}]")
    return "\n".join(rows)
