import random

from karatsuba_digits import multiply, split


def test_split_keeps_low_digits():
    assert split("12345", 2) == ("123", "45")
    assert split("1000", 3) == ("1", "0")
    assert split("42", 3) == ("0", "42")


def test_uneven_lengths():
    assert multiply("12", "34567") == str(12 * 34567)
    assert multiply("999", "99") == "98901"
    assert multiply("100", "1001") == "100100"


def test_leading_zeros_ignored():
    assert multiply("000123", "0456") == str(123 * 456)


def test_powers_of_ten():
    assert multiply("1" + "0" * 20, "1" + "0" * 17) == "1" + "0" * 37


def test_random_against_int():
    rng = random.Random(2024)
    for _ in range(200):
        a = str(rng.randrange(10 ** rng.randint(1, 40)))
        b = str(rng.randrange(10 ** rng.randint(1, 40)))
        assert multiply(a, b) == str(int(a) * int(b)), (a, b)
