"""Shortens long tool output before it goes back into the model's context."""

MARKER = "\n[... {omitted} characters omitted ...]\n"


def truncate_output(text: str, max_chars: int) -> str:
    """Keep the head and the tail of ``text`` (the model needs both the command and the
    error at the end); the marker says how many characters were dropped."""
    if len(text) <= max_chars:
        return text
    head_chars = max_chars // 2
    tail_chars = max_chars - head_chars
    omitted = len(text) - head_chars
    return text[:head_chars] + MARKER.format(omitted=omitted) + text[tail_chars:]


def truncate_lines(lines: list[str], max_lines: int) -> list[str]:
    if len(lines) <= max_lines:
        return lines
    return lines[: max_lines - 1] + [f"[... {len(lines) - max_lines + 1} more lines]"]
