"""Natural ("human") ordering of strings: 'file2' before 'file10', case ignored."""

import re
from collections.abc import Iterable

_DIGITS = re.compile(r"(\d+)")

Chunk = str | int
Key = tuple[tuple[Chunk, ...], str]


def natural_key(text: str) -> Key:
    """Sort key: runs of digits compare as numbers, everything else case-insensitively.

    re.split with a capturing group alternates text and digit runs, so chunks at the
    same position always have the same type. Strings that compare equal this way
    ('a1' / 'A01') are ordered by their plain text, so the order never depends on the
    input order.
    """
    parts = _DIGITS.split(text)
    chunks = tuple(int(part) if index % 2 else part for index, part in enumerate(parts))
    return chunks, text


def natural_sorted(items: Iterable[str], reverse: bool = False) -> list[str]:
    return sorted(items, key=natural_key, reverse=reverse)


def natural_compare(left: str, right: str) -> int:
    """-1, 0 or 1, like the old cmp()."""
    left_key, right_key = natural_key(left), natural_key(right)
    return (left_key > right_key) - (left_key < right_key)


def natural_max(items: Iterable[str]) -> str:
    """The naturally largest item, e.g. the newest of 'build-9', 'build-10', 'build-11'."""
    return max(items, key=natural_key)
