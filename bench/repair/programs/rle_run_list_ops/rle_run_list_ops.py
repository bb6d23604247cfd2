"""Run-length encoded sequences as lists of (value, count) pairs.

The operations here work on the runs directly so long sequences never need to
be expanded just to be joined, indexed or sliced.
"""


def encode(items):
    runs = []
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1][1] += 1
        else:
            runs.append([item, 1])
    return [tuple(r) for r in runs]


def decode(runs):
    out = []
    for value, count in runs:
        if count <= 0:
            raise ValueError("run counts must be positive, got %r" % count)
        out.extend([value] * count)
    return out


def length(runs):
    return sum(count for _, count in runs)


def concat(left, right):
    """Join two run lists, merging the runs that meet at the boundary."""
    if not left or not right:
        return list(left) + list(right)
    (last_value, last_count), (first_value, first_count) = left[-1], right[0]
    if last_value == first_value:
        return list(left[:-1]) + [(last_value, last_count + last_count)] + list(right[1:])
    return list(left) + list(right)


def value_at(runs, index):
    """The value at position index of the decoded sequence."""
    if index < 0:
        raise IndexError(index)
    start = 0
    for value, count in runs:
        if index < start + count:
            return value
        start += count
    raise IndexError(index)


def slice_runs(runs, start, stop):
    """The runs of decode(runs)[start:stop] for 0 <= start <= stop."""
    out = []
    pos = 0
    for value, count in runs:
        lo = max(start, pos)
        hi = min(stop, pos + count)
        if lo < hi:
            out.append((value, hi - lo))
        pos += count
    return out
