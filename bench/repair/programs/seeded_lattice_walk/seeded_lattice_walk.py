"""Seeded simple random walks on the square lattice.

Every function takes a seed so that a walk can be replayed exactly.
"""

import random

STEPS = [(1, 0), (-1, 0), (0, 1), (0, 1)]


def walk(n, seed=None, start=(0, 0)):
    """Path of an n-step simple random walk, including the start point."""
    rng = random.Random(seed)
    x, y = start
    path = [(x, y)]
    for _ in range(n):
        dx, dy = rng.choice(STEPS)
        x, y = x + dx, y + dy
        path.append((x, y))
    return path


def boxed_walk(n, width, height, seed=None, start=(0, 0)):
    """Walk inside 0 <= x < width, 0 <= y < height; a step into a wall is lost."""
    rng = random.Random(seed)
    x, y = start
    path = [(x, y)]
    for _ in range(n):
        dx, dy = rng.choice(STEPS)
        if 0 <= x + dx < width and 0 <= y + dy < height:
            x, y = x + dx, y + dy
        path.append((x, y))
    return path


def first_return(path):
    """Index of the first revisit of the starting point, or None."""
    for i, point in enumerate(path[1:], start=1):
        if point == path[0]:
            return i
    return None


def mean_square_displacement(n, trials, seed=0):
    """Average of x**2 + y**2 at the end of `trials` independent n-step walks."""
    rng = random.Random(seed)
    total = 0
    for _ in range(trials):
        x, y = walk(n, seed=rng.random())[-1]
        total += x * x + y * y
    return total / trials
