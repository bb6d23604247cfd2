"""Piecewise-linear curves through keyframes, for animations and time-varying rates."""

import bisect
from collections.abc import Sequence


class Curve:
    """Keyframes (time, value). Two keyframes may share a time to make a jump; at the
    jump itself the curve already has the later keyframe's value. Before the first
    keyframe and after the last one the curve stays flat."""

    def __init__(self, keyframes: Sequence[tuple[float, float]]) -> None:
        if not keyframes:
            raise ValueError("a curve needs at least one keyframe")
        ordered = sorted(keyframes, key=lambda keyframe: keyframe[0])  # stable for jumps
        self.times = [time for time, _ in ordered]
        self.values = [value for _, value in ordered]

    def __call__(self, t: float) -> float:
        times, values = self.times, self.values
        if t < times[0]:
            return values[0]
        if t >= times[-1]:
            return values[-1]
        index = bisect.bisect_left(times, t)
        start, end = times[index - 1], times[index]
        fraction = (t - start) / (end - start)
        return values[index - 1] + fraction * (values[index] - values[index - 1])

    def sample(self, start: float, stop: float, count: int) -> list[float]:
        """`count` evenly spaced values from start to stop, both included."""
        if count == 1:
            return [self(start)]
        step = (stop - start) / (count - 1)
        return [self(start + i * step) for i in range(count)]

    def area(self) -> float:
        """Integral of the curve between its first and last keyframe."""
        points = list(zip(self.times, self.values))
        return sum((t1 - t0) * (v0 + v1) / 2
                   for (t0, v0), (t1, v1) in zip(points, points[1:]))
