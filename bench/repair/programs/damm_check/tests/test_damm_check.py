import pytest

from damm_check import check_digit, is_valid, with_check_digit


def test_check_digit():
    assert check_digit("572") == "4"


def test_append_check_digit_keeps_separators():
    assert with_check_digit("2024-0001") == "2024-00013"


def test_valid_number():
    assert is_valid("5724")


def test_typo_detected():
    assert not is_valid("5714")


def test_swapped_digits_detected():
    assert not is_valid("7524")


def test_letters_rejected():
    with pytest.raises(ValueError):
        check_digit("57a")
    assert not is_valid("57a4")
    assert not is_valid("")
