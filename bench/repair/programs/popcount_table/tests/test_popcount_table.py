import pytest

from popcount_table import BitCounter


def test_count_small_values():
    counter = BitCounter()
    assert [counter.count(v) for v in (0, 1, 2, 3, 7, 8, 255)] == [0, 1, 1, 2, 3, 1, 8]


def test_count_wide_value():
    assert BitCounter().count(0xF0F0_F0F0_F0F0) == 24


def test_negative_rejected():
    with pytest.raises(ValueError):
        BitCounter().count(-1)


def test_hamming_and_parity():
    counter = BitCounter()
    assert counter.hamming(0b1011, 0b0110) == 3
    assert counter.parity(0b111) == 1


def test_mask_helpers():
    counter = BitCounter()
    assert counter.count_masked(0b1111_0000, 0b0011_1100) == 2
    assert counter.total([0b1, 0b11, 0b111], mask=0b10) == 2


def test_column_counts():
    counter = BitCounter()
    assert counter.column_counts([0b101, 0b100, 0b001], width=3) == [2, 0, 2]
