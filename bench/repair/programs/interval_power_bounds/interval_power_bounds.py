"""Closed-interval arithmetic with exact endpoints (ints or Fractions)."""


class Interval:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi=None):
        hi = lo if hi is None else hi
        if lo > hi:
            raise ValueError(f"empty interval [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

    def __repr__(self):
        return f"Interval({self.lo}, {self.hi})"

    def __eq__(self, other):
        return (self.lo, self.hi) == (other.lo, other.hi)

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    def width(self):
        return self.hi - self.lo

    def __add__(self, other):
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other):
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __neg__(self):
        return Interval(-self.hi, -self.lo)

    def __mul__(self, other):
        products = [self.lo * other.lo, self.lo * other.hi,
                    self.hi * other.lo, self.hi * other.hi]
        return Interval(min(products), max(products))

    def __pow__(self, n):
        """Tight enclosure of {x**n : x in self} for an integer n >= 0."""
        if n < 0:
            raise ValueError("negative exponent")
        if n == 0:
            return Interval(1)
        if n % 2 == 1 and self.lo >= 0:
            return Interval(self.lo ** n, self.hi ** n)
        if self.hi <= 0:
            return Interval(self.hi ** n, self.lo ** n)
        return Interval(0, max(self.lo ** n, self.hi ** n))


def polynomial(coeffs, x):
    """Enclosure of sum(c * x**k) for an Interval x, coefficients low to high."""
    total = Interval(0)
    for k, c in enumerate(coeffs):
        total = total + Interval(c) * x ** k
    return total
