"""Arithmetic on non-negative integers written as decimal digit strings."""

DIGITS = "0123456789"


def _check(number: str) -> None:
    if not number or any(ch not in DIGITS for ch in number):
        raise ValueError(f"not a decimal number: {number!r}")


def add_strings(a: str, b: str) -> str:
    _check(a)
    _check(b)
    digits: list[str] = []
    carry = 0
    i, j = len(a) - 1, len(b) - 1
    while i >= 0 or j >= 0 or carry:
        total = carry
        if i >= 0:
            total += DIGITS.index(a[i])
            i -= 1
        if j >= 0:
            total += DIGITS.index(b[j])
            j -= 1
        carry, digit = divmod(total, 10)
        digits.append(DIGITS[digit])
    return "".join(reversed(digits)).lstrip("0") or "0"


def multiply_strings(a: str, b: str) -> str:
    _check(a)
    _check(b)
    product = [0] * (len(a) + len(b))
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            low = i + j + 1
            total = product[low] + DIGITS.index(a[i]) * DIGITS.index(b[j])
            product[low] = total % 10
            product[low - 1] += total // 10
    return "".join(DIGITS[d] for d in product).rstrip("0") or "0"


def factorial_string(n: int) -> str:
    result = "1"
    for k in range(2, n + 1):
        result = multiply_strings(result, str(k))
    return result
