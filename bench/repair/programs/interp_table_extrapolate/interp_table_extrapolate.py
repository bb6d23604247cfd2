"""Piecewise-linear lookup tables (calibration curves, tax brackets, LUTs)."""

from bisect import bisect_right


class InterpTable:
    """Linear interpolation over (x, y) points.

    Outside the table the value is clamped to the end points, unless
    ``extrapolate`` is set, in which case the first or last segment is
    extended.
    """

    def __init__(self, points, extrapolate=False):
        pts = sorted(points)
        if len(pts) < 2:
            raise ValueError("an interpolation table needs at least two points")
        xs = [float(x) for x, _ in pts]
        for left, right in zip(xs, xs[1:]):
            if left == right:
                raise ValueError(f"duplicate x value {left}")
        self.xs = xs
        self.ys = [float(y) for _, y in pts]
        self.extrapolate = extrapolate

    def __call__(self, x):
        xs, ys = self.xs, self.ys
        if not self.extrapolate:
            if x <= xs[0]:
                return ys[0]
            if x >= xs[-1]:
                return ys[-1]
        # index of the right end of the segment that holds x
        i = bisect_right(xs, x)
        i = min(max(i, 1), len(xs))
        x0, x1 = xs[i - 1], xs[i]
        y0, y1 = ys[i - 1], ys[i]
        t = (x - x0) / (x1 - x0)
        return y0 + t * (y1 - y0)

    def sample(self, xs):
        return [self(x) for x in xs]

    def area(self):
        """Integral of the interpolant between the first and last x (trapezoids)."""
        total = 0.0
        for i in range(1, len(self.xs)):
            width = self.xs[i] - self.xs[i - 1]
            total += width * (self.ys[i] + self.ys[i - 1]) / 2
        return total
