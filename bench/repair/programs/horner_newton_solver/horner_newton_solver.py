"""Polynomial evaluation with Horner's scheme and Newton's method on polynomials.

Coefficients are listed from the highest degree down: [1, 0, -2] is x**2 - 2.
"""


def evaluate(coeffs, x):
    """p(x) by Horner's scheme."""
    result = 0
    for c in coeffs:
        result = result * x + c
    return result


def evaluate_with_derivative(coeffs, x):
    """(p(x), p'(x)) in a single Horner pass."""
    p = 0
    dp = 0
    for c in coeffs:
        p = p * x + c
        dp = dp * x + p
    return p, dp


def derivative(coeffs):
    """Coefficients of p'."""
    degree = len(coeffs) - 1
    return [c * (degree - i) for i, c in enumerate(coeffs[:-1])]


def newton_root(coeffs, x0, tol=1e-12, max_iter=100):
    """A root of the polynomial near x0."""
    x = x0
    for _ in range(max_iter):
        p, dp = evaluate_with_derivative(coeffs, x)
        if p == 0:
            return x
        if dp == 0:
            raise ZeroDivisionError(f"derivative vanishes at x={x}")
        step = p / dp
        x -= step
        if abs(step) <= tol * max(1.0, abs(x)):
            return x
    raise RuntimeError(f"no convergence after {max_iter} iterations")
