"""Arbitrary-size unsigned integers as little-endian lists of 32-bit limbs."""

LIMB_BITS = 32
LIMB_MASK = (1 << LIMB_BITS) - 1

Limbs = list[int]


def to_limbs(value: int) -> Limbs:
    """Limbs of a non-negative int, least significant first; [] for zero."""
    if value < 0:
        raise ValueError("negative values have no limb representation")
    limbs: Limbs = []
    while value:
        limbs.append(value & LIMB_MASK)
        value >>= LIMB_BITS
    return limbs


def from_limbs(limbs: Limbs) -> int:
    value = 0
    for limb in reversed(limbs):
        value = (value << LIMB_BITS) | limb
    return value


def add_limbs(a: Limbs, b: Limbs) -> Limbs:
    """Sum of two limb lists, propagating carries between 32-bit words."""
    result: Limbs = []
    carry = 0
    index = 0
    while index < len(a) or index < len(b):
        total = carry
        if index < len(a):
            total += a[index]
        if index < len(b):
            total += b[index]
        result.append(total & LIMB_MASK)
        carry = total >> LIMB_BITS
        index += 1
    return result


def popcount(limbs: Limbs) -> int:
    """Number of set bits over all limbs."""
    count = 0
    for limb in limbs:
        while limb:
            limb &= limb - 1
            count += 1
    return count
