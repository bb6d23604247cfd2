import random

import pytest

from base_convert import from_base, to_base


def test_matches_python_formatting():
    for number in range(0, 2000, 7):
        assert to_base(number, 2) == format(number, "b")
        assert to_base(number, 8) == format(number, "o")
        assert to_base(number, 16) == format(number, "x")
        assert to_base(number, 10) == str(number)


def test_negative_numbers():
    assert to_base(-10, 2) == "-1010"
    assert to_base(-255, 16) == "-ff"
    assert to_base(-1234, 10) == "-1234"


def test_round_trip_random_bases():
    rng = random.Random(99)
    for _ in range(500):
        base = rng.randint(2, 36)
        number = rng.randint(-10**12, 10**12)
        text = to_base(number, base)
        assert from_base(text, base) == number
        assert int(text, base) == number


def test_powers_of_the_base():
    assert to_base(36**3, 36) == "1000"
    assert to_base(2**10, 2) == "1" + "0" * 10


def test_from_base_rejects_empty():
    with pytest.raises(ValueError):
        from_base("  ", 10)
    with pytest.raises(ValueError):
        from_base("-", 10)
