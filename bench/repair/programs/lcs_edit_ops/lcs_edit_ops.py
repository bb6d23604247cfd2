"""Shortest edit script between two sequences, built from a longest-common-subsequence table."""

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
Op = tuple[str, T]  # ("=", item) keep, ("-", item) delete from old, ("+", item) insert from new


def suffix_lcs(old: Sequence[T], new: Sequence[T]) -> list[list[int]]:
    """table[i][j] = length of the LCS of old[i:] and new[j:]."""
    table = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            if old[i] == new[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def edit_script(old: Sequence[T], new: Sequence[T]) -> Iterator[Op[T]]:
    """Yield keep/delete/insert operations turning old into new, deletions before insertions."""
    table = suffix_lcs(old, new)
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            yield ("=", old[i])
            i += 1
            j += 1
            continue
        after_delete, after_insert = table[i][j + 1], table[i + 1][j]
        if after_delete >= after_insert:
            yield ("-", old[i])
            i += 1
        else:
            yield ("+", new[j])
            j += 1
    for item in old[i:]:
        yield ("-", item)
    for item in new[j:]:
        yield ("+", item)


def apply_script(old: Sequence[T], script: Iterator[Op[T]]) -> list[T]:
    result: list[T] = []
    position = 0
    for op, item in script:
        if op == "+":
            result.append(item)
            continue
        if position >= len(old) or old[position] != item:
            raise ValueError(f"script does not match input at position {position}")
        if op == "=":
            result.append(item)
        position += 1
    return result


def distance(old: Sequence[T], new: Sequence[T]) -> int:
    return sum(1 for op, _ in edit_script(old, new) if op != "=")
