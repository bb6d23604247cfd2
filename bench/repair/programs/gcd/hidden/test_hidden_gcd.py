import math
import random

from gcd import gcd, lcm, reduce_fraction


def test_matches_math_gcd():
    rng = random.Random(5)
    for _ in range(300):
        a, b = rng.randint(-500, 500), rng.randint(-500, 500)
        assert gcd(a, b) == math.gcd(a, b)


def test_coprime_and_equal():
    assert gcd(17, 5) == 1
    assert gcd(21, 21) == 21
    assert gcd(0, 7) == 7


def test_lcm_with_zero_and_negatives():
    assert lcm(0, 5) == 0
    assert lcm(-3, 4) == 12
    assert lcm(21, 6) == 42


def test_reduce_fraction_sign_and_zero():
    assert reduce_fraction(3, -9) == (-1, 3)
    assert reduce_fraction(0, 5) == (0, 1)
    assert reduce_fraction(-6, -8) == (3, 4)
