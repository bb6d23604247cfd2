"""Serve byte ranges: resolve an HTTP `Range: bytes=...` header against a resource."""


class RangeNotSatisfiable(ValueError):
    """The header is well formed but none of its ranges overlaps the resource (416)."""


def parse_range_header(header: str, size: int) -> list[tuple[int, int]] | None:
    """Inclusive (first, last) byte positions to send, in request order.

    None means the header is not usable and the whole resource is sent (200).
    Ranges starting past the end are dropped; if none is left, RangeNotSatisfiable.
    """
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or not spec.strip():
        return None
    ranges: list[tuple[int, int]] = []
    for part in spec.split(","):
        first_text, dash, last_text = part.strip().partition("-")
        if not dash:
            return None
        if not first_text:
            # "-500": the final 500 bytes
            if not last_text.isdigit():
                return None
            suffix = int(last_text)
            if suffix > 0 and size > 0:
                ranges.append((max(size - suffix, 0), size - 1))
            continue
        if not first_text.isdigit() or (last_text and not last_text.isdigit()):
            return None
        first = int(first_text)
        last = int(last_text) if last_text else size - 1
        if last_text and last < first:
            return None
        if first < size:
            ranges.append((first, min(last, size)))
    if not ranges:
        raise RangeNotSatisfiable(f"bytes */{size}")
    return ranges


def content_range(first: int, last: int, size: int) -> str:
    return f"bytes {first}-{last}/{size}"


def respond(data: bytes, header: str | None) -> tuple[int, dict[str, str], list[bytes]]:
    """(status, headers, body parts) for a GET of data with an optional Range header."""
    size = len(data)
    try:
        ranges = parse_range_header(header, size) if header else None
    except RangeNotSatisfiable:
        return 416, {"Content-Range": f"bytes */{size}"}, []
    if ranges is None:
        return 200, {"Content-Length": str(size)}, [data]
    parts = [data[first:last + 1] for first, last in ranges]
    headers = {"Content-Length": str(sum(len(part) for part in parts))}
    if len(ranges) == 1:
        headers["Content-Range"] = content_range(*ranges[0], size)
    return 206, headers, parts
