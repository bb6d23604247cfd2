import random

import pytest

from signed_radix import Radix


def test_roundtrip_every_base():
    rng = random.Random(3)
    for base in list(range(-36, -1)) + list(range(2, 37)):
        radix = Radix(base)
        for _ in range(40):
            number = rng.randint(-10**6, 10**6)
            text = radix.encode(number)
            assert radix.decode(text) == number, (base, number, text)
            assert radix.decode(text.upper()) == number


def test_decode_negative_in_positive_bases():
    assert Radix(2).decode("-1010") == -10
    assert Radix(16).decode("-7F") == -127
    assert Radix(36).decode(" -z ") == -35
    assert Radix(10).decode("-0") == 0


def test_sign_rejected_in_negative_bases():
    with pytest.raises(ValueError):
        Radix(-2).decode("-11")
    with pytest.raises(ValueError):
        Radix(-10).decode("-5")


def test_bad_texts_rejected():
    for text in ["", "-", "--5", "1-2", "12a"]:
        with pytest.raises(ValueError):
            Radix(10).decode(text)


def test_negative_base_values():
    assert Radix(-10).decode("185") == 25
    assert Radix(-10).encode(-15) == "25"
    assert Radix(-3).encode(-5) == "21"


def test_convert_signed_to_negabinary_and_back():
    assert Radix(10).convert("-3", Radix(-2)) == "1101"
    assert Radix(-2).convert("1101", Radix(10)) == "-3"
    assert Radix(10).convert("-12345", Radix(16)) == "-3039"


def test_unsupported_base():
    for base in (0, 1, -1, 37, -37):
        with pytest.raises(ValueError):
            Radix(base)
