"""Ordinary least-squares fit of a straight line ``y = intercept + slope * x``."""
from dataclasses import dataclass


@dataclass(frozen=True)
class LineFit:
    slope: float
    intercept: float
    r_squared: float

    def predict(self, x):
        return self.intercept + self.slope * x


def fit_line(xs, ys):
    """Fit a line through the points ``zip(xs, ys)``."""
    n = len(xs)
    if n != len(ys):
        raise ValueError("xs and ys differ in length")
    if n < 2:
        raise ValueError("need at least two points")
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    if sxx == 0:
        raise ValueError("all x values are equal")
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    slope = sxy / sxx
    intercept = mean_y + slope * mean_x
    ss_tot = sum((y - mean_y) ** 2 for y in ys)
    ss_res = sum((y - (intercept + slope * x)) ** 2 for x, y in zip(xs, ys))
    r_squared = 1.0 if ss_tot == 0 else 1 - ss_res / ss_tot
    return LineFit(slope, intercept, r_squared)


def residuals(fit, xs, ys):
    """Observed minus predicted, one per point."""
    return [y - fit.predict(x) for x, y in zip(xs, ys)]
