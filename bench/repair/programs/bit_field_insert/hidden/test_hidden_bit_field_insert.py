import pytest

from bit_field_insert import get_field, pack, set_field


def test_overwrites_existing_ones():
    assert set_field(0b1111_1111, 0b0000, 2, 5) == 0b1100_0011
    assert set_field(0b1111_1111, 0b1010, 2, 5) == 0b1110_1011


def test_top_bit_of_field_is_cleared():
    # bit 5 is the highest bit of the field and must be cleared
    assert set_field(0b10_0000, 0, 2, 5) == 0
    assert set_field(0b11_1111, 0b0001, 2, 5) == 0b00_0111


def test_full_width_value_fits():
    assert set_field(0, 0b1111, 4, 7) == 0b1111_0000
    assert set_field(0, 1, 3, 3) == 0b1000
    assert set_field(0, 0xFF, 0, 7) == 0xFF


def test_single_bit_field_rejects_two():
    with pytest.raises(ValueError):
        set_field(0, 2, 3, 3)
    with pytest.raises(ValueError):
        set_field(0, -1, 0, 3)


def test_round_trip():
    word = 0xDEAD_BEEF
    for lo, hi in [(0, 3), (4, 11), (12, 12), (13, 31)]:
        for value in (0, 1, (1 << (hi - lo + 1)) - 1):
            updated = set_field(word, value, lo, hi)
            assert get_field(updated, lo, hi) == value
            assert updated & ~(((1 << (hi - lo + 1)) - 1) << lo) == word & ~(((1 << (hi - lo + 1)) - 1) << lo)


def test_pack_rgb565():
    assert pack([(31, 11, 15), (63, 5, 10), (31, 0, 4)]) == 0xFFFF
    assert pack([(0b10000, 11, 15), (0, 5, 10), (1, 0, 4)]) == 0x8001
