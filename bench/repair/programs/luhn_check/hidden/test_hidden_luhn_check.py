import random

from luhn_check import check_digit, complete, is_valid, luhn_sum


def _reference_valid(number):
    digits = [int(c) for c in number]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return len(digits) > 1 and total % 10 == 0


def test_known_numbers():
    assert is_valid("378282246310005")  # 15 digits
    assert is_valid("6011-1111-1111-1117")
    assert is_valid("059")
    assert not is_valid("123")


def test_luhn_sum_small():
    assert luhn_sum([1, 8]) == 10
    assert luhn_sum([5, 9]) == 10


def test_random_numbers_of_every_length_match_reference():
    rng = random.Random(4)
    for _ in range(400):
        number = "".join(rng.choice("0123456789") for _ in range(rng.randint(2, 19)))
        assert is_valid(number) == _reference_valid(number)


def test_completed_numbers_are_valid():
    rng = random.Random(9)
    for length in range(1, 18):
        partial = "".join(rng.choice("0123456789") for _ in range(length))
        assert is_valid(complete(partial))
        assert 0 <= check_digit(partial) <= 9
