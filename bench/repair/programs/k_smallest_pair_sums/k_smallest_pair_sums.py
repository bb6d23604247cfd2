"""The k pairs with the smallest sums, one element from each of two sorted lists.

Walks the implicit sorted matrix sums[i][j] = a[i] + b[j] with a min-heap,
starting at the corner (0, 0) and expanding right and down, so only about k
cells are ever looked at. Pairs with equal sums come out in (i, j) order.
"""
import heapq
from typing import Sequence


def smallest_cells(a: Sequence[int], b: Sequence[int], k: int) -> list[tuple[int, int, int]]:
    """(sum, i, j) of the k smallest cells, smallest first."""
    if not a and not b or k <= 0:
        return []
    heap = [(a[0] + b[0], 0, 0)]
    seen = {(0, 0)}
    out = []
    while heap and len(out) < k:
        total, i, j = heapq.heappop(heap)
        out.append((total, i, j))
        for ni, nj in ((i + 1, j), (i, j + 1)):
            if ni < len(a) and nj < len(b) and (ni, nj) not in seen:
                seen.add((ni, nj))
                heapq.heappush(heap, (a[ni] + b[nj], ni, nj))
    return out


def k_smallest_pairs(a: Sequence[int], b: Sequence[int], k: int) -> list[tuple[int, int]]:
    return [(a[i], b[j]) for _, i, j in smallest_cells(a, b, k)]


def kth_smallest_sum(a: Sequence[int], b: Sequence[int], k: int) -> int:
    cells = smallest_cells(a, b, k)
    if k <= 0 or len(cells) < k:
        raise IndexError(f"no pair number {k} among {len(a)}x{len(b)}")
    return cells[-1][0]


def cheapest_combos(mains: dict[str, int], sides: dict[str, int], k: int) -> list[tuple[str, str, int]]:
    """The k cheapest (main, side, total) meals; among equal prices, names in order."""
    m = sorted(mains.items(), key=lambda item: (item[1], item[0]))
    s = sorted(sides.items(), key=lambda item: (item[1], item[0]))
    cells = smallest_cells([price for _, price in m], [price for _, price in s], k)
    return [(m[i][0], s[j][0], total) for total, i, j in cells]
