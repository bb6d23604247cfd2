"""Newton's method for real roots of polynomials.

A polynomial is its list of coefficients in ascending order of power:
[c0, c1, c2] stands for c0 + c1*x + c2*x**2.
"""

from collections.abc import Iterator


def evaluate(coeffs: list[float], x: float) -> float:
    """Horner's rule."""
    result = 0.0
    for c in reversed(coeffs):
        result = result * x + c
    return result


def derivative(coeffs: list[float]) -> list[float]:
    return [power * c for power, c in enumerate(coeffs)][:-1]


def newton_iterates(coeffs: list[float], x0: float) -> Iterator[float]:
    """Yield successive Newton approximations, the first one after x0; never stops by itself."""
    slope_coeffs = derivative(coeffs)
    x = x0
    while True:
        slope = evaluate(slope_coeffs, x)
        if slope == 0:
            raise ZeroDivisionError(f"flat derivative at x={x}")
        x = x - evaluate(coeffs, x) / slope
        yield x


def find_root(
    coeffs: list[float], x0: float, tol: float = 1e-12, max_iter: int = 100
) -> float:
    previous = x0
    for step, x in enumerate(newton_iterates(coeffs, x0), start=1):
        if abs(x - previous) <= tol * max(1.0, abs(x)):
            return x
        if step >= max_iter:
            break
        previous = x
    raise ArithmeticError(f"no convergence from x0={x0} within {max_iter} steps")
