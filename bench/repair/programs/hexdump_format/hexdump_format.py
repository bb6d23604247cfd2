"""Hex + ASCII dumps in the style of `hexdump -C` (without its middle gap)."""


def _shown(byte):
    return chr(byte) if 0x20 <= byte <= 0x7F else "."


def hexdump_lines(data, width=16, start=0):
    """One line per `width` bytes: offset, hex bytes, printable text."""
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hex_part = " ".join(f"{b:02x}" for b in chunk).ljust(width * 3 - 1)
        text = "".join(_shown(b) for b in chunk)
        lines.append(f"{start + off:08x}  {hex_part}  |{text}|")
    return lines


def hexdump(data, width=16, start=0):
    return "\n".join(hexdump_lines(data, width, start))


def parse_hexdump(text):
    """Recover (start offset, bytes) from hexdump() output."""
    start = None
    out = bytearray()
    for line in text.splitlines():
        if not line.strip():
            continue
        offset_text, rest = line.split("  ", 1)
        if start is None:
            start = int(offset_text, 16)
        hex_part = rest.split("  |", 1)[0]
        out.extend(bytes.fromhex(hex_part))
    return (start or 0), bytes(out)
