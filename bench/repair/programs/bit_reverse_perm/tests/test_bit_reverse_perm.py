import pytest

from bit_reverse_perm import bit_reverse_permutation, index_width, reverse_bits


def test_reverse_bits():
    assert reverse_bits(0b0011, 4) == 0b1100
    assert reverse_bits(0b001, 3) == 0b100
    assert reverse_bits(0b1011, 4) == 0b1101


def test_value_wider_than_width_rejected():
    with pytest.raises(ValueError):
        reverse_bits(0b10000, 4)


def test_index_width():
    assert index_width(1) == 0
    assert index_width(8) == 3
    with pytest.raises(ValueError):
        index_width(12)


def test_permutation_of_eight():
    assert bit_reverse_permutation(list(range(8))) == [0, 4, 2, 6, 1, 5, 3, 7]


def test_two_items_unchanged():
    assert bit_reverse_permutation(["a", "b"]) == ["a", "b"]


def test_input_left_alone():
    samples = [1.0, 2.0, 3.0, 4.0]
    bit_reverse_permutation(samples)
    assert samples == [1.0, 2.0, 3.0, 4.0]
