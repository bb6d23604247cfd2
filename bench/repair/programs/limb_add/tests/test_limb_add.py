import pytest
from limb_add import add_limbs, from_limbs, popcount, to_limbs


def add(x, y):
    return from_limbs(add_limbs(to_limbs(x), to_limbs(y)))


def test_round_trip():
    for value in (0, 1, 2**32 - 1, 2**32, 123456789012345678901234567890):
        assert from_limbs(to_limbs(value)) == value
    assert to_limbs(2**32 + 5) == [5, 1]


def test_negative_rejected():
    with pytest.raises(ValueError):
        to_limbs(-1)


def test_add_small():
    assert add(2, 3) == 5
    assert add(0, 7) == 7


def test_add_carries_into_next_limb():
    assert add_limbs([0xFFFFFFFF, 1], [1]) == [0, 2]


def test_add_large_numbers():
    x = 2**64 - 1
    assert add(x, 1) == 2**64
    assert add(x, x) == 2 * x


def test_popcount():
    assert popcount(to_limbs(0b1011)) == 3
    assert popcount(to_limbs(2**40 - 1)) == 40
