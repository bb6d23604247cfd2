"""Elementary (one-dimensional, two-state) cellular automata.

A rule number 0-255 is read Wolfram's way: bit k of the rule is the new
state of a cell whose (left, centre, right) neighbourhood spells k in binary.
"""


def parse(text, on="#"):
    return [1 if ch == on else 0 for ch in text]


def render(cells, on="#", off="."):
    return "".join(on if c else off for c in cells)


def step(cells, rule, wrap=True):
    """One generation. Without wrap, cells beyond the ends count as 0."""
    n = len(cells)
    out = []
    for i in range(n):
        if wrap:
            left = cells[(i - 1) % n]
            right = cells[(i + 1) % n]
        else:
            left = cells[i - 1] if i > 0 else 0
            right = cells[i + 1] if i < n - 1 else 0
        index = (right << 2) | (cells[i] << 1) | left
        out.append((rule >> index) & 1)
    return out


def run(cells, rule, generations, wrap=True):
    """The starting row followed by `generations` further rows."""
    rows = [list(cells)]
    for _ in range(generations):
        rows.append(step(rows[-1], rule, wrap))
    return rows


def cycle(cells, rule, limit=1000):
    """(first index of the cycle, cycle length) for a wrapped row, or None."""
    seen = {}
    row = list(cells)
    for t in range(limit + 1):
        key = tuple(row)
        if key in seen:
            return seen[key], t - seen[key]
        seen[key] = t
        row = step(row, rule)
    return None
