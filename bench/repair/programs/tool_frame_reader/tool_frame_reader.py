"""Reader for a tool subprocess's stdout: length-prefixed JSON frames.

Each frame is a 4-byte big-endian payload length followed by a UTF-8 JSON
document.  Bytes arrive in arbitrary chunks; feed() returns the messages that
each chunk completes.  A frame whose payload cannot be decoded is counted in
`bad_frames` and skipped: the length prefix keeps the stream in sync.
"""
import json
import struct

HEADER = struct.Struct(">I")
MAX_FRAME = 1 << 20


class FrameError(Exception):
    pass


class FrameReader:
    def __init__(self, max_frame=MAX_FRAME):
        self.max_frame = max_frame
        self._buf = bytearray()
        self.frames = 0
        self.bad_frames = 0

    def feed(self, chunk):
        self._buf += chunk
        messages = []
        while len(self._buf) >= HEADER.size:
            (length,) = HEADER.unpack_from(self._buf)
            if length > self.max_frame:
                raise FrameError(f"frame of {length} bytes exceeds {self.max_frame}")
            end = HEADER.size + length
            if len(self._buf) < end:
                break
            payload = bytes(self._buf[HEADER.size:end])
            del self._buf[:end]
            self.frames += 1
            try:
                messages.append(json.loads(payload.decode("utf-8")))
            except json.JSONDecodeError:
                self.bad_frames += 1
        return messages

    def pending(self):
        return len(self._buf)

    def close(self):
        if self._buf:
            raise FrameError(f"stream ended inside a frame ({len(self._buf)} bytes left)")


def encode_frame(message):
    payload = json.dumps(message, separators=(",", ":")).encode("utf-8")
    return HEADER.pack(len(payload)) + payload
