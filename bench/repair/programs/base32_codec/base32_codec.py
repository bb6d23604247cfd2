"""RFC 4648 base32, for one-time-password secrets and case-insensitive identifiers."""

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_VALUES = {char: value for value, char in enumerate(ALPHABET)}


def encode(data: bytes, padding: bool = True) -> str:
    """Five bits per character, high bits first; padded with '=' to a multiple of 8."""
    out: list[str] = []
    buffer = 0
    bits = 0
    for byte in data:
        buffer = (buffer << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append(ALPHABET[(buffer >> bits) & 0x1F])
        buffer &= (1 << bits) - 1
    if bits:
        out.append(ALPHABET[(buffer << (5 - bits)) & 0x1F])
    if padding:
        out.append("=" * (8 - len(out) % 8))
    return "".join(out)


def decode(text: str) -> bytes:
    """Inverse of encode. Accepts lower case, missing padding and spaces between groups."""
    cleaned = "".join(text.split()).upper().rstrip("=")
    out = bytearray()
    buffer = 0
    bits = 0
    for char in cleaned:
        value = _VALUES.get(char)
        if value is None:
            raise ValueError(f"invalid base32 character {char!r}")
        buffer = (buffer << 5) | value
        bits += 5
        if bits > 8:
            bits -= 8
            out.append((buffer >> bits) & 0xFF)
            buffer &= (1 << bits) - 1
    return bytes(out)


def group(text: str, size: int = 4) -> str:
    """'JBSWY3DPEHPK3PXP' -> 'JBSW Y3DP EHPK 3PXP', the way authenticator apps show secrets."""
    return " ".join(text[start:start + size] for start in range(0, len(text), size))
