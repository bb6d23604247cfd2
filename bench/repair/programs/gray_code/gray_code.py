"""Binary-reflected Gray code: consecutive codes differ in exactly one bit."""


def to_gray(n: int) -> int:
    """The Gray code of n (n >= 0)."""
    return n ^ (n >> 1)


def from_gray(code: int) -> int:
    """The number whose Gray code is code: the prefix XOR of its bits, from the top."""
    n = 0
    while code:
        n ^= code
        code >>= 1
    return n


def gray_sequence(bits: int) -> list[int]:
    """All 2**bits codes of the given width, in Gray order."""
    return [to_gray(i) for i in range(1 << bits)]


def flipped_bit(i: int) -> int:
    """Position of the bit that changes from to_gray(i) to to_gray(i + 1).

    It is the number of trailing zeros of i + 1: the ruler sequence 0, 1, 0, 2, 0, 1, 0, 3, ...
    """
    step = i & -i
    return step.bit_length() - 1


def walk(bits: int, start: int = 0) -> list[int]:
    """Visit all 2**bits codes by flipping one bit at a time, starting from code start.

    Starting from a code other than 0 XORs every code with start, which keeps the
    one-bit-per-step property.
    """
    code = start
    visited = [code]
    for i in range((1 << bits) - 1):
        code ^= 1 << flipped_bit(i)
        visited.append(code)
    return visited


def gray_strings(bits: int) -> list[str]:
    """The codes as zero-padded binary strings of width bits."""
    return [format(code, f"0{bits}b") for code in gray_sequence(bits)] if bits else [""]
