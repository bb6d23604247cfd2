"""Damm check digits: catch every single-digit error and every swap of adjacent digits."""

TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
SEPARATORS = " -"


def digits_of(number: str) -> list[int]:
    """Digits of an account or order number; spaces and hyphens are ignored."""
    cleaned = [ch for ch in number if ch not in SEPARATORS]
    if not cleaned or not all("0" <= ch <= "9" for ch in cleaned):
        raise ValueError(f"not a number: {number!r}")
    return [int(ch) for ch in cleaned]


def interim_digit(digits: list[int]) -> int:
    interim = 0
    for digit in digits:
        interim = TABLE[digit][interim]
    return interim


def check_digit(number: str) -> str:
    return str(interim_digit(digits_of(number)))


def with_check_digit(number: str) -> str:
    return number + check_digit(number)


def is_valid(number: str, length: int | None = None) -> bool:
    """True if the last digit of `number` is its check digit (and it has `length` digits,
    when given)."""
    try:
        digits = digits_of(number)
    except ValueError:
        return False
    return len(digits) == length and interim_digit(digits) == 0
