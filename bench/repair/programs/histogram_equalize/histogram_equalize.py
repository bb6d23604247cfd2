"""Histogram equalization for integer intensity values (e.g. one 8-bit image channel)."""


def histogram(values: list[int], levels: int) -> list[int]:
    counts = [0] * levels
    for value in values:
        if not 0 <= value < levels:
            raise ValueError(f"value {value} outside 0..{levels - 1}")
        counts[value] += 1
    return counts


def cumulative(counts: list[int]) -> list[int]:
    running = 0
    totals = []
    for count in counts:
        running += count
        totals.append(running)
    return totals


def equalize(values: list[int], levels: int = 256) -> list[int]:
    """Spread the values over 0..levels-1 so that their histogram becomes roughly flat.

    The darkest value present maps to 0 and the brightest to levels - 1.
    """
    if not values:
        return []
    cdf = cumulative(histogram(values, levels))
    cdf_min = min(value for value in cdf if value > 0)
    spread = len(values) + cdf_min
    if spread == 0:
        return list(values)  # a single distinct value has nothing to spread
    lookup = [round((total - cdf_min) * (levels - 1) / spread) for total in cdf]
    return [lookup[value] for value in values]
