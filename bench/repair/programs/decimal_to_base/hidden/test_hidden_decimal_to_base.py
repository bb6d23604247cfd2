import random

from decimal_to_base import from_base, to_base


def _reference(number, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if number == 0:
        return "0"
    out = ""
    while number:
        number, remainder = divmod(number, base)
        out = digits[remainder] + out
    return out


def test_small_values():
    assert to_base("10", 2) == "1010"
    assert to_base("35", 36) == "z"
    assert to_base("36", 36) == "10"
    assert to_base("100", 8) == "144"


def test_leading_zeros_in_input():
    assert to_base("00012", 2) == "1100"


def test_huge_number():
    number = 2**200 + 12345
    assert to_base(str(number), 16) == format(number, "x")
    assert to_base(str(number), 2) == format(number, "b")


def test_round_trip_random():
    rng = random.Random(5)
    for _ in range(200):
        number = rng.randrange(10 ** rng.randint(1, 50))
        base = rng.randint(2, 36)
        converted = to_base(str(number), base)
        assert converted == _reference(number, base), (number, base)
        assert from_base(converted, base) == str(number)
