"""Split a list of numbers into k groups with the same sum (backtracking search)."""


def equal_sum_groups(numbers: list[int], k: int) -> list[list[int]] | None:
    """k groups of equal sum that together use every number exactly once, or None.

    Numbers are placed largest first, which makes dead ends show up early.
    """
    if k <= 0:
        raise ValueError("k must be positive")
    if any(value < 0 for value in numbers):
        raise ValueError("numbers must be non-negative")
    total = sum(numbers)
    if total % k:
        return None
    target = total // k
    ordered = sorted(numbers, reverse=True)
    if ordered and ordered[0] > target:
        return None
    sums = [0] * k
    groups: list[list[int]] = [[] for _ in range(k)]

    def place(index: int) -> bool:
        if index == len(ordered):
            return True
        value = ordered[index]
        for slot in range(k):
            if sums[slot] + value <= target:
                sums[slot] += value
                groups[slot].append(value)
                if place(index + 1):
                    return True
                sums[slot] -= value
            if sums[slot] == 0:
                # the remaining slots are empty too, so trying them would repeat this
                break
        return False

    return groups if place(0) else None


def can_split(numbers: list[int], k: int) -> bool:
    return equal_sum_groups(numbers, k) is not None
