import math
import random

from digit_strings import add_strings, factorial_string, multiply_strings


def test_products_with_trailing_zeros():
    assert multiply_strings("25", "4") == "100"
    assert multiply_strings("1000", "30") == "30000"


def test_leading_zeros_in_operands():
    assert multiply_strings("0012", "03") == "36"
    assert multiply_strings("000", "000") == "0"


def test_single_digits():
    for a in range(10):
        for b in range(10):
            assert multiply_strings(str(a), str(b)) == str(a * b)


def test_random_against_int():
    rng = random.Random(99)
    for _ in range(300):
        a = rng.randint(0, 10 ** rng.randint(1, 25))
        b = rng.randint(0, 10 ** rng.randint(1, 25))
        assert multiply_strings(str(a), str(b)) == str(a * b)
        assert add_strings(str(a), str(b)) == str(a + b)


def test_large_factorial():
    assert factorial_string(40) == str(math.factorial(40))


def test_add_zero():
    assert add_strings("0", "0") == "0"
    assert add_strings("500", "0") == "500"
