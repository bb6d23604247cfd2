"""Line diff as an edit script: strip the common prefix and suffix, then LCS on the rest."""

from collections.abc import Iterator, Sequence

Edit = tuple[str, str]  # ("=", line) kept, ("-", line) deleted, ("+", line) inserted


def _lcs_lengths(a: Sequence[str], b: Sequence[str]) -> list[list[int]]:
    """lengths[i][j] = length of the LCS of a[i:] and b[j:]."""
    lengths = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                lengths[i][j] = lengths[i + 1][j + 1] + 1
            else:
                lengths[i][j] = max(lengths[i + 1][j], lengths[i][j + 1])
    return lengths


def _walk(a: Sequence[str], b: Sequence[str]) -> Iterator[Edit]:
    lengths = _lcs_lengths(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield "=", a[i]
            i, j = i + 1, j + 1
        elif lengths[i + 1][j] >= lengths[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    yield from (("-", line) for line in a[i:])
    yield from (("+", line) for line in b[j:])


def edit_script(a: Sequence[str], b: Sequence[str]) -> Iterator[Edit]:
    shortest = min(len(a), len(b))
    prefix = 0
    while prefix < shortest and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < shortest - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    yield from (("=", line) for line in a[:prefix])
    yield from _walk(a[prefix:len(a) - suffix], b[prefix:len(b) - suffix])
    yield from (("=", line) for line in a[-suffix:])


def diff_counts(a: Sequence[str], b: Sequence[str]) -> tuple[int, int]:
    """(lines added, lines removed), as shown in a pull-request summary."""
    ops = [op for op, _ in edit_script(a, b)]
    return ops.count("+"), ops.count("-")
