"""PackBits run-length coding, the scheme used by TIFF and MacPaint.

Each packet starts with a header byte n read as a signed value:
  0..127    -> the next n + 1 bytes are copied literally;
  -1..-127  -> the next byte is repeated 1 - n times;
  -128      -> no operation.
"""

MAX_PACKET = 128


def decode(data):
    """Expand PackBits-coded bytes."""
    out = bytearray()
    i = 0
    while i < len(data):
        n = data[i] - 256 if data[i] > 127 else data[i]
        i += 1
        if n >= 0:
            if i + n + 1 > len(data):
                raise ValueError("truncated literal packet")
            out += data[i:i + n + 1]
            i += n
        elif n != -128:
            if i >= len(data):
                raise ValueError("truncated run packet")
            out += bytes([data[i]]) * (1 - n)
            i += 1
    return bytes(out)


def encode(data):
    """Compress bytes with PackBits: runs of 2+ equal bytes become run packets."""
    out = bytearray()
    i, size = 0, len(data)
    while i < size:
        run = 1
        while i + run < size and run < MAX_PACKET and data[i + run] == data[i]:
            run += 1
        if run >= 2:
            out.append(257 - run)
            out.append(data[i])
            i += run
            continue
        start = i
        while i < size and i - start < MAX_PACKET:
            if i + 1 < size and data[i + 1] == data[i]:
                break
            i += 1
        out.append(i - start - 1)
        out += data[start:i]
    return bytes(out)
