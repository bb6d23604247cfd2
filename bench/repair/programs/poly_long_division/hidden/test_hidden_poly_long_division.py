import random
from fractions import Fraction

from poly_long_division import multiply, normalize, poly_divmod, poly_gcd


def add(p, q):
    size = max(len(p), len(q))
    p = list(p) + [0] * (size - len(p))
    q = list(q) + [0] * (size - len(q))
    return normalize([a + b for a, b in zip(p, q, strict=True)])


def test_division_identity_on_random_polynomials():
    rng = random.Random(11)
    for _ in range(300):
        num = [rng.randint(-5, 5) for _ in range(rng.randint(0, 7))]
        den = [rng.randint(-5, 5) for _ in range(rng.randint(1, 4))]
        if not normalize(den):
            continue
        quotient, remainder = poly_divmod(num, den)
        assert add(multiply(quotient, den), remainder) == normalize(num)
        assert len(remainder) < len(normalize(den))


def test_divide_by_a_constant_scales():
    assert poly_divmod([2, 4, 6], [2]) == ([1, 2, 3], [])


def test_equal_degree_division():
    assert poly_divmod([3, 1], [1, 1]) == ([1], [2])


def test_fractional_quotient():
    assert poly_divmod([1, 0, 1], [0, 2]) == ([0, Fraction(1, 2)], [1])


def test_exact_product_divides_back():
    p, q = [1, -3, 0, 2], [4, 1, 5]
    assert poly_divmod(multiply(p, q), q) == (normalize(p), [])


def test_gcd_of_coprime_is_one():
    assert poly_gcd([1, 0, 1], [-1, 1]) == [1]


def test_gcd_finds_common_quadratic():
    common = [1, 1, 1]
    a = multiply(common, [-3, 1])
    b = multiply(common, [5, 0, 2])
    assert poly_gcd(a, b) == common


def test_gcd_with_zero():
    assert poly_gcd([0], [2, 4]) == [Fraction(1, 2), 1]
    assert poly_gcd([], []) == []
