"""Equal-width histograms of numeric samples."""

from dataclasses import dataclass, field


@dataclass
class Histogram:
    low: float
    high: float
    bins: int
    counts: list[int] = field(init=False)
    outliers: int = 0

    def __post_init__(self) -> None:
        if self.bins < 1 or not self.low < self.high:
            raise ValueError("need at least one bin and low < high")
        self.counts = [0] * self.bins

    @property
    def width(self) -> float:
        return (self.high - self.low) / self.bins

    def bin_of(self, value: float) -> int | None:
        if value < self.low or value >= self.high:
            return None
        index = int((value - self.low) / self.width)
        return min(index, self.bins - 1)

    def add(self, value: float) -> None:
        index = self.bin_of(value)
        if index is None:
            self.outliers += 1
        else:
            self.counts[index] += 1

    def edges(self) -> list[float]:
        return [self.low + i * self.width for i in range(self.bins + 1)]


def histogram_of(values: list[float], bins: int) -> Histogram:
    """Histogram spanning the samples' own range."""
    hist = Histogram(min(values), max(values), bins)
    for value in values:
        hist.add(value)
    return hist
