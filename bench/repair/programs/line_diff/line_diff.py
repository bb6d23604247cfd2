"""Line diff via longest common subsequence, rendered like the body of a unified diff."""

from collections.abc import Sequence

Op = tuple[str, str]  # (" ", "-" or "+", line)


def _lcs_table(old: Sequence[str], new: Sequence[str]) -> list[list[int]]:
    """table[i][j] is the length of the longest common subsequence of old[i:] and new[j:]."""
    table = [[0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            if old[i] == new[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff(old: Sequence[str], new: Sequence[str]) -> list[Op]:
    """A shortest edit script from ``old`` to ``new``; removals come before additions."""
    table = _lcs_table(old, new)
    ops: list[Op] = []
    i = j = 0
    while i < len(old) and j < len(new):
        if old[i] == new[j]:
            ops.append((" ", old[i]))
            i += 1
            j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            ops.append(("-", old[i]))
            i += 1
        else:
            ops.append(("+", new[j]))
            j += 1
    ops.extend(("-", line) for line in old[i:])
    ops.extend(("+", line) for line in new[i:])
    return ops


def render(ops: list[Op]) -> str:
    return "".join(f"{tag}{line}\n" for tag, line in ops)


def change_counts(ops: list[Op]) -> tuple[int, int]:
    """(lines removed, lines added), as shown in a diffstat."""
    removed = sum(1 for tag, _ in ops if tag == "-")
    added = sum(1 for tag, _ in ops if tag == "+")
    return removed, added
