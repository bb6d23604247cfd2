"""Two-pointer queries on pairs of numbers."""

from collections.abc import Sequence


def find_pair(sorted_values: Sequence[int], target: int) -> tuple[int, int] | None:
    """Indexes (i, j), i < j, of two values summing to target in an ascending sequence."""
    left, right = 0, len(sorted_values) - 1
    while left < right:
        total = sorted_values[left] + sorted_values[right]
        if total == target:
            return left, right
        if total < target:
            left += 1
        else:
            right -= 1
    return None


def closest_pair_sum(values: Sequence[int], target: int) -> int:
    """The sum of two distinct elements closest to target (the smaller one on a tie)."""
    if len(values) < 2:
        raise ValueError("need at least two values")
    ordered = sorted(values)
    left, right = 0, len(ordered) - 1
    best = ordered[left] + ordered[right]
    while left < right:
        total = values[left] + values[right]
        if (abs(total - target), total) < (abs(best - target), best):
            best = total
        if total < target:
            left += 1
        elif total > target:
            right -= 1
        else:
            break
    return best


def count_pairs_below(values: Sequence[int], limit: int) -> int:
    """Number of index pairs i < j with values[i] + values[j] < limit."""
    ordered = sorted(values)
    left, right = 0, len(ordered) - 1
    count = 0
    while left < right:
        if ordered[left] + ordered[right] < limit:
            count += right - left
            left += 1
        else:
            right -= 1
    return count
