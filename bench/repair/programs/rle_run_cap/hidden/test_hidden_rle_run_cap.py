import random
import re

import pytest

from rle_run_cap import compression_ratio, decode, encode


def counts(encoded):
    return [int(c) if c else 1 for c, _ in re.findall(r"(\d*)(\D)", encoded)]


def test_small_cap():
    assert encode("a" * 20, max_run=9) == "9a9a2a"
    assert encode("b" * 10 + "c", max_run=9) == "9bbc"


def test_cap_of_one_writes_every_character():
    assert encode("aaab", max_run=1) == "aaab"


def test_run_exactly_at_cap_and_just_over():
    assert encode("q" * 99) == "99q"
    assert encode("q" * 100) == "99qq"
    assert encode("q" * 101) == "99q2q"
    assert encode("rrrr", max_run=4) == "4r"
    assert encode("rrrrr", max_run=4) == "4rr"


def test_cap_applies_to_every_run():
    assert encode("a" * 7 + "b" * 3 + "c" * 8, max_run=3) == "3a3aa3b3c3c2c"


def test_invalid_cap():
    with pytest.raises(ValueError):
        encode("abc", max_run=0)


def test_random_round_trips_respect_cap():
    rng = random.Random(7)
    for _ in range(300):
        cap = rng.randint(1, 15)
        text = "".join(rng.choice("ab ") * rng.randint(1, 40) for _ in range(rng.randint(0, 6)))
        encoded = encode(text, max_run=cap)
        assert decode(encoded) == text
        assert all(1 <= n <= cap for n in counts(encoded))


def test_uncapped_runs_stay_whole():
    assert encode("k" * 45 + "m" * 3) == "45k3m"


def test_dangling_count():
    with pytest.raises(ValueError):
        decode("3a12")


def test_ratio_with_cap():
    assert compression_ratio("a" * 30, max_run=10) == len("10a10a10a") / 30
