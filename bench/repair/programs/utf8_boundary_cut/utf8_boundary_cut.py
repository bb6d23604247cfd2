"""Cut streamed bytes only at UTF-8 character boundaries.

A streaming decoder decodes ``data[:cut]`` right away and carries ``data[cut:]``
over to the next read. Only an unfinished sequence at the very end is carried;
invalid bytes are left in place for the decoder to replace.
"""


def sequence_length(lead):
    """Length of the sequence a byte starts: 1-4, or 0 for a continuation byte."""
    if lead < 0x80:
        return 1
    if lead < 0xC0:
        return 0
    if lead < 0xE0:
        return 2
    if lead < 0xF0:
        return 3
    if lead < 0xF8:
        return 4
    return 1  # never valid in UTF-8; let the decoder replace it


def safe_cut(data):
    """Largest index such that ``data[:index]`` ends on a character boundary."""
    n = len(data)
    # a character is at most four bytes, so only the last three can be unfinished
    for back in range(1, min(4, n)):
        length = sequence_length(data[n - back])
        if length == 0:
            continue
        return n - back if length > back else n
    return n


class StreamDecoder:
    def __init__(self):
        self._carry = b""

    def feed(self, chunk):
        data = self._carry + chunk
        cut = safe_cut(data)
        self._carry = data[cut:]
        return data[:cut].decode("utf-8", errors="replace")

    def close(self):
        """Flush what is left; an unfinished character becomes U+FFFD."""
        tail, self._carry = self._carry, b""
        return tail.decode("utf-8", errors="replace")
