"""Integer solutions of a*x + b*y = c, e.g. paying an amount with two coin or pack sizes."""

from math import gcd


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """(g, x, y) with a*x + b*y == g == gcd(a, b), g >= 0."""
    old_r, r = a, b
    old_x, x = 1, 0
    old_y, y = 0, 1
    while r != 0:
        quotient = old_r // r
        old_r, r = r, old_r - quotient * r
        old_x, x = x, old_x - quotient * x
        old_y, y = y, old_y - quotient * y
    if old_r < 0:
        return -old_r, -old_x, -old_y
    return old_r, old_x, old_y


def particular_solution(a: int, b: int, c: int) -> tuple[int, int] | None:
    """Some integer (x, y) with a*x + b*y == c, or None if there is none."""
    if a == 0 and b == 0:
        return (0, 0) if c == 0 else None
    g, x, y = extended_gcd(a, b)
    if c % g:
        return None
    return x * (c // g), y * (c // g)


def nonnegative_solutions(a: int, b: int, c: int) -> list[tuple[int, int]]:
    """Every (x, y) with x, y >= 0 and a*x + b*y == c, for a, b > 0, by increasing x."""
    if a <= 0 or b <= 0:
        raise ValueError("a and b must be positive")
    base = particular_solution(a, b, c)
    if base is None:
        return []
    x0, y0 = base
    g = gcd(a, b)
    step_x, step_y = a // g, b // g
    # x0 + t*step_x >= 0 and y0 - t*step_y >= 0
    lowest = -(x0 // step_x)
    highest = y0 // step_y
    return [(x0 + t * step_x, y0 - t * step_y) for t in range(lowest, highest + 1)]


def fewest_items(a: int, b: int, c: int) -> tuple[int, int] | None:
    """The nonnegative solution with the smallest x + y (fewest items), ties to smaller x."""
    options = nonnegative_solutions(a, b, c)
    return min(options, key=lambda pair: (pair[0] + pair[1], pair[0])) if options else None
