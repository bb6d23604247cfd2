"""Shorten a tool's output before it goes back into the model's context.

Long outputs keep their first lines and their last `tail` lines, with one
marker line in between that says how many lines were left out.
"""

MARKER = "[... {omitted} lines omitted ...]"


def as_text(output):
    """Tool output may arrive as bytes straight from a subprocess."""
    if isinstance(output, (bytes, bytearray)):
        return bytes(output).decode("utf-8")
    if output is None:
        return ""
    return str(output)


def clip_output(output, max_lines=40, tail=10):
    """Return at most `max_lines` lines of `output`, the marker line included."""
    if max_lines < 1:
        raise ValueError("max_lines must be at least 1")
    lines = as_text(output).splitlines()
    if len(lines) <= max_lines:
        return "\n".join(lines)
    tail = max(0, min(tail, max_lines - 2))
    head = max_lines - tail - 1
    omitted = len(lines) - head - tail
    kept = lines[:head]
    kept.append(MARKER.format(omitted=omitted))
    if tail:
        kept.extend(lines[-tail:])
    return "\n".join(kept)


def clip_result(result, max_lines=40, tail=10):
    """Clip the stdout and stderr of a finished command for the transcript."""
    parts = []
    for stream in ("stdout", "stderr"):
        text = clip_output(result.get(stream), max_lines, tail)
        if text:
            parts.append(f"[{stream}]\n{text}")
    parts.append(f"[exit code {result.get('returncode', 0)}]")
    return "\n".join(parts)
