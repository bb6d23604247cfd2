"""Line buffering for a tool process's output, read as raw byte chunks.

A read can end in the middle of a line, or in the middle of a multi-byte
character, so bytes are held until a newline arrives and only whole lines are
decoded. Tool output is not always valid UTF-8; that must never crash the
harness, so undecodable bytes show up as U+FFFD instead.
"""


class ByteLineBuffer:
    def __init__(self, encoding="utf-8", max_line=64 * 1024):
        self.encoding = encoding
        self.max_line = max_line
        self.lines_emitted = 0
        self._buf = bytearray()

    def _decode(self, raw):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        return raw.decode(self.encoding)

    def feed(self, chunk):
        """Add ``chunk`` and return the complete lines it finished, without newlines."""
        self._buf.extend(chunk)
        lines = []
        while True:
            end = self._buf.find(b"\n")
            if end < 0:
                break
            lines.append(self._decode(bytes(self._buf[:end])))
            del self._buf[: end + 1]
        # a runaway line with no newline is passed on in max_line pieces
        while len(self._buf) >= self.max_line:
            lines.append(self._decode(bytes(self._buf[: self.max_line])))
            del self._buf[: self.max_line]
        self.lines_emitted += len(lines)
        return lines

    def close(self):
        """Return the unterminated last line, if any, and reset."""
        if not self._buf:
            return []
        tail = self._decode(bytes(self._buf))
        self._buf.clear()
        self.lines_emitted += 1
        return [tail]
