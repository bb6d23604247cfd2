import pytest

from bit_reverse_perm import bit_reverse_permutation, reverse_bits


def test_reverse_bits_against_string_reversal():
    for width in range(1, 9):
        for value in range(1 << width):
            expected = int(format(value, f"0{width}b")[::-1], 2)
            assert reverse_bits(value, width) == expected


def test_reverse_bits_zero_width():
    assert reverse_bits(0, 0) == 0


def test_negative_rejected():
    with pytest.raises(ValueError):
        reverse_bits(-1, 4)


def test_four_items():
    assert bit_reverse_permutation(["a", "b", "c", "d"]) == ["a", "c", "b", "d"]


def test_single_item():
    assert bit_reverse_permutation([42]) == [42]


@pytest.mark.parametrize("size", [16, 32, 64, 128])
def test_matches_definition(size):
    width = size.bit_length() - 1
    items = [f"x{i}" for i in range(size)]
    expected = [items[reverse_bits(i, width)] for i in range(size)]
    assert bit_reverse_permutation(items) == expected


def test_is_an_involution():
    items = list(range(100, 132))
    assert bit_reverse_permutation(bit_reverse_permutation(items)) == items


def test_rejects_non_power_of_two():
    for size in (0, 3, 6, 10):
        with pytest.raises(ValueError):
            bit_reverse_permutation(list(range(size)))
