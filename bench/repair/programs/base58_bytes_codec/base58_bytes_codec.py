"""Base58 encoding of byte strings (Bitcoin alphabet).

Leading zero bytes carry no numeric value, so each one is written as the
first alphabet character and restored again when decoding.
"""

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {ch: i for i, ch in enumerate(ALPHABET)}


def encode(data: bytes) -> str:
    """Encode ``data`` as a base58 string."""
    pad = len(data) - len(data.rstrip(b"\x00"))
    n = int.from_bytes(data, "big")
    digits = []
    while n:
        n, rem = divmod(n, 58)
        digits.append(ALPHABET[rem])
    return ALPHABET[0] * pad + "".join(reversed(digits))


def decode(text: str) -> bytes:
    """Decode a base58 string produced by :func:`encode`."""
    n = 0
    for ch in text:
        try:
            n = n * 58 + _INDEX[ch]
        except KeyError:
            raise ValueError(f"invalid base58 character {ch!r}") from None
    pad = len(text) - len(text.lstrip(ALPHABET[0]))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\x00" * pad + body


def encode_int(n: int) -> str:
    """Encode a non-negative integer (0 becomes the single character '1')."""
    if n < 0:
        raise ValueError("cannot encode a negative number")
    return encode(n.to_bytes((n.bit_length() + 7) // 8, "big")) or ALPHABET[0]
