import pytest

from pascal_row_padic import count_divisible, pascal_row_mod, rows_without_multiples


def test_first_row():
    assert pascal_row_mod(0, 7) == [1]


def test_small_row_below_p():
    assert pascal_row_mod(4, 7) == [1, 4, 6, 4, 1]


def test_row_reduced_mod_p():
    assert pascal_row_mod(6, 5) == [1, 1, 0, 0, 0, 1, 1]


def test_count_divisible():
    assert count_divisible(3, 5) == 0
    assert count_divisible(10, 3) == 7


def test_rows_without_multiples_of_two():
    assert rows_without_multiples(16, 2) == [0, 1, 3, 7, 15]


def test_rejects_bad_arguments():
    with pytest.raises(ValueError):
        pascal_row_mod(-1, 3)
    with pytest.raises(ValueError):
        pascal_row_mod(4, 1)
