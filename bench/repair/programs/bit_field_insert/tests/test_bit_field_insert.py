import pytest

from bit_field_insert import field_mask, get_field, pack, set_field


def test_field_mask():
    assert field_mask(2, 4) == 0b11100
    assert field_mask(0, 0) == 1


def test_get_field():
    assert get_field(0b1011_0110, 4, 7) == 0b1011


def test_insert_into_zero_bits():
    # classic example: N = 10000000000, M = 10011, i = 2, j = 6
    assert set_field(0b100_0000_0000, 0b10011, 2, 6) == 0b100_0100_1100


def test_value_too_wide():
    with pytest.raises(ValueError):
        set_field(0, 0b100, 0, 1)


def test_bad_span():
    with pytest.raises(ValueError):
        set_field(0, 1, 5, 3)
