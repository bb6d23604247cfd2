"""Backtracking search for the ways to pick amounts from a list that add up to a target."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Every distinct combination of the (positive) candidates, each used at most once,
    that sums to target. Candidates may repeat; combinations are sorted ascending and
    listed in lexicographic order."""
    ordered = sorted(candidates)
    results: list[list[int]] = []
    path: list[int] = []

    def backtrack(start: int, remaining: int) -> None:
        if remaining == 0:
            results.append(list(path))
            return
        for index in range(start, len(ordered)):
            value = ordered[index]
            if value > remaining:
                break
            if value == ordered[index - 1]:
                continue
            path.append(value)
            backtrack(index + 1, remaining - value)
            path.pop()

    backtrack(0, target)
    return results


def fewest_items(candidates: list[int], target: int) -> list[int] | None:
    """A shortest combination summing to target (the first in lexicographic order), or None."""
    found = combination_sum(candidates, target)
    return min(found, key=len) if found else None
