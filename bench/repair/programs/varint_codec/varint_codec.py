"""Unsigned LEB128 varints and zigzag-encoded signed integers (protobuf wire format)."""

from collections.abc import Iterable, Iterator


def zigzag(value: int) -> int:
    """Map signed to unsigned so small magnitudes stay short: 0, -1, 1, -2 -> 0, 1, 2, 3."""
    return value * 2 if value >= 0 else -value * 2 - 1


def unzigzag(value: int) -> int:
    return value // 2 if value % 2 == 0 else -(value + 1) // 2


def encode_varint(value: int) -> bytes:
    if value < 0:
        raise ValueError("varints are unsigned; zigzag signed values first")
    out = bytearray()
    while True:
        low, value = value & 0x7F, value >> 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def decode_varint(data: bytes, offset: int = 0) -> tuple[int, int]:
    """Decode the varint starting at data[offset]; returns (value, offset just after it)."""
    result = 0
    shift = 0
    for position in range(offset, len(data)):
        byte = data[offset]
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, position + 1
        shift += 7
    raise ValueError("truncated varint")


def encode_all(values: Iterable[int], signed: bool = False) -> bytes:
    return b"".join(encode_varint(zigzag(v) if signed else v) for v in values)


def iter_varints(data: bytes, signed: bool = False) -> Iterator[int]:
    offset = 0
    while offset < len(data):
        value, offset = decode_varint(data, offset)
        yield unzigzag(value) if signed else value
