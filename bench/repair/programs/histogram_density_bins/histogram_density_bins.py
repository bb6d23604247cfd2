"""Fixed-width histograms over [lo, hi] with under/overflow counts and densities."""


class Histogram:
    def __init__(self, lo, hi, bins):
        if bins < 1:
            raise ValueError("need at least one bin")
        if not hi > lo:
            raise ValueError("hi must be greater than lo")
        self.lo = lo
        self.hi = hi
        self.bins = bins
        self.width = (hi - lo) / bins
        self.counts = [0] * bins
        self.underflow = 0
        self.overflow = 0

    def add(self, value):
        if value < self.lo:
            self.underflow += 1
        elif value > self.hi:
            self.overflow += 1
        else:
            # the top edge belongs to the last bin
            index = min(int((value - self.lo) / self.width), self.bins - 1)
            self.counts[index] += 1

    def extend(self, values):
        for value in values:
            self.add(value)
        return self

    def edges(self):
        return [self.lo + i * self.width for i in range(self.bins + 1)]

    def density(self):
        """Counts scaled so that the bars' total area is 1 (in-range values only)."""
        total = sum(self.counts)
        if total == 0:
            return [0.0] * self.bins
        return [count / total for count in self.counts]

    def mode_bin(self):
        """(left, right) edges of the fullest bin; the lowest one on ties."""
        best = max(range(self.bins), key=lambda i: (self.counts[i], -i))
        left = self.lo + best * self.width
        return left, left + self.width
