"""Shrink large tool output before it is sent back to the model.

The first `head` and the last `tail` lines are kept and the middle is replaced
by a single marker line that says how many lines were dropped.  Lines longer
than `max_line` characters are cut as well.  The caller gets the clipped text
and a small report it can log or attach to the tool result.
"""

from dataclasses import dataclass

MARKER = "... [{count} lines omitted] ..."


@dataclass
class ClipReport:
    total_lines: int
    omitted_lines: int
    cut_lines: int

    @property
    def clipped(self):
        return self.omitted_lines > 0 or self.cut_lines > 0


def clip_lines(lines, max_line):
    """Cut every line longer than max_line; return (lines, how many were cut)."""
    out, cut = [], 0
    for line in lines:
        if len(line) > max_line:
            line = f"{line[:max_line]}… (+{len(line) - max_line} chars)"
            cut += 1
        out.append(line)
    return out, cut


def clip_output(text, head=20, tail=20, max_line=400):
    """Return (clipped_text, ClipReport)."""
    if head < 0 or tail < 0 or max_line < 1:
        raise ValueError("head and tail must be >= 0 and max_line >= 1")
    lines = text.splitlines()
    if len(lines) <= head + tail:
        kept, cut = clip_lines(lines, max_line)
        return "\n".join(kept), ClipReport(len(lines), 0, cut)
    omitted = len(lines) - head
    first, cut_first = clip_lines(lines[:head], max_line)
    last, cut_last = clip_lines(lines[-tail:], max_line)
    clipped = "\n".join(first + [MARKER.format(count=omitted)] + last)
    return clipped, ClipReport(len(lines), omitted, cut_first + cut_last)


def tool_result_text(text, **limits):
    """The text to hand back to the model, with a note when it was clipped."""
    clipped, report = clip_output(text, **limits)
    if not report.clipped:
        return clipped
    note = f"[output clipped: {report.total_lines} lines"
    if report.omitted_lines:
        note += f", {report.omitted_lines} omitted"
    if report.cut_lines:
        note += f", {report.cut_lines} long lines cut"
    return f"{clipped}\n{note}]"
