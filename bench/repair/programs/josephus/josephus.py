"""Josephus elimination: people stand in a circle and every k-th one leaves until none remain."""

from collections import deque
from collections.abc import Iterator


def eliminations(people: int, step: int) -> Iterator[int]:
    """Yield the 1-based positions of the people in the order they leave the circle."""
    if people < 1 or step < 1:
        raise ValueError("need at least one person and a step of at least 1")
    circle = deque(range(1, people + 1))
    while circle:
        circle.rotate(-(step - 1))
        yield circle.pop()


def survivor(people: int, step: int) -> int:
    """Position of the last person left."""
    *_, last = eliminations(people, step)
    return last


def survivor_by_recurrence(people: int, step: int) -> int:
    """J(1) = 0, J(n) = (J(n - 1) + k) mod n, shifted to 1-based positions."""
    position = 0
    for size in range(2, people + 1):
        position = (position + step) % size
    return position + 1


def rounds_until(people: int, step: int, target: int) -> int:
    """How many people leave before (and including) `target`."""
    for count, position in enumerate(eliminations(people, step), start=1):
        if position == target:
            return count
    raise ValueError(f"{target} is not in a circle of {people}")
