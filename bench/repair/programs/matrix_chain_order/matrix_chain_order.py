"""Cheapest order to multiply a chain of matrices (interval dynamic programming)."""

from string import ascii_uppercase


def chain_order(dims: list[int]) -> tuple[int, str]:
    """dims[i] x dims[i + 1] is the shape of matrix i (named A, B, C, ...).

    Returns the fewest scalar multiplications and a parenthesization achieving it;
    among equally cheap splits the leftmost one is kept.
    """
    count = len(dims) - 1
    if count < 1:
        raise ValueError("need the shapes of at least one matrix")
    if count > len(ascii_uppercase):
        raise ValueError(f"at most {len(ascii_uppercase)} matrices")
    cost = [[0] * count for _ in range(count)]
    split = [[0] * count for _ in range(count)]
    for length in range(2, count + 1):
        for first in range(count - length + 1):
            last = first + length - 1
            best: int | None = None
            for middle in range(first, last):
                candidate = (cost[first][middle] + cost[middle + 1][last]
                             + dims[first] * dims[middle] * dims[last + 1])
                if best is None or candidate < best:
                    best = candidate
                    split[first][last] = middle
            assert best is not None
            cost[first][last] = best
    return cost[0][count - 1], _parenthesize(split, 0, count - 1)


def _parenthesize(split: list[list[int]], first: int, last: int) -> str:
    if first == last:
        return ascii_uppercase[first]
    middle = split[first][last]
    return f"({_parenthesize(split, first, middle)}{_parenthesize(split, middle + 1, last)})"


def left_to_right_cost(dims: list[int]) -> int:
    """Scalar multiplications for the naive order ((AB)C)D..."""
    return sum(dims[0] * dims[k] * dims[k + 1] for k in range(1, len(dims) - 1))
