"""Run-length coding for text: "aaabcc" <-> "3ab2c" (a run of one keeps no count)."""

import re
from collections.abc import Iterator

_TOKEN = re.compile(r"(\d*)(\D)")
_WELL_FORMED = re.compile(r"(?:(?:[1-9]\d*)?\D)*")


def runs(text: str) -> Iterator[tuple[str, int]]:
    """Yield (character, length) for each maximal run of one character."""
    current = ""
    length = 0
    for char in text:
        if length and char == current:
            length += 1
            continue
        if length:
            yield current, length
        current, length = char, 1
    if length:
        yield current, length


def encode(text: str) -> str:
    if any(char.isdigit() for char in text):
        raise ValueError("text with digits cannot be run-length coded in this format")
    return "".join(f"{length}{char}" if length > 1 else char for char, length in runs(text))


def is_well_formed(encoded: str) -> bool:
    return _WELL_FORMED.match(encoded) is not None


def decode(encoded: str) -> str:
    if not is_well_formed(encoded):
        raise ValueError(f"malformed run-length text: {encoded!r}")
    return "".join(char * int(count or 1) for count, char in _TOKEN.findall(encoded))


def compression_ratio(text: str) -> float:
    return len(encode(text)) / len(text) if text else 1.0
