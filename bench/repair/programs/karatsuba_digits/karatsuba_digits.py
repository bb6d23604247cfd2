"""Karatsuba multiplication of non-negative integers written as decimal digit strings."""


def normalize(digits: str) -> str:
    return digits.lstrip("0") or "0"


def add(a: str, b: str) -> str:
    width = max(len(a), len(b))
    result: list[str] = []
    carry = 0
    for da, db in zip(reversed(a.zfill(width)), reversed(b.zfill(width))):
        carry, digit = divmod(int(da) + int(db) + carry, 10)
        result.append(str(digit))
    if carry:
        result.append(str(carry))
    return normalize("".join(reversed(result)))


def subtract(a: str, b: str) -> str:
    """a - b, for a >= b."""
    result: list[str] = []
    borrow = 0
    for da, db in zip(reversed(a), reversed(b.zfill(len(a)))):
        difference = int(da) - int(db) - borrow
        borrow = 1 if difference < 0 else 0
        result.append(str(difference + 10 * borrow))
    return normalize("".join(reversed(result)))


def times_digit(a: str, digit: int) -> str:
    result: list[str] = []
    carry = 0
    for da in reversed(a):
        carry, low = divmod(int(da) * digit + carry, 10)
        result.append(str(low))
    if carry:
        result.append(str(carry))
    return normalize("".join(reversed(result)))


def shift(digits: str, places: int) -> str:
    """digits * 10**places."""
    return digits + "0" * places if digits != "0" else "0"


def split(digits: str, low_size: int) -> tuple[str, str]:
    """The high part and the lowest `low_size` digits."""
    if len(digits) <= low_size:
        return "0", digits
    return normalize(digits[:low_size]), normalize(digits[-low_size:])


def multiply(x: str, y: str) -> str:
    x, y = normalize(x), normalize(y)
    if len(x) == 1:
        return times_digit(y, int(x))
    if len(y) == 1:
        return times_digit(x, int(y))
    half = max(len(x), len(y)) // 2
    x_high, x_low = split(x, half)
    y_high, y_low = split(y, half)
    low = multiply(x_low, y_low)
    high = multiply(x_high, y_high)
    middle = subtract(multiply(add(x_high, x_low), add(y_high, y_low)), add(high, low))
    return add(add(shift(high, 2 * half), shift(middle, half)), low)
