"""Order statistics without a full sort (three-way quickselect)."""


def select(values, k):
    """Return the k-th smallest element of ``values`` (k counts from 0)."""
    if not 0 <= k < len(values):
        raise IndexError(f"k={k} out of range for {len(values)} values")
    items = list(values)
    while True:
        pivot = items[len(items) // 2]
        lows = [x for x in items if x < pivot]
        highs = [x for x in items if x > pivot]
        equal = len(items) - len(lows) - len(highs)
        if k < len(lows):
            items = lows
        elif k < len(lows) + equal:
            return pivot
        else:
            k -= len(lows)
            items = highs


def nth_largest(values, n):
    """Return the n-th largest element (n counts from 1)."""
    if n < 1:
        raise IndexError("n counts from 1")
    return select(values, len(values) - n)


def median(values):
    """Median; the mean of the two middle values for an even count."""
    n = len(values)
    if n == 0:
        raise ValueError("median of empty data")
    if n % 2 == 1:
        return select(values, n // 2)
    return (select(values, n // 2 - 1) + select(values, n // 2)) / 2
