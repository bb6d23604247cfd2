import pytest

from damm_check import check_digit, digits_of, is_valid, with_check_digit

KNOWN = {"0": "0", "1": "3", "5": "9", "40": "3", "12345": "9", "987654321": "5",
         "31415926": "6", "000": "0", "2024 0001": "3"}


def test_known_check_digits():
    for number, digit in KNOWN.items():
        assert check_digit(number) == digit, number


def test_numbers_with_their_check_digit_are_valid():
    for number in KNOWN:
        assert is_valid(with_check_digit(number)), number
    assert is_valid("987-654-321-5")


def test_every_single_digit_error_detected():
    for number in ("1234567", "90210", "31415926"):
        full = with_check_digit(number)
        for position in range(len(full)):
            for replacement in "0123456789":
                if replacement != full[position]:
                    typo = full[:position] + replacement + full[position + 1:]
                    assert not is_valid(typo), typo


def test_every_adjacent_transposition_detected():
    for number in ("1234567890", "5550123", "80808"):
        full = with_check_digit(number)
        for i in range(len(full) - 1):
            if full[i] != full[i + 1]:
                swapped = full[:i] + full[i + 1] + full[i] + full[i + 2:]
                assert not is_valid(swapped), swapped


def test_length_constraint():
    full = with_check_digit("31415926")
    assert is_valid(full, length=9)
    assert not is_valid(full, length=8)
    assert not is_valid(full[:-1] + str((int(full[-1]) + 1) % 10), length=9)


def test_separators_and_rejections():
    assert digits_of(" 12-3 ") == [1, 2, 3]
    for bad in ("", " - ", "12.3", "١٢٣", "12x"):
        with pytest.raises(ValueError):
            check_digit(bad)
        assert not is_valid(bad)
