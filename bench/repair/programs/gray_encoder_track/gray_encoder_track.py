"""Reflected binary Gray code helpers for rotary encoder tracks.

Gray codes order the integers so that neighbours differ in exactly one bit,
which is what absolute rotary encoders rely on: a reading taken while the
disc moves is off by at most one step.
"""


def to_gray(n):
    """Return the Gray code word for the integer n."""
    if n < 0:
        raise ValueError("Gray codes are defined for non-negative integers")
    return n ^ (n >> 1)


def from_gray(code):
    """Return the integer whose Gray code word is code (inverse of to_gray)."""
    if code < 0:
        raise ValueError("Gray codes are defined for non-negative integers")
    n = code
    shift = code >> 1
    while shift:
        n |= shift
        shift >>= 1
    return n


def gray_sequence(bits):
    """All 2**bits code words of the given width, in Gray order."""
    return [to_gray(i) for i in range(1 << bits)]


def gray_successor(code, bits):
    """The code word after code in the cyclic sequence of the given width."""
    return to_gray((from_gray(code) + 1) % (1 << bits))


def flipped_bit(a, b):
    """Index of the single bit in which two neighbouring code words differ."""
    diff = a ^ b
    if diff == 0 or diff & (diff - 1):
        raise ValueError("code words %d and %d are not neighbours" % (a, b))
    return diff.bit_length() - 1


def decode_track(readings):
    """Turn a list of encoder readings (Gray words) into shaft positions."""
    return [from_gray(r) for r in readings]
