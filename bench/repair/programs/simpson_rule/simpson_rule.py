"""Numerical integration: composite trapezoid and Simpson rules."""

from collections.abc import Callable

Integrand = Callable[[float], float]


def trapezoid(f: Integrand, a: float, b: float, n: int = 100) -> float:
    """Composite trapezoid rule over n equal panels."""
    if n < 1:
        raise ValueError("n must be at least 1")
    h = (b - a) / n
    inner = sum(f(a + i * h) for i in range(1, n))
    return h * (f(a) / 2 + inner + f(b) / 2)


def simpson(f: Integrand, a: float, b: float, n: int = 100) -> float:
    """Composite Simpson rule; n (the number of panels) must be even."""
    if n < 2 or n % 2:
        raise ValueError("n must be a positive even number")
    h = (b - a) / n
    odd = sum(f(a + i * h) for i in range(1, n, 2))
    even = sum(f(a + i * h) for i in range(2, n, 2))
    return (f(a) + 4 * odd + 2 * even + f(b)) * h // 3


def integrate(
    f: Integrand, a: float, b: float, tolerance: float = 1e-10, max_panels: int = 1 << 16
) -> float:
    """Simpson's rule, doubling the panels until two estimates agree within tolerance."""
    panels = 2
    previous = simpson(f, a, b, panels)
    while panels < max_panels:
        panels *= 2
        current = simpson(f, a, b, panels)
        if abs(current - previous) <= tolerance * max(1.0, abs(current)):
            return current
        previous = current
    raise ArithmeticError(f"no convergence within {max_panels} panels")
