"""Exponential backoff with jitter for retrying failed jobs.

The first call is attempt 1 and is not preceded by a sleep, so ``max_attempts``
calls need ``max_attempts - 1`` sleeps. Before retry ``n`` (n = 1, 2, ...) the
ceiling is ``min(cap, base * factor ** (n - 1))`` and the actual sleep is drawn
under that ceiling according to the jitter mode:

* ``"none"``  - sleep exactly the ceiling
* ``"full"``  - uniform in [0, ceiling]
* ``"equal"`` - half the ceiling plus uniform in [0, ceiling / 2]
"""
import random


def ceiling(retry, base=0.5, factor=2.0, cap=30.0):
    if retry < 1:
        raise ValueError("retries are numbered from 1")
    return min(cap, base * factor ** retry)


def jittered(top, mode, rng):
    if mode == "none":
        return top
    if mode == "full":
        return rng.uniform(0, top)
    if mode == "equal":
        return top / 2 + rng.uniform(0, top / 2)
    raise ValueError(f"unknown jitter mode {mode!r}")


def backoff_delays(max_attempts, base=0.5, factor=2.0, cap=30.0, jitter="full", rng=None):
    rng = rng if rng is not None else random.Random()
    return [jittered(ceiling(n, base, factor, cap), jitter, rng)
            for n in range(1, max_attempts)]


def attempts_within(budget, base=0.5, factor=2.0, cap=30.0):
    """Largest max_attempts whose worst-case total sleep stays within ``budget``."""
    attempts, spent = 1, 0.0
    while True:
        nxt = ceiling(attempts, base, factor, cap)
        if spent + nxt > budget:
            return attempts
        spent += nxt
        attempts += 1
