import random

from run_length import decode, encode


def test_single_run():
    assert encode("zzzz") == [("z", 4)]
    assert encode("q") == [("q", 1)]


def test_round_trip():
    rng = random.Random(6)
    for _ in range(200):
        text = "".join(rng.choice("ab.") for _ in range(rng.randint(0, 20)))
        runs = encode(text)
        assert decode(runs) == text
        assert all(count >= 1 for _, count in runs)
        assert all(a[0] != b[0] for a, b in zip(runs, runs[1:]))


def test_trailing_run():
    assert encode("aab") == [("a", 2), ("b", 1)]
