"""Luhn checksums for card and account numbers."""


def digits_of(number: str) -> list[int]:
    cleaned = number.replace(" ", "").replace("-", "")
    if not cleaned.isdigit():
        raise ValueError(f"not a number: {number!r}")
    return [int(ch) for ch in cleaned]


def luhn_sum(digits: list[int]) -> int:
    """Digit sum with every second digit doubled, counting from the right; the last is not doubled."""
    total = sum(digits[-1::-2])
    for digit in digits[::2]:
        doubled = digit * 2
        total += doubled - 9 if doubled > 9 else doubled
    return total


def is_valid(number: str) -> bool:
    digits = digits_of(number)
    return len(digits) > 1 and luhn_sum(digits) % 10 == 0


def check_digit(partial: str) -> int:
    """The digit that, appended to ``partial``, makes a valid number."""
    digits = digits_of(partial) + [0]
    return (10 - luhn_sum(digits) % 10) % 10


def complete(partial: str) -> str:
    return partial + str(check_digit(partial))
