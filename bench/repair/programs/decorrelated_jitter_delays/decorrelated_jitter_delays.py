"""Backoff delays with jitter for retrying tool calls.

Three strategies from the well-known AWS write-up on backoff:
  full:         uniform(0, min(cap, base * 2**n))
  equal:        half the exponential delay plus uniform(0, that half)
  decorrelated: min(cap, uniform(base, previous * 3)), starting from previous = base
`rng` needs only a uniform(a, b) method, so tests can pass a deterministic one.
"""
import random


def full_jitter(base, cap, attempts, rng):
    return [rng.uniform(0, min(cap, base * 2 ** n)) for n in range(attempts)]


def equal_jitter(base, cap, attempts, rng):
    delays = []
    for n in range(attempts):
        half = min(cap, base * 2 ** n) / 2
        delays.append(half + rng.uniform(0, half))
    return delays


def decorrelated_jitter(base, cap, attempts, rng):
    delays = []
    previous = base
    for _ in range(attempts):
        previous = min(cap, rng.uniform(base, base * 3))
        delays.append(previous)
    return delays


STRATEGIES = {"full": full_jitter, "equal": equal_jitter, "decorrelated": decorrelated_jitter}


def backoff_delays(strategy, base=0.1, cap=20.0, attempts=5, rng=None):
    """Delays to sleep before each of `attempts` retries."""
    if base <= 0 or cap < base:
        raise ValueError("need 0 < base <= cap")
    try:
        fn = STRATEGIES[strategy]
    except KeyError:
        raise ValueError(f"unknown strategy {strategy!r}") from None
    return fn(base, cap, attempts, rng or random.Random())
