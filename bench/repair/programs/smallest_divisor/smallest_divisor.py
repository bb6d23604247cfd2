"""Smallest divisor that keeps the sum of rounded-up quotients within a threshold.

Used to pick a batch size: every value is split into ceil(value / size) batches, and the
total number of batches must not exceed the threshold.
"""

from collections.abc import Sequence


def ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def quotient_sum(values: Sequence[int], divisor: int) -> int:
    return sum(ceil_div(value, divisor) for value in values)


def smallest_divisor(values: Sequence[int], threshold: int) -> int:
    """Smallest positive d with sum(ceil(v / d) for v in values) <= threshold.

    Raises ValueError when even the largest useful divisor cannot reach the threshold.
    """
    if not values:
        raise ValueError("no values")
    if any(value <= 0 for value in values):
        raise ValueError("values must be positive")
    if threshold < len(values):
        raise ValueError(f"threshold {threshold} is below the number of values {len(values)}")
    low, high = 1, max(values)
    while low < high:
        middle = (low + high) // 2
        if quotient_sum(values, middle) < threshold:
            high = middle
        else:
            low = middle + 1
    return low
