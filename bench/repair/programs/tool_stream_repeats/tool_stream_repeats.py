"""Collapse runs of identical lines in streamed tool output.

Shell tools often print the same progress line hundreds of times. Before the
output goes into the model's context, a run of at least `min_run` identical
lines is replaced by the line once plus a short marker. Lines arrive one at
a time from the tool runner; `flush()` is called when the tool exits.
"""


class RepeatCollapser:
    def __init__(self, min_run=3):
        if min_run < 2:
            raise ValueError("min_run must be at least 2")
        self.min_run = min_run
        self._line = None
        self._count = 0
        self.lines_in = 0
        self.lines_out = 0

    def feed(self, line):
        """Take one output line; return the lines that are now final."""
        self.lines_in += 1
        if self._count and line == self._line:
            self._count += 1
            return []
        out = self._drain()
        self._line = line
        self._count = 1
        return out

    def flush(self):
        """End of the stream: emit whatever run is still pending."""
        out = self._drain()
        self._line = None
        return out

    def _drain(self):
        if not self._count:
            return []
        if self._count >= self.min_run:
            out = [self._line, f"[previous line repeated {self._count - 1} more times]"]
        else:
            out = [self._line] * self._count
        self.lines_out += len(out)
        return out


def collapse_output(text, min_run=3):
    """Collapse a whole captured output at once."""
    collapser = RepeatCollapser(min_run)
    out = []
    for line in text.splitlines():
        out += collapser.feed(line)
    out += collapser.flush()
    return "\n".join(out)
