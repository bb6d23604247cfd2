import random
from fractions import Fraction

from repeating_decimal import from_decimal, to_decimal


def test_negative_denominator():
    assert to_decimal(1, -6) == "-0.1(6)"
    assert to_decimal(-9, -4) == "2.25"


def test_negative_below_one_and_above_one():
    assert to_decimal(-1, 4) == "-0.25"
    assert to_decimal(-22, 7) == "-3.(142857)"
    assert to_decimal(-10, 5) == "-2"


def test_zero_numerator():
    assert to_decimal(0, -5) == "0"


def test_long_cycle():
    assert to_decimal(1, 81) == "0.(012345679)"
    assert to_decimal(-1, 81) == "-0.(012345679)"


def test_random_round_trip():
    rng = random.Random(5)
    for _ in range(300):
        n = rng.randint(-500, 500)
        d = rng.choice([-1, 1]) * rng.randint(1, 60)
        text = to_decimal(n, d)
        assert from_decimal(text) == Fraction(n, d), (n, d, text)
        assert text.startswith("-") == (Fraction(n, d) < 0), (n, d, text)
