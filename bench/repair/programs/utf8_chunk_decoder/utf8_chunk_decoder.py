"""Decode a model's streamed response body, whose byte chunks may split a UTF-8
character anywhere, into text as it arrives."""

from collections.abc import Iterable, Iterator


def _incomplete_tail(data: bytes) -> int:
    """How many bytes at the end of data begin a character that is not complete yet."""
    for back in range(1, min(3, len(data)) + 1):
        byte = data[-back]
        if byte & 0xC0 == 0x80:  # continuation byte: keep looking for the lead byte
            continue
        if byte >= 0xF0:
            needed = 4
        elif byte >= 0xE0:
            needed = 3
        elif byte >= 0xC0:
            needed = 2
        else:
            needed = 1
        return back if needed > back else 0
    return 0


class Utf8Stream:
    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> str:
        """The text completed by this chunk; a split character is held back until the
        rest of it arrives. Invalid bytes become U+FFFD."""
        data = self._pending + chunk
        cut = len(data) - _incomplete_tail(data)
        self._pending = data[cut:]
        return data[:cut].decode("utf-8", errors="replace")

    def close(self) -> str:
        """Whatever is still held back once the stream ends (a cut-off character
        becomes U+FFFD)."""
        rest, self._pending = self._pending, b""
        return rest.decode("utf-8")


def decode_chunks(chunks: Iterable[bytes]) -> Iterator[str]:
    """Text pieces for a stream of byte chunks, empty pieces left out."""
    stream = Utf8Stream()
    for chunk in chunks:
        text = stream.feed(chunk)
        if text:
            yield text
    tail = stream.close()
    if tail:
        yield tail
